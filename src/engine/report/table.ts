import type { Cell } from "../cells";
import type { SideBySide } from "./printBeside";
import type { WrittenRaw } from "../followUp/writtenCells";

/**
 * A report table: what the engine hands a workbook adapter to write as one output tab. Rows are
 * produced on demand in blocks, so a 1,000,000-row tab never exists as one array of rows.
 */

/**
 * How a column is shown. Date and datetime cells hold epoch days (numbers); adapters convert.
 * "score": one decimal (average scores on a 1–5 scale, predicted counts).
 */
export type ColumnFormat =
  "text" | "integer" | "rowNumber" | "number" | "score" | "money" | "percent" | "date" | "datetime";

/**
 * How one cell of a layout tab is shown: a number format (a text cell under one is the heading of
 * those numbers, aligned like them), "heading" (the heading of a text column), "note" (a long
 * text wrapped over the rest of its row, not spilled or clipped), or "warning" (the label of a
 * warning row, the Overview's 注意 / Warning: bold on the warning fill, serviceText.ts
 * WARNING_FILL, and the note beside it on that fill too).
 */
export type LayoutLook = ColumnFormat | "heading" | "note" | "warning";

/** The looks of a layout row: one per column, null where the cell goes by its value. */
export type RowLooks = readonly (LayoutLook | null)[];

/**
 * How the rows of a layout tab are shown, as data: row r's looks are `rows[r]` (undefined: by
 * value); rows past `rows` (a layout's long list, e.g. the Changes tab's movers) share `rest`.
 */
export interface LayoutLooks {
  rows: readonly (RowLooks | undefined)[];
  rest?: RowLooks;
}

/**
 * The looks of row `row` of a layout tab, or undefined when its cells go by value.
 *
 * @example lookRow({ rows: [["heading"]], rest: ["percent"] }, 5) // ["percent"]
 */
export function lookRow(looks: LayoutLooks | undefined, row: number): RowLooks | undefined {
  if (!looks) return undefined;
  return row < looks.rows.length ? looks.rows[row] : looks.rest;
}

export interface ReportColumn {
  /** Stable key (camelCase, as in the JSON output). */
  key: string;
  /** The header as shown, in the run's language. */
  header: string;
  format: ColumnFormat;
  /** Width in characters; adapters pick one from the header when absent. */
  width?: number;
  /**
   * A printed text column whose width is pooled with the table's other such columns and shared out
   * by their content (file/columnWidths.ts shareWidths): the schedule's reason and talking point,
   * so a long reason is not squeezed beside a talking point of a few words (stop 34 tester #8).
   */
  sharesWidth?: boolean;
  /**
   * A printed text column of names (customers' company names): widened from its content, at most
   * NAME_EXTRA characters, so that no name leaves one character alone on a line (textMeasure.ts
   * wholeNameWidth; stop 35 tester #6: 广州东华科技集团有限公 / 司); the width it takes comes off the
   * tab's shared columns (sharesWidth), so the page stays as wide.
   */
  wholeNames?: boolean;
  /**
   * A wrapped text column people read (reasons, messages) whose texts are written with their own
   * line feeds where they wrap at the column's width (textMeasure.ts breakLinesWell): never a date
   * or number cut ("（自 2025-11-" / "30）", "…370、37" / "3 行）"), nor a line of a lone "）",
   * and the same lines in Excel and LibreOffice, so a row is as tall as its text in both
   * (tester13 #4, #3, #11). Not for input text a user may copy (names, ids, phones). On a layout
   * tab, its notes (LayoutLook "note") are broken at the width they span (the Changes list's
   * reasons over I:O).
   */
  breakLines?: boolean;
  /**
   * A printed text column held at its asked width even past the screen's cap (MAX_WIDTH, 50): the
   * at-risk tab's reasons, given the room of the columns it prints beside (file/columnWidths.ts).
   */
  uncapped?: boolean;
}

/**
 * Money in a cell as the JSON result gives it: to the cent (a float sum such as 63520.979999999996
 * shows as 63520.98 in the formula bar too); blank when not a number.
 *
 * @example moneyCell(63520.979999999996) // 63520.98
 */
