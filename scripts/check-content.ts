// npm run check: reports every content problem at once (file, line, field, fix) and exits non-zero if any;
// otherwise prints the editors' report (unused facts and sources, citations in one language only).
import { formatContentErrors, type ContentError } from '../src/lib/content/errors';
import { readContentDir } from '../src/lib/content/read-dir';
import { buildContent, ContentCheckError, formatContentReport, type ContentReport } from '../src/lib/content/story';

const root = process.argv[2] ?? process.cwd();
const { input, errors } = readContentDir(root);
const all: ContentError[] = [...errors];
let report: ContentReport | undefined;
try {
  report = buildContent(input).report;
} catch (e) {
  if (!(e instanceof ContentCheckError)) throw e;
  all.push(...e.errors);
}
if (all.length > 0 || !report) {
  console.error(formatContentErrors(all));
  process.exit(1);
}
console.log(formatContentReport(report));
console.log(`content OK: ${input.sections.length} section files, ${Object.keys(input.facts).length} facts, ${Object.keys(input.sources).length} sources, ${input.charts.length} charts`);
