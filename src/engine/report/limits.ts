import type { Cell } from "../cells";
import type { Lang } from "../schema";
import { countBelow } from "../sortedBelow";
import { say } from "../words/catalog";
import { formatNumber } from "../words/format";
import { OUTPUT_TABS, type OutputTab } from "./outputTabs";
import type { ReportTable } from "./table";

/**
 * Excel's limits on what we write, and the one policy for going past them, applied to the report
 * tables before either workbook adapter sees them (so the Office.js adapter and the file writer
 * write the same thing, and neither needs a policy of its own):
 * - worklists (the follow-up schedule, the data-quality findings) stop at the rule set's
 *   `limits.worklistRows` with a last row saying how many more there are and where they are;
 * - a data tab (one row per customer) past a worksheet's rows continues on numbered tabs;
 * - text is cut at a cell's 32,767 characters with a marker saying so (ingest reports such text
 *   with a finding: `text_too_long`);
 * - no NaN or ±Infinity reaches a cell: such a number is written as an empty cell.
 * The JSON result and (from the command line) CSV files beside the workbook stay complete.
 * Source: Microsoft, "Excel specifications and limits" (1,048,576 rows, 32,767 characters a cell).
 */

/** Rows on a worksheet, the header included. */
export const SHEET_MAX_ROWS = 1_048_576;
/** Characters a cell holds. */
export const CELL_MAX_CHARS = 32_767;

/**
 * What a tab does past the limits: `worklist` stops at the rule set's cap with a summary row;
 * `continue` goes on over numbered tabs ("客户分类 (2)"). Tabs without one are small by nature.
 */
export type RowLimitPolicy = "worklist" | "continue";

/** Where the complete rows of a capped tab are, in the user's words (differs by adapter). */
export type FullListPlace = (table: ReportTable, lang: Lang) => string;

export interface LimitOptions {
  lang: Lang;
  /** Rows a worklist shows before its summary row (rule set `limits.worklistRows`). */
  worklistRows: number;
  /** Where the complete lists are: the JSON result, CSV files beside the workbook, … */
  fullListsAt: FullListPlace;
  /** Rows on one worksheet, header included (SHEET_MAX_ROWS; smaller only in tests). */
  sheetRows?: number;
}

/** A capped worklist: what the adapter's caller may also write in full elsewhere (CSV). */
export interface CappedTab {
  tab: OutputTab;
  sheetName: string;
  shown: number;
  total: number;
  /** The table before the cap, with every row. */
  full: ReportTable;
}

export interface LimitedTables {
  tables: ReportTable[];
  capped: CappedTab[];
}

/** The row-limit policy of a tab, from the registry of output tabs. */
export function rowLimitOf(tab: OutputTab): RowLimitPolicy | undefined {
  return (OUTPUT_TABS[tab] as { rowLimit?: RowLimitPolicy }).rowLimit;
}

/**
 * Applies the output limits to a run's report tables (see the module comment). Tables within
 * every limit come back with only their cells made safe.
 *
 * @example
 * const { tables, capped } = applyOutputLimits(analysisTables(a, "zh-CN", run), {
 *   lang: "zh-CN", worklistRows: rules.limits.worklistRows, fullListsAt: () => "JSON 结果",
 * });
 */
export function applyOutputLimits(tables: ReportTable[], options: LimitOptions): LimitedTables {
  const sheetRows = options.sheetRows ?? SHEET_MAX_ROWS;
  const out: ReportTable[] = [];
  const capped: CappedTab[] = [];
  for (const original of tables) {
    const table = safeCells(original, options.lang);
    const policy = rowLimitOf(table.tab);
    // A layout tab has no header row; a table tab has one.
    const room = sheetRows - (table.style === "table" ? 1 : 0);
    if (policy === "worklist") {
      const cap = Math.max(1, Math.min(options.worklistRows, room - 1));
      if (table.rowCount > cap) {
        out.push(
          cappedTable(table, cap, options.fullListsAt(original, options.lang), options.lang),
        );
        capped.push({
          tab: table.tab,
          sheetName: table.sheetName,
          shown: cap,
          total: table.rowCount,
          full: table,
        });
        continue;
      }
    } else if (table.rowCount > room && table.mode === "replace") {
      // "continue" and any other tab that would not fit: numbered tabs rather than lost rows.
      out.push(...continuedTables(table, room));
      continue;
    }
    out.push(table);
  }
  return { tables: out, capped };
}

/** The marker that ends a cut text: the original length and where the whole text is. */
export function cutMarker(length: number, lang: Lang): string {
  return say(lang, "limits", "cutMarker", { length, limit: CELL_MAX_CHARS });
}

/**
 * Text as a cell can hold it: the same string when it fits, else cut at CELL_MAX_CHARS with
 * {@link cutMarker} at its end (never inside a surrogate pair). The one cut of the add-in: the
 * engine's tables pass through it (safeCell), and the file writer cuts what it writes from earlier
 * runs with it, so a user meets one marker.
 *
 * @example fitCellText("a".repeat(40_000), "en-US").length // 32767
 * @example fitCellText("short", "en-US") // "short"
 */
export function fitCellText(text: string, lang: Lang): string {
  if (text.length <= CELL_MAX_CHARS) return text;
  const marker = cutMarker(text.length, lang);
  let keep = CELL_MAX_CHARS - marker.length;
  // Never split a surrogate pair.
  const code = text.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep--;
  return text.slice(0, keep) + marker;
}

