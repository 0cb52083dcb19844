import type { Cell } from "../cells";
import { cellText, toHalfWidth } from "./text";

/**
 * A customer id as a join key: `1001`, `"1001"`, ` 1001 `, `1001.0`, `001001` and `１００１` are one
 * customer.
 * Text ids keep their letters (case-folded to upper case); numeric ids lose float noise.
 * Returns "" for a blank cell.
 *
 * Leading zeros are dropped because Excel drops them from an id it stores as a number (`001001` typed
 * in one sheet is 1001 in another). A Customers sheet whose own ids differ only by leading zeros holds
 * different customers: ingest tells them apart by exactCustomerKey (ingest/builders.ts, zero twins).
 *
 * @example customerKey(1001) === customerKey(" 1001 ") // true
 */
export function customerKey(value: Cell): string {
  if (typeof value === "number") return numberKey(value);
  if (typeof value === "string" && isPlainId(value)) return value;
  return withoutLeadingZeros(spelledKey(value));
}

/**
 * customerKey keeping an all-digit id's leading zeros: `"001"`, `"01"` and `1` are three keys;
 * spacing, width, case and a `.0` are still folded. How ids that fold to one customerKey are told apart.
 *
 * @example exactCustomerKey(" ００１ ") // "001"
 */
export function exactCustomerKey(value: Cell): string {
  if (typeof value === "number") return numberKey(value);
  if (typeof value === "string" && isPlainId(value, true)) return value;
  return spelledKey(value);
}

/**
 * An exact key (exactCustomerKey) without an all-digit id's leading zeros: its customerKey.
 *
 * @example withoutLeadingZeros("00123") // "123"
 */
export function withoutLeadingZeros(key: string): string {
  return key.length > 1 && key.charCodeAt(0) === 48 && /^\d+$/.test(key)
    ? key.replace(/^0+(?=\d)/, "")
    : key;
}

function numberKey(value: number): string {
  if (!Number.isFinite(value)) return "";
  return Number.isInteger(value) ? String(value) : String(+value.toPrecision(15));
}

/** The id's text, half-width, without spaces, upper case, an all-digit id without its ".0". */
function spelledKey(value: Cell): string {
  // Zero-width spaces and joiners come along with ids copied from web pages and chat apps.
  const text = toHalfWidth(cellText(value)).replace(/[\s\u200b-\u200d\u2060]+/g, "");
  // An all-digit id that Excel stored as a number in one sheet lost its ".0" there.
  if (/^\d+\.0+$/.test(text)) return text.replace(/\.0+$/, "");
  return text.toUpperCase();
}

/**
 * True for an id that is already its own key: upper-case ASCII letters, digits, "-" and "_", and
 * (unless `zeros`) not an all-digit id with a leading zero. Ingest meets millions of these; they
 * skip the folding.
 */
function isPlainId(text: string, zeros = false): boolean {
  const n = text.length;
  if (n === 0 || n > 64) return false;
  let letters = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue; // 0-9
    if ((c >= 65 && c <= 90) || c === 45 || c === 95) {
      letters = true; // A-Z - _
      continue;
    }
    return false;
  }
  return zeros || letters || text.charCodeAt(0) !== 48 || n === 1;
}
