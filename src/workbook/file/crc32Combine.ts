/**
 * The CRC-32 (zip's, reflected polynomial 0xEDB88320) of A followed by B, from the CRC of A, the
 * CRC of B and B's length: zlib's crc32_combine, written here because Node 20 has zlib.crc32 but
 * no combine. A part deflated in independent pieces on several threads (deflateWorker.ts) gets each
 * piece's CRC from zlib; the part's is combined from them in microseconds, not recomputed over its
 * bytes on the main thread.
 *
 * How (zlib 1.2.12's method): appending len2 bytes to A multiplies A's CRC by x^(8·len2) modulo the
 * polynomial in GF(2), and B's CRC is added (xor). x^(8·len2) is built from a table of x^(2^k).
 */
const POLY = 0xedb88320;

/** a·b modulo the polynomial (reflected: bit 31 is x^0). */
function multModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

/** X2N[k] = x^(2^k) modulo the polynomial. */
const X2N: number[] = (() => {
  const t: number[] = [];
  let p = 0x40000000; // x^1
  for (let k = 0; k < 32; k++) {
    t.push(p);
    p = multModP(p, p);
  }
  return t;
})();

/** x^(n·2^k) modulo the polynomial. */
function xToNTimes2ToK(n: number, k: number): number {
  let p = 0x80000000; // x^0
  while (n > 0) {
    if (n % 2 === 1) p = multModP(X2N[k & 31], p);
    n = Math.floor(n / 2);
    k++;
  }
  return p;
}

/**
 * @example crc32Combine(crc32(a), crc32(b), b.length) === crc32(Buffer.concat([a, b]))
 */
export function crc32Combine(crc1: number, crc2: number, length2: number): number {
  return (multModP(xToNTimes2ToK(length2, 3), crc1 >>> 0) ^ crc2) >>> 0;
}
