import { isBlank, type Cell } from "../cells";
import { customerKey } from "../parse/identifier";
import { toHalfWidth } from "../parse/text";
import type { ColumnOverrides, HeaderMatch } from "./header";

/** A customers column other than the ID that a dependent sheet may name its customers by. */
export type KeyField = "email" | "phone" | "name" | "plate";

/**
 * The customers fields tried, in order: on equal hits an e-mail address or a phone number says more
 * than a name (a phone: a store's sheets keyed by 顾客手机 where the customer list has 手机号, tester65
 * U200); a licence plate last (a car wash's visit log keyed by 车牌: tester64 U187).
 */
export const KEY_FIELDS: readonly KeyField[] = ["email", "phone", "name", "plate"];

/** A value held by two customers or more (in CustomerKeys.values). */
export const SHARED = -1;

/**
 * The customers' values of a field, once the Customers are read: what a dependent sheet's key
 * column is matched against when it holds no customer IDs (keyByOther).
 */
export interface CustomerKeys {
  /** The customers' values of the field (keyValues). */
  values(field: KeyField): KeyValues;
  /** The Customers header of the field (Email, 客户名称), for the messages. */
  header(field: KeyField): string;
  /** Joins this sheet's rows by the field's values (until the sheet is read: workbook.ts). */
  adopt(field: KeyField): void;
  /** The customer (index) whose ID `cell` is; undefined when none. */
  customer(cell: Cell): number | undefined;
}

/** The column a dependent sheet's rows are matched to customers by, and by which field. */
export interface KeyChoice {
  column: number;
  field: KeyField;
  /** The values of the field that two customers or more have (the match cannot be by it). */
  shared: number;
  /** One such value, for the message. */
  example: string;
}

/**
 * The column of a dependent sheet that names its customers by another customers field, when the
 * column read as the customer ID holds (almost) no customer's ID in the rows under the header, or
 * there is none: the column whose filled cells there are at least 80 % (and two or more) the
 * customers' e-mail addresses or names, the most such cells first. Null otherwise, or when the
 * user chose the ID column. Tester57 U46: a Shopify orders export names its customer by Email and
 * its own order Id was read as the customer's; U48: a 金蝶 K3 销售出库单's 客户 is the customer's
 * 客户名称, and all 8,772 rows were refused as unknown customers.
 *
 * @example keyByOther(match of ["Id", "Email", "Created at", "Total"], rows, {}, isCustomer, keys) // { column: 1, field: "email", … }
 */
export function keyByOther(
  match: HeaderMatch,
  rows: readonly (readonly Cell[])[],
  overrides: ColumnOverrides,
  known: (cell: Cell) => boolean,
  keys: CustomerKeys,
): KeyChoice | null {
  if (overrides.customerId !== undefined) return null;
  const data = rows.slice(match.rowIndex + 1);
  const chosen = match.columns.customerId;
  if (chosen !== undefined) {
    const ids = tally(data, chosen, known);
    // Some of its values are customers' IDs: the column is the key, its other values are said
    // row by row as before.
    if (ids.filled === 0 || ids.hits * 5 > ids.filled) return null;
  }
  const columns = chosen === undefined ? match.unmapped : [chosen, ...match.unmapped];
  let best: { column: number; field: KeyField; hits: number } | null = null;
  for (const field of KEY_FIELDS) {
    const values = keys.values(field).byKey;
    if (values.size === 0) continue;
    const held = (cell: Cell) => values.has(customerKey(cell));
    for (const c of columns) {
      const { hits, filled } = tally(data, c, held);
      // An empty column holds nobody's key (WooCommerce's Customer Note: tester58 U69).
      if (filled === 0 || hits < Math.min(2, filled) || hits * 5 < filled * 4) continue;
      if (!best || hits > best.hits) best = { column: c, field, hits };
    }
  }
  if (!best) return null;
  const { shared } = keys.values(best.field);
  return {
    column: best.column,
    field: best.field,
    shared: shared.length,
    example: shared[0] ?? "",
  };
}

/** The filled cells of column `c` in `data`, and how many of them `hit`. */
export function tally(
  data: readonly (readonly Cell[])[],
  c: number,
  hit: (cell: Cell) => boolean,
): { hits: number; filled: number } {
  let hits = 0;
  let filled = 0;
  for (const row of data) {
    const cell = row[c] ?? null;
    if (isBlank(cell)) continue;
    filled++;
    if (hit(cell)) hits++;
  }
  return { hits, filled };
}

/** A customers field's values by customerKey, and those two customers or more have. */
export interface KeyValues {
  /** customerKey of a value → its customer's index, SHARED when two or more have it. */
  byKey: Map<string, number>;
  /** The values two or more customers have, as the first of them writes each. */
  shared: string[];
}

/**
 * The values of `texts` (a customers column, by customer index) by customerKey, or by each of the
 * keys `keysOf` gives a value (plateKeys: its ways of being written); blanks left out.
 *
 * @example keyValues(["a@x.com", "", "A@x.com "]).shared // ["a@x.com"]
 */
export function keyValues(
  texts: readonly string[],
  keysOf: (text: string) => string[] = (text) => [customerKey(text)],
): KeyValues {
  const byKey = new Map<string, number>();
  const shared: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    if (text === undefined || text.trim() === "") continue;
    for (const [k, key] of keysOf(text).entries()) {
      if (key === "") continue;
      const had = byKey.get(key);
      if (had === undefined) byKey.set(key, i);
      else if (had !== SHARED && had !== i) {
        byKey.set(key, SHARED);
        if (k === 0) shared.push(texts[had].trim());
      }
    }
  }
  return { byKey, shared };
}

/** What a plate's province and letter may be set apart from its number by: 粤B·A1234, 粤B A1234. */
const PLATE_SEPARATORS = ["", "·", "•", "・", "-", " ", "."];

/**
 * The join keys of a licence plate as a visit log may write it (tester64 U187: 会员档案 粤B·A1234,
 * a log's 粤BA1234, 粤b·a1234): its province and letter, then its number, with or without any
 * separator (PLATE_SEPARATORS), case and width folded; the first is the plate bare. Any other text:
 * its customerKey alone.
 *
 * @example plateKeys("粤B·A1234")[0] // "粤BA1234"
 */
export function plateKeys(text: string): string[] {
  const bare = toHalfWidth(text)
    .toUpperCase()
    .replace(/[\s·•・.\-_]/g, "");
  if (!/^[\u4e00-\u9fff][A-Z][A-Z0-9]{4,6}$/.test(bare)) return [customerKey(text)];
  const keys = PLATE_SEPARATORS.map((s) => customerKey(bare.slice(0, 2) + s + bare.slice(2)));
  return [...new Set(keys)];
}
