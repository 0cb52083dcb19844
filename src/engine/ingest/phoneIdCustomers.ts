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

/**
 * Rewords the rows of a customer ID no customer has that is exactly one customer's name on the
 * Customers sheet (tester69 U514: a front desk typed 学员姓名 “邓明轩” in 消课记录's 学号 on 746 rows,
 * told "请在客户表中补上该客户" though she is there): which customer, and to write its ID instead.
 * The row stays not used (a name is no key: two students may share it); a name two customers
 * share, or none has, keeps the usual words. Returns how many findings were reworded.
 *
 * @example pointAtNameIds(dataset, findings) // 746 (“邓明轩” is QH2520's name)
 */
export function pointAtNameIds(dataset: Dataset, findings: Finding[]): number {
  const source = dataset.sources.customers;
  const nameColumn = source?.columns.name;
  if (nameColumn === undefined) return 0;
  let byName: Map<string, number> | null = null;
  let reworded = 0;
  for (const f of findings) {
    if (f.code !== "unknown_customer" || f.kind === "customers") continue;
    const name = f.value.trim();
    if (name === "") continue;
    byName ??= names(dataset.customers.name);
    const i = byName.get(name);
    if (i === undefined || i < 0) continue;
    const id = dataset.customers.id[i];
    f.message = sayBoth("quality", "unknown_customer_name", {
      value: f.value,
      id,
      nameColumn,
      field: source!.columns.customerId ?? "",
    });
    reworded++;
  }
  return reworded;
}

/** Each customer's name (trimmed) → its index, -1 when two customers have it. */
function names(texts: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < texts.length; i++) {
    const name = (texts[i] ?? "").trim();
    if (name !== "") out.set(name, out.has(name) ? -1 : i);
  }
  return out;
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
