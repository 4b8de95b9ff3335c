// Browser-only: makes embed snippets' addresses absolute (from the page's own origin) and lets the
// "copy code" button copy a snippet, announced in the live region.
import { announce } from '../nav/announce';

export function startSnippets(): void {
  for (const code of document.querySelectorAll<HTMLElement>('[data-embed-snippet]')) {
    code.textContent = code.textContent!.replace(/src="(\/[^"]*)"/, (_m, path: string) => `src="${location.origin}${path}"`);
    const button = code.closest('details')?.querySelector<HTMLButtonElement>('[data-copy-snippet]');
    if (!button) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      getSelection()?.selectAllChildren(code);
      try {
        await navigator.clipboard.writeText(code.textContent!);
        announce(button.dataset.copiedText ?? '');
      } catch {
        // the code stays selected for copying by hand
      }
    });
  }
}
