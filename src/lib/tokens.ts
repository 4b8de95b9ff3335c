// The colour tokens of src/styles/tokens.css, read from the file itself: the light :root block and the dark
// scheme block. tokens.css is the one source of the site's colours; what draws outside the page's CSS (the
// social preview image) and the contrast tests take them from here.

/** The body of the block that starts at `open` (the index of its "{"), braces balanced. */
function blockAt(css: string, open: number): string {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  throw new Error('unbalanced braces in tokens.css');
}

/** Colour custom properties (hex values) declared directly in a block. */
function colours(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

/** Every colour token by name ("--paper"), in the light and in the dark scheme. */
export function colourTokens(tokensCss: string): { light: Record<string, string>; dark: Record<string, string> } {
  const css = tokensCss.replace(/\/\*[\s\S]*?\*\//g, '');
  const rootAt = css.search(/(^|\n):root\s*\{/);
  const light = rootAt < 0 ? {} : colours(blockAt(css, css.indexOf('{', rootAt)));
  const mediaAt = css.search(/@media\s*(screen\s+and\s*)?\(\s*prefers-color-scheme\s*:\s*dark\s*\)/);
  const media = mediaAt < 0 ? '' : blockAt(css, css.indexOf('{', mediaAt));
  const dark = colours(media.includes('{') ? blockAt(media, media.indexOf('{')) : '');
  return { light, dark };
}

/** A reader of one scheme's colour tokens ("--paper" -> "#…") that fails the build on a token tokens.css lacks. */
export function colourReader(colour: Record<string, string>): (token: string) => string {
  return (token) => {
    if (!colour[token]) throw new Error(`tokens.css has no colour ${token}`);
    return colour[token];
  };
}
