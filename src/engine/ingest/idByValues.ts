import type { Cell } from "../cells";
import { SHEETS, type SheetSpec } from "../schema";
import {
  HEADER_SEARCH_ROWS,
  findHeader,
  idCandidates,
  mapColumns,
  type ColumnOverrides,
  type HeaderMatch,
} from "./header";
import { phoneHeader } from "./headersFound";
import { customerKey } from "../parse/identifier";
import { KEY_FIELDS, SHARED, tally, type CustomerKeys } from "./keyByOther";
import type { GridSource } from "./workbook";

/**
 * The header match with the customer ID read from the column whose values are customers' ids
 * (`known`), when more than one column's header names it (idCandidates) and another holds more
 * known ids in the rows under the header than the one the headers chose; else the match as it is.
 * A column the user chose (overrides) stays. Tester53 N30: an accounting export's 单据编号
 * (invoice number) and 往来单位编号 (customer code) both end in 编号, the leftmost was read, and
 * every sale was refused as an unknown customer. With no column named so, the one its values make
 * the ID (idColumnByValues).
 *
 * @example idByValues(match of ["日期", "凭证编号", "购方编号", "金额"], rows, SHEETS.transactions, {}, isCustomer).columns.customerId // 2
 */
export function idByValues(
  match: HeaderMatch,
  rows: readonly (readonly Cell[])[],
  spec: SheetSpec,
  overrides: ColumnOverrides,
  known: (cell: Cell) => boolean,
  keys?: CustomerKeys,
): HeaderMatch {
  if (!valuesMayChooseId(match, spec, overrides)) return match;
  const chosen = match.columns.customerId;
  const data = rows.slice(match.rowIndex + 1);
  const readAsId = (c: number): HeaderMatch => ({
    ...match,
    ...mapColumns(match.headers, spec, { ...overrides, customerId: match.headers[c] }),
  });
  if (chosen === undefined) {
    const c = idColumnByValues(match, data, known, keys);
    return c < 0 ? match : readAsId(c);
  }
  const candidates = idCandidates(match.headers, spec);
  const hits = (c: number) => data.filter((row) => known(row[c] ?? null)).length;
  let best = chosen;
  let most = hits(chosen);
  for (const c of candidates) {
    const n = c === chosen ? 0 : hits(c);
    if (n > most) [best, most] = [c, n];
  }
  return best === chosen ? match : readAsId(best);
}

/**
 * Whether idByValues may read the customer ID from another column than the headers chose: none
 * names it, or more than one does, and the user chose none. The pane asks it before reading the
 * customers' IDs for a sheet beside them (taskpane/inputs.ts), so it decides as the run does.
 *
 * @example valuesMayChooseId(match of ["日期", "卡号", "实收"], SHEETS.transactions, {}) // true
 */
export function valuesMayChooseId(
  match: HeaderMatch,
  spec: SheetSpec,
  overrides: ColumnOverrides,
): boolean {
  if (overrides.customerId !== undefined) return false;
  return match.columns.customerId === undefined || idCandidates(match.headers, spec).length > 1;
}

/**
 * A header that names some number or code (卡号, 卡号码, 车主编码, Card No, Member #): one that may
 * be a customer's ID when its values are.
 */
