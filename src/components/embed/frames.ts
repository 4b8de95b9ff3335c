// Browser-only, on a page that embeds charts: fits each chart iframe to the height its page reports (the
// content's height, plus the frame's own border). A frame whose page reported before this script ran is asked
// to report again; one that loads later reports by itself.
import { HEIGHT_MESSAGE, MEASURE_MESSAGE } from '../../lib/charts/embed';

export function startEmbedFrames(): void {
  const frames = [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-embed-frame]')];
  window.addEventListener('message', (event) => {
    // only our own embed pages, same origin, in one of this page's frames
    if (event.origin !== location.origin) return;
    const data = event.data as { type?: string; height?: number } | null;
    if (data?.type !== HEIGHT_MESSAGE || typeof data.height !== 'number' || !(data.height > 0)) return;
    const frame = frames.find((f) => f.contentWindow === event.source);
    if (frame) frame.style.height = `${Math.ceil(data.height) + frame.offsetHeight - frame.clientHeight}px`;
  });
  for (const frame of frames) frame.contentWindow?.postMessage({ type: MEASURE_MESSAGE }, location.origin);
}