export function moneyCell(x: number): number | null {
  return Number.isFinite(x) ? Math.round(x * 100) / 100 : null;
}

/**
 * A probability or a model's fitted figure as the JSON result gives it: 4 decimals (a percentage
 * to two decimals); blank when not a number.
 *
 * @example fourDecimals(0.026913571750407) // 0.0269
 */
export function fourDecimals(x: number): number | null {
  return Number.isFinite(x) ? Math.round(x * 10000) / 10000 : null;
}

/** The tabs the add-in owns: see the registry in outputTabs.ts. */
export type { OutputTab } from "./outputTabs";
import type { OutputTab } from "./outputTabs";

/** A colour per value of one column (risk levels): the whole cell is filled. */
export interface CellHighlight {
  column: number;
  /** Cell text → fill colour as #RRGGBB. */
  fills: Record<string, string>;
}

/** A native chart over a block of a tab (Overview): the adapter that can draw charts draws it. */
export interface ChartSpec {
  title: string;
  type: "pie" | "bar" | "column" | "line";
  /** Zero-based first row and column of the source block, header row included. */
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  /**
   * The value axis, where its automatic scale misleads: a fixed range (NPS runs −100…100, so an
   * axis to 150 is wrong) and "percent" for rates held as fractions. Absent: automatic, #,##0.
   */
  valueAxis?: { min?: number; max?: number; format?: "percent" };
  /** The categories are dates (epoch days, as in the cells): labelled yyyy-mm-dd, not as numbers. */
  dateCategories?: boolean;
}

