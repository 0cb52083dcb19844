/**
 * The digits String(n) prints for a full-precision double (a probability, a fitted value, a CLV:
 * half a million cells of a 100,000-customer workbook), found with exact double arithmetic
 * instead of V8's number-to-string (a third of the sheet writer's number time, measured).
 *
 * String(n) prints the shortest decimal that reads back as n, and of those the closest to n. For
 * 1e-6 ≤ |n| < 1e9 that decimal has at most 17 significant digits, and:
 * - at 15 digits at most one decimal reads back as n (the gap between doubles is under a tenth of
 *   a unit of the 15th digit), so when the nearest 15-digit decimal reads back, it is the answer
 *   once its trailing zeros are dropped (any shorter one is it, zeros appended);
 * - else at 16, then at 17 digits the nearest decimal is the closest; if it does not read back,
 *   no other of that length does (they are farther), and at 17 the nearest always does.
 * "Reads back as n" is |m − n·10^k| < half the gap to n's neighbours (times 10^k), computed
 * exactly: n·10^k as the sum of two doubles (Dekker's product; 10^k is exact for k ≤ 22), the
 * half gap as 2^(e−1)·10^k (exact: 5^k < 2^53). Where the answer is not certain — a distance
 * within a hair of the half gap or of a half unit (ties), n a power of two (its lower gap is
 * half the upper), or outside the range — it returns null and the caller uses String(n).
 */

const SPLITTER = 134217729; // 2^27 + 1, Veltkamp's split of a double into two 26-bit halves
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
const POW10_HI = POW10.map((p) => hiOf(p));
const POW10_LO = POW10.map((p, k) => p - POW10_HI[k]);

function hiOf(a: number): number {
  const c = SPLITTER * a;
  return c - (c - a);
}

/** Scratch for the error term of the last product (no object per call). */
let productError = 0;

/** a·10^k rounded; its exact error (a·10^k − result) left in productError (Dekker, TwoProduct). */
function timesPow10(a: number, k: number): number {
  const p = a * POW10[k];
  const ah = hiOf(a);
  const al = a - ah;
  const bh = POW10_HI[k];
  const bl = POW10_LO[k];
  productError = al * bl - (p - ah * bh - al * bh - ah * bl);
  return p;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
/** Index of the high 32 bits of a double in U32 (little-endian machines: 1). */
const HI = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;

/** Half the gap between a (positive, normal) and its neighbours, or 0 when a is a power of two. */
function halfGap(a: number): number {
  F64[0] = a;
  const high = U32[HI];
  const low = U32[1 - HI];
  if ((high & 0xfffff) === 0 && low === 0) return 0; // a power of two: gaps differ
  // 2^(exponent − 1023 − 53): the biased exponent less 53, no fraction (a ≥ 1e-6: still normal).
  U32[HI] = (((high >>> 20) & 0x7ff) - 53) << 20;
  U32[1 - HI] = 0;
  return F64[0];
}

/** Whether a < 10^e exactly (a positive, −7 ≤ e ≤ 9). */
function below(a: number, e: number): boolean {
  if (e >= 0) return a < POW10[e];
  const p = timesPow10(a, -e);
  return p < 1 || (p === 1 && productError < 0);
}

/** Scratch: the whole number's digits, most significant first. */
const DIGITS = new Uint8Array(24);

/**
 * Writes the text String(a) gives for a positive double 1e-6 ≤ a < 1e9 that is not a whole
 * number into `out` at `at` (ASCII, at most 25 bytes) and returns the position after it, or -1
 * (nothing written) when that text is not certain here.
 *
 * @example const out = new Uint8Array(32); shortestDigits(0.1 + 0.2, out, 0) // 19: "0.30000000000000004"
 */
export function shortestDigits(a: number, out: Uint8Array, at: number): number {
  if (!(a >= 1e-6 && a < 1e9)) return -1;
  const half = halfGap(a);
  if (half === 0) return -1;
  // The decimal exponent, exactly: 10^e ≤ a < 10^(e+1).
  let e = Math.floor(Math.log10(a));
  if (below(a, e)) e--;
  else if (!below(a, e + 1)) e++;
  for (let digits = 15; digits <= 17; digits++) {
    const k = digits - 1 - e; // decimals: 6 (a ≥ 1e8, 15 digits) … 22 (a < 1e-5, 17 digits)
    if (k > 22 || k < 0) return -1;
    const p = timesPow10(a, k);
    const m0 = Math.round(p);
    // x = a·10^k = p + productError exactly; t ≈ x − m0 (p − m0 is exact).
    const t = p - m0 + productError;
    const r = Math.round(t);
    const off = t - r; // ≈ x − m, m = m0 + r the nearest whole number to x
    const distance = off < 0 ? -off : off;
    if (distance > 0.5 - 1e-6) return -1; // a tie, or too close to call
    const w = half * POW10[k];
    if (Math.abs(distance - w) <= 1e-9 * w + 1e-12) return -1; // on the edge: too close to call
    if (distance > w) continue; // no decimal of this length reads back as a
    // m = m0 + r, below 10^17 + 10: as hi·10^8 + lo (hi·10^8 is exact: hi·5^8 < 2^53).
    let hi = Math.floor(m0 / 1e8);
    let lo = m0 - hi * 1e8 + r;
    while (lo < 0) {
      lo += 1e8;
      hi--;
    }
    while (lo >= 1e8) {
      lo -= 1e8;
      hi++;
    }
    // The digits of m, right to left: lo's eight (zero-padded when hi has any), then hi's.
    let q = 24;
    if (hi > 0) {
      for (let i = 0; i < 8; i++) {
        const next = Math.floor(lo / 10);
        DIGITS[--q] = lo - next * 10;
        lo = next;
      }
      lo = hi;
    }
    do {
      const next = Math.floor(lo / 10);
      DIGITS[--q] = lo - next * 10;
      lo = next;
    } while (lo > 0);
    // Drop the fraction's trailing zeros; m·10^-k is not whole (a is not), so some stay.
    let end = 24;
    let decimals = k;
    while (decimals > 0 && DIGITS[end - 1] === 0) {
      end--;
      decimals--;
    }
    const count = end - q;
    let o = at;
    const whole = count - decimals;
    if (whole > 0) {
      for (let i = 0; i < whole; i++) out[o++] = 48 + DIGITS[q + i];
      out[o++] = 46;
      for (let i = whole; i < count; i++) out[o++] = 48 + DIGITS[q + i];
    } else {
      out[o++] = 48;
      out[o++] = 46;
      for (let i = whole; i < 0; i++) out[o++] = 48;
      for (let i = 0; i < count; i++) out[o++] = 48 + DIGITS[q + i];
    }
    return o;
  }
  return -1;
}
