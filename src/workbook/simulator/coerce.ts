import { MS_PER_DAY, toExcelSerial } from "../../engine/parse/date";
/**
 * What Excel makes of a value written through Range.values, the way it treats typed input: in a
 * cell formatted as text ("@") a string stays as written; otherwise "=…" is a formula, "+…", "-…"
 * and "@…" are formulas unless they are plain numbers, numeric text becomes a number ("00123" →
 * 123, "1,234" → 1234, "12%" → 0.12), ISO dates become serial numbers, TRUE/FALSE booleans, and
 * a leading apostrophe keeps the rest as text. This is why text must be written with format "@".
 */

/** A stored cell constant: undefined is an empty cell. */
export type StoredValue = string | number | boolean | undefined;

export interface Entry {
  /** The constant stored (for a formula: the value it shows). */
  value: StoredValue;
  /** Set when Excel took the input as a formula. */
  formula?: string;
  /** A number format Excel applies on its own (a typed date or percentage in a General cell). */
  format?: string;
}

/** What a formula we do not evaluate shows. */
export const UNEVALUATED = "#NAME?";

// Module-level copies of globals: global lookups are slow in jest's vm contexts; this runs per cell.
const NativeDate = Date;
const NativeNumber = Number;
const NativeString = String;
const { isFinite } = Number;

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/**
 * The entry Excel stores for `input` written into a cell with number format `format`.
 * Returns null for "leave the cell unchanged" (null/undefined/NaN in a values array).
 *
 * @example enterValue("00123", "General") // { value: 123 }
 * @example enterValue("00123", "@")       // { value: "00123" }
 * @example enterValue("=1+1", "General")  // { value: "#NAME?", formula: "=1+1" }
 */
export function enterValue(input: unknown, format: string): Entry | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "number") return isFinite(input) ? { value: input } : null; // JSON null
  if (typeof input === "boolean") return { value: input };
  const text = input instanceof NativeDate ? input.toISOString() : NativeString(input);
  if (text === "") return { value: undefined };
  if (format === "@") return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  const trimmed = text.trim();
  if (PLAIN_NUMBER.test(trimmed)) return { value: NativeNumber(trimmed) };
  const first = text[0];
  if (first === "=") return { value: UNEVALUATED, formula: text };
  if (first === "+" || first === "-" || first === "@")
    return { value: UNEVALUATED, formula: `=${text}` };
  if (THOUSANDS.test(trimmed)) return { value: Number(trimmed.replace(/,/g, "")) };
  const pct = PERCENT.exec(trimmed);
  if (pct) return { value: Number(pct[1]) / 100, format: isGeneral(format) ? "0%" : undefined };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const y = +iso[1];
    const m = +iso[2];
    const d = +iso[3];
    const ms = Date.UTC(y, m - 1, d);
    const check = new Date(ms);
    if (y >= 1900 && check.getUTCMonth() === m - 1 && check.getUTCDate() === d) {
      return {
        value: toExcelSerial(ms / MS_PER_DAY),
        format: isGeneral(format) ? "yyyy-mm-dd" : undefined,
      };
    }
  }
  return { value: text };
}

function isGeneral(format: string): boolean {
  return format === "General" || format === "";
}