const ID_LIKE = /(?:号|码|(?:^|[^a-z])(?:id|no|nr|num|number|code)\.?|#)\s*$/i;

/** A header that may name a customer's ID by its values (ID_LIKE), not a phone's. */
const idLike = (header: string): boolean => ID_LIKE.test(header) && phoneHeader([header]) === null;

/**
 * The column to read the customer ID from where no header names it (`data`: the rows under the
 * header): the unclaimed column of an ID-like header (ID_LIKE) whose filled cells are at least
 * 80 % (and two or more, one of one) the customers' IDs, the most such first; -1 when none.
 * Tester64 U186: a car wash's sales sheets head the member's card 卡号, the 会员档案's 会员卡号 with
 * the same values, and the run stopped ("缺少必需的列“客户编号”… 列“卡号”是否应为“学号”？"). A bare
 * 卡号 is no customer ID by its header (headerWords.ts: beside 开户行 it is a bank account): only
 * its values make it one. Not a phone column (买家手机号): renaming it is advised instead, a choice
 * with its consequence (phoneIdHint).
 *
 * @example idColumnByValues(match of ["日期", "卡号", "金额"], data, isCustomer) // 1
 */
export function idColumnByValues(
  match: HeaderMatch,
  data: readonly (readonly Cell[])[],
  known: (cell: Cell) => boolean,
  keys?: CustomerKeys,
): number {
  let best = -1;
  let most = 0;
  for (const c of match.unmapped) {
    // A phone column (买家手机号) is not taken unasked: keyed by phone, the IDs cannot be masked,
    // so the error advises renaming it (headersFound.ts phoneIdHint).
    if (!idLike(match.headers[c] ?? "")) continue;
    const { hits, filled } = tally(data, c, known);
    if (hits < Math.min(2, filled) || hits * 5 < filled * 4 || hits <= most) continue;
    if (keys && !namesAgree(match, data, c, keys)) continue;
    [best, most] = [c, hits];
  }
  return best;
}

/**
 * Whether the customers column `c`'s values name (their IDs) are those the row's other key columns
 * name (姓名, e-mail: keyByOther's fields), in most rows where both name one; true where no other
 * column names customers. Reviewer65 H10: a 消费记录's 卡号 1001–1010 were stored-value card numbers
 * issued in another order than the 会员编号 (张伟's card 1010 = 吴昊's 会员编号): read as the ID, every
 * row went to the other member (张伟 7,000 → 490), the 姓名 on each row saying otherwise.
 */
function namesAgree(
  match: HeaderMatch,
  data: readonly (readonly Cell[])[],
  c: number,
  keys: CustomerKeys,
): boolean {
  for (const field of KEY_FIELDS) {
    const byKey = keys.values(field).byKey;
    if (byKey.size === 0) continue;
    const named = (cell: Cell) => {
      const i = byKey.get(customerKey(cell));
      return i === undefined || i === SHARED ? undefined : i;
    };
    for (let n = 0; n < match.headers.length; n++) {
      if (n === c) continue;
      let agree = 0;
      let differ = 0;
      for (const row of data) {
        const by = named(row[n] ?? null);
        if (by === undefined) continue;
        const id = keys.customer(row[c] ?? null);
        if (id === undefined) continue;
        if (id === by) agree++;
        else differ++;
      }
      if (differ > agree) return false;
    }
  }
  return true;
}

/**
 * A header that is a member's card number and nothing else (卡号, 会员卡号, Card No): not a
 * referrer's or an old card (推荐人卡号, 旧卡号: reviewer67 M6, the referrer's cards read as the
 * IDs, names and phones swapped), nor another code (病人代码: the pane asks for the column).
 */
const CARD_NUMBER = /^(?:会员|客户|顾客)?卡号$|^(?:member(?:ship)?\s*)?card\s*(?:no\.?|number|#)$/i;

/**
 * The Customers header to read the customer ID from where none names it (`customers`: the sheet's
 * top rows), by the sales' values (`sales`: a Transactions sheet's top rows): the ID-like header
 * (CARD_NUMBER: 卡号, Card No) of a column whose values hold at least 80 % (and two or
 * more, one of one) of the filled cells of the sales' ID column, or of an ID-like one no header
 * claims, the most such cells first; null when none. Tester66 U230: a dry cleaner's 会员 heads its members' card 卡号 (no
 * customer ID by its header: beside 开户行 it is a bank account, headerWords.ts), the 流水 sheets'
 * 卡号 has the same numbers, and the run stopped (exit 2: "缺少必需的列“客户编号”"). The sales' 卡号
 * is then read as the ID by its values (idColumnByValues).
 *
 * @example customersIdBySales([["卡号", "姓名"], ["8801", "王"]], [["日期", "卡号", "金额"], ["2025-03-02", "8801", 40]]) // "卡号"
 */
export function customersIdBySales(
  customers: readonly (readonly Cell[])[],
  sales: readonly (readonly Cell[])[],
): string | null {
  const bought = findHeader(sales, SHEETS.transactions);
  if (!bought) return null;
  const salesData = sales.slice(bought.rowIndex + 1);
  // The sales' ID column, named (会员卡号) or not (卡号).
  const named = bought.columns.customerId;
  const salesColumns = bought.unmapped.filter((c) => idLike(bought.headers[c] ?? ""));
  if (named !== undefined) salesColumns.unshift(named);
  let best: string | null = null;
  let most = 0;
  const top = customers.slice(0, HEADER_SEARCH_ROWS);
  for (let r = 0; r < top.length; r++)
    for (const cell of top[r]) {
      const header = typeof cell === "string" ? cell.trim() : "";
      if (!CARD_NUMBER.test(header)) continue;
      const match = findHeader(customers, SHEETS.customers, { customerId: header });
      if (!match || match.rowIndex !== r) continue;
      const c = match.columns.customerId!;
      const ids = new Set<string>();
      for (const row of customers.slice(r + 1)) {
        const key = customerKey(row[c] ?? null);
        if (key !== "") ids.add(key);
      }
      for (const s of salesColumns) {
        const { hits, filled } = tally(salesData, s, (v) => ids.has(customerKey(v)));
        if (hits < Math.min(2, filled) || hits * 5 < filled * 4 || hits <= most) continue;
        [best, most] = [header, hits];
      }
    }
  return best;
}

/**
 * Whether a cell is one of the customers' IDs (customerKey, as the run's index holds them): the
 * column `match` reads the customer ID from, under its header row, on each of the Customers
 * input's sheets (`sheets`: its sheet, then its parts). For the pane, which reads the other
 * sheets' top rows only, to tell their ID column by its values as the run does (idByValues):
 * fix68b, B2_力健会员台账's 会员资料 heads its members' cards 会员卡号, its 收银流水, 满意度回访
 * and 签到记录 卡号; the run read them by 卡号, the pane said the three lacked the Customer ID.
 *
 * @example (await customerIdsIn(source, ["会员资料"], match))("8801") // true
 */
export async function customerIdsIn(
  source: GridSource,
  sheets: readonly string[],
  match: HeaderMatch,
): Promise<(cell: Cell) => boolean> {
  const c = match.columns.customerId;
  const ids = new Set<string>();
  if (c !== undefined)
    for (const sheet of sheets) {
      let n = 0;
      await source.readSheet(sheet, (block) => {
        for (const row of block) {
          if (n++ <= match.rowIndex) continue;
          const key = customerKey(row[c] ?? null);
          if (key !== "") ids.add(key);
        }
      });
    }
  return (cell) => {
    const key = customerKey(cell);
    return key !== "" && ids.has(key);
  };
}

/**
 * The Customers header to read the customer ID from when two or more of its headers name it
 * (idCandidates: Square's Reference ID beside Square Customer ID), by the sales' keys (`sales`: a
 * Transactions sheet's top rows): the named column holding the most values of a column the sales
 * may read the ID from (theirs by name, or an ID-like one by its values: idByValues), the headers'
 * own choice on a tie; where no sales key is in any, a filled one over the headers' choice when
 * that is mostly blank (under half its rows). Null when the headers' choice stands, or the user
 * chose the column. Reviewer70 H4: Square's directory export with both IDs filled, the sales keyed
 * by Customer Reference ID only, was refused ("Customer ID “CUST-0” is not on the Customers sheet")
 * as Square Customer ID beat Reference ID by its header alone; reviewer69 H1 was the mirror
 * (Reference ID, blank, beat Square Customer ID). The run and the task pane both ask this
 * (workbook.ts customersIdOfNamed).
 *
 * @example customersIdAmongNamed([["Reference ID", "Square Customer ID"], ["C-0", "SQ0"]], [["Date", "Customer Reference ID", "Net Sales"], ["2025-04-02", "C-0", 79]]) // "Reference ID"
 */
export function customersIdAmongNamed(
  customers: readonly (readonly Cell[])[],
  sales: readonly (readonly Cell[])[],
  overrides: ColumnOverrides = {},
): string | null {
  if (overrides.customerId !== undefined) return null;
  const match = findHeader(customers, SHEETS.customers, overrides);
  const chosen = match?.columns.customerId;
  if (!match || chosen === undefined) return null;
  const named = idCandidates(match.headers, SHEETS.customers);
  if (named.length < 2 || !named.includes(chosen)) return null;
  const rows = customers.slice(match.rowIndex + 1);
  const bought = findHeader(sales, SHEETS.transactions);
  const salesData = bought ? sales.slice(bought.rowIndex + 1) : [];
  const salesColumns = bought
    ? [
        ...idCandidates(bought.headers, SHEETS.transactions),
        ...bought.unmapped.filter((c) => idLike(bought.headers[c] ?? "")),
      ]
    : [];
  const score = (c: number) => {
    const ids = new Set<string>();
    let filled = 0;
    for (const row of rows) {
      const key = customerKey(row[c] ?? null);
      if (key === "") continue;
      ids.add(key);
      filled++;
    }
    let hits = 0;
    for (const s of salesColumns)
      hits = Math.max(hits, tally(salesData, s, (v) => ids.has(customerKey(v))).hits);
    return { hits, filled };
  };
  const scores = new Map(named.map((c) => [c, score(c)]));
  const own = scores.get(chosen)!;
  let best = chosen;
  for (const c of named) {
    const s = scores.get(c)!;
    const top = scores.get(best)!;
    if (s.hits > top.hits) best = c;
    else if (
      top.hits === 0 &&
      s.hits === 0 &&
      own.filled * 2 < rows.length &&
      s.filled > top.filled
    )
      best = c;
  }
  return best === chosen ? null : (match.headers[best] ?? null);
}
