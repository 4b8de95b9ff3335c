// The facts page's table sorts by a column when its header is pressed (pressed again: the other way round).
// Headers become buttons only where scripts run; without them the table keeps the story's order.
export function startFactsSort(): void {
  const table = document.querySelector<HTMLTableElement>('[data-facts-table]');
  const body = table?.tBodies[0];
  if (!table || !body) return;
  table.querySelectorAll<HTMLTableCellElement>('th[data-sort]').forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const next = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      table.querySelectorAll('th[aria-sort]').forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', next);
      const key = (tr: HTMLTableRowElement): string | number => {
        if (th.dataset.sort === 'number') return Number(tr.dataset.value);
        if (th.dataset.sort === 'date') return tr.dataset.date ?? '';
        return tr.cells[column]?.textContent?.trim() ?? '';
      };
      const rows = [...body.rows].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), document.documentElement.lang);
        return next === 'ascending' ? order : -order;
      });
      body.append(...rows);
    });
  });
}
