// The reader's walk through a story page, the same in every engine (engines.ts): a deep link to every step (or
// to a share of them)
// (the chart shows and draws that step, on screen, the graphic at its sticky place), a slow scroll through
// every chart (each shows its steps in order), the step buttons and arrow keys (also after a press that
// moves nothing and a scroll by hand), the language switch (same step in the other language), a resize (same step)
// in the middle of a step (the chart shows the step in view), a section from the contents at once after a load
// (it comes to rest under the header and stays), every
// glossary card (opens on screen, wide enough, beside its term), and at each page: no error of any kind
// and nothing fetched from another host. Returns what went wrong, in words; every expectation comes from
// the page itself (its steps and charts), never from today's story.
import type { Engine } from './engines';

interface StepInfo {
  id: string;
  chart: string;
  local: number;
  total: number;
}
interface Settled {
  ok: boolean;
  chartStep: number;
  drawn: number;
  active: boolean;
  figureOnScreen: boolean;
  cardOnScreen: boolean;
  graphicTop: number;
  stickyTop: number;
  spans: boolean;
}

export interface WalkResult {
  problems: string[];
  /** What was walked, for the report. */
  counts: { deepLinks: number; charts: number; terms: number; pages: number; unlaidAtClick: number };
}

const js = JSON.stringify;

/** `shots`: a file name prefix for a screenshot of each chart at its last step (to compare engines by eye),
 *  or '' for none. `share`: which of the steps this walk opens by deep link, [k, n]: every n-th from the k-th
 *  (run.ts splits them between the phone and the desktop walk, so that each engine opens every step once). */
export async function walk(engine: Engine, origin: string, path: string, otherPath: string, size: { width: number; height: number }, shots: string, share: [number, number] = [0, 1]): Promise<WalkResult> {
  const problems: string[] = [];
  const counts = { deepLinks: 0, charts: 0, terms: 0, pages: 0, unlaidAtClick: 0 };
  try {
    await walkOn(engine, origin, path, otherPath, size, shots, share, problems, counts);
  } catch (e) {
    problems.push(`the walk stopped: ${(e as Error).message}`);
  }
  return { problems, counts };
}

