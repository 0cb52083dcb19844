import type { Cell } from "../cells";
import type { SheetSpec } from "../schema";
import { idCandidates, mapColumns, type ColumnOverrides, type HeaderMatch } from "./header";

/**
 * The header match with the customer ID read from the column whose values are customers' ids
 * (`known`), when more than one column's header names it (idCandidates) and another holds more
 * known ids in the rows under the header than the one the headers chose; else the match as it is.
 * A column the user chose (overrides) stays. Tester53 N30: an accounting export's 单据编号
 * (invoice number) and 往来单位编号 (customer code) both end in 编号, the leftmost was read, and
 * every sale was refused as an unknown customer.
 *
 * @example idByValues(match of ["日期", "凭证编号", "购方编号", "金额"], rows, SHEETS.transactions, {}, isCustomer).columns.customerId // 2
 */
export function idByValues(
  match: HeaderMatch,
  rows: readonly (readonly Cell[])[],
  spec: SheetSpec,
  overrides: ColumnOverrides,
  known: (cell: Cell) => boolean,
): HeaderMatch {
  const chosen = match.columns.customerId;
  if (chosen === undefined || overrides.customerId !== undefined) return match;
  const candidates = idCandidates(match.headers, spec);
  if (candidates.length < 2) return match;
  const data = rows.slice(match.rowIndex + 1);
  const hits = (c: number) => data.filter((row) => known(row[c] ?? null)).length;
  let best = chosen;
  let most = hits(chosen);
  for (const c of candidates) {
    const n = c === chosen ? 0 : hits(c);
    if (n > most) [best, most] = [c, n];
  }
  if (best === chosen) return match;
  const m = mapColumns(match.headers, spec, { ...overrides, customerId: match.headers[best] });
  return { ...match, ...m };
}
