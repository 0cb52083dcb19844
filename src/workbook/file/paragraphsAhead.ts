import { textRoom } from "../../engine/report/textMeasure";
import { fitsAsIs, MEMO, Paragraph, paragraphOf, type ParagraphsAhead } from "./rowHeights";

// A breakLines column's paragraphs broken on another thread (the command line's JSON thread, with
// the tab's widths: fitAside.ts) while the tab before it is written here. At 100,000 customers the
// at-risk tab's reasons (22,667 rows at width 60) were about half of that tab's main-thread CPU,
// broken there after the schedule tab while the second core idled (speed57a). The texts go with
// the tab's fit job; what comes back starts the column's memo (TableRowLines): the same function
// of the same paragraph at the same width, so the same workbook whether it is back in time or not.

/** A breakLines column's texts to break ahead, rows in order ("" where none is at hand). */
export interface BreakJob {
  column: number;
  texts: string[];
}

/**
 * The paragraphs of a BreakJob's texts that TableRowLines would break (wider than fitsAsIs), each
 * once, as written at `width`: where each is in `texts` (row, start, end: 3 numbers a paragraph),
 * its text as written (null: as it is), its lines and whether it holds a CJK character.
 */
export interface BrokenAhead {
  column: number;
  width: number;
  at: Int32Array;
  texts: (string | null)[];
  lines: Int32Array;
  wide: Uint8Array;
}

/**
 * Breaks the job's paragraphs at `width` (the other thread's side), at most MEMO of them (a
 * memo past that is cleared where the tab is written); typed lines as typed.
 *
 * @example brokenAhead({ column: 8, texts: [reason] }, 60, null).texts[0] // reason, broken
 */
export function brokenAhead(
  job: BreakJob,
  width: number,
  typed: ReadonlySet<string> | null,
): { broken: BrokenAhead; transfer: ArrayBuffer[] } {
  const room = textRoom(width);
  const seen = new Set<string>();
  const at: number[] = [];
  const texts: (string | null)[] = [];
  const lines: number[] = [];
  const wide: number[] = [];
  const { texts: rows } = job;
  for (let r = 0; r < rows.length && texts.length < MEMO; r++) {
    const text = rows[r];
    for (let start = 0; start <= text.length;) {
      const end = text.indexOf("\n", start);
      const to = end < 0 ? text.length : end;
      if (!fitsAsIs(to - start, room)) {
        const part = text.slice(start, to);
        if (!seen.has(part)) {
          seen.add(part);
          const p = paragraphOf(part, width, typed);
          at.push(r, start, to);
          texts.push(p.text === part ? null : p.text);
          lines.push(p.lines);
          wide.push(p.wide ? 1 : 0);
        }
      }
      if (end < 0) break;
      start = end + 1;
    }
  }
  const made = {
    at: Int32Array.from(at),
    lines: Int32Array.from(lines),
    wide: Uint8Array.from(wide),
  };
  const broken: BrokenAhead = { column: job.column, width, texts, ...made };
  return { broken, transfer: [made.at.buffer, made.lines.buffer, made.wide.buffer] };
}

/**
 * The memo a column's paragraphs broken ahead start (TableRowLines), keyed by the paragraphs of
 * the texts sent (`texts`, the job's: the paragraph text itself where it is a whole text).
 *
 * @example new TableRowLines(cols, widths, breaks, null, [paragraphsAhead(broken, job.texts)])
 */
export function paragraphsAhead(broken: BrokenAhead, texts: readonly string[]): ParagraphsAhead {
  const memo = new Map<string, Paragraph>();
  const { at, lines, wide } = broken;
  for (let k = 0; k < broken.texts.length; k++) {
    const text = texts[at[3 * k]];
    const start = at[3 * k + 1];
    const end = at[3 * k + 2];
    const part = start === 0 && end === text.length ? text : text.slice(start, end);
    memo.set(part, new Paragraph(broken.texts[k] ?? part, lines[k], wide[k] === 1));
  }
  return { column: broken.column, width: broken.width, memo };
}
