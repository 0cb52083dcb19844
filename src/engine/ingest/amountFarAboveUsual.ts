import type { Dataset, Transactions } from "../model";
import {
  AMOUNT_FAR_ABOVE_USUAL,
  QUALITY_CODES,
  qualityMessage,
  tenfoldOfUsual,
  type Finding,
} from "../quality";
import { SHEETS } from "../schema";
import { toCents } from "../cents";
import { formatNumber } from "../words/format";
import type { FindingPlace } from "./afterAsOf";
import { rowPlace } from "./sheetParts";
import { placeAmongTransactionFindings } from "./returnsWithoutPurchase";

/** The purchases of the same item a customer must have besides the row for a usual amount. */
const LEAST_OTHERS = 3;

/**
 * Purchases at AMOUNT_FAR_ABOVE_USUAL times or more what the same customer usually pays for the
 * same item (the median of her other purchases of it, at least LEAST_OTHERS of them), about a
 * power of ten of it (quality.ts tenfoldOfUsual): a typed
 * amount with a digit too many (tester65 U207: 万达店11月 row 11, 8,800 where the VIP pays 880 for
 * the same 项目 every 10 days; her spend read 39,120, truth 31,200). Counted as they are (only the
 * user can tell a typo from a larger purchase), each said as an `amount_far_above_usual` warning
 * naming the file, sheet, row and amount column, with her usual amount. Rows with no item or a
 * customer with fewer purchases of it are not judged. Run after the customers are final.
 *
 * @example reportAmountsFarAboveUsual(dataset, findings, source) // 1 (row 11's 8,800)
 */
export function reportAmountsFarAboveUsual(
  dataset: Dataset,
  findings: Finding[],
  place: FindingPlace = {},
): number {
  const t = dataset.transactions;
  if (!t || t.count === 0 || t.products.length === 0) return 0;
  const n = dataset.customers.count;
  // Her least and largest amounts first: only a customer whose largest is AMOUNT_FAR_ABOVE_USUAL
  // times her least can have such a row.
  const least = new Float64Array(n).fill(Infinity);
  const most = new Float64Array(n);
  leastAndMost(t, n, least, most);
  // Her rows, in row order, by a counting sort (no comparison per row), with their items and
  // amounts beside them: read in turn below, not looked up across the sheet.
  const kept = new Uint8Array(n);
  keepWide(n, least, most, kept);
  const start = new Int32Array(n + 1);
  countKept(t, n, kept, start);
  runningSums(start, n);
  const rows = new Int32Array(start[n]);
  const item = new Int32Array(start[n]);
  const amount = new Float64Array(start[n]);
  placeKept(t, n, kept, start.slice(0, n), rows, item, amount);
  // At most one candidate item per LEAST_OTHERS + 1 rows.
  const candidate = new Int32Array(2 * Math.floor(start[n] / (LEAST_OTHERS + 1)) + 2);
  const found = farItems(n, t.products.length, start, item, amount, candidate);
  // Each candidate is judged once: at most as many rows said.
  const flaggedRows = new Int32Array(found);
  const usualOf = new Float64Array(found);
  const said = judgeItems(candidate, found, start, rows, item, amount, flaggedRows, usualOf);
  if (said === 0) return 0;
  const flagged = Array.from(flaggedRows.subarray(0, said));
  const source = dataset.sources.transactions;
  const sheet = source?.sheetName ?? SHEETS.transactions.label["en-US"];
  const column = source?.columns.amount ?? "";
  const file = place.fileOf?.(sheet);
  const out: Finding[] = flagged.map((r, k) => {
    const at = rowPlace(source, t.sourceRow[r]);
    const value = String(t.amount[r]);
    const f: Finding = {
      sheet: at.sheet ?? sheet,
      kind: "transactions",
      row: at.row,
      column,
      code: "amount_far_above_usual",
      severity: QUALITY_CODES.amount_far_above_usual,
      value,
      message: qualityMessage("amount_far_above_usual", {
        value: formatNumber(toCents(t.amount[r]), "en-US"),
        id: dataset.customers.id[t.customer[r]],
        item: t.products[t.product[r]],
        usual: formatNumber(toCents(usualOf[k]), "en-US"),
        times: Math.round(t.amount[r] / usualOf[k]),
      }),
    };
    if (file) f.file = file;
    if (place.sheetsAreFiles) f.sheetIsFile = true;
    return f;
  });
  placeAmongTransactionFindings(findings, out);
  return out.length;
}

// Each pass is a function of its own with nothing after its loop (as aggregate/byCustomer.ts's):
// in one function, the loop compiled on the fly was thrown away at the line after it (8
// deoptimizations and as many compiles on the main thread a 100k run) and the next pass over the
// million rows ran uncompiled until compiled again.

/** Per customer, her least and largest amount of a row with an item and an amount above 0. */
function leastAndMost(t: Transactions, n: number, least: Float64Array, most: Float64Array): void {
  const { customer, amount, product } = t;
  for (let r = 0; r < t.count; r++) {
    const c = customer[r];
    const a = amount[r];
    if (c < 0 || c >= n || product[r] < 0 || !(a > 0)) continue;
    if (a < least[c]) least[c] = a;
    if (a > most[c]) most[c] = a;
  }
}

