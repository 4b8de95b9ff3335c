// The embed snippet (lib/charts/embed.ts): the iframe's attributes, escaped, and the script after it, run here
// against a stand-in page: it fits its own frame to the heights that frame's page reports, and to nothing else.
// And the frame's starting height, which makes room for the longest step's text.
import { describe, expect, it } from 'vitest';
import { embedHeight, embedSnippet, FIT_SCRIPT, HEIGHT_MESSAGE, MEASURE_MESSAGE } from '../../src/lib/charts/embed';
import type { ChartModel } from '../../src/lib/content/model';

describe('embedSnippet', () => {
  it('is an iframe with the address, an escaped title and the starting height, then the fitting script', () => {
    const [frame, script, ...rest] = embedSnippet('https://example.org/embed/a/?step=1&x=<1>', 'A "B" & <C>', 640).split('\n');
    expect(rest).toEqual([]);
    expect(frame).toBe(
      '<iframe src="https://example.org/embed/a/?step=1&amp;x=&lt;1>" title="A &quot;B&quot; &amp; &lt;C>" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
    expect(script).toBe(`<script>${FIT_SCRIPT}</script>`);
    // the script must not end its own element early
    expect(FIT_SCRIPT).not.toMatch(/<\/script/i);
  });
  it('copies a typeset title without its word joiners (one-\u2060day: invisible here, but not in other pages)', () => {
    expect(embedSnippet('/embed/a/', 'Record one-\u2060day losses', 640)).toContain('title="Record one-day losses"');
  });
  it('leaves out only the inline style when asked (for a page whose policy refuses style attributes)', () => {
    const styled = embedSnippet('/embed/a/?step=1', 'A', 640);
    const plain = embedSnippet('/embed/a/?step=1', 'A', 640, { styled: false });
    expect(plain).not.toContain('style=');
    expect(plain).toBe(styled.replace(' style="border:0;max-width:100%"', ''));
  });
});

const ORIGIN = 'https://charts.example';

/** Runs FIT_SCRIPT on a stand-in host page whose script element follows `before`; returns the message listener
 *  it added and what it posted to the frame. */
function runScript(before: unknown) {
  const listeners: ((e: unknown) => void)[] = [];
  const host = { addEventListener: (type: string, fn: (e: unknown) => void) => type === 'message' && listeners.push(fn) };
  new Function('document', 'addEventListener', FIT_SCRIPT)({ currentScript: { previousElementSibling: before } }, host.addEventListener);
  return listeners;
}

function frame() {
  const posted: [unknown, string][] = [];
  const loaded: (() => void)[] = [];
  const contentWindow = { postMessage: (data: unknown, origin: string) => posted.push([data, origin]) };
  const addEventListener = (type: string, fn: () => void) => type === 'load' && loaded.push(fn);
  return { tagName: 'IFRAME', src: `${ORIGIN}/embed/margins/?step=2`, contentWindow, addEventListener, style: { height: '' }, posted, loaded };
}

describe('embedHeight', () => {
  // a chart drawn at a height of its own (not a row chart, whose rows set it), and steps of made-up lengths
  const chart = { kind: 'lines' } as ChartModel;
  const para = (chars: number) => `<p><strong>${'x'.repeat(chars)}</strong></p>`;
  // a glossary term as the story's markdown writes it: the term, then its definition, which opens over the text
  const term = `<button type="button" class="term" popovertarget="t-1">word</button><span class="term-def" id="t-1" popover><span class="term-def-title">Word</span><button type="button" class="term-close" popovertarget="t-1" popovertargetaction="hide" aria-label="Close"><span aria-hidden="true">×</span></button><span class="term-def-body">${'y'.repeat(300)} <a href="/x">More</a></span></span>`;
  const base = embedHeight(chart, [{ html: para(10) }]);
  it.each([
    ['a line more for a step a line longer', [para(10), para(100)], 24],
    ['two lines more for a step two lines longer', [para(150)], 48],
    ['nothing for a short step beside a long one', [para(150), para(5)], 48],
    ["a line and a paragraph's margin for a second paragraph", [para(10) + para(10)], 24 + 16],
    ['a line for each item of a list', [`<ul><li>${'x'.repeat(10)}</li><li>${'x'.repeat(10)}</li></ul>`], 24 + 16],
    ['nothing for a glossary definition', [`<p>${'x'.repeat(5)} ${term}</p>`], 0],
    ['one line where there is no step', [], 0],
  ])('the longest step sets it: %s', (_name, htmls, more) => expect(embedHeight(chart, htmls.map((html) => ({ html }))) - base).toBe(more));
});

describe('the fitting script', () => {
  it('asks its frame for a report once the frame has loaded, addressed to the frame’s origin only', () => {
    const f = frame();
    runScript(f);
    // before, the frame holds an empty page of the host's origin, which must not receive it
    expect(f.posted).toEqual([]);
    for (const fn of f.loaded) fn();
    expect(f.posted).toEqual([[{ type: MEASURE_MESSAGE }, ORIGIN]]);
  });

  const other = { postMessage: () => {} };
  it.each([
    ['a report from its frame', (f: ReturnType<typeof frame>) => ({ origin: ORIGIN, source: f.contentWindow, data: { type: HEIGHT_MESSAGE, height: 712.2 } }), '713px'],
    ['another origin', (f: ReturnType<typeof frame>) => ({ origin: 'https://evil.example', source: f.contentWindow, data: { type: HEIGHT_MESSAGE, height: 712 } }), ''],
    ['another frame of the same site', () => ({ origin: ORIGIN, source: other, data: { type: HEIGHT_MESSAGE, height: 712 } }), ''],
    ['another message', (f: ReturnType<typeof frame>) => ({ origin: ORIGIN, source: f.contentWindow, data: { type: 'resize', height: 712 } }), ''],
    ['no height', (f: ReturnType<typeof frame>) => ({ origin: ORIGIN, source: f.contentWindow, data: { type: HEIGHT_MESSAGE, height: 0 } }), ''],
    ['no data', (f: ReturnType<typeof frame>) => ({ origin: ORIGIN, source: f.contentWindow, data: null }), ''],
  ])('%s', (_, message, height) => {
    const f = frame();
    const [listener, ...more] = runScript(f);
    expect(more).toEqual([]);
    listener!(message(f));
    expect(f.style.height).toBe(height);
  });

  it.each([
    ['nothing before it', null],
    ['an element that is no iframe', { tagName: 'DIV', src: `${ORIGIN}/`, style: { height: '' } }],
  ])('does nothing after %s', (_, before) => {
    expect(runScript(before)).toEqual([]);
  });
});
