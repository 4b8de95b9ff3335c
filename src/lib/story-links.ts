// The story's text shown on another page (an embed, a slide of the presentation): its relative links are
// written for the story page (a term's "Glossary" link is teach/#term-<id>), so they are made to point into
// it; on the page they stood on they had led nowhere (/present/teach/, a 404). Pure.

/** `html` with the relative address of every link (an <a> whose first attribute is its href, as the story's
 *  text writes them: lib/content/markdown.ts) resolved against the story page's address (`storyPage`, ending
 *  in /), and with `target` (an embed's links leave its frame: _top). Absolute addresses (a scheme, or from /)
 *  stay. */
export function linksIntoStory(html: string, storyPage: string, target?: string): string {
  return html.replace(/<a href="([^"]*)"/g, (_m, href: string) => {
    const absolute = /^([a-z][a-z0-9+.-]*:|\/)/i.test(href);
    return `<a href="${absolute ? href : storyPage + href}"${target ? ` target="${target}"` : ''}`;
  });
}
