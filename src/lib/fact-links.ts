// The story's figures as links to their receipts. Each cited figure (<span class="fact">, markdown.ts)
// becomes a link to its entry on the facts page, which readers without scripts and printouts follow; with
// scripts the receipt opens in place (components/nav/receipts.ts). The first sentence of the story that
// cites a figure carries the figure's address (id="fact-<id>"), so that /#fact-<id> lands there. Pure: a new
// story model with the texts of its sections rewritten. The data tables link the values facts read
// (components/story/DataTable.astro, with factLink).
import type { SectionBlock, SectionModel, StoryModel } from './content/model';
import { scrollyBlocks } from './content/scrolly-blocks';
import { FACT, textsOf } from './fact-receipts';

export interface FactLinkOptions {
  /** The facts page's address (its entries are #fact-<id>). */
  factsHref: string;
  /** The id of the element that says what a figure's link opens (its accessible description). */
  describedBy: string;
}

/** A figure (`inner`, HTML) as the link to its receipt; `id` as it stands in HTML (escaped, as markdown.ts
 *  writes it); `address` gives it the figure's id (fact-<id>). */
export function factLink(id: string, inner: string, { factsHref, describedBy }: FactLinkOptions, address = false): string {
  const own = address ? ` id="fact-${id}"` : '';
  return `<a class="fact" data-fact="${id}" href="${factsHref}#fact-${id}"${own} aria-describedby="${describedBy}">${inner}</a>`;
}

/** One text's figures as links; `addressed` names the figures whose address (id) this text carries. */
export function linkFacts(html: string, addressed: ReadonlySet<string>, options: FactLinkOptions): string {
  const given = new Set<string>();
  return html.replace(FACT, (_all, id: string, inner: string) => {
    const address = addressed.has(id) && !given.has(id);
    given.add(id);
    return factLink(id, inner, options, address);
  });
}

/** The story with every cited figure linked to its receipt, each figure's address on its first citation. */
export function withFactLinks(story: StoryModel, options: FactLinkOptions): StoryModel {
  const seen = new Set<string>();
  // the figures each text cites first in the story, texts in reading order
  const firsts = new Map<string, Set<string>>();
  for (const section of story.sections)
    for (const { html } of textsOf(section)) {
      const own = new Set<string>();
      for (const [, id] of html.matchAll(FACT)) if (!seen.has(id!)) (seen.add(id!), own.add(id!));
      firsts.set(html, new Set([...(firsts.get(html) ?? []), ...own]));
    }
  // a text repeated word for word carries the addresses once
  const link = (html: string) => {
    const addressed = firsts.get(html) ?? new Set<string>();
    firsts.delete(html);
    return linkFacts(html, addressed, options);
  };
  const block = (b: SectionBlock): SectionBlock =>
    b.kind === 'prose' ? { ...b, html: link(b.html) } : { ...b, steps: b.steps.map((s) => ({ ...s, html: link(s.html) })) };
  // a section's steps are its scrolly blocks' steps (content/sections.ts), taken from the linked blocks
  const section = (s: SectionModel): SectionModel => {
    const blocks = s.blocks.map(block);
    return { ...s, blocks, steps: scrollyBlocks(blocks).flatMap((b) => b.steps) };
  };
  return { ...story, sections: story.sections.map(section) };
}