/** kept[c] = 1 for a customer whose largest is AMOUNT_FAR_ABOVE_USUAL times her least. */
function keepWide(n: number, least: Float64Array, most: Float64Array, kept: Uint8Array): void {
  for (let c = 0; c < n; c++) if (most[c] >= AMOUNT_FAR_ABOVE_USUAL * least[c]) kept[c] = 1;
}

/** start[c + 1] = the rows of a kept customer c with an item and an amount above 0. */
function countKept(t: Transactions, n: number, kept: Uint8Array, start: Int32Array): void {
  const { customer, amount, product } = t;
  for (let r = 0; r < t.count; r++) {
    const c = customer[r];
    if (c >= 0 && c < n && kept[c] === 1 && product[r] >= 0 && amount[r] > 0) start[c + 1]++;
  }
}

/** start[c + 1] += start[c]: where each customer's rows begin. */
function runningSums(start: Int32Array, n: number): void {
  for (let c = 0; c < n; c++) start[c + 1] += start[c];
}

/** The kept customers' rows, their items and amounts, in row order at `fill` (moved on). */
function placeKept(
  t: Transactions,
  n: number,
  kept: Uint8Array,
  fill: Int32Array,
  rows: Int32Array,
  item: Int32Array,
  amount: Float64Array,
): void {
  const { customer, product } = t;
  const amounts = t.amount;
  for (let r = 0; r < t.count; r++) {
    const c = customer[r];
    if (c >= 0 && c < n && kept[c] === 1 && product[r] >= 0 && amounts[r] > 0) {
      const k = fill[c]++;
      rows[k] = r;
      item[k] = product[r];
      amount[k] = amounts[r];
    }
  }
}

/**
 * The items of each customer's rows (start, item, amount) that may hold an amount far above her
 * usual: more than LEAST_OTHERS rows of it, its largest AMOUNT_FAR_ABOVE_USUAL times its least. Their
 * customers into `candidate[2k]`, the items into `candidate[2k + 1]`, in customer order (a
 * customer's items in the order of her rows); how many.
 */
function farItems(
  n: number,
  items: number,
  start: Int32Array,
  item: Int32Array,
  amount: Float64Array,
  candidate: Int32Array,
): number {
  // Per item of hers: how many rows, the least and the largest amount (`mark` says whose).
  const mark = new Int32Array(items).fill(-1);
  const times = new Int32Array(items);
  const low = new Float64Array(items);
  const high = new Float64Array(items);
  let found = 0;
  for (let c = 0; c < n; c++) {
    const a = start[c];
    const b = start[c + 1];
    if (b - a <= LEAST_OTHERS) continue;
    for (let k = a; k < b; k++) {
      const p = item[k];
      const v = amount[k];
      if (mark[p] !== c) {
        mark[p] = c;
        times[p] = 1;
        low[p] = high[p] = v;
      } else {
        times[p]++;
        if (v < low[p]) low[p] = v;
        if (v > high[p]) high[p] = v;
      }
    }
    // Only the largest of an item can stand far above the others, and only if it is
    // AMOUNT_FAR_ABOVE_USUAL times the least: those items alone are judged.
    for (let k = a; k < b; k++) {
      const p = item[k];
      if (mark[p] !== c) continue;
      mark[p] = -1;
      if (times[p] > LEAST_OTHERS && high[p] >= AMOUNT_FAR_ABOVE_USUAL * low[p]) {
        candidate[2 * found] = c;
        candidate[2 * found + 1] = p;
        found++;
      }
    }
  }
  return found;
}

/**
 * Each candidate item of a customer (farItems), in item order per customer, judged on her rows
 * (start, rows, item, amount): the row of an amount far above her usual for the item into
 * `flagged`, that usual into `usualOf`, in turn; how many. Written for every candidate and
 * counted only when far above (no step taken on the rare finding alone: compiled on the fly, the
 * loop was thrown away at the first).
 */
function judgeItems(
  candidate: Int32Array,
  found: number,
  start: Int32Array,
  rows: Int32Array,
  item: Int32Array,
  amount: Float64Array,
  flagged: Int32Array,
  usualOf: Float64Array,
): number {
  const far: number[] = [];
  let said = 0;
  let others = new Float64Array(16);
  for (let j = 0; j < found;) {
    const c = candidate[2 * j];
    const a = start[c];
    const b = start[c + 1];
    far.length = 0;
    for (; j < found && candidate[2 * j] === c; j++) far.push(candidate[2 * j + 1]);
    if (far.length > 1) far.sort((x, y) => x - y);
    for (const p of far) {
      // The largest is the last row of that amount (as a stable sort by amount leaves it),
      // judged against the median of the others.
      let top = -1;
      let count = -1;
      for (let k = a; k < b; k++)
        if (item[k] === p) {
          count++;
          if (top < 0 || amount[k] >= amount[top]) top = k;
        }
      if (others.length < count) others = new Float64Array(count * 2);
      let m = 0;
      for (let k = a; k < b; k++) if (item[k] === p && k !== top) others[m++] = amount[k];
      const sorted = others.subarray(0, count).sort();
      const mid = Math.floor((count - 1) / 2);
      const usual = count % 2 === 1 ? sorted[mid] : (sorted[mid] + sorted[mid + 1]) / 2;
      flagged[said] = rows[top];
      usualOf[said] = usual;
      said += tenfoldOfUsual(amount[top], usual) ? 1 : 0;
    }
  }
  return said;
}
