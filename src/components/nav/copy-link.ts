// Browser-only: "copy link" controls are plain links to a section or step (they work without JavaScript);
// with it, a click copies the full address with its fragment, or the share address the link names
// (data-share: a step's, whose preview shows its chart), and says so in the live region, in the words the
// link carries (data-copy-link="Link copied").
import { announce } from './announce';

export function startCopyLinks(): void {
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (!link) return;
    event.preventDefault();
    const url = new URL(link.dataset.share ?? link.getAttribute('href')!, location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      link.dataset.copied = '';
      setTimeout(() => delete link.dataset.copied, 2000);
      announce(`${link.dataset.copyLink}: ${url}`);
    } catch {
      history.replaceState(null, '', link.getAttribute('href')); // no clipboard: at least put the link in the address bar
    }
  });
}
