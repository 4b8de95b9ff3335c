// Browser-only: says something once through the page's polite live region (#announcer).
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // a new text node after a tick, so screen readers announce even a repeated message
  setTimeout(() => (region.textContent = message), 50);
}
