// The charts' own styles (their Svelte components' <style>, axes.css), turned into a stylesheet that resvg,
// which draws the share cards at build time, can read: one colour scheme's tokens written in for var(--…),
// the tone classes of tokens.css written out per tone, and motion, custom properties and at-rules left out.
// resvg reads class, type and descendant selectors only: a rule it could not read is reported, not dropped
// silently (a test holds the charts to none).

/** Each tone class of tokens.css (".tone-fall { --tone: var(--c-fall) }") and the colour token it names. */
export function toneTokens(tokensCss: string): Record<string, string> {
  return Object.fromEntries([...tokensCss.matchAll(/\.tone-([\w-]+)\s*\{\s*--tone:\s*var\((--[\w-]+)\)/g)].map((m) => [m[1]!, m[2]!]));
}

export interface ResvgCss {
  css: string;
  /** Selectors resvg cannot read (pseudo-classes other than :first-child, pseudo-elements), left out. */
  unreadable: string[];
}

const LEFT_OUT = /^(transition|animation|font-variant|font-family|--)/;
const UNREADABLE = /::|:(?!first-child)[a-z-]+/;

/** A Svelte component's own styles (its <style> blocks). */
export const svelteStyles = (source: string): string => [...source.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');

/** Where a chart component's styles apply: inside the root <svg> of its own kind (the kind it gives ChartSvg,
 *  a class of that <svg>), or inside any chart for the parts every kind shares (ChartSvg, Tooltip). */
export const componentScope = (source: string): string => {
  const kind = /<ChartSvg\b[^>]*\bkind="([\w-]+)"/.exec(source)?.[1];
  return kind ? `.chart.${kind}` : '.chart';
};

/** Each source's CSS as resvg reads it, every selector inside its `scope` (a component's styles are its own:
 *  they must reach neither another kind's chart nor the card around it), in `colour`'s scheme ("--ink" ->
 *  "#…"), with `tones` from toneTokens. */
export function resvgCss(sources: { css: string; scope: string }[], colour: Record<string, string>, tones: Record<string, string>): ResvgCss {
  const out: string[] = [];
  const unreadable: string[] = [];
  // colour tokens written in; a declaration naming a token the scheme lacks is left out (undefined)
  const resolve = (decl: string) => {
    const done = decl.replace(/var\((--[\w-]+)\)/g, (_m, name: string) => colour[name] ?? '\u0000');
    return done.includes('\u0000') ? undefined : done;
  };
  for (const { css, scope } of sources)
    for (const { selectors, body } of topLevelRules(css.replace(/\/\*[\s\S]*?\*\//g, ''))) {
      const plain: string[] = [];
      const toned: string[] = [];
      for (const decl of body.split(';')) {
        const at = decl.indexOf(':');
        if (at < 0) continue;
        const [prop, value] = [decl.slice(0, at).trim(), decl.slice(at + 1).trim()];
        if (LEFT_OUT.test(prop)) continue;
        if (value.includes('var(--tone)')) toned.push(`${prop}:${value}`);
        else {
          const resolved = resolve(`${prop}:${value}`);
          if (resolved) plain.push(resolved);
        }
      }
      // a rule that keeps no declaration (motion only, fonts, unknown tokens) is dropped, whatever its selector
      if (!plain.length && !toned.length) continue;
      const readable = selectors.filter((s) => !UNREADABLE.test(s));
      unreadable.push(...selectors.filter((s) => UNREADABLE.test(s)));
      if (readable.length === 0) continue;
      const scoped = (list: string[]) => list.map((sel) => (sel === scope ? sel : `${scope} ${sel}`)).join(',');
      if (plain.length) out.push(`${scoped(readable)}{${plain.join(';')}}`);
      for (const [tone, token] of Object.entries(tones)) {
        if (!toned.length || !colour[token]) continue;
        const decls = toned.map((d) => resolve(d.replaceAll('var(--tone)', colour[token]!))).filter((d) => d !== undefined);
        if (decls.length) out.push(`${scoped(readable.map((sel) => withClass(sel, `tone-${tone}`)))}{${decls.join(';')}}`);
      }
    }
  return { css: out.join('\n'), unreadable };
}

/** The selector with a class added to its first compound (".point circle" -> ".tone-x.point circle"). */
function withClass(selector: string, cls: string): string {
  const type = /^[a-z][\w-]*/i.exec(selector)?.[0] ?? '';
  return `${type}.${cls}${selector.slice(type.length)}`;
}

/** The style rules outside at-rules (@keyframes, @property, @media: motion and screens, not a still image). */
function topLevelRules(css: string): { selectors: string[]; body: string }[] {
  const rules: { selectors: string[]; body: string }[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    const prelude = css.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth > 0; j++) depth += css[j] === '{' ? 1 : css[j] === '}' ? -1 : 0;
    if (!prelude.startsWith('@')) rules.push({ selectors: prelude.split(',').map((s) => s.trim().replace(/\s+/g, ' ')), body: css.slice(open + 1, j - 1) });
    i = j;
  }
  return rules;
}