/**
 * A cell as a worksheet can hold it: NaN and ±Infinity become empty, text longer than a cell holds
 * is cut with a marker.
 *
 * @example safeCell(NaN, "en-US") // null
 */
export function safeCell(cell: Cell, lang: Lang): Cell {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "string") return fitCellText(cell, lang);
  if (cell instanceof Date && Number.isNaN(cell.getTime())) return null;
  return cell;
}

/**
 * The same table with every cell passed through {@link safeCell} (a table declaring its input text
 * columns: those columns' texts only); the row arrays are reused.
 */
function safeCells(table: ReportTable, lang: Lang): ReportTable {
  const inputs = table.inputTextColumns;
  const safeRow = inputs
    ? (row: Cell[]): void => {
        for (let k = 0; k < inputs.length; k++) {
          const c = inputs[k];
          const cell = row[c];
          if (typeof cell === "string" && cell.length > CELL_MAX_CHARS)
            row[c] = fitCellText(cell, lang);
        }
      }
    : (row: Cell[]): void => {
        for (let c = 0; c < row.length; c++) {
          const cell = row[c];
          if (
            typeof cell === "number"
              ? cell - cell !== 0 // NaN or ±Infinity
              : typeof cell === "string"
                ? cell.length > CELL_MAX_CHARS
                : cell instanceof Date
          )
            row[c] = safeCell(cell, lang);
        }
      };
  const safe: ReportTable = {
    ...table,
    rows(start, end) {
      const rows = table.rows(start, end);
      for (const row of rows) safeRow(row);
      return rows;
    },
  };
  if (table.fillRow)
    safe.fillRow = (index, cells) => {
      table.fillRow!(index, cells);
      safeRow(cells);
    };
  return safe;
}

/** The summary row's words: how many rows are not shown, of how many, and where they all are. */
export function moreRowsText(more: number, total: number, where: string, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  return say(lang, "limits", "moreRows", { more: n(more), total: n(total), where });
}

/**
 * Which rows a capped worklist shows: the first `first` rows, then the rows to keep (typedRows) that
 * come after them, `cap` in all; when more rows are to be kept than the cap, the first `cap` of them.
 *
 * @example shownRows(5, [7, 9]) // { first: 3, kept: [7, 9] }: rows 0-2, 7, 9
 */
export function shownRows(cap: number, keep: ArrayLike<number>): { first: number; kept: number[] } {
  const sorted = Array.from(keep).sort((a, b) => a - b);
  // first + (kept rows at or after first) = cap: the largest such first.
  let first = cap;
  let after = sorted.length - countBelow(sorted, first);
  while (first > 0 && first + after > cap) {
    first--;
    if (sorted[countBelow(sorted, first)] === first) after++;
  }
  const kept = sorted.slice(countBelow(sorted, first)).slice(0, cap - first);
  return { first, kept };
}

function cappedTable(table: ReportTable, cap: number, where: string, lang: Lang): ReportTable {
  const summary = (): Cell[] => {
    const row: Cell[] = table.columns.map(() => null);
    row[0] = moreRowsText(table.rowCount - cap, table.rowCount, where, lang);
    return row;
  };
  // Rows to keep past the cap take the places of the last rows before it (reviewer44 D13: what a
  // user typed fell into the CSV and was lost at the next refresh, which reads the tab).
  const { first, kept } = table.typedRows
    ? shownRows(cap, table.typedRows)
    : { first: cap, kept: [] };
  const source = (index: number): number => (index < first ? index : kept[index - first]);
  const capped: ReportTable = {
    ...table,
    rowCount: cap + 1,
    rows(start, end) {
      const rows = start < first ? table.rows(start, Math.min(end, first)) : [];
      for (let i = Math.max(start, first); i < Math.min(end, cap); i++)
        rows.push(...table.rows(source(i), source(i) + 1));
      if (end > cap) rows.push(summary());
      return rows;
    },
  };
  // The typed rows where the capped tab shows them: before the cap, or kept.
  if (table.typedRows) {
    const at = new Map(kept.map((r, k) => [r, first + k]));
    capped.typedRows = table.typedRows.flatMap((r) =>
      r < first ? [r] : at.has(r) ? [at.get(r)!] : [],
    );
  }
  if (table.fillRow)
    capped.fillRow = (index, cells) => {
      if (index < cap) table.fillRow!(source(index), cells);
      else cells.splice(0, cells.length, ...summary());
    };
  return capped;
}

/**
 * The sheet name of a tab's part: the tab's own name for part 1, then "Name (2)", "Name (3)", …
 *
 * @example partSheetName("客户分类", 2) // "客户分类 (2)"
 */
export function partSheetName(sheetName: string, part: number): string {
  return part > 1 ? `${sheetName} (${part})` : sheetName;
}

/** A table cut into parts of `room` rows, on tabs named "Name", "Name (2)", "Name (3)", … */
function continuedTables(table: ReportTable, room: number): ReportTable[] {
  const parts: ReportTable[] = [];
  for (let first = 0, part = 1; first < table.rowCount; first += room, part++) {
    const offset = first;
    const count = Math.min(room, table.rowCount - first);
    parts.push({
      ...table,
      sheetName: partSheetName(table.sheetName, part),
      part,
      rowCount: count,
      rows: (start, end) => table.rows(offset + start, offset + Math.min(end, count)),
      fillRow: table.fillRow && ((index, cells) => table.fillRow!(offset + index, cells)),
      // Charts refer to the first part's rows only.
      charts: part === 1 ? table.charts : undefined,
    });
  }
  return parts;
}
