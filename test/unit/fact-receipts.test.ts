// The receipt behind every figure: the sentence that cites it, its calculation with its inputs' values, and
// every fact of the story present, from the good fixture and from fixtures of its own.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/content/calc';
import { readContentDir } from '../../src/lib/content/read-dir';
import { buildStory } from '../../src/lib/content/story';
import { citedSentences, factReceipts, factsCsvRows } from '../../src/lib/fact-receipts';

const fact = (id: string, text: string) => `<span class="fact" data-fact="${id}">${text}</span>`;

describe('citedSentences', () => {
  it.each([
    [`<p>Nvidia fell ${fact('a', '17%')}. Apple rose.</p>`, [['a', 'Nvidia fell 17%.']]],
    [`<p>First one. Then ${fact('a', '$1tn')} went, and ${fact('b', '3%')} more! Done.</p>`, [['a', 'Then $1tn went, and 3% more!'], ['b', 'Then $1tn went, and 3% more!']]],
    [`<p>Es fiel um ${fact('a', '17,0\u00a0%')}.</p><p>Dann ${fact('a', '17,0\u00a0%')} wieder.</p>`, [['a', 'Es fiel um 17,0\u00a0%.']]],
    [`<p><strong>Hit hard.</strong> It lost ${fact('a', '$593bn')} &amp; more.</p>`, [['a', 'It lost $593bn & more.']]],
    // a glossary term's definition (its popover) is not part of the sentence
    [
      `<p>That erased ${fact('a', '$593bn')} of <button type="button" class="term" popovertarget="t1">market value</button><span class="term-def" id="t1" popover><span class="term-def-title">market value</span><button type="button" class="term-close" aria-label="Close"><span aria-hidden="true">×</span></button><span class="term-def-body">What all shares are worth. It falls. <a href="teach/#term-m">Glossary</a></span></span>, the value of all its shares. Then more.</p>`,
      [['a', 'That erased $593bn of market value, the value of all its shares.']],
    ],
    // a figure quoted without the style that keeps it on one line is typeset again: its unit held to it
    [`<p>Sie schloss bei ${fact('a', '118,42\u00a0US-Dollar')}.</p>`, [['a', 'Sie schloss bei 118,42\u00a0US-\u2060Dollar.']]],
    ['<p>No figure here.</p>', []],
  ] as const)('%s', (html, expected) => {
    expect(citedSentences(html)).toEqual(expected);
  });
});

describe('factReceipts', () => {
  const { input } = readContentDir(join(import.meta.dirname, '../fixtures/good'));
  for (const locale of ['en', 'de'] as const) {
    const story = buildStory(input, locale);
    const receipts = factReceipts(story);
    it(`${locale}: every fact has one receipt, and every fact a section cites is cited there`, () => {
      expect(receipts.map((r) => r.id).sort()).toEqual(Object.keys(story.facts).sort());
      for (const section of story.sections)
        for (const id of section.facts) expect(receipts.find((r) => r.id === id)!.citedIn.some((c) => c.sectionId === section.id), `${id} in ${section.id}`).toBe(true);
    });
    it(`${locale}: a calculation lists its inputs, each a fact, and the formula holds`, () => {
      for (const r of receipts.filter((x) => x.calc)) {
        for (const id of r.calc!.inputs) expect(story.facts[id]).toBeDefined();
        // each input's value is a part of its own, naming its fact, so that it can link to its receipt
        expect(r.calc!.parts.filter((p) => p.id).map((p) => p.text)).toEqual(r.calc!.inputs.map((id) => receipts.find((x) => x.id === id)!.exact));
        expect(r.calc!.parts.map((p) => p.text).join('')).toBe(r.calc!.text);
        expect(r.calc!.text).toContain(`= ${r.exact}`);
        expect(typeof evaluate(story.facts[r.id]!.calc!, (id) => story.facts[id]?.value)).toBe('number');
      }
    });
    it(`${locale}: the CSV has every fact with its value as written`, () => {
      const rows = factsCsvRows(story);
      expect(rows.map((r) => r.id).sort()).toEqual(Object.keys(story.facts).sort());
      for (const r of rows) expect(Number(r.value)).toBeCloseTo(story.facts[r.id]!.value, 9);
    });
  }
});
