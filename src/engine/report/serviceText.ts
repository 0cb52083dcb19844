import type { Cell } from "../cells";
import { isoDate } from "../parse/date";
import type { Lang } from "../schema";
import {
  tableOf,
  type ChartSpec,
  type LayoutLook,
  type OutputTab,
  type ReportTable,
  type RowLooks,
} from "./table";

/**
 * Words and cell helpers shared by the service tabs (follow-up, satisfaction, complaints, overview,
 * run log). Layout tabs ignore column formats: a cell's look (LayoutRows) gives its number format,
 * so rates are fractions shown as percentages (rateCell) and amounts have thousands separators.
 */

export type Words = Record<Lang, string>;

/** The words of `w` in `lang`. @example say({ "zh-CN": "高", "en-US": "High" }, "en-US") // "High" */
export function say(w: Words, lang: Lang): string {
  return w[lang];
}

/**
 * Below this many survey responses a group's CSAT and NPS are shown with a warning: at 30 answers
 * a CSAT of 60 % is known to about ±18 points (95 %), at 3 answers to no better than ±55.
 */
export const FEW_RESPONSES = 30;

/**
 * Findings that say an optional sheet is there but holds nothing (badinput adds `no_data_rows` for
 * a header without rows): its tab names the sheet instead of calling it missing.
 */
export const EMPTY_SHEET_CODES: ReadonlySet<string> = new Set(["empty_sheet", "no_data_rows"]);

/** A 0–1 rate as a percentage with one decimal; "" for NaN. @example percentCell(0.8333) // 83.3 */
export function percentCell(rate: number): Cell {
  return Number.isFinite(rate) ? Math.round(rate * 1000) / 10 : "";
}

/**
 * A 0–1 rate for a cell formatted as a percentage: the fraction rounded to one decimal of a
 * percent; "" for NaN.
 *
 * @example rateCell(0.83333) // 0.833 (shown as 83.3%)
 */
export function rateCell(rate: number): Cell {
  return Number.isFinite(rate) ? Math.round(rate * 1000) / 1000 : "";
}

/** A number rounded to `digits` decimals; "" for NaN. @example numberCell(4.256, 2) // 4.26 */
export function numberCell(x: number, digits = 2): Cell {
  if (!Number.isFinite(x)) return "";
  const f = 10 ** digits;
  // −0 (−0.2 at no digits) is 0: Excel shows a −0 as "-0".
  return Math.round(x * f) / f || 0;
}

/** An epoch day as ISO text (layout tabs); "" for NaN. @example dateText(0) // "1970-01-01" */
export function dateText(day: number): Cell {
  return isoDate(day);
}

/** A date cell for table tabs: the epoch day (the adapter formats it), null for NaN. */
export function dateCell(day: number): Cell {
  return Number.isFinite(day) ? Math.floor(day) : null;
}

/**
 * Fill colours by level (light red, amber, green: Excel's "bad / neutral / good" fills), for the
 * risk-level cells of the segments tab and the priority cells of the follow-up tab.
 */
export const LEVEL_FILLS = { high: "#F8CBAD", medium: "#FFE699", low: "#C6EFCE" } as const;

/**
 * The fill of a warning (light amber, LEVEL_FILLS.medium): the Data quality tab's "review" rows
 * and the Overview's 注意 / Warning rows (LayoutLook "warning"), so a data problem that changes
 * how to read the figures is seen before them (stop 42 tester #17).
 */
export const WARNING_FILL = LEVEL_FILLS.medium;

/**
 * A layout tab from rows of varying length: rows are padded with nulls to one width so every
 * adapter writes a rectangle, and the columns list gives that width (headers are not shown).
 *
 * @example layoutTable("overview", "概览", [["客户数", 3], []]).rows(0, 2) // [["客户数", 3], [null, null]]
 */
export function layoutTable(
  tab: OutputTab,
  sheetName: string,
  rows: Cell[][] | LayoutRows,
  charts?: ChartSpec[],
  widths: number[] = [],
): ReportTable {
  const looks = rows instanceof LayoutRows ? rows.looks : undefined;
  if (rows instanceof LayoutRows) rows = rows.rows;
  const width = Math.max(1, ...rows.map((r) => r.length));
  const padded = rows.map((r) =>
    r.length < width ? [...r, ...new Array<Cell>(width - r.length).fill(null)] : r,
  );
  const columns = Array.from({ length: width }, (_, k) => ({
    key: `c${k + 1}`,
    header: "",
    format: "text" as const,
    width: widths[k],
  }));
  return tableOf(tab, sheetName, columns, padded, {
    style: "layout",
    charts,
    looks: looks ? { rows: looks } : undefined,
  });
}

export type { RowLooks } from "./table";

/**
 * The rows of a layout tab with how each is shown (ReportTable.looks): push a row with its looks,
 * e.g. `[null, "percent", "note"]` for a label, a rate and its definition.
 *
 * @example
 * const rows = new LayoutRows();
 * rows.push(["复购率", rateCell(0.736), "两次及以上购买的客户占比"], [null, "percent", "note"]);
 */
export class LayoutRows {
  readonly rows: Cell[][] = [];
  readonly looks: (RowLooks | undefined)[] = [];

  get length(): number {
    return this.rows.length;
  }

  push(cells: Cell[], looks?: RowLooks): void {
    this.rows.push(cells);
    this.looks.push(looks);
  }
}

/**
 * Looks for a block's header and rows from its values, where the tab gives none: a column of
 * whole numbers is "integer", of other numbers "number", a last column of long text (over 20
 * characters anywhere) a "note"; text columns go by value. The header takes "heading" over text
 * and its column's format over numbers.
 *
 * @example blockLooks([["高价值", 470], ["低价值", 5]]) // { header: ["heading", "integer"], row: [null, "integer"] }
 */
export function blockLooks(
  items: Cell[][],
  given: readonly (LayoutLook | null | undefined)[] = [],
): { header: RowLooks; row: RowLooks } {
  const width = Math.max(given.length, ...items.map((r) => r.length));
  const row: (LayoutLook | null)[] = [];
  for (let k = 0; k < width; k++) {
    const set = given[k];
    if (set !== undefined) {
      row.push(set);
      continue;
    }
    let numbers = 0;
    let whole = true;
    let long = false;
    for (const it of items) {
      const v = it[k];
      if (typeof v === "number") {
        numbers++;
        if (!Number.isInteger(v)) whole = false;
      } else if (typeof v === "string" && v.length > 20) long = true;
    }
    row.push(
      numbers > 0 ? (whole ? "integer" : "number") : long && k === width - 1 ? "note" : null,
    );
  }
  const header = row.map((l) => (l === null || l === "note" ? "heading" : l));
  return { header, row };
}
