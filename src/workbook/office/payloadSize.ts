/**
 * Excel's payload limits and the size of the JSON that Excel on the web sends for a request or a
 * response, in UTF-8 bytes, computed without building the JSON text. The Office.js adapter plans
 * its chunks with it; the simulator enforces the limits with it.
 */

// Module-level copies of globals: global lookups are slow in some sandboxes (jest's vm contexts),
// and these run once per cell.
const { isArray } = Array;
const { isFinite, isInteger } = Number;
const { abs, floor, max, round } = Math;
const NativeDate = Date;

/** Excel on the web: 5 MB per request and per response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** All platforms: a range read is capped at 5,000,000 cells. */
export const READ_CELL_LIMIT = 5_000_000;

/**
 * UTF-8 bytes of a string as a JSON string literal (quotes and escapes included).
 *
 * @example stringBytes("中a") // 6
 */
export function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += c === 10 || c === 13 || c === 9 || c === 8 || c === 12 ? 2 : 6;
    else if (c === 34 || c === 92) n += 2;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

function integerDigits(a: number): number {
  let n = 1;
  while (a >= 10) {
    a = floor(a / 10);
    n++;
  }
  return n;
}

const SCALES = [10, 100, 1000, 10000];

function numberBytes(x: number): number {
  if (!isFinite(x)) return 4; // JSON null
  const sign = x < 0 ? 1 : 0;
  if (isInteger(x) && abs(x) < 1e15) return sign + integerDigits(abs(x));
  // Money and rates have a few decimals: k / 10^d is then exactly x, and String(x) has d decimals
  // (String(x) is the shortest text that reads back as x). Avoids String(x), slow per cell.
  for (let d = 0; d < SCALES.length; d++) {
    const k = round(x * SCALES[d]);
    if (k / SCALES[d] === x && abs(k) < 1e15) return sign + max(integerDigits(abs(k)), d + 2) + 1;
  }
  return String(x).length;
}

/**
 * UTF-8 bytes of JSON.stringify(value), for the values Excel payloads hold.
 *
 * @example jsonBytes([[1, "ab"], [true, null]]) // JSON '[[1,"ab"],[true,null]]'.length === 23
 */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case "string":
      return stringBytes(value);
    case "number":
      return numberBytes(value);
    case "boolean":
      return value ? 4 : 5;
    case "object": {
      if (isArray(value)) {
        let n = 2 + max(0, value.length - 1);
        for (let i = 0; i < value.length; i++) n += jsonBytes(value[i]);
        return n;
      }
      if (value instanceof NativeDate) return 26;
      let n = 2;
      let first = true;
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === undefined) continue;
        n += (first ? 0 : 1) + stringBytes(k) + 1 + jsonBytes(v);
        first = false;
      }
      return n;
    }
    default:
      return 4;
  }
}
