// A content problem, named by file, place and field, with a plain fix; and how a list of them is printed.

export interface ContentError {
  /** Path relative to the project root, e.g. "content/story/en/02-market-moves.md". */
  file: string;
  /** 1-based line, where known. */
  line?: number;
  /** The field, column or directive at fault, e.g. "title", "row 4, column change_pct", ":fact[x]". */
  field?: string;
  message: string;
}

export function formatContentError(e: ContentError): string {
  const where = e.line ? `${e.file}:${e.line}` : e.file;
  return e.field ? `${where}  [${e.field}]  ${e.message}` : `${where}  ${e.message}`;
}

export function formatContentErrors(errors: readonly ContentError[]): string {
  const n = errors.length;
  return `${n} content problem${n === 1 ? '' : 's'}:\n` + errors.map((e) => '  - ' + formatContentError(e)).join('\n');
}

/** Zod issues as content errors for one file. */
export function fromZodIssues(
  file: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix: readonly PropertyKey[] = [],
): ContentError[] {
  return issues.map((issue) => ({
    file,
    field: [...prefix, ...issue.path].map(String).join('.') || undefined,
    message: issue.message,
  }));
}
