import type { StoredValue } from "./coerce";
import { fromExcelSerial, toJsDate } from "../../engine/parse/date";

/**
 * The text Excel shows for a value under a number format (Range.text), for the formats the add-in
 * writes: General, "@", dates ("yyyy-mm-dd", with " hh:mm"), fixed decimals, thousands and percent.
 *
 * @example displayText(45723, "yyyy-mm-dd") // "2025-03-07"
 * @example displayText(0.125, "0.0%")       // "12.5%"
 */
export function displayText(value: StoredValue, format: string): string {
  if (value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (format === "General" || format === "@") return general(value);
  if (/y|d/i.test(format) && !/^[#0.,%]+$/.test(format)) return dateText(value, format);
  const percent = format.includes("%");
  const x = percent ? value * 100 : value;
  const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
  let text = Math.abs(x).toFixed(decimals);
  if (format.includes(","))
    text = text.replace(/\B(?=(\d{3})+(?!\d))/g, ",").replace(/(\.\d*?),/g, "$1");
  if (decimals > 0 && format.includes(",")) {
    const [int, frac] = Math.abs(x).toFixed(decimals).split(".");
    text = `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
  }
  return `${x < 0 ? "-" : ""}${text}${percent ? "%" : ""}`;
}

function general(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e11) return String(x);
  const s = String(Number(x.toPrecision(10)));
  return s.length > 11
    ? x
        .toExponential(5)
        .replace(/\.?0+e/, "E")
        .replace("e", "E")
    : s;
}

function dateText(serial: number, format: string): string {
  // Serial 60 is Excel's 1900-02-29, a day that never was (fromExcelSerial: NaN): shown as Excel does.
  const leap = serial >= 60 && serial < 61;
  const iso = toJsDate(fromExcelSerial(leap ? serial - 1 : serial)).toISOString();
  const day = leap ? "1900-02-29" : iso.slice(0, 10);
  return /h/i.test(format) ? `${day} ${iso.slice(11, 16)}` : day;
}
