import { isoDate } from "../parse/date";

/** Days kept in an array (22 years around the first day asked); others in a Map. */
const WINDOW = 1 << 13;
/** jsonDateText's texts by day − first, "" until made (made on the first call). */
let kept: string[] | null = null;
let first = 0;
const others = new Map<number, string>();

/**
 * An epoch day as JSON text for the JSON result: the ISO date quoted ("2025-03-07" with its
 * quotes), null when there is none; each day's text made once. The JSON writes four dates per
 * customer over few distinct days: a Date + toISOString per date was 11% of its writing time at
 * 100,000 customers (profile). Looked up by index in a small dense array, not in a Map (a Map
 * lookup per date: 3%); an array over every day since 1970 cost more to fill (130 ms).
 *
 * @example jsonDateText(epochDay(2025, 3, 7)) // '"2025-03-07"'; jsonDateText(NaN) // "null"
 */
export function jsonDateText(day: number): string {
  if (!Number.isFinite(day)) return "null";
  const whole = Math.floor(day);
  if (kept === null) {
    kept = new Array<string>(WINDOW).fill("");
    first = whole - WINDOW / 2;
  }
  const k = whole - first;
  if (k >= 0 && k < WINDOW) return kept[k] || (kept[k] = `"${isoDate(whole)}"`);
  let text = others.get(whole);
  if (text === undefined) {
    if (others.size >= 1 << 16) others.clear(); // bounded: a day range is rarely this wide
    text = `"${isoDate(whole)}"`;
    others.set(whole, text);
  }
  return text;
}