export interface ReportTable {
  tab: OutputTab;
  /** The sheet name in the run's language (客户分类 / Customer segments). */
  sheetName: string;
  columns: ReportColumn[];
  rowCount: number;
  /** Rows start (inclusive) to end (exclusive), each with one cell per column. */
  rows(start: number, end: number): Cell[][];
  /**
   * Optional, for long tabs: writes row `index`'s cells into `cells` (one slot per column, every
   * slot written) instead of making new arrays, so a writer can go through a million rows with one
   * array. Read rows with {@link rowReader}, which falls back to `rows` without it. A wrapper that
   * replaces `rows` must replace `fillRow` too (or leave it out): a copied one would bypass it.
   */
  fillRow?(index: number, cells: Cell[]): void;
  /**
   * Optional: every row's text of column `column` (a breakLines one) where the table has them at
   * hand without filling rows (the at-risk tab's reasons, kept from the segments tab), undefined
   * for a row without; null for a column it has not. A hint only: a writer may break them on
   * another thread ahead of the tab (file/paragraphsAhead.ts), keyed by the texts themselves, so a
   * wrapper that changes rows may keep it.
   */
  columnTexts?(column: number): readonly (string | undefined)[] | null;
  /**
   * Lines (between line feeds) a user typed, which its breakLines columns write as they are, never
   * broken: the cell keeps what was typed and wraps it (wrap text), its row sized to the wrapped
   * lines (rowHeights.ts). The schedule's carried talking-point and note lines (tester47 M1:
   * "最近购买：笔记本电脑（客户说已转给同事）" came back as two lines, read as our line and a remark).
   * Absent: none.
   */
  typedLines?: ReadonlySet<string>;
  /**
   * Rows (ascending) holding what a user typed, wherever they stand. A worklist tab keeps them past
   * its cap (limits.ts), after the rows before it and before the summary row: the next refresh reads
   * what was typed from the tab alone (reviewer44 D13). And the adapters fit the columns' widths
   * and wraps to them as well as to the first rows they sample (file/columnWidths.ts fitSample;
   * tester47 L2: a long status typed on a kept row past the first 2,000 rows spilled out of the
   * narrow zh 状态 column on paper). Data, not a function: it crosses to the add-in's page.
   */
  typedRows?: readonly number[];
  /**
   * "table": a filterable table with a frozen header row. "layout": free-form blocks (Overview):
   * no header row; each row's cells are written as they come, with formats per column ignored.
   */
  style: "table" | "layout";
  /**
   * The currency symbol of the run's amounts (its "money" cells and looks): the one the input's
   * amounts carry (`$1,234.50`), else the one their header names ("Amount (USD)": $), "" for none
   * when they mix currencies (SheetSource.currency, ingest/amountCurrency.ts); absent when nothing
   * says, and the adapters show the yuan (workbook/numberFormats.ts numberFormat).
   */
  currency?: string;
  highlight?: CellHighlight;
  /**
   * Table tabs: from row `from()` on (0-based, asked when the tab is written) every row holds only
   * column `column`'s text, one the file adapter may have written ahead on another thread (the run
   * state's packed cells: changes/state.ts). Absent: no such rows.
   *
   * `beside`: from row `beside.from()` to `from()` rows hold that text and column
   * `beside.column`'s alone (the run state's schedule hashes), whose cells writtenCells makes from
   * `beside.take()` (a pure function: on another thread too) once tab `beside.after` is written
   * (nothing is recorded after); `beside.use(cells)` gives them back before the tab is written
   * (else they are made here), and from() then counts them.
   */
  soleColumn?: {
    column: number;
    from(): number;
    beside?: {
      column: number;
      after: string;
      from(): number;
      take(): WrittenRaw;
      use(cells: string[]): void;
    };
  };
  /**
   * Table tabs: print only the first this many columns (the print area), one page wide; the rest
   * stays on screen. The schedule's call sheet (date, owner, customer, phone, reason, talking point,
   * channel, priority). Absent: every column prints.
   */
  printColumns?: number;
  /**
   * Table tabs with printColumns: the columns after the print area's, up to this many from A, print
   * on a page of their own beside it (a manual column break, the key columns repeated), the same
   * rows as the page before: the schedule's 计划依据日期, 状态 and 说明 (L:N), so what a caller
   * typed reaches paper beside the call sheet (tester46 H2). Absent: the print area alone.
   */
  printBeside?: number;
  /**
   * Layout tabs (the Changes tab): printed on two pages side by side at one fixed scale, the
   * columns from `breakAt` on the page beside with `titleColumns` repeated there, its columns at
   * the `widths` that scale assumes, which both adapters set (printBeside.ts, the one owner of the
   * decision: reviewer50 M2). The tab printed one page wide at about 6 pt (tester49 L4). Absent:
   * one page wide.
   */
  sideBySide?: SideBySide;
  /**
   * Layout tabs: print only the first this many rows (the print area); the rest stays on screen
   * (the Changes tab prints its matrices, not its list of customers).
   */
  printRows?: number;
  /**
   * Layout tabs: a row (0-based) printed again at the top of each page after its own (the file's
   * Print_Titles, the add-in's print title rows): the Changes tab's list heading, so the movers
   * listed over several pages keep their column headings (issue 11, tester #4). Table tabs repeat
   * their header row without it.
   */
  printTitleRow?: number;
  /**
   * Layout tabs: the row (0-based) of a list's heading. It and every row under it to the tab's end
   * are a list the user sorts and filters as on a table tab (README: "filtering and sorting stay
   * allowed"): an autoFilter over them, their cells unlocked on the protected sheet (Excel sorts
   * and filters only unlocked cells there: protection.ts). The Changes tab's customers (tester10
   * #4, stop 34). The tab's first part only, whose rows the engine numbered.
   */
  listRow?: number;
  /**
   * Layout tabs with a list: the list's own columns, from A (the Changes tab's nine, A:I). Its
   * filter still spans the layout's width, so each row's note merged over I:O sorts whole (Excel
   * sorts a range only with its merged cells whole); the file hides the filter buttons past them
   * (filterColumn hiddenButton, as Excel does over a merged header), which left six buttons on
   * empty header cells (tester11 #7, stop 36). Absent: a button on every column.
   */
  listColumns?: number;
  /**
   * Layout tabs: texts that are data labels where they stand under a look (the Changes matrices'
   * category names over their columns): written as they are, never with a line feed where they
   * break (Excel's find, COUNTIF and MATCH match the catalog's word, and the add-in writes them
   * so: reviewer D4, stop 34); their column widens until each breaks well by itself
   * (textMeasure.ts labelsFitWidth). Other headings may be written broken (layoutHeading).
   */
  labels?: ReadonlySet<string>;
  /**
   * Layout tabs: rows (0-based) that start a new printed page (manual row breaks), so a block and
   * the charts beside it stay on one page (the Overview: layoutPages.ts).
   */
  pageBreaks?: number[];
  /**
   * Layout tabs: how their cells are shown (LayoutLooks); absent when every cell goes by value.
   * Both adapters apply it, so a rate is the same percent-formatted fraction in Excel and in a
   * file. Plain data, so it crosses from the add-in's worker to the page as it is.
   */
  looks?: LayoutLooks;
  charts?: ChartSpec[];
  /** A tab the user does not need to see (the run state): written hidden. */
  hidden?: boolean;
  /**
   * The columns whose text may come from the input (ids, names, phone numbers, products: any
   * length, so cut at a cell's 32,767 characters, report/limits.ts); every other column holds only
   * finite numbers, null and the engine's own short words, and is not checked cell by cell (4.5
   * million cells at 100,000 customers). Absent: every cell is checked.
   */
  inputTextColumns?: readonly number[];
  /** Replace the tab on each run, or append rows (Run log only). */
  mode: "replace" | "append";
  /**
   * For a tab continued over numbered tabs past a worksheet's rows (report/limits.ts): 1, 2, …;
   * absent when the tab is whole.
   */
  part?: number;
}

