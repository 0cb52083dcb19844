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
  // times her least can have such a row, and only her rows are sorted (a few of a million).
  const least = new Float64Array(n).fill(Infinity);
  const most = new Float64Array(n);
  for (let r = 0; r < t.count; r++) {
    const c = t.customer[r];
    const a = t.amount[r];
    if (c < 0 || c >= n || t.product[r] < 0 || !(a > 0)) continue;
    if (a < least[c]) least[c] = a;
    if (a > most[c]) most[c] = a;
  }
  // The rows of those customers, by a counting sort: no comparison per row.
  const start = new Int32Array(n + 1);
  for (let r = 0; r < t.count; r++) {
    const c = t.customer[r];
    if (c >= 0 && c < n && t.product[r] >= 0 && t.amount[r] > 0) start[c + 1]++;
  }
  for (let c = 0; c < n; c++) if (!(most[c] >= AMOUNT_FAR_ABOVE_USUAL * least[c])) start[c + 1] = 0;
  for (let c = 0; c < n; c++) start[c + 1] += start[c];
  const rows = new Int32Array(start[n]);
  const fill = start.slice(0, n);
  for (let r = 0; r < t.count; r++) {
    const c = t.customer[r];
    if (c >= 0 && c < n && t.product[r] >= 0 && t.amount[r] > 0 && fill[c] < start[c + 1])
      rows[fill[c]++] = r;
  }
  const flagged: number[] = [];
  const usualOf: number[] = [];
  for (let c = 0; c < n; c++) {
    const a = start[c];
    const b = start[c + 1];
    if (b - a <= LEAST_OTHERS) continue;
    // Her rows by item, then amount: each item's run is sorted, its median read off it.
    const mine = Array.from(rows.subarray(a, b)).sort(
      (x, y) => t.product[x] - t.product[y] || t.amount[x] - t.amount[y],
    );
    for (let i = 0; i < mine.length;) {
      let j = i + 1;
      while (j < mine.length && t.product[mine[j]] === t.product[mine[i]]) j++;
      // Only the largest can stand far above the others: judged against the rest's median.
      const others = j - i - 1;
      if (others >= LEAST_OTHERS) {
        const top = mine[j - 1];
        const mid = i + Math.floor((others - 1) / 2);
        const usual =
          others % 2 === 1
            ? t.amount[mine[mid]]
            : (t.amount[mine[mid]] + t.amount[mine[mid + 1]]) / 2;
        if (tenfoldOfUsual(t.amount[top], usual)) {
          flagged.push(top);
          usualOf.push(usual);
        }
      }
      i = j;
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
