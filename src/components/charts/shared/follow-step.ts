// Svelte action for chart islands: reads the step the scroll controller wrote on the enclosing
// <figure data-chart-step> and calls back on every change (the "chartstep" event).
export function followStep(node: Element, onStep: (step: number) => void) {
  const figure = node.closest<HTMLElement>('figure[data-chart]');
  if (!figure) return;
  const read = () => onStep(Math.max(1, Number(figure.dataset.chartStep) || 1));
  read();
  figure.addEventListener('chartstep', read);
  return {
    destroy() {
      figure.removeEventListener('chartstep', read);
    },
  };
}
