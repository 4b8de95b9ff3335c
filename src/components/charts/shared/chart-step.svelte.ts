// The step a chart island draws: 1 on the server, then whatever the scroll controller writes on the
// enclosing <figure data-chart-step> (a "chartstep" event announces each change).
export class ChartStep {
  current = $state(1);

  /** Svelte attachment for the chart's root element: follows the figure's step. */
  follow = (node: Element) => {
    const figure = node.closest<HTMLElement>('figure[data-chart]');
    if (!figure) return;
    const read = () => (this.current = Math.max(1, Number(figure.dataset.chartStep) || 1));
    read();
    figure.addEventListener('chartstep', read);
    return () => figure.removeEventListener('chartstep', read);
  };
}
