// npm run check: reports every content problem at once (file, line, field, fix) and exits non-zero if any.
import { formatContentErrors } from '../src/lib/content/errors';
import { readContentDir } from '../src/lib/content/read-dir';
import { contentReport, formatContentReport, validateContent } from '../src/lib/content/story';

const root = process.argv[2] ?? process.cwd();
const { input, errors } = readContentDir(root);
const all = [...errors, ...validateContent(input)];
if (all.length > 0) {
  console.error(formatContentErrors(all));
  process.exit(1);
}
console.log(formatContentReport(contentReport(input)));
console.log(`content OK: ${input.sections.length} section files, ${Object.keys(input.facts).length} facts, ${Object.keys(input.sources).length} sources, ${input.charts.length} charts`);
