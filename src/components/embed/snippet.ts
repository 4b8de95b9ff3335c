// Browser-only: makes embed snippets' addresses absolute (from the page's own origin) and lets the
// "copy code" button copy a snippet, announced in the live region.
import { announce } from '../nav/announce';

export function startSnippets(): void {
  for (const area of document.querySelectorAll<HTMLTextAreaElement>('[data-embed-snippet]')) {
    area.value = area.value.replace(/src="(\/[^"]*)"/, (_m, path: string) => `src="${location.origin}${path}"`);
    const button = area.closest('details')?.querySelector<HTMLButtonElement>('[data-copy-snippet]');
    if (!button) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      area.select();
      try {
        await navigator.clipboard.writeText(area.value);
        announce(button.dataset.copiedText ?? '');
      } catch {
        // the code stays selected for copying by hand
      }
    });
  }
}
