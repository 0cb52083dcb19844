import { quoteSheetName } from "./address";

/**
 * How Excel keeps formulas pointing at the right cells when what they refer to changes. The
 * simulator does not evaluate formulas, but it rewrites their text exactly where Excel would:
 *
 * - a sheet renamed: every reference to it follows ("Renaming a worksheet still updates any
 *   references", Microsoft: Rename a worksheet, support.microsoft.com);
 * - a sheet deleted: references to it become `#REF!` (Excel: "Delete a worksheet": formulas that
 *   refer to it show #REF!);
 * - a table renamed, or a column header changed: structured references follow (Microsoft: "Using
 *   structured references with Excel tables": "if you rename a table or column, Excel updates the
 *   structured references automatically"); a table deleted: they become `#REF!`;
 * - rows inserted or deleted (Range.insert / Range.delete): references below move; references into
 *   deleted rows become `#REF!`.
 *
 * Only sheet-qualified A1 references are rewritten on row moves (what a user's formula on another
 * sheet, or a chart series, holds); references without a sheet name point into their own sheet,
 * and the add-in's tabs hold none.
 */

// A sheet prefix: 'quoted name' or a plain name, then "!". Not after a letter, digit, quote or dot.
const SHEET_PREFIX = /(?<![\p{L}\p{N}_.'\]])('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!/gu;
const CELL_REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?/;

function unquote(prefix: string): string {
  return prefix.startsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Rewrites references to sheet `from` to name sheet `to`.
 *
 * @example renameSheetIn("=SUM(客户分类!B2:B9)", "客户分类", "Old 1") // "=SUM('Old 1'!B2:B9)"
 */
export function renameSheetIn(formula: string, from: string, to: string): string {
  return formula.replace(SHEET_PREFIX, (m, prefix: string) =>
    sameName(unquote(prefix), from) ? `${quoteSheetName(to)}!` : m,
  );
}

/**
 * Breaks references to a deleted sheet as Excel does: `='客户分类'!B2` becomes `=#REF!B2`.
 *
 * @example breakSheetIn("=客户分类!B2*2", "客户分类") // "=#REF!B2*2"
 */
export function breakSheetIn(formula: string, sheet: string): string {
  return formula.replace(SHEET_PREFIX, (m, prefix: string) =>
    sameName(unquote(prefix), sheet) ? "#REF!" : m,
  );
}

/** Calls `f` for each `Table[...]` of a table (balanced brackets), replacing it with f's answer. */
function eachStructured(
  formula: string,
  table: string,
  f: (whole: string, inner: string) => string,
): string {
  const lower = formula.toLowerCase();
  const name = table.toLowerCase();
  let out = "";
  let i = 0;
  for (;;) {
    const at = lower.indexOf(`${name}[`, i);
    if (at < 0) break;
    const before = at > 0 ? formula[at - 1] : "";
    if (/[\p{L}\p{N}_.]/u.test(before)) {
      out += formula.slice(i, at + 1);
      i = at + 1;
      continue;
    }
    let depth = 0;
    let end = at + name.length;
    for (; end < formula.length; end++) {
      if (formula[end] === "[") depth++;
      else if (formula[end] === "]" && --depth === 0) break;
    }
    if (depth !== 0) break; // unbalanced: leave the rest as it is
    const whole = formula.slice(at, end + 1);
    out += formula.slice(i, at) + f(whole, formula.slice(at + name.length + 1, end));
    i = end + 1;
  }
  return out + formula.slice(i);
}

/**
 * A table renamed: `Old[Col]` becomes `New[Col]`.
 *
 * @example renameTableIn("=SUM(Table1[Score])", "Table1", "客户分类") // "=SUM(客户分类[Score])"
 */
export function renameTableIn(formula: string, from: string, to: string): string {
  return eachStructured(formula, from, (_whole, inner) => `${to}[${inner}]`);
}

/**
 * A table deleted: its structured references become #REF!.
 *
 * @example breakTableIn("=SUM(T[Score])+1", "T") // "=SUM(#REF!)+1"
 */
export function breakTableIn(formula: string, table: string): string {
  return eachStructured(formula, table, () => "#REF!");
}

/**
 * A column header changed: `T[Old]` and `T[[#This Row],[Old]]` follow to the new header.
 *
 * @example renameColumnIn("=SUM(T[Score])", "T", "Score", "Points") // "=SUM(T[Points])"
 */
export function renameColumnIn(formula: string, table: string, from: string, to: string): string {
  return eachStructured(formula, table, (whole, inner) => {
    if (!inner.includes("[")) return sameName(inner.trim(), from) ? `${table}[${to}]` : whole;
    const parts = inner.replace(/\[([^\]]*)\]/g, (m, col: string) =>
      sameName(col.trim(), from) ? `[${to}]` : m,
    );
    return `${whole.slice(0, whole.indexOf("["))}[${parts}]`;
  });
}

/**
 * A table column deleted: references to it become #REF!.
 *
 * @example breakColumnIn("=SUM(T[Old])", "T", "Old") // "=SUM(#REF!)"
 */
export function breakColumnIn(formula: string, table: string, column: string): string {
  return eachStructured(formula, table, (whole, inner) =>
    inner
      .replace(/[[\]]/g, ",")
      .split(",")
      .some((part) => sameName(part.trim(), column))
      ? "#REF!"
      : whole,
  );
}

/**
 * Rows moved on `sheet`: rows from `at` on move by `delta` (insert: +n; delete: −n). With a
 * delete, a reference whose rows all fall in the deleted rows becomes #REF!, and a range over
 * part of them shrinks.
 *
 * @example shiftRowsIn("=S!B5+S!B2", "S", 3, 2) // "=S!B7+S!B2"
 */
export function shiftRowsIn(formula: string, sheet: string, at: number, delta: number): string {
  let out = "";
  let last = 0;
  SHEET_PREFIX.lastIndex = 0;
  for (let m = SHEET_PREFIX.exec(formula); m; m = SHEET_PREFIX.exec(formula)) {
    if (!sameName(unquote(m[1]), sheet)) continue;
    const start = m.index + m[0].length;
    const ref = CELL_REF.exec(formula.slice(start));
    if (!ref) continue;
    const r0 = +ref[4] - 1;
    const r1 = ref[8] !== undefined ? +ref[8] - 1 : r0;
    const moved = moveSpan(Math.min(r0, r1), Math.max(r0, r1), at, delta);
    let text: string;
    if (!moved) text = "#REF!";
    else {
      const a = `${ref[1]}${ref[2]}${ref[3]}${moved[0] + 1}`;
      text =
        ref[8] !== undefined
          ? `${m[0]}${a}:${ref[5]}${ref[6]}${ref[7]}${moved[1] + 1}`
          : `${m[0]}${a}`;
    }
    out += formula.slice(last, m.index) + text;
    last = start + ref[0].length;
    SHEET_PREFIX.lastIndex = last;
  }
  return out + formula.slice(last);
}

/** Rows r0..r1 after rows from `at` moved by `delta`; null when a delete removed all of them. */
export function moveSpan(
  r0: number,
  r1: number,
  at: number,
  delta: number,
): [number, number] | null {
  if (delta >= 0) return [r0 >= at ? r0 + delta : r0, r1 >= at ? r1 + delta : r1];
  const gone = -delta; // rows at .. at+gone-1 are deleted
  const map = (r: number, edge: "start" | "end"): number | null => {
    if (r < at) return r;
    if (r >= at + gone) return r - gone;
    return edge === "start" ? at : at - 1; // inside the deleted rows: clamp to what is left
  };
  const a = map(r0, "start");
  const b = map(r1, "end");
  if (a === null || b === null || b < a) return null;
  return [a, b];
}
