import type { Cell } from "../cells";
import type { SheetSpec } from "../schema";
import { idCandidates, mapColumns, type ColumnOverrides, type HeaderMatch } from "./header";
import { phoneHeader } from "./headersFound";
import { customerKey } from "../parse/identifier";
import { KEY_FIELDS, SHARED, tally, type CustomerKeys } from "./keyByOther";

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
  const chosen = match.columns.customerId;
  if (overrides.customerId !== undefined) return match;
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
  if (candidates.length < 2) return match;
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
 * A header that names some number or code (卡号, 卡号码, 车主编码, Card No, Member #): one that may
 * be a customer's ID when its values are.
 */
const ID_LIKE = /(?:号|码|(?:^|[^a-z])(?:id|no|nr|num|number|code)\.?|#)\s*$/i;

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
    const header = match.headers[c] ?? "";
    if (!ID_LIKE.test(header) || phoneHeader([header]) !== null) continue;
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
