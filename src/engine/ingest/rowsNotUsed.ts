import { isBlank, type Cell } from "../cells";
import type { Dataset } from "../model";
import { monthDayNumber, typedDateProblem } from "../parse/date";
import { customerKey } from "../parse/identifier";
import { cellText } from "../parse/text";
import type { Finding } from "../quality";
import { sayBoth } from "../words/catalog";
import type { CustomerIndex } from "./builders";
import { foldName } from "./duplicateKeys";
import type { RowReader } from "./rowReader";
import { rowPlace } from "./sheetParts";

/**
 * Transaction rows not used that still say whose they are: a customer's payment dated `9月1日` (no
 * year) or with an unreadable amount, or a row with the customer's name and no ID. Said where the
 * customer is listed, not only on the Data quality tab (tester56 U26: a student's latest payment
 * dropped, the student #1 at risk), and a name-only row hints the ID (tester55 U17).
 */

/**
 * Why the row was not used: a date with no year, another date, the amount, an amount no purchase
 * can be (quality.ts implausibleAmount), no customer ID.
 */
export type NotUsedWhy = "noYear" | "date" | "amount" | "implausibleAmount" | "noId";

/** A transaction row not used, as its builder saw it (kept only for such rows: few). */
export interface NotUsedRow {
  /** The row number as Excel shows it. */
  row: number;
  why: NotUsedWhy;
  /** The customer ID cell's text ("" for noId). */
  id: string;
  /** noId: the row's other text cells, one of which may be a customer's name. */
  texts?: string[];
  /** noYear: the row's amount, when read (the money left out for want of a year is said). */
  amount?: number;
}

/** A not-used row matched to a customer (dataset.rowsNotUsed). */
export interface CustomerRowNotUsed {
  customer: number;
  row: number;
  why: NotUsedWhy;
  /** NotUsedRow.amount. */
  amount?: number;
}

/** Longest text taken as a possible name (a note is not one). */
const NAME_CHARS = 30;

/**
 * The not-used row `r` is on, when its customer is known (`why` its date or amount) or its ID
 * blank (`noId`: its other text cells kept to look for a name once the customers are known).
 * Null for a row of an unknown ID: no customer to tell. `implausible`: its amount was read and is
 * no purchase's (a phone number).
 */
export function notUsedRow(
  r: RowReader,
  customerKnown: boolean,
  dayRead: boolean,
  implausible = false,
  amount = NaN,
): NotUsedRow | null {
  const idCell = r.cell("customerId");
  if (!customerKnown) {
    if (!isBlank(idCell)) return null;
    const idColumn = r.columns.customerId;
    const mapped = new Set(Object.values(r.columns));
    const texts: string[] = [];
    for (let c = 0; c < r.width; c++) {
      if (c === idColumn || mapped.has(c)) continue;
      const v = r.cellAt(c);
      if (typeof v !== "string") continue;
      const t = v.trim();
      if (t !== "" && t.length <= NAME_CHARS) texts.push(t);
    }
    return texts.length > 0 ? { row: r.rowNumber, why: "noId", id: "", texts } : null;
  }
  const why: NotUsedWhy = implausible
    ? "implausibleAmount"
    : dayRead
      ? "amount"
      : noYear(r.cell("date"))
        ? "noYear"
        : "date";
  const u: NotUsedRow = { row: r.rowNumber, why, id: cellText(idCell) };
  if (why === "noYear" && !Number.isNaN(amount)) u.amount = amount;
  return u;
}

function noYear(cell: Cell): boolean {
  if (typeof cell === "number") return monthDayNumber(cell)?.ambiguous === false;
  return typeof cell === "string" && typedDateProblem(cell)?.code === "noYear";
}

/**
 * The not-used rows matched to customers: by their ID, or a name-only row by one of its texts that
 * is exactly one customer's name (folded as duplicate names are). A matched name-only row's
 * finding gains the hint "row N names 王小明, customer XY034: fill in the ID" (not counted: the
 * name may be a sibling's, a parent's). Runs only when there are such rows.
 */
export function resolveRowsNotUsed(
  rows: readonly NotUsedRow[],
  dataset: Pick<Dataset, "customers" | "sources">,
  index: CustomerIndex,
  findings: readonly Finding[],
): CustomerRowNotUsed[] {
  const out: CustomerRowNotUsed[] = [];
  let names: Map<string, number> | null = null;
  for (const u of rows) {
    if (u.why !== "noId") {
      const key = customerKey(u.id);
      const c = key === "" ? undefined : index.get(key);
      if (c !== undefined)
        out.push({
          customer: c,
          row: u.row,
          why: u.why,
          ...(u.amount !== undefined && { amount: u.amount }),
        });
      continue;
    }
    names ??= nameIndex(dataset.customers.name);
    const hit = u
      .texts!.map((t) => ({ t, c: names!.get(foldName(t)) ?? -1 }))
      .find((h) => h.c >= 0);
    if (!hit) continue;
    out.push({ customer: hit.c, row: u.row, why: "noId" });
    // A row of a sheet read with others (kept per month) has its finding on that sheet.
    const at = rowPlace(dataset.sources.transactions, u.row);
    const f = findings.find(
      (x) =>
        x.kind === "transactions" &&
        x.row === at.row &&
        (at.sheet === undefined || x.sheet === at.sheet) &&
        x.code === "missing_required",
    );
    if (f) {
      const hint = sayBoth("ingest", "idFromName", {
        name: hit.t,
        id: dataset.customers.id[hit.c],
      });
      f.message = {
        "zh-CN": f.message["zh-CN"] + hint["zh-CN"],
        "en-US": f.message["en-US"] + hint["en-US"],
      };
    }
  }
  return out;
}

/** Folded name → customer, for names exactly one customer has (-1: several). */
function nameIndex(names: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  names.forEach((n, c) => {
    const k = foldName(n);
    if (k === "") return;
    out.set(k, out.has(k) ? -1 : c);
  });
  return out;
}
