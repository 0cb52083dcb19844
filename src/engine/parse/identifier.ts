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
  let text = toHalfWidth(cellText(value)).replace(/\s+/g, "");
  // An all-digit id that Excel stored as a number in one sheet lost its ".0" and leading zeros
  // there; fold the text form the same way so both sheets join.
  if (/^\d+(\.0+)?$/.test(text)) text = text.replace(/\.0+$/, "").replace(/^0+(?=\d)/, "");
  return text.toUpperCase();
}
