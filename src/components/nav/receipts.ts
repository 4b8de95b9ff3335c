// Browser-only: a figure in the story opens its receipt in place, in a card beside it (at the bottom of the
// screen on phones, as the glossary's cards do): the figure with every digit, the day, the calculation (each
// input's value opens that input's receipt in the same card) and the source. The card is read from the
// figure's entry on the facts page, fetched once, when a reader first opens a receipt. A chart's value label
// that a fact reads opens that fact's receipt too, beside its chart, by pointer (keyboards and screen readers
// reach the same receipts in the chart's data table). Without scripts, or
// if that page cannot be read, the figure's link goes to the entry itself. A figure's address (/#fact-<id>)
// opens its receipt at the first sentence of the story that cites it.
import { loaded } from './loaded';

export function startReceipts(): void {
  const card = document.querySelector<HTMLElement>('[data-receipt]');
  const body = card?.querySelector<HTMLElement>('[data-receipt-body]');
  if (!card || !body || !('showPopover' in card)) return;
  const src = card.dataset.receipt!;
  let page: Promise<Document> | undefined;
  let opener: HTMLElement | undefined;
  // the charts' value labels show that they open receipts (notes.css) only on pages where they do
  document.documentElement.dataset.receipts = '';

  const open = async (id: string, from: HTMLElement): Promise<boolean> => {
    page ??= fetch(src)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((html) => new DOMParser().parseFromString(html, 'text/html'));
    const row = await page.then((doc) => doc.getElementById(`fact-${id}`)).catch(() => null);
    const [digits, asOf, receipt] = row ? [...row.querySelectorAll('td')] : [];
    if (!row || !receipt) return false;
    const title = line('receipt-title', row.querySelector('.facts-figure')?.textContent ?? '');
    title.id = 'receipt-title';
    title.tabIndex = -1;
    // every digit only where it says more than the figure
    const lines = [digits, asOf].filter((td) => td?.dataset.label && td.textContent && td.textContent !== title.textContent).map((td) => line('receipt-line', `${td!.dataset.label}: ${td!.textContent}`));
    const parts = [...receipt.children].filter((el) => !el.matches('.facts-cited')).map((el) => document.importNode(el, true));
    for (const a of parts.flatMap((p) => [...p.querySelectorAll<HTMLAnchorElement>('a[href^="#fact-"]')])) a.href = src + a.getAttribute('href');
    const more = document.createElement('a');
    more.href = `${src}#fact-${id}`;
    more.textContent = card.dataset.more ?? '';
    body.replaceChildren(title, ...lines, ...parts, line('receipt-more', '', more));
    opener?.style.removeProperty('anchor-name');
    opener = from;
    from.style.setProperty('anchor-name', '--receipt');
    if (!card.matches(':popover-open')) card.showPopover();
    title.focus({ preventScroll: true });
    return true;
  };

  document.addEventListener('click', (event) => {
    const a = (event.target as Element | null)?.closest<HTMLAnchorElement | SVGElement>('a[data-fact], svg [data-fact]');
    if (!a || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const id = a.dataset.fact!;
    // a chart's value label (SVG text, which has no box to anchor to) opens the card beside its chart; an
    // input in the card opens in the same card, beside the figure it was first opened from
    const from = a instanceof HTMLAnchorElement ? (card.contains(a) && opener ? opener : a) : a.closest<HTMLElement>('.chart-box');
    if (!from) return;
    void open(id, from).then((shown) => shown || location.assign(a instanceof HTMLAnchorElement ? a.href : `${src}#fact-${id}`));
  });
  card.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') opener?.focus({ preventScroll: true });
  });
  const fromAddress = () => {
    const id = /^#fact-(.+)$/.exec(location.hash)?.[1];
    const figure = id && document.getElementById(`fact-${id}`);
    if (!figure) return;
    void open(id, figure).then(async () => {
      // the sentence in the middle of the screen, its card beside it: after the page's own jump to the
      // fragment, which put it at the top, under the header
      await loaded();
      figure.scrollIntoView({ block: 'center', behavior: 'instant' });
    });
  };
  window.addEventListener('hashchange', fromAddress);
  fromAddress();
}

function line(className: string, text: string, child?: Node): HTMLElement {
  const p = document.createElement('p');
  p.className = className;
  p.append(text, ...(child ? [child] : []));
  return p;
}
