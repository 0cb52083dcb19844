import type { Dataset } from "../model";
import { QUALITY_CODES, qualityMessage, type Finding } from "../quality";
import { SHEETS } from "../schema";
import type { FindingPlace } from "./afterAsOf";

/**
 * Returns (negative amounts) larger than everything their customer bought in the data:
 * `return_exceeds_purchases` (tester43 #3: one typo'd −99,999,999 of a customer who had bought
 * 3,638.24 in all passed with no finding and turned the revenue to −98,146,508.61 and every share
 * on the Overview meaningless), counted as they are, as below. And returns of customers with no
 * purchase in the data: each row a
 * `return_without_purchase` warning naming its sheet, row and amount column (tester10 #9, stop 34:
 * a −300 return of a customer with no purchase passed as "no problems" and showed a 12-month spend
 * of −300).
 *
 * The row still counts, as every return does: its money was paid back, so the revenue and the
 * customer's spend still add up to the input's amounts; the purchase it returns is most often
 * before the data starts (an export from 1 January) or under another customer id, which only the
 * user can tell. Dropping it would make the totals disagree with the books without saying why.
 * Run after the customers are final (leaveOutLaterCustomers); returns how many rows it noted.
 *
 * @example reportReturnsWithoutPurchase(dataset, findings, source) // 1 (row 3's −300)
 */
export function reportReturnsWithoutPurchase(
  dataset: Dataset,
  findings: Finding[],
  place: FindingPlace = {},
): number {
  const t = dataset.transactions;
  if (!t || t.count === 0) return 0;
  // Each customer's purchases in the data, summed: 0 is no purchase at all.
  const bought = new Float64Array(dataset.customers.count);
  let returns = 0;
  for (let r = 0; r < t.count; r++) {
    const a = t.amount[r];
    if (a > 0) bought[t.customer[r]] += a;
    else if (a < 0) returns++;
  }
  if (returns === 0) return 0;
  const source = dataset.sources.transactions;
  const sheet = source?.sheetName ?? SHEETS.transactions.label["en-US"];
  const column = source?.columns.amount ?? "";
  const file = place.fileOf?.(sheet);
  const out: Finding[] = [];
  for (let r = 0; r < t.count; r++) {
    const c = t.customer[r];
    const a = t.amount[r];
    // A cent of rounding is no excess; a return above everything bought is (tester43 #3).
    if (!(a < 0) || c < 0 || (bought[c] > 0 && -a <= bought[c] + 0.005)) continue;
    const value = String(a);
    const code = bought[c] > 0 ? "return_exceeds_purchases" : "return_without_purchase";
    const id = dataset.customers.id[c];
    const purchases = (Math.round(bought[c] * 100) / 100).toLocaleString("en-US");
    const f: Finding = {
      sheet,
      kind: "transactions",
      row: t.sourceRow[r],
      column,
      code,
      severity: QUALITY_CODES[code],
      value,
      message: qualityMessage(code, { value, id, purchases }),
    };
    if (file) f.file = file;
    if (place.sheetsAreFiles) f.sheetIsFile = true;
    out.push(f);
  }
  if (out.length === 0) return 0;
  out.sort((a, b) => a.row - b.row);
  // Among the sheet's own findings in row order, so the Data quality tab keeps them together.
  let last = -1;
  for (let k = 0; k < findings.length; k++) if (findings[k].kind === "transactions") last = k;
  const merged: Finding[] = [];
  let n = 0;
  findings.forEach((f, k) => {
    if (f.kind === "transactions" && f.row > 0)
      while (n < out.length && out[n].row < f.row) merged.push(out[n++]);
    merged.push(f);
    if (k === last) while (n < out.length) merged.push(out[n++]);
  });
  while (n < out.length) merged.push(out[n++]);
  findings.length = 0;
  for (const f of merged) findings.push(f);
  return out.length;
}
