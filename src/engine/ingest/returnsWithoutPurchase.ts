import type { Dataset } from "../model";
import { QUALITY_CODES, qualityMessage, type Finding, type QualityCode } from "../quality";
import { SHEETS } from "../schema";
import { toCents } from "../cents";
import { isReturn } from "../aggregate/purchase";
import { formatNumber, type WordParams } from "../words/format";
import type { FindingPlace } from "./afterAsOf";
import { rowPlace } from "./sheetParts";

/** A cent of rounding is no excess. */
const EXCESS = 0.005;
/** The return rows a `returns_exceed_purchases` message names before "…". */
const ROWS_NAMED = 12;

/**
 * An amount the messages name besides the cell's own (purchases, a total of returns, the net): to
 * the cent and grouped, as the other figures read: 3638.24 → "3,638.24". One text for both
 * messages: zh-CN and en-US group and mark decimals alike.
 */
const money = (x: number): string => formatNumber(toCents(x), "en-US");

/**
 * Returns (isReturn: a negative amount, or -0) larger than everything their customer bought in
 * the data: `return_exceeds_purchases` (tester43 #3: one typo'd −99,999,999 of a customer who had bought
 * 3,638.24 in all passed with no finding and turned the revenue to −98,146,508.61 and every share
 * on the Overview meaningless), counted as they are, as below. And returns of customers with no
 * purchase in the data: each row a
 * `return_without_purchase` warning naming its sheet, row and amount column (tester10 #9, stop 34:
 * a −300 return of a customer with no purchase passed as "no problems" and showed a 12-month spend
 * of −300).
 *
 * And customers whose returns together exceed everything they bought though no single one does:
 * one `returns_exceed_purchases` finding per customer, on the row where their returns (in row
 * order) first pass their purchases, naming every return row of theirs (review 44: three returns of
 * 400 against 1,000 bought passed with no finding, and the customer's spend read −200). Measured
 * against the customer's purchases over the whole data, as the single-return check is, not as a
 * running balance by date: a running balance flags every return of a purchase made before the data
 * starts (an export from 1 January) as soon as it comes before the customer's next purchase, a
 * routine return; the total is what turns the customer's spend and the revenue negative, which is
 * what the analyst has to know.
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
  // Each customer's purchases and returns in the data, summed. Which lines are returns is
  // isReturn's (-0 is one, of nothing). What is checked is money: a customer whose purchases are
  // all 0 lines (a gift, issue 9: a purchase with no spend) bought nothing a return could undo, so
  // its return is "without purchase" (no positive amount, as the words say), not "more than 0.00".
  const bought = new Float64Array(dataset.customers.count);
  const returned = new Float64Array(dataset.customers.count);
  // The return rows, in row order: the checks below look at them alone (a million rows at 100k
  // customers, a few returns: two more passes over every row cost ~15 ms, stop 50).
  const returnRows: number[] = [];
  for (let r = 0; r < t.count; r++) {
    const a = t.amount[r];
    const c = t.customer[r];
    if (c < 0) continue;
    if (isReturn(a)) {
      returned[c] -= a;
      returnRows.push(r);
    } else if (a > 0) bought[c] += a;
  }
  if (returnRows.length === 0) return 0;
  const source = dataset.sources.transactions;
  const sheet = source?.sheetName ?? SHEETS.transactions.label["en-US"];
  const column = source?.columns.amount ?? "";
  const file = place.fileOf?.(sheet);
  const out: Finding[] = [];
  const finding = (
    sourceRow: number,
    code: QualityCode,
    value: string,
    params: WordParams,
  ): void => {
    // A row of a sheet read with others (kept per month: sheetParts.ts) is said on its own sheet.
    const at = rowPlace(source, sourceRow);
    const f: Finding = {
      sheet: at.sheet ?? sheet,
      kind: "transactions",
      row: at.row,
      column,
      code,
      severity: QUALITY_CODES[code],
      value,
      message: qualityMessage(code, { value, ...params }),
    };
    if (file) f.file = file;
    if (place.sheetsAreFiles) f.sheetIsFile = true;
    out.push(f);
  };
  // Customers with a return above everything they bought: said on that row, not again in total.
  const saidAlone = new Uint8Array(dataset.customers.count);
  for (const r of returnRows) {
    const c = t.customer[r];
    const a = t.amount[r];
    // A cent of rounding is no excess; a return above everything bought is (tester43 #3), so is
    // any return of a customer who bought nothing, but one of nothing (-0: no money moved; its own
    // zero_return note names the row).
    if (c < 0 || (bought[c] > 0 ? -a <= bought[c] + EXCESS : a === 0)) continue;
    saidAlone[c] = 1;
    const code = bought[c] > 0 ? "return_exceeds_purchases" : "return_without_purchase";
    finding(t.sourceRow[r], code, String(a), {
      id: dataset.customers.id[c],
      purchases: money(bought[c]),
    });
  }
  // Returns that exceed the purchases only together (review 44): one finding per customer.
  const together: number[][] = [];
  for (const r of returnRows) {
    const c = t.customer[r];
    // A return of nothing (-0) adds nothing to the total: not listed among those that do.
    if (c < 0 || saidAlone[c] || t.amount[r] === 0 || !(returned[c] > bought[c] + EXCESS)) continue;
    (together[c] ??= []).push(r);
  }
  together.forEach((rows, c) => {
    // The finding sits on the return that takes the customer's returns past their purchases.
    let sum = 0;
    let at = rows[rows.length - 1];
    for (const r of rows) {
      sum -= t.amount[r];
      if (sum > bought[c] + EXCESS) {
        at = r;
        break;
      }
    }
    const excel = rows.map((r) => rowPlace(source, t.sourceRow[r]).row);
    const shown = excel.length > ROWS_NAMED ? excel.slice(0, ROWS_NAMED) : excel;
    const more = excel.length > ROWS_NAMED ? "…" : "";
    // The value is the cell's own amount, as every finding's is (the Data quality tab shows it
    // beside the row and column, where the user checks it); the customer's total is in the words
    // (reviewer44 D9: the value read -1200 at a cell holding -400).
    finding(t.sourceRow[at], "returns_exceed_purchases", String(t.amount[at]), {
      id: dataset.customers.id[c],
      total: money(-returned[c]),
      purchases: money(bought[c]),
      count: rows.length,
      rows: shown.join(", ") + (more ? ", " + more : ""),
      rowsZh: shown.join("、") + more,
      net: money(bought[c] - returned[c]),
    });
  });
  if (out.length === 0) return 0;
  placeAmongTransactionFindings(findings, out);
  return out.length;
}

/**
 * Puts transaction-row findings made after ingest among the sheet's own findings in row order, so
 * the Data quality tab keeps them together.
 */
export function placeAmongTransactionFindings(findings: Finding[], out: Finding[]): void {
  out.sort((a, b) => a.row - b.row);
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
}
