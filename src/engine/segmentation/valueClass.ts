/**
 * The 8-class RFM model of Chinese practice (重要价值客户 …): R, F and M each on the good or the
 * bad side of the population reference (mean or median). For R the good side is FEWER days since
 * the last purchase. A customer is on the good side only when strictly better than the reference,
 * so with a median of one purchase "high F" means repeat buyers, not everyone.
 *
 * | R (recent) | F | M    | class (index into VALUE_CLASSES)      |
 * |------------|---|------|---------------------------------------|
 * | good       | ↑ | ↑    | important_value 重要价值客户 (0)      |
 * | good       | ↓ | ↑    | important_development 重要发展客户 (1) |
 * | bad        | ↑ | ↑    | important_retention 重要保持客户 (2)  |
 * | bad        | ↓ | ↑    | important_winback 重要挽留客户 (3)    |
 * | good       | ↑ | ↓    | general_value 一般价值客户 (4)        |
 * | good       | ↓ | ↓    | general_development 一般发展客户 (5)  |
 * | bad        | ↑ | ↓    | general_retention 一般保持客户 (6)    |
 * | bad        | ↓ | ↓    | general_winback 一般挽留客户 (7)      |
 */

/** The reference values the classes compare against. */
export interface ValueClassReference {
  basis: "mean" | "median";
  recencyDays: number;
  frequency: number;
  monetary: number;
}

/**
 * @example valueClassOf(10, 5, 900, { basis: "mean", recencyDays: 30, frequency: 2, monetary: 500 }) // 0
 * @example valueClassOf(200, 1, 50, { basis: "mean", recencyDays: 30, frequency: 2, monetary: 500 }) // 7
 */
export function valueClassOf(
  recencyDays: number,
  frequency: number,
  monetary: number,
  ref: ValueClassReference,
): number {
  const recent = recencyDays < ref.recencyDays;
  const frequent = frequency > ref.frequency;
  const bigSpender = monetary > ref.monetary;
  return (bigSpender ? 0 : 4) + (recent ? (frequent ? 0 : 1) : frequent ? 2 : 3);
}
