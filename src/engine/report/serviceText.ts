import type { Cell } from "../cells";
import { isoDate } from "../parse/date";
import type { Lang } from "../schema";
import { tableOf, type ChartSpec, type OutputTab, type ReportTable } from "./table";

/**
 * Words and cell helpers shared by the service tabs (follow-up, satisfaction, complaints, overview,
 * run log). Layout tabs ignore column formats, so their dates are written as ISO text and their
 * rates as percentages rounded to one decimal.
 */

export type Words = Record<Lang, string>;

/** The words of `w` in `lang`. @example say({ "zh-CN": "高", "en-US": "High" }, "en-US") // "High" */
export function say(w: Words, lang: Lang): string {
  return w[lang];
}

/** A 0–1 rate as a percentage with one decimal; "" for NaN. @example percentCell(0.8333) // 83.3 */
export function percentCell(rate: number): Cell {
  return Number.isFinite(rate) ? Math.round(rate * 1000) / 10 : "";
}

/** A number rounded to `digits` decimals; "" for NaN. @example numberCell(4.256, 2) // 4.26 */
export function numberCell(x: number, digits = 2): Cell {
  if (!Number.isFinite(x)) return "";
  const f = 10 ** digits;
  return Math.round(x * f) / f;
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
 * A layout tab from rows of varying length: rows are padded with nulls to one width so every
 * adapter writes a rectangle, and the columns list gives that width (headers are not shown).
 *
 * @example layoutTable("overview", "概览", [["客户数", 3], []]).rows(0, 2) // [["客户数", 3], [null, null]]
 */
export function layoutTable(
  tab: OutputTab,
  sheetName: string,
  rows: Cell[][],
  charts?: ChartSpec[],
  widths: number[] = [],
): ReportTable {
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
  return tableOf(tab, sheetName, columns, padded, { style: "layout", charts });
}
