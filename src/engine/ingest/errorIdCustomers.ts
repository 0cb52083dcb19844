import type { Dataset } from "../model";
import type { Finding } from "../quality";
import { sayBoth } from "../words/catalog";
import { isExcelError } from "./rowReader";

/**
 * Points the rows of a customer ID no customer has at the Customers rows whose ID cell is an Excel
 * error (#N/A: a failed lookup), when there are such rows: the missing customer is most likely
 * one of them (reviewer55 R3: CD-004's row read #N/A, and its 23 sales, 2 contacts and a survey
 * each said "add the customer to the Customers sheet", which it already is). The message names
 * the first error row and how many there are; findings alike still share a Data quality row.
 * An ID that is itself an error keeps its own words, and one that is a known customer's but for
 * case, punctuation or leading zeros (CD-10, cd010 for CD-010) its typo words: that is the likelier
 * cause. Returns how many findings were reworded.
 *
 * @example pointAtErrorIds(dataset, findings) // 26 (CD-004's rows, row 5 holding #N/A)
 */
export function pointAtErrorIds(dataset: Dataset, findings: Finding[]): number {
  const source = dataset.sources.customers;
  const header = source?.columns.customerId;
  if (header === undefined) return 0;
  let first: Finding | null = null;
  let rows = 0;
  for (const f of findings) {
    if (f.kind !== "customers" || f.column !== header || !isExcelError(f.value)) continue;
    if (f.code !== "unparseable_value") continue;
    first ??= f;
    rows++;
  }
  if (!first) return 0;
  const known = new Set<string>();
  for (let i = 0; i < dataset.customers.count; i++) known.add(idShape(dataset.customers.id[i]));
  let reworded = 0;
  for (const f of findings) {
    if (f.code !== "unknown_customer" || f.kind === "customers" || isExcelError(f.value)) continue;
    if (known.has(idShape(f.value))) continue;
    f.message = sayBoth("quality", "unknown_customer_error_id", {
      value: f.value,
      row: first.row,
      error: first.value,
      rows,
      letter: source!.columnLetters.customerId ?? "?",
      field: header,
    });
    reworded++;
  }
  return reworded;
}

/** An ID without case, punctuation or leading zeros: CD-010, cd010 and CD-10 alike. */
function idShape(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "")
    .replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, ""));
}
