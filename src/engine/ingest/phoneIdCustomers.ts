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
  return pointAtOwnValues(dataset, findings, {
    column: dataset.sources.customers?.columns.phone,
    texts: dataset.customers.phone,
    keyOf: normalisePhone,
    typed: (value) => PHONE_SHAPE.test(value),
    code: "unknown_customer_phone",
    param: "phoneColumn",
  });
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
  return pointAtOwnValues(dataset, findings, {
    column: dataset.sources.customers?.columns.name,
    texts: dataset.customers.name,
    keyOf: (text) => text.trim(),
    typed: () => true,
    code: "unknown_customer_name",
    param: "nameColumn",
  });
}

/** What a customer's own value typed as her ID is read by (pointAtPhoneIds, pointAtNameIds). */
interface OwnValue {
  /** The Customers column holding it (undefined: none, nothing reworded). */
  column: string | undefined;
  texts: readonly string[];
  /** The value as compared ("" none). */
  keyOf: (text: string) => string;
  /** Whether an unknown ID is written as such a value at all (a phone's shape). */
  typed: (value: string) => boolean;
  code: "unknown_customer_phone" | "unknown_customer_name";
  /** The message's placeholder for the column. */
  param: "phoneColumn" | "nameColumn";
}

/**
 * Rewords each unknown_customer finding whose ID is exactly one customer's own value (her phone,
 * her name): which customer, and to write her ID instead. Returns how many were reworded.
 */
function pointAtOwnValues(dataset: Dataset, findings: Finding[], own: OwnValue): number {
  const { column, keyOf } = own;
  if (column === undefined) return 0;
  let byKey: Map<string, number> | null = null;
  let reworded = 0;
  for (const f of findings) {
    if (f.code !== "unknown_customer" || f.kind === "customers" || !own.typed(f.value)) continue;
    const key = keyOf(f.value);
    if (key === "") continue;
    byKey ??= uniqueIndex(own.texts, keyOf);
    const i = byKey.get(key);
    if (i === undefined || i < 0) continue;
    const id = dataset.customers.id[i];
    f.message = sayBoth("quality", own.code, {
      value: f.value,
      id,
      [own.param]: column,
      field: dataset.sources.customers!.columns.customerId ?? "",
    });
    reworded++;
  }
  return reworded;
}

/** Each customer's value as compared → its index, -1 when two customers have it. */
function uniqueIndex(
  texts: readonly string[],
  keyOf: (text: string) => string,
): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < texts.length; i++) {
    const key = keyOf(texts[i] ?? "");
    if (key !== "") out.set(key, out.has(key) ? -1 : i);
  }
  return out;
}