/**
 * A report table over rows already in memory (small tabs: summaries, the run log).
 *
 * @example tableOf("runLog", "Run log", [{ key: "at", header: "When", format: "datetime" }], [[20000]])
 */
export function tableOf(
  tab: OutputTab,
  sheetName: string,
  columns: ReportColumn[],
  data: Cell[][],
  extra: Partial<Pick<ReportTable, "style" | "highlight" | "charts" | "mode" | "looks">> = {},
): ReportTable {
  return {
    tab,
    sheetName,
    columns,
    rowCount: data.length,
    rows: (start, end) => data.slice(start, end),
    style: extra.style ?? "table",
    highlight: extra.highlight,
    charts: extra.charts,
    looks: extra.looks,
    mode: extra.mode ?? "replace",
  };
}

/**
 * The `rows` of a table whose rows `fill` makes one at a time (the function its `fillRow` is, or
 * shares): each row a fresh array, since a block's rows are kept by whoever asked for them.
 *
 * @example rows: filledRows(customers.count, columns.length, fill)
 */
export function filledRows(
  rowCount: number,
  width: number,
  fill: (index: number, cells: Cell[]) => void,
): ReportTable["rows"] {
  return (start, end) => {
    const out: Cell[][] = [];
    const stop = Math.min(end, rowCount);
    for (let i = Math.max(0, start); i < stop; i++) {
      const row = new Array<Cell>(width);
      fill(i, row);
      out.push(row);
    }
    return out;
  };
}

/**
 * Reads a table row by row: `read(i)` gives row i. With the table's `fillRow` one array is reused
 * (valid until the next call: copy what you keep); otherwise rows come from `rows` in blocks of
 * `blockRows`. Rows are best read in order.
 *
 * @example
 * const read = rowReader(table);
 * for (let i = 0; i < table.rowCount; i++) write(read(i));
 */
export function rowReader(
  table: ReportTable,
  blockRows = 10_000,
): (index: number) => readonly Cell[] {
  if (table.fillRow) {
    const cells: Cell[] = new Array<Cell>(table.columns.length).fill(null);
    return (index) => {
      table.fillRow!(index, cells);
      return cells;
    };
  }
  let first = 0;
  let block: Cell[][] = [];
  return (index) => {
    let k = index - first;
    if (k < 0 || k >= block.length) {
      first = index;
      block = table.rows(index, Math.min(table.rowCount, index + Math.max(1, blockRows)));
      k = 0;
    }
    return block[k] ?? [];
  };
}
