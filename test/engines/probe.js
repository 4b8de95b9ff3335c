// Loaded first in every page the engine walk opens (test/engines/server.ts puts it at the start of <head>):
// collects what a reader would never see but an error tracker would (uncaught errors, failed resources,
// rejected promises, Content-Security-Policy violations, console errors and warnings), and offers the
// walk's measurements as window.__probe, so that every engine runs the same code in the page.
(() => {
  const errors = [];
  addEventListener('error', (e) => errors.push(e.message || `failed to load ${e.target?.src || e.target?.href || e.target?.tagName}`), true);
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason}`));
  addEventListener('securitypolicyviolation', (e) => errors.push(`CSP: ${e.violatedDirective} blocked ${e.blockedURI}`));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => (errors.push(`console.${level}: ${args.join(' ')}`), original.apply(console, args));
  }
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  /** The blocks a plain visit has still to lay out (components/nav/lay-out-later.ts), and how many were left at
   *  the first click on a link into the page (read before the page's own listener on the window, which is
   *  added later: this script runs first). */
  const unlaid = () => document.querySelectorAll('.lays-out-later .story-section > :not(.is-laid-out), .lays-out-later .sources-group:not(.is-laid-out)').length;
  let unlaidAtClick;
  addEventListener('click', (e) => e.target.closest?.('a[href^="#"]') && (unlaidAtClick ??= unlaid()), true);
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

  /** Every step of every scrolly block: its id, its chart and its place among the chart's steps. */
  const steps = () =>
    [...document.querySelectorAll('[data-scrolly]')].flatMap((block) => {
      const list = [...block.querySelectorAll('[data-step]')];
      const chart = block.querySelector('figure[data-chart]')?.dataset.chart;
      return list.map((s, i) => ({ id: s.id, chart, local: i + 1, total: list.length }));
    });

  /** What a block shows now: the figure's step, the step drawn, the active card, where the graphic sits. */
  const blockState = (stepId) => {
    const step = document.getElementById(stepId);
    const block = step.closest('[data-scrolly]');
    const figure = block.querySelector('figure[data-chart]');
    const graphic = block.querySelector('.scrolly-graphic');
    const g = graphic.getBoundingClientRect();
    const b = block.getBoundingClientRect();
    const f = figure.getBoundingClientRect();
    const card = step.getBoundingClientRect();
    return {
      chartStep: Number(figure.dataset.chartStep),
      drawn: Number(figure.querySelector('.screen-only svg[data-step-drawn]')?.dataset.stepDrawn),
      active: step.classList.contains('is-active'),
      // a graphic that sticks stays on screen beside its cards; on a short screen it stands above them instead
      figureOnScreen: getComputedStyle(graphic).position !== 'sticky' || (f.top >= -1 && f.top < innerHeight - 40 && f.bottom > 40),
      cardOnScreen: card.top < innerHeight && card.bottom > 0,
      graphicTop: Math.round(g.top),
      stickyTop: Math.round(parseFloat(getComputedStyle(graphic).top)),
      // the graphic can only sit at its sticky place while its block reaches past both edges of the window
      spans: b.top < g.top - 1 && b.bottom > innerHeight + 1,
    };
  };

  /** Waits until the step's chart shows and draws it, its card is active and on screen, and it stays so. */
  async function settle(stepId, local, timeout = 8000) {
    const end = Date.now() + timeout;
    let last;
    while (Date.now() < end) {
      last = blockState(stepId);
      if (last.chartStep === local && last.drawn === local && last.active && last.figureOnScreen && last.cardOnScreen) {
        await sleep(120);
        const again = blockState(stepId);
        if (again.chartStep === local && again.drawn === local && again.active) return { ok: true, ...again };
      }
      await sleep(50);
    }
    return { ok: false, ...last };
  }

  /** Scrolls from the top to the bottom 150 px at a time, as a slow reader does (a step can be as short as a
   *  fifth of a phone's screen), and records each chart's steps in the order it showed them, and any place
   *  where a graphic that should stick had left its place. */
  async function slowScroll(by = 150, pause = 60) {
    scrollTo(0, 0);
    await frame();
    const seen = {};
    const unstuck = [];
    const blocks = [...document.querySelectorAll('[data-scrolly]')];
    for (let y = 0; ; y += by) {
      scrollTo(0, y);
      // the page answers a scroll in its next frame: wait for two, however busy the machine
      await frame();
      await frame();
      await sleep(pause);
      for (const block of blocks) {
        const figure = block.querySelector('figure[data-chart]');
        const id = figure.dataset.chart;
        const shown = `${figure.dataset.chartStep}/${figure.querySelector('.screen-only svg[data-step-drawn]')?.dataset.stepDrawn}`;
        const list = (seen[id] ??= []);
        if (list.at(-1) !== shown) list.push(shown);
        const graphic = block.querySelector('.scrolly-graphic');
        const g = graphic.getBoundingClientRect();
        const b = block.getBoundingClientRect();
        const top = parseFloat(getComputedStyle(graphic).top);
        if (b.top < g.top - 1 && b.bottom > innerHeight + 1 && g.top < innerHeight && Math.abs(g.top - top) > 1.5)
          unstuck.push(`${id} graphic at ${Math.round(g.top)}, sticky top ${top} (scrolled to ${y})`);
      }
      if (y + innerHeight >= document.documentElement.scrollHeight) break;
    }
    return { seen, unstuck: unstuck.slice(0, 5), steps: steps() };
  }

  /** Waits until a block agrees with itself: its active card is the step its chart shows and draws (after a
   *  resize, say, whichever step is in view). */
  async function consistent(stepId, timeout = 5000) {
    const block = document.getElementById(stepId).closest('[data-scrolly]');
    const figure = block.querySelector('figure[data-chart]');
    const end = Date.now() + timeout;
    let seen = '';
    while (Date.now() < end) {
      const active = [...block.querySelectorAll('[data-step]')].findIndex((s) => s.classList.contains('is-active')) + 1;
      const drawn = Number(figure.querySelector('.screen-only svg[data-step-drawn]')?.dataset.stepDrawn);
      seen = `card ${active}, chart ${figure.dataset.chartStep}, drawn ${drawn}`;
      if (active > 0 && Number(figure.dataset.chartStep) === active && drawn === active) return { ok: true, seen };
      await sleep(50);
    }
    return { ok: false, seen };
  }

  /** Scrolls by hand (no button) until the step's card has just passed the trigger line, which makes it the
   *  active step. */
  function handScroll(stepId) {
    const trigger = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--scrolly-trigger')) || 0.5;
    const top = document.getElementById(stepId).getBoundingClientRect().top;
    scrollBy(0, top - innerHeight * trigger + 20);
  }

  /** Opens every glossary term of the page in turn and measures its card against the window and the term:
   *  once the page has laid out every block, as for a reader who reads down to a term (a jump by the scroll
   *  bar within a second of the load is not this check's: see landed()). */
  async function terms() {
    const out = [];
    for (let i = 0; i < 200 && unlaid(); i++) await sleep(25);
    for (const term of document.querySelectorAll('button.term')) {
      term.scrollIntoView({ block: 'center' });
      await frame();
      term.click();
      await frame();
      const card = document.getElementById(term.getAttribute('popovertarget'));
      const c = card.getBoundingClientRect();
      const t = term.getBoundingClientRect();
      const problems = [];
      if (!card.matches(':popover-open')) problems.push('did not open');
      if (c.left < -1 || c.top < -1 || c.right > innerWidth + 1 || c.bottom > innerHeight + 1) problems.push('leaves the window');
      if (c.width < Math.min(200, innerWidth - 40)) problems.push(`only ${Math.round(c.width)} px wide`);
      if (c.left < t.right && c.right > t.left && c.top < t.bottom && c.bottom > t.top) problems.push('covers its term');
      const underline = getComputedStyle(term).textDecorationLine;
      if (!underline.includes('underline')) problems.push(`term not underlined (${underline})`);
      card.hidePopover?.();
      if (problems.length) out.push(`${term.textContent.trim()} at ${Math.round(t.left)},${Math.round(t.top)}: ${problems.join(', ')}; card ${Math.round(c.left)},${Math.round(c.top)} ${Math.round(c.width)}x${Math.round(c.height)}`);
    }
    return out;
  }

  /** After a click on a link to the element with this id: where it comes to rest (its top, a frame after the
   *  browser has scrolled to it), how far it moves in the next 1.5 s, while the page lays out what a plain visit
   *  had left for later, and where the header ends (also read by test/e2e/reader.spec.ts). */
  async function landed(id) {
    const target = document.getElementById(id);
    const top = () => target.getBoundingClientRect().top;
    for (let i = 0; i < 60 && (location.hash !== `#${id}` || top() < -1 || top() > innerHeight / 2); i++) await frame();
    await frame();
    const rest = top();
    let drift = 0;
    for (const end = Date.now() + 1500; Date.now() < end; ) {
      await frame();
      drift = Math.max(drift, Math.abs(top() - rest));
    }
    return { rest, drift, header: document.querySelector('[data-site-header]').getBoundingClientRect().bottom, unlaidAtClick };
  }

  /** Resources fetched from any other host than the page's own. */
  const otherHosts = () =>
    performance.getEntriesByType('resource').map((e) => e.name).filter((u) => new URL(u).host !== location.host && !u.startsWith('data:'));

  window.__probe = { errors: () => errors.slice(), steps, blockState, settle, consistent, slowScroll, handScroll, terms, landed, otherHosts, sleep };
})();
