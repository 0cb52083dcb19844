/**
 * Readers of the pieces of a worksheet's XML on its bytes: a cell's type, whole numbers, column
 * letters, numbers as Number() reads them, UTF-8 text. Used by the sheet scanner's hot loop (no
 * string is made for anything but text cells).
 */

// Cell types (the t attribute), as small numbers so the hot loop compares integers.
export const T_NUMBER = 0;
export const T_SHARED = 1;
export const T_INLINE = 2;
export const T_STR = 3;
export const T_BOOL = 4;
export const T_ERROR = 5;
export const T_DATE = 6;

/** 10^0 … 10^22: every one exact in a double, so mantissa / 10^k is correctly rounded. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Whether a byte ends an element's name (space, tab, newline, ">" or "/"), so `<row` is not taken
 * for the start of `<rowBreaks`, nor `<c` for `<col`.
 */
export function endsTagName(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** The cell type of a t attribute's bytes: s, n, inlineStr, str, b, e, d. */
export function cellType(b: Uint8Array, from: number, to: number): number {
  const n = to - from;
  const c = b[from];
  if (n === 1) {
    if (c === 115) return T_SHARED; // s
    if (c === 98) return T_BOOL; // b
    if (c === 101) return T_ERROR; // e
    if (c === 100) return T_DATE; // d
    return T_NUMBER; // n (and anything unknown: read as a number, as Excel does)
  }
  if (n === 3 && c === 115) return T_STR; // str
  if (n === 9 && c === 105) return T_INLINE; // inlineStr
  return T_NUMBER;
}

/** A non-negative whole number written in decimal digits, or 0 when there is none. */
export function wholeNumber(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) return i === from ? 0 : n;
    n = n * 10 + d;
  }
  return n;
}

/** The column number of a cell reference's letters ("AB12" → 28), or 0. */
export function columnNumber(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n;
}

/**
 * The number written in b[from, to), as Number() reads it (NaN when it is none, or empty). Plain
 * decimals with up to 15 significant digits take the fast path: the digits as an exact integer
 * divided by an exact power of ten, which IEEE division rounds correctly, so the result is the
 * same double Number() gives. Anything else (exponents, spaces, long mantissas) goes through
 * Number() on the text.
 */
export function numberAt(b: Uint8Array, from: number, to: number): number {
  if (to <= from) return NaN;
  let i = from;
  let negative = false;
  if (b[i] === 45) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0; // significant digits taken into the mantissa
  let scale = 0; // digits after the point
  let point = false;
  let any = false;
  for (; i < to; i++) {
    const c = b[i];
    if (c >= 48 && c <= 57) {
      any = true;
      if (mantissa === 0 && c === 48) {
        if (point) scale++;
        continue; // leading zeros are not significant
      }
      if (++digits > 15) return slowNumber(b, from, to);
      mantissa = mantissa * 10 + (c - 48);
      if (point) scale++;
    } else if (c === 46 && !point) {
      point = true;
    } else {
      return slowNumber(b, from, to);
    }
  }
  if (!any || scale > 22) return slowNumber(b, from, to);
  const n = scale === 0 ? mantissa : mantissa / POW10[scale];
  return negative ? -n : n;
}

function slowNumber(b: Uint8Array, from: number, to: number): number {
  const text = Buffer.from(b.buffer, b.byteOffset + from, to - from).toString("latin1");
  return text.length === 0 ? NaN : Number(text);
}

/** Node's Buffer methods behind toString(encoding, start, end), called without its argument checks. */
interface ByteSlices {
  utf8Slice(start: number, end: number): string;
}

/** The UTF-8 text of b[from, to) (from and to are known to lie inside b). */
export function utf8(b: Buffer, from: number, to: number): string {
  return (b as unknown as ByteSlices).utf8Slice(from, to);
}
