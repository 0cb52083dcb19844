// A sales log kept one sheet per month (2024年6月 … 2026年11月) or per year beside the sheet read
// (交易 and 2024-2025年收费): the names share no input word, so siblingSheets (by name) missed them,
// and the run said them only in the console's list of unread sheets (tester58 U60: 44 of 470 rows
// read, 52 of 77 patients "潜在客户", or retention 100 % with the lapsed patients never buyers).
// A sheet whose header names the same fields by the same headers as the one read is that input's.
import type { Grid } from "../cells";
import type { SheetSource } from "../model";
import { foldLabel } from "../parse/text";
import { SHEETS, type SheetKind } from "../schema";
import { findHeader, type ColumnOverrides } from "./header";

/** The most unread sheets whose top rows are looked at: three years kept one sheet per month. */
export const SAME_COLUMN_SHEETS = 40;

/**
 * Of the unread sheets (`unread`, in the workbook's order; at most SAME_COLUMN_SHEETS looked at),
 * those whose header row has the very headers of the sheet `read` (folded: case, width and spaces
 * aside), in any order, and maps every required field. A sheet that cannot be read is none of them.
 *
 * @example await sameColumnSheets(["2024年6月", "备注"], sources.transactions!, top) // ["2024年6月"]
 */
export async function sameColumnSheets(
  unread: readonly string[],
  read: SheetSource,
  topRows: (name: string) => Promise<Grid>,
  overrides: ColumnOverrides = {},
): Promise<string[]> {
  // Every header of the sheet read, the ones no field claims too: a sheet with a few of the same
  // fields (a sales sheet beside a customer list keyed 客户编号) is not one kept per period.
  const headers = [...Object.values(read.columns), ...read.unmappedHeaders];
  return sheetsWithHeaders(unread, read.kind, headers, topRows, overrides);
}

/**
 * Of the unread sheets (at most SAME_COLUMN_SHEETS looked at), those whose header row for `kind`
 * has exactly `headers` (folded, in any order) and maps every required field.
 *
 * @example await sheetsWithHeaders(["2024年7月"], "transactions", ["日期", "客户编号", "实收"], top) // ["2024年7月"]
 */
export async function sheetsWithHeaders(
  unread: readonly string[],
  kind: SheetKind,
  headers: readonly string[],
  topRows: (name: string) => Promise<Grid>,
  overrides: ColumnOverrides = {},
): Promise<string[]> {
  const own = headerSet(headers);
  const out: string[] = [];
  for await (const { name, rows } of topRowsOf(unread.slice(0, SAME_COLUMN_SHEETS), topRows)) {
    const header = findHeader(rows, SHEETS[kind], overrides);
    if (!header || header.missing.length > 0) continue;
    if (sameHeaders(own, headerSet(header.headers))) out.push(name);
  }
  return out;
}

/** Whether two header sets (headerSet) hold the same headers, in any order. */
export function sameHeaders(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((h) => b.has(h));
}

/** Header texts, folded (case, width and spaces aside), blanks left out. */
export function headerSet(headers: readonly string[]): Set<string> {
  return new Set(headers.map((h) => foldLabel(String(h ?? ""))).filter((h) => h !== ""));
}

/**
 * Of the unread sheets (at most SAME_COLUMN_SHEETS looked at), those whose header row has the
 * headers of the sheet `read` but one other in place of its customer ID's, and no other required
 * field missing: the same input kept by a store that names its customers by another column
 * (万达店N月 keyed by 顾客手机 beside 国贸店N月 keyed by 会员编号, the customer list holding 手机号:
 * tester65 U200, 12 sheets and 60 % of the money left unread). Whether that column matches the
 * customers is the sheet's read's to say (keyByOther), or its error.
 *
 * @example await otherKeySheets(["万达店1月"], sources.transactions!, top) // ["万达店1月"]
 */
export async function otherKeySheets(
  unread: readonly string[],
  read: Pick<SheetSource, "kind" | "columns" | "unmappedHeaders">,
  topRows: (name: string) => Promise<Grid>,
): Promise<string[]> {
  const idHeader = read.columns.customerId;
  if (idHeader === undefined) return [];
  const id = foldLabel(idHeader);
  const own = headerSet([...Object.values(read.columns), ...read.unmappedHeaders]);
  const out: string[] = [];
  for await (const { name, rows } of topRowsOf(unread.slice(0, SAME_COLUMN_SHEETS), topRows)) {
    const header = findHeader(rows, SHEETS[read.kind]);
    if (!header || header.missing.some((f) => f !== "customerId")) continue;
    const theirs = headerSet(header.headers);
    if (theirs.size !== own.size || theirs.has(id)) continue;
    if ([...own].every((h) => h === id || theirs.has(h))) out.push(name);
  }
  return out;
}

/**
 * Of the unread sheets (at most SAME_COLUMN_SHEETS looked at), those whose header row for the
 * input of the sheet `read` maps every required field (or every one but the customer ID, for the
 * customers' phone, e-mail or name to key it: keyByOther) under headers of their own: the same
 * sales kept in another layout, a second channel (a 小程序 export 订单导出 read, the shop's
 * hand-kept 门店流水 / 11月门店 of 日期 / 客户 / 客户编号 / 金额 beside it: tester66 U237, 87 % of the
 * money unread). Whether its rows are sales of the customers read is the part's read's to say
 * (readParts: most rows used and joined), not its header's.
 *
 * @example await otherLayoutSheets(["门店流水"], sources.transactions!, top) // ["门店流水"]
 */
export async function otherLayoutSheets(
  unread: readonly string[],
  read: Pick<SheetSource, "kind" | "columns" | "unmappedHeaders">,
  topRows: (name: string) => Promise<Grid>,
): Promise<string[]> {
  const own = headerSet([...Object.values(read.columns), ...read.unmappedHeaders]);
  const out: string[] = [];
  for await (const { name, rows } of topRowsOf(unread.slice(0, SAME_COLUMN_SHEETS), topRows)) {
    const header = findHeader(rows, SHEETS[read.kind]);
    if (!header || header.missing.some((f) => f !== "customerId")) continue;
    if (!sameHeaders(own, headerSet(header.headers))) out.push(name);
  }
  return out;
}

/**
 * Each of the sheets `names` with its top rows, in order; a sheet that cannot be read is left out
 * (no lookalike of anything).
 */
export async function* topRowsOf(
  names: readonly string[],
  topRows: (name: string) => Promise<Grid>,
): AsyncGenerator<{ name: string; rows: Grid }> {
  for (const name of names) {
    let rows: Grid;
    try {
      rows = await topRows(name);
    } catch {
      continue;
    }
    yield { name, rows };
  }
}
