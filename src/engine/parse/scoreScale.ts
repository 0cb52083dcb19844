/**
 * A header that names a 10-point scale for a satisfaction score (tester54 T3: 满意度(10分制) read
 * as 1–5 refused 18 of 20 answers and read 3/10 as 3/5): 10分制, 十分制, 满分10分, (1-10), （0～10分）,
 * out of 10, /10, 1-10 scale. A range ending in 10 must end there: (1-100) is not one.
 *
 * @example namesTenPointScale("满意度(10分制)") // true
 */
const TEN_POINT =
  /10\s*分制|十分制|满分\s*(10|十)(?!\d)|[（(]\s*[01]\s*[-－–—~～至到]\s*10\s*分?\s*[)）]|\b[01]\s*[-–~]\s*10\b(?!\s*[%\d])|out\s*of\s*10\b|\/\s*10\b(?!\d)/i;

export function namesTenPointScale(header: string): boolean {
  return TEN_POINT.test(header);
}

/**
 * A 0–10 (or 1–10) answer on the 1–5 scale the analysis uses: 1–2 → 1, 3–4 → 2, 5–6 → 3, 7–8 → 4,
 * 9–10 → 5 (0 → 1). For 1–10 this is the linear map 1 + (s − 1) × 4/9, rounded; CSAT's 4–5
 * (DOMAIN §6: the share of 4–5 on 1–5) is then 7–10 out of 10.
 *
 * @example fivePointOf(8) // 4
 */
export function fivePointOf(tenPoint: number): number {
  return Math.max(1, Math.ceil(tenPoint / 2));
}
