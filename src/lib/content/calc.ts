// The arithmetic behind a calculated fact (facts.yaml `calc:`): a formula over other facts' ids and plain
// numbers with + - * / and brackets, e.g. "(nvidia-close-before - nvidia-close) * nvidia-shares".
// Values enter in base units (dollars, single shares, per cent), so units mix freely: a count in millions
// times a price in dollars gives dollars. Ids may contain hyphens, so a minus needs a space on both sides.

export type CalcToken = { kind: 'id'; id: string } | { kind: 'num'; value: number } | { kind: 'op'; op: string };

const TOKEN = /\s*(?:([a-z][a-z0-9]*(?:-[a-z0-9]+)*)|(\d+(?:\.\d+)?)|([-+*/()]))/y;

/** The formula's tokens, or an error message. */
export function tokenize(formula: string): CalcToken[] | string {
  const tokens: CalcToken[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (formula.slice(at).trim() !== '') {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(formula);
    if (!m) return `cannot read "${formula.slice(at).trim()}"; use fact ids, numbers, + - * / and brackets`;
    if (m[1]) tokens.push({ kind: 'id', id: m[1] });
    else if (m[2]) tokens.push({ kind: 'num', value: Number(m[2]) });
    else tokens.push({ kind: 'op', op: m[3]! });
    at = TOKEN.lastIndex;
  }
  return tokens;
}

/** Evaluates a formula, looking up each id's base value; returns the result or an error message. */
export function evaluate(formula: string, valueOf: (id: string) => number | undefined): number | string {
  const tokens = tokenize(formula);
  if (typeof tokens === 'string') return tokens;
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (op: string) => {
    const t = peek();
    return t?.kind === 'op' && t.op === op;
  };
  const primary = (): number => {
    const t = tokens[i++];
    if (!t) throw new Error('the formula ends too early');
    if (t.kind === 'num') return t.value;
    if (t.kind === 'id') {
      const v = valueOf(t.id);
      if (v === undefined) throw new Error(`unknown fact "${t.id}" in the formula`);
      return v;
    }
    if (t.op === '-') return -primary();
    if (t.op === '(') {
      const v = sum();
      if (!isOp(')')) throw new Error('a bracket is not closed');
      i++;
      return v;
    }
    throw new Error(`unexpected "${t.op}"`);
  };
  const product = (): number => {
    let v = primary();
    while (isOp('*') || isOp('/')) {
      const op = (tokens[i++] as { op: string }).op;
      const r = primary();
      v = op === '*' ? v * r : v / r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (isOp('+') || isOp('-')) {
      const op = (tokens[i++] as { op: string }).op;
      const r = product();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  };
  try {
    const v = sum();
    if (i < tokens.length) return 'the formula has something left over after its end';
    return v;
  } catch (e) {
    return (e as Error).message;
  }
}
