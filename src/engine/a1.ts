/**
 * Excel's column letters (A1 notation), the one place that turns a column index into letters and
 * back: data-quality findings name cells with them, the adapters write references with them.
 */

/**
 * Column letters of a zero-based column index.
 *
 * @example columnLetters(0) // "A"
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Zero-based column index of column letters (any case).
 *
 * @example columnIndex("AB") // 27
 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
