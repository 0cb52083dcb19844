import type { Dataset } from "../model";
import type { Finding } from "../quality";
import { sayBoth } from "../words/catalog";
import { normalisePhone } from "./duplicateKeys";

/** A phone typed as an ID: digits and the marks phones are written with, 7 digits or more. */
const PHONE_SHAPE = /^\+?[\d\s\-()]{7,}$/;

/**
 * Rewords the rows of a customer ID no customer has that is one customer's phone number on the
 * Customers sheet: which customer, and to write its ID instead (tester57 U52: a gym's renewals with
 * the member's 手机号 typed in 会员卡号 said only "not on the Customers sheet"). The row stays not
 * used: a phone shared by two customers, or none, keeps the usual words. Returns how many findings
 * were reworded.
 *
 * @example pointAtPhoneIds(dataset, findings) // 3 (15844639621 is QZ001's phone)
 */
export function pointAtPhoneIds(dataset: Dataset, findings: Finding[]): number {
  const source = dataset.sources.customers;
  const phoneColumn = source?.columns.phone;
  if (phoneColumn === undefined) return 0;
  let byPhone: Map<string, number> | null = null;
  let reworded = 0;
  for (const f of findings) {
    if (f.code !== "unknown_customer" || f.kind === "customers" || !PHONE_SHAPE.test(f.value))
      continue;
    const phone = normalisePhone(f.value);
    if (phone === "") continue;
    byPhone ??= phones(dataset.customers.phone);
    const i = byPhone.get(phone);
    if (i === undefined || i < 0) continue;
    const id = dataset.customers.id[i];
    f.message = sayBoth("quality", "unknown_customer_phone", {
      value: f.value,
      id,
      phoneColumn,
      field: source!.columns.customerId ?? "",
    });
    reworded++;
  }
  return reworded;
}

/** Each customer's normalised phone → its index, -1 when two customers have it. */
function phones(texts: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < texts.length; i++) {
    const phone = normalisePhone(texts[i] ?? "");
    if (phone !== "") out.set(phone, out.has(phone) ? -1 : i);
  }
  return out;
}
