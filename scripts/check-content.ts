// npm run check: reports every content problem at once (file, line, field, fix) and exits non-zero if any;
// otherwise prints the editors' report (unused facts and sources, citations in one language only).
import { checkContentDir } from '../src/lib/content/check';
import { formatContentErrors } from '../src/lib/content/errors';
import { formatContentReport } from '../src/lib/content/report';

const result = checkContentDir(process.argv[2] ?? process.cwd());
if (!result.ok) {
  console.error(formatContentErrors(result.errors));
  process.exit(1);
}
const { input, report } = result;
console.log(formatContentReport(report));
console.log(`content OK: ${input.sections.length} section files, ${Object.keys(input.facts).length} facts, ${Object.keys(input.sources).length} sources, ${input.charts.length} charts`);
