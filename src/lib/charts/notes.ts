// Notes a chart adds at some of its steps, written in the chart's YAML (content/data/<chart>.yaml, `notes:`):
// a short text, which may cite facts, pointing at a row (a bar, a point, a square) or spanning two rows.
// Persistent markers are notes that stay from one step on ("from step 2"), so what an earlier step showed
// remains marked.
import type { RowTone } from './row-bars';

/** A note as a layout receives it: plain text (facts already printed) and the row(s) it points at. */
export interface ChartNote {
  id: string;
  /** The row the note points at. */
  row: string;
  /** A second row, for a note that spans two (a bracket). */
  toRow?: string;
  text: string;
}

/** The words a chart's YAML adds to its data, printed for one language: the notes of the step, the
 *  label of the value axis ("$bn", "$ per million tokens") and the names and colours of its lines. */
export interface ChartText {
  notes: ChartNote[];
  /** The notes of every step, for a layout that keeps room for them all at each step (a line chart's band at
   *  the top, a row chart's room for brackets), so that its scale does not change as a note comes in. */
  allNotes?: ChartNote[];
  axis?: string;
  /** What a row chart says under its thin bars, when a short box draws its rows out of focus so ({n}: how
   *  many; row-bars.ts). */
  compactRows?: string;
  series?: Record<string, { name: string; tone?: RowTone }>;
}

/** Whether a steps spec ("2", "2-", "1-3", "2,4") includes step n (from 1). */
export function noteShowsAt(spec: string, n: number): boolean {
  return spec.split(',').some((part) => {
    const m = /^\s*(\d+)\s*(-)?\s*(\d+)?\s*$/.exec(part);
    if (!m) return false;
    const from = Number(m[1]);
    const to = m[3] ? Number(m[3]) : m[2] ? Infinity : from;
    return n >= from && n <= to;
  });
}
