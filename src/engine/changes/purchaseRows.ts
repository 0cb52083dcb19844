// Which purchase row a correction changed (tester63 L: 鸿运 春燕's 数据有变 said "消费金额 37,472 →
// 33,845" but not that her 2026-11-06 order was corrected 3,400 → 3,040; 美齿 高洁 3,000 → 300).
//
// A run keeps, per customer, one number for its transactions in its window (Snapshot.purchaseRows):
// how many rows, and the sum of a hash of each row's day and cents. The next run measures its own
// rows over that window the same way. When one row's amount, one row's day, one row added or one
// row removed explains the difference, that row is named: a state holds one number a customer,
// not its rows.
import type { CustomerGroups } from "../aggregate/byCustomer";
import { windowStart } from "../segmentation/window";
import type { SheetSource } from "../model";
import { rowPlace } from "../ingest/sheetParts";
import { fileName } from "../report/dataQualityTab";

/** Rows counted above the hash's 32 bits: count × 2^32 + hash stays an exact double (2^21 rows). */
const HASH_SPAN = 2 ** 32;
/** The most rows a customer's key counts (above it: no key, NaN). */
const MAX_ROWS = 2 ** 20;
/** The most rows of a customer searched for one row's other day (× the window's days each). */
const MAX_REDATE_ROWS = 200;
/** The most hashes tried for days searched in one comparison (a re-dated export: no search). */
const SEARCH_BUDGET = 2_000_000;

/**
 * A 32-bit hash of one row's day and cents (unsigned). Cents past 2^53 are not told apart.
 *
 * @example rowHash(20400, 340000) !== rowHash(20400, 304000) // true
 */