async function walkOn(
  engine: Engine,
  origin: string,
  path: string,
  otherPath: string,
  size: { width: number; height: number },
  shots: string,
  share: [number, number],
  problems: string[],
  counts: WalkResult['counts'],
): Promise<void> {
  const at = (where: string) => (p: string) => problems.push(`${where}: ${p}`);
  // a query that changes with every load, so that a new address that differs only in its fragment still
  // loads the page afresh
  const load = async (url: string) => {
    const u = new URL(url);
    u.searchParams.set('load', String(++counts.pages));
    await engine.goto(u.href);
  };
  /** Errors and other hosts of the page open now. */
  const pageHealth = async (where: string) => {
    const [errors, hosts] = await engine.eval<[string[], string[]]>('[__probe.errors(), __probe.otherHosts()]');
    errors.forEach(at(`${where}, error`));
    hosts.forEach(at(`${where}, request to another host`));
  };
  const settle = (s: StepInfo) => engine.eval<Settled>(`__probe.settle(${js(s.id)}, ${s.local})`);
  const checkSettled = (where: string, r: Settled, s: StepInfo) => {
    if (!r.ok)
      at(where)(
        `expected chart ${s.chart} at step ${s.local}, saw step ${r.chartStep} drawn ${r.drawn}, card active ${r.active}, figure on screen ${r.figureOnScreen}, card on screen ${r.cardOnScreen}`,
      );
    else if (r.spans && Math.abs(r.graphicTop - r.stickyTop) > 1.5) at(where)(`graphic at ${r.graphicTop} px, not at its sticky place ${r.stickyTop} px`);
  };

  await engine.open(size.width, size.height);
  await load(`${origin}${path}`);
  const steps = await engine.eval<StepInfo[]>('__probe.steps()');
  if (steps.length === 0) at(path)('no scrolly steps found');

  // 1. a deep link to every step of this walk's share, each a fresh load (and every chart's last step, for
  // its screenshot)
  for (const s of steps.filter((step, i) => i % share[1] === share[0] || (shots && step.local === step.total))) {
    await load(`${origin}${path}#${s.id}`);
    checkSettled(`#${s.id}`, await settle(s), s);
    if (shots && s.local === s.total) {
      // once the chart has finished moving into its last step
      await engine.eval('__probe.sleep(1500)');
      await engine.screenshot(`${shots}-${s.chart}-step-${s.local}.png`);
    }
    await pageHealth(`#${s.id}`);
    counts.deepLinks++;
  }

  // 2. a slow scroll from the top to the bottom
  await load(`${origin}${path}`);
  const scroll = await engine.eval<{ seen: Record<string, string[]>; unstuck: string[] }>('__probe.slowScroll()');
  const totals = new Map(steps.map((s) => [s.chart, s.total]));
  for (const [chart, total] of totals) {
    const shown = (scroll.seen[chart] ?? []).filter((x) => x.split('/')[0] === x.split('/')[1]).map((x) => Number(x.split('/')[0]));
    const inOrder = shown.filter((n, i) => n !== shown[i - 1]);
    const expected = Array.from({ length: total }, (_, i) => i + 1);
    if (js(inOrder) !== js(expected)) at(`slow scroll, ${chart}`)(`showed steps ${inOrder.join(' → ')}, expected ${expected.join(' → ')}`);
    counts.charts++;
  }
  scroll.unstuck.forEach(at('slow scroll'));
  await pageHealth('slow scroll');

  // 3. step buttons and arrow keys on the chart with the most steps
  const longest = [...totals].sort((a, b) => b[1] - a[1])[0];
  if (longest && longest[1] >= 3) {
    const own = steps.filter((s) => s.chart === longest[0]);
    const block = `[data-scrolly]:has(#${own[0]!.id})`;
    const expectAt = async (where: string, n: number) => {
      checkSettled(where, await settle(own[n - 1]!), own[n - 1]!);
      const hash = await engine.eval<string>('location.hash');
      if (where.includes('press') && hash !== `#${own[n - 1]!.id}`) at(where)(`address shows ${hash}, expected #${own[n - 1]!.id}`);
    };
    await load(`${origin}${path}#${own[0]!.id}`);
    await expectAt('buttons, start', 1);
    for (let n = 2; n <= own.length; n++) {
      await engine.click(`${block} [data-step-next]`);
      await expectAt(`buttons, press next to ${n}`, n);
    }
    // a press that moves nothing, then a scroll by hand to step 2: the next press counts from step 2
    await engine.click(`${block} [data-step-next]`);
    await engine.eval(`__probe.sleep(150)`);
    await engine.eval(`__probe.handScroll(${js(own[1]!.id)})`);
    await expectAt('buttons, scrolled by hand to 2', 2);
    await engine.click(`${block} [data-step-prev]`);
    await expectAt('buttons, press previous after a scroll by hand', 1);
    // the keys, with focus on a button of the block
    await engine.click(`${block} [data-step-next]`);
    await expectAt('keys, press next to 2', 2);
    await engine.key('ArrowDown');
    await expectAt('keys, press ArrowDown to 3', 3);
    await engine.key('ArrowUp');
    await expectAt('keys, press ArrowUp to 2', 2);
    await pageHealth('buttons and keys');

    // 4. the language switch keeps the step
    const middle = own[Math.min(2, own.length - 1)]!;
    await load(`${origin}${path}#${middle.id}`);
    checkSettled(`before the language switch, #${middle.id}`, await settle(middle), middle);
    await engine.click('[data-lang-switch]');
    let landed = '';
    for (let i = 0; i < 100 && !landed.startsWith(otherPath); i++) {
      await new Promise((r) => setTimeout(r, 100));
      landed = await engine.eval<string>(`document.readyState === 'complete' ? location.pathname + location.hash : ''`).catch(() => '');
    }
    if (landed !== `${otherPath}#${middle.id}`) at('language switch')(`landed on ${landed}, expected ${otherPath}#${middle.id}`);
    else checkSettled(`language switch, ${landed}`, await settle(middle), middle);
    await pageHealth('language switch');

    // 5. a resize in the middle of a step (a phone turned, a window made narrower and wider again): the reader
    // stays at the step they were reading, the chart shows it, and no engine reports an error (a
    // "ResizeObserver loop", say)
    await load(`${origin}${path}#${middle.id}`);
    checkSettled(`before resizing, #${middle.id}`, await settle(middle), middle);
    for (const [w, h] of [[size.height, size.width], [size.width, size.height]] as const) {
      await engine.resize(w, h);
      checkSettled(`resized to ${w}x${h}, #${middle.id}`, await settle(middle), middle);
      const r = await engine.eval<{ ok: boolean; seen: string }>(`__probe.consistent(${js(middle.id)})`);
      if (!r.ok) at(`resized to ${w}x${h}`)(`the chart does not show the step in view: ${r.seen}`);
    }
    await pageHealth('resize');
  }

  // 6. a section chosen from the contents at once after a plain visit, while the page still lays out its blocks:
  // the section comes to rest under the header and stays there (the link clicked by a script, in the engine's
  // second evaluation after the load: opening the contents first, by the engine's input, had taken Firefox
  // longer than the page's layout)
  await load(`${origin}${path}`);
  const sections = await engine.eval<string[]>(`[...document.querySelectorAll('[data-toc-link]')].map((a) => a.dataset.tocLink)`);
  const section = sections[Math.floor(sections.length / 2)];
  if (section) {
    await engine.eval(`document.querySelector('[data-toc-link=${js(section)}]').click()`);
    const r = await engine.eval<{ rest: number; drift: number; header: number; unlaidAtClick: number }>(`__probe.landed(${js(section)})`);
    const where = at(`#${section} from the contents at once`);
    if (r.rest < r.header - 2 || r.rest > r.header + 40) where(`the section came to rest at ${Math.round(r.rest)} px, the header ends at ${Math.round(r.header)}`);
    if (r.drift > 2) where(`the section moved ${Math.round(r.drift)} px after it came to rest (${r.unlaidAtClick} blocks not yet laid out at the click)`);
    counts.unlaidAtClick = r.unlaidAtClick;
    await pageHealth('contents at once');
  }

  // 7. every glossary card
  await load(`${origin}${path}`);
  const terms = await engine.eval<string[]>('__probe.terms()');
  terms.forEach(at('glossary'));
  counts.terms = await engine.eval<number>(`document.querySelectorAll('button.term').length`);
  await pageHealth('glossary');
}
