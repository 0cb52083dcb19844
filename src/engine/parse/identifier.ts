import type { Cell } from "../cells";
import { cellText, toHalfWidth } from "./text";

/**
 * A customer id as a join key: `1001`, `"1001"`, ` 1001 `, `1001.0`, `001001` and `１００１` are one
 * customer.
 * Text ids keep their letters (case-folded to upper case); numeric ids lose float noise.
 * Returns "" for a blank cell.
 *
 * @example customerKey(1001) === customerKey(" 1001 ") // true
 */
export function customerKey(value: Cell): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    return Number.isInteger(value) ? String(value) : String(+value.toPrecision(15));
  }
  if (typeof value === "string" && isPlainId(value)) return value;
  // Zero-width spaces and joiners come along with ids copied from web pages and chat apps.
  let text = toHalfWidth(cellText(value)).replace(/[\s\u200b-\u200d\u2060]+/g, "");
  // An all-digit id that Excel stored as a number in one sheet lost its ".0" and leading zeros
  // there; fold the text form the same way so both sheets join.
  if (/^\d+(\.0+)?$/.test(text)) text = text.replace(/\.0+$/, "").replace(/^0+(?=\d)/, "");
  return text.toUpperCase();
}

/**
 * True for an id that is already its own key: upper-case ASCII letters, digits, "-" and "_", and not
 * an all-digit id with a leading zero. Ingest meets millions of these; they skip the folding.
 */
function isPlainId(text: string): boolean {
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
  return letters || text.charCodeAt(0) !== 48 || n === 1;
}