export function rowHash(day: number, cents: number): number {
  const low = cents % HASH_SPAN;
  const high = Math.floor(cents / HASH_SPAN);
  let h = Math.imul(day | 0, 0x9e3779b1) ^ Math.imul(low | 0, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ Math.imul(high | 0, 0xc2b2ae3d);
  h = Math.imul(h ^ (h >>> 13), 0x297a2d39);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The transactions a snapshot was measured from (snapshot.ts MeasuredFrom). */
export interface RowsMeasured {
  day: Float64Array;
  amount: Float64Array;
  groups: CustomerGroups;
  windowMonths: number;
}

/** Each row's cents (0 when not a number). */
const centsOf = (a: number): number => (Number.isFinite(a) ? Math.round(a * 100) : 0);

/**
 * Per customer, its rows in the window of `months` ending at `asOf` (windowStart < day ≤ asOf) as
 * one number: count × 2^32 + the sum of rowHash mod 2^32; 0 for none, NaN past MAX_ROWS.
 *
 * @example purchaseRowsKeys(measured, asOf, 2)[0] // 3 × 2^32 + … for three rows in the window
 */
export function purchaseRowsKeys(m: RowsMeasured, asOf: number, count: number): Float64Array {
  const end = Math.floor(asOf);
  const start = windowStart(end, m.windowMonths);
  const { day, amount } = m;
  const { offsets, rows } = m.groups;
  const n = Math.min(count, offsets.length - 1);
  const out = new Float64Array(count);
  for (let c = 0; c < n; c++) {
    let rowsIn = 0;
    let sum = 0;
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      const r = rows[k];
      const d = day[r];
      if (d > end) break;
      if (!(d > start)) continue;
      rowsIn++;
      sum = (sum + rowHash(Math.floor(d), centsOf(amount[r]))) % HASH_SPAN;
    }
    out[c] = rowsIn > MAX_ROWS ? NaN : rowsIn * HASH_SPAN + sum;
  }
  return out;
}

/** What one row's change was: its kind, its day (and the day before, for a new day), the amounts. */
export interface ChangedRow {
  kind: "amount" | "added" | "removed" | "redated";
  /** The row's day now (removed: the day it had). */
  day: number;
  /** redated: the day it had. */
  dayBefore: number;
  /** The amount before (added: NaN) and now (removed: NaN). */
  before: number;
  after: number;
  /** The row now (an index into the transactions; removed: -1). */
  row: number;
}

/** How a customer's rows differ from what the previous run counted, when not one row. */
export interface RowsCounted {
  before: number;
  after: number;
}

/**
 * The one row of customer c whose change turns this run's rows over the previous window into what
 * the previous run counted (`previousKey`: its Snapshot.purchaseRows; `previousSpend`: its spend,
 * which gives the amount a row had); else how many rows each run counted; null when either is not
 * known. `previousAsOf`: the previous run's date.
 *
 * @example changedRow(measured, c, nov30, prev.purchaseRows[j], prev.spend[j]) // { kind: "amount", before: 3400, after: 3040, … }
 */
export function changedRow(
  m: RowsMeasured,
  c: number,
  previousAsOf: number,
  previousKey: number,
  previousSpend: number,
  budget: { left: number } = { left: SEARCH_BUDGET },
): ChangedRow | RowsCounted | null {
  if (!Number.isFinite(previousKey) || !Number.isFinite(previousAsOf)) return null;
  const { offsets, rows } = m.groups;
  if (c < 0 || c >= offsets.length - 1) return null;
  const end = Math.floor(previousAsOf);
  const start = windowStart(end, m.windowMonths);
  const wanted = previousKey % HASH_SPAN;
  const before = Math.floor(previousKey / HASH_SPAN);
  const mine: number[] = [];
  let sum = 0;
  let spend = 0;
  for (let k = offsets[c]; k < offsets[c + 1]; k++) {
    const r = rows[k];
    const d = m.day[r];
    if (d > end) break;
    if (!(d > start)) continue;
    mine.push(r);
    spend += centsOf(m.amount[r]);
    sum = (sum + rowHash(Math.floor(d), centsOf(m.amount[r]))) % HASH_SPAN;
  }
  const after = mine.length;
  const counted = { before, after };
  // What the previous run's sum and spend have over this one's (the sum mod 2^32).
  const missing = (wanted - sum + HASH_SPAN) % HASH_SPAN;
  const more = Number.isFinite(previousSpend) ? centsOf(previousSpend) - spend : NaN;
  const hashOf = (r: number) => rowHash(Math.floor(m.day[r]), centsOf(m.amount[r]));
  const at = (r: number, kind: ChangedRow["kind"], was: number, dayBefore = NaN): ChangedRow => ({
    kind,
    day: Math.floor(m.day[r]),
    dayBefore,
    before: was,
    after: m.amount[r],
    row: r,
  });
  if (after === before + 1) {
    // A row added late: the previous sum is this one's without it.
    for (const r of mine) if ((hashOf(r) + missing) % HASH_SPAN === 0) return at(r, "added", NaN);
  } else if (after + 1 === before && more === more && (budget.left -= end - start) >= 0) {
    // A row removed: of the amount the previous spend has over this one, on a day searched.
    for (let d = start + 1; d <= end; d++)
      if (rowHash(d, more) === missing)
        return { kind: "removed", day: d, dayBefore: NaN, before: more / 100, after: NaN, row: -1 };
  } else if (after === before && after > 0 && more === more) {
    for (const r of mine) {
      const target = (hashOf(r) + missing) % HASH_SPAN;
      const cents = centsOf(m.amount[r]);
      const d = Math.floor(m.day[r]);
      // One row's amount: the previous spend's difference was this row's.
      if (more !== 0 && rowHash(d, cents + more) === target)
        return at(r, "amount", (cents + more) / 100);
      // One row's day, its amount the same.
      if (more === 0 && after <= MAX_REDATE_ROWS && (budget.left -= end - start) >= 0)
        for (let x = start + 1; x <= end; x++)
          if (x !== d && rowHash(x, cents) === target) return at(r, "redated", m.amount[r], x);
    }
  }
  return counted;
}

/** A changed row as the Changes tab names it (changedRowsOf): the row now by its sheet and row. */
export interface RowChange {
  /** "many": more than one row changed (or none explains it): the rows each run counted. */
  kind: ChangedRow["kind"] | "many";
  day: number;
  dayBefore: number;
  before: number;
  after: number;
  /** The sheet (a CSV: its file's name) and Excel row of the row now; "" and 0 when none. */
  sheet: string;
  row: number;
  rowsBefore: number;
  rowsAfter: number;
}

/** Where a row of the transactions was read (rowPlace with the input's sheet or file). */
export interface RowsPlaced extends RowsMeasured {
  sourceRow: Int32Array;
  source: Pick<SheetSource, "sheetName" | "parts" | "file" | "sheetIsFile"> | undefined;
}

/**
 * For each of `customers` (this run's indexes, their purchases up to the previous date changed),
 * the row that changed, or the rows each run counted (`many`); a customer not known to either run
 * is left out. `previous(i)`: its Snapshot.purchaseRows and spend in the previous run.
 *
 * @example changedRowsOf(measuredOf(cur)!, prev.asOf, [4], () => [key, 37472]).get(4)?.row // 118
 */
export function changedRowsOf(
  m: RowsPlaced,
  previousAsOf: number,
  customers: ArrayLike<number>,
  previous: (i: number) => [key: number, spend: number],
): Map<number, RowChange> {
  const out = new Map<number, RowChange>();
  const budget = { left: SEARCH_BUDGET };
  const source = m.source;
  const ownSheet = source?.sheetIsFile && source.file ? fileName(source.file) : source?.sheetName;
  for (let k = 0; k < customers.length; k++) {
    const i = customers[k];
    const [key, spend] = previous(i);
    const found = changedRow(m, i, previousAsOf, key, spend, budget);
    if (!found) continue;
    if (!("kind" in found)) {
      out.set(i, {
        kind: "many",
        day: NaN,
        dayBefore: NaN,
        before: NaN,
        after: NaN,
        sheet: "",
        row: 0,
        rowsBefore: found.before,
        rowsAfter: found.after,
      });
      continue;
    }
    const at = found.row >= 0 ? rowPlace(source, m.sourceRow[found.row]) : null;
    out.set(i, {
      ...found,
      sheet: at ? (at.sheet ?? ownSheet ?? "") : "",
      row: at ? at.row : 0,
      rowsBefore: NaN,
      rowsAfter: NaN,
    });
  }
  return out;
}
