// The <iframe> snippet that embeds one chart: its address (absolute when the site's address is known),
// a title for screen readers, a starting height that fits the chart and the longest of its steps' texts, and
// a one-line script that fits the frame to the height its embed page reports; and the two messages between
// an embed page and its host.
import type { ChartModel, StepModel } from '../content/model';
import { plainText, withoutTermDefs } from '../escape';
import { WORD_JOINER } from '../word-joiner';

/** From an embed page to the page around it: the height of its content, in CSS px ({ type, height }). */
export const HEIGHT_MESSAGE = 'deepseek-shock:height';
/** From a host page to an embed page that may have reported its height before the host listened. */
export const MEASURE_MESSAGE = 'deepseek-shock:measure';

/** The script after a snippet's iframe, run by the page it is pasted into: it fits that frame (the element
 *  before it) to each height the frame's page reports, from the frame's own origin only, and asks for a
 *  report once the frame has loaded, should the first have come before the script ran. Pages that drop
 *  scripts (some learning platforms) keep the iframe's starting height. */
export const FIT_SCRIPT =
  '(function(f){if(!f||f.tagName!=="IFRAME")return;var o=new URL(f.src).origin;' +
  'addEventListener("message",function(e){var d=e.data;' +
  `if(e.origin===o&&e.source===f.contentWindow&&d&&d.type==="${HEIGHT_MESSAGE}"&&d.height>0)f.style.height=Math.ceil(d.height)+"px"});` +
  `f.addEventListener("load",function(){f.contentWindow.postMessage({type:"${MEASURE_MESSAGE}"},o)})})` +
  '(document.currentScript&&document.currentScript.previousElementSibling)';

/** Room above and below the drawing besides the step's text: title, step buttons, caption, table and sources. */
const FRAME_PX = 264;
/** A step's text on an embed page in a frame 600 px wide: lines of 16 px serif in a column of about 560 px,
 *  72 characters to a line of 24 px on average, reckoned at 62 (long words wrap early, German ones more), and
 *  a paragraph's margin of 16 px between paragraphs or list items. */
const TEXT = { chars: 62, line: 24, paragraph: 16 };

/** How tall a step's text stands on the embed page: each paragraph or list item by its lines. */
function textHeight(html: string): number {
  const blocks = withoutTermDefs(html)
    .split(/<\/p>|<\/li>|<br\s*\/?>/)
    .map((block) => plainText(block).length)
    .filter((chars) => chars > 0);
  return blocks.reduce((sum, chars) => sum + Math.ceil(chars / TEXT.chars) * TEXT.line, 0) + Math.max(0, blocks.length - 1) * TEXT.paragraph;
}

/** The chart's height on its embed page: row charts by their rows (the page sets it), others as pages.css sets them. */
export function embedChartHeight(chart: ChartModel): number {
  if (chart.kind !== 'rows') return 448;
  return Math.min(576, Math.max(288, chart.rows.length * 28 + 64));
}

/** The snippet's starting height: the chart, and the longest of its steps' texts (the reader steps through
 *  them in the frame, which keeps this height where the host page drops the snippet's script). */
export function embedHeight(chart: ChartModel, steps: readonly Pick<StepModel, 'html'>[]): number {
  return embedChartHeight(chart) + FRAME_PX + Math.max(TEXT.line, ...steps.map((step) => textHeight(step.html)));
}

/** The snippet: the iframe, then the script that fits it. `styled: false` leaves out the iframe's inline style
 *  (no border, never wider than its column) for our own embed index, which shows each snippet as it is
 *  pasted but whose security policy refuses style attributes: its stylesheet sets the same. */
export function embedSnippet(src: string, title: string, height: number, { styled = true } = {}): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const style = styled ? ' style="border:0;max-width:100%"' : '';
  // (without the word joiners typography.ts holds hyphens with: the code is copied into other pages)
  return `<iframe src="${escape(src)}" title="${escape(title.replaceAll(WORD_JOINER, ''))}" width="100%" height="${height}"${style} loading="lazy"></iframe>\n<script>${FIT_SCRIPT}</script>`;
}
