import type { Dataset } from "../model";
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
  for (let r = 0; r < t.count; r++) {
    const c = t.customer[r];
    const a = t.amount[r];
    if (c < 0 || c >= n || t.product[r] < 0 || !(a > 0)) continue;
    if (a < least[c]) least[c] = a;
    if (a > most[c]) most[c] = a;
  }
  // Her rows, in row order, by a counting sort (no comparison per row), with their items and
  // amounts beside them: read in turn below, not looked up across the sheet.
  const kept = new Uint8Array(n);
  for (let c = 0; c < n; c++) if (most[c] >= AMOUNT_FAR_ABOVE_USUAL * least[c]) kept[c] = 1;
  const start = new Int32Array(n + 1);
  for (let r = 0; r < t.count; r++) {
    const c = t.customer[r];
    if (c >= 0 && c < n && kept[c] === 1 && t.product[r] >= 0 && t.amount[r] > 0) start[c + 1]++;
  }
  for (let c = 0; c < n; c++) start[c + 1] += start[c];
  const rows = new Int32Array(start[n]);
  const item = new Int32Array(start[n]);
  const amount = new Float64Array(start[n]);
  const fill = start.slice(0, n);
  for (let r = 0; r < t.count; r++) {
    const c = t.customer[r];
    if (c >= 0 && c < n && kept[c] === 1 && t.product[r] >= 0 && t.amount[r] > 0) {
      const k = fill[c]++;
      rows[k] = r;
      item[k] = t.product[r];
      amount[k] = t.amount[r];
    }
  }
  // Per item of hers: how many rows, the least and the largest amount (`mark` says whose).
  const items = t.products.length;
  const mark = new Int32Array(items).fill(-1);
  const times = new Int32Array(items);
  const low = new Float64Array(items);
  const high = new Float64Array(items);
  const flagged: number[] = [];
  const usualOf: number[] = [];
  const far: number[] = [];
  let others = new Float64Array(16);
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
    // AMOUNT_FAR_ABOVE_USUAL times the least: those items alone are judged, in item order.
    far.length = 0;
    for (let k = a; k < b; k++) {
      const p = item[k];
      if (mark[p] !== c) continue;
      mark[p] = -1;
      if (times[p] > LEAST_OTHERS && high[p] >= AMOUNT_FAR_ABOVE_USUAL * low[p]) far.push(p);
    }
    if (far.length > 1) far.sort((x, y) => x - y);
    for (const p of far) {
      // The largest is the last row of that amount (as a stable sort by amount leaves it),
      // judged against the median of the others.
      let top = -1;
      for (let k = a; k < b; k++)
        if (item[k] === p && (top < 0 || amount[k] >= amount[top])) top = k;
      const count = times[p] - 1;
      if (others.length < count) others = new Float64Array(count * 2);
      let m = 0;
      for (let k = a; k < b; k++) if (item[k] === p && k !== top) others[m++] = amount[k];
      const sorted = others.subarray(0, count).sort();
      const mid = Math.floor((count - 1) / 2);
      const usual = count % 2 === 1 ? sorted[mid] : (sorted[mid] + sorted[mid + 1]) / 2;
      if (tenfoldOfUsual(amount[top], usual)) {
        flagged.push(rows[top]);
        usualOf.push(usual);
      }
    }
  }
  if (flagged.length === 0) return 0;
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
