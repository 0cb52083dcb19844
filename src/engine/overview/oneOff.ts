import type { SegmentationMeasures } from "../aggregate/customerSummary";
import { median } from "../segmentation/quantiles";

/**
 * Whether the business's customers mostly buy once (a renovation, a wedding, a house), read from
 * the data: then a past client who did not buy again is a past client, not a lost one, and the
 * Overview's churn rate counts only the customers who left (overview/kpis.ts; tester61 U116: a
 * renovation company read churn 50 %, its finished, satisfied clients "lost").
 *
 * Of the buyers whose first purchase is at least ONE_OFF_AGE_DAYS old (a year to come back in),
 * at least ONE_OFF_MIN_BUYERS, the share who bought on one day (purchase days with spend: a ¥0
 * revisit and an order's later installments are no second purchase, customerSummary.ts) is
 * ONE_OFF_SHARE or more, and those who did come back took ONE_OFF_REPEAT_GAP_DAYS or more between
 * purchases (the median of their mean gaps). A store whose one-time buyers are a half (CDNOW: 51 %
 * of 23,570 over 18 months, its repeaters' median gap 82 days) is no such business: it wins them
 * back. Constants of the reading like changes/direction.ts PROBABILITY_AGAINST, not rule-set
 * settings (a new setting would change every rule set's hash).
 */
export const ONE_OFF_AGE_DAYS = 365;
export const ONE_OFF_MIN_BUYERS = 5;
export const ONE_OFF_SHARE = 0.75;
export const ONE_OFF_REPEAT_GAP_DAYS = 180;
/**
 * A yearly service (a tax filing, an annual inspection) is no one-off business: its returners come
 * back about a year apart, ONE_OFF_YEARLY_MIN_RETURNERS or more of them and ONE_OFF_YEARLY_SHARE of
 * the returners with a mean gap in [ONE_OFF_YEARLY_DAYS]; the others are lost (reviewer62 R11: a
 * 个税汇算 service, 75 % filed once, read churn 0 %). A renovation firm's few returners are irregular.
 */
export const ONE_OFF_YEARLY_DAYS: readonly [number, number] = [300, 430];
export const ONE_OFF_YEARLY_MIN_RETURNERS = 3;
export const ONE_OFF_YEARLY_SHARE = 0.6;

/** What oneOffBusiness read: the reading and the figures the Overview quotes. */
export interface OneOffReading {
  kind: "repeat" | "one_off";
  /** Buyers whose first purchase is ONE_OFF_AGE_DAYS old or more. */
  buyers: number;
  /** Of them, those who bought on one day only. */
  once: number;
  /** The median mean gap (days) between purchases of those who came back; NaN none. */
  repeatGapDays: number;
}

/**
 * The business's reading (OneOffReading). Without the measures (an older caller): "repeat".
 *
 * @example oneOffBusiness(summary.segmentation, asOf).kind // "one_off": 5 of 6 clients bought once
 */
export function oneOffBusiness(
  m: Pick<SegmentationMeasures, "spendDays" | "spendFirst" | "spendLast"> | undefined,
  asOf: number,
): OneOffReading {
  let buyers = 0;
  let once = 0;
  const gaps: number[] = [];
  const n = m?.spendDays.length ?? 0;
  for (let c = 0; c < n; c++) {
    const days = m!.spendDays[c];
    const first = m!.spendFirst[c];
    if (days < 1 || !(asOf - first >= ONE_OFF_AGE_DAYS)) continue;
    buyers++;
    if (days === 1) once++;
    else gaps.push((m!.spendLast[c] - first) / (days - 1));
  }
  const repeatGapDays = median(Float64Array.from(gaps));
  const [yearFrom, yearTo] = ONE_OFF_YEARLY_DAYS;
  const yearly = gaps.filter((g) => g >= yearFrom && g <= yearTo).length;
  const yearlyService =
    yearly >= ONE_OFF_YEARLY_MIN_RETURNERS && yearly >= ONE_OFF_YEARLY_SHARE * gaps.length;
  const oneOff =
    !yearlyService &&
    buyers >= ONE_OFF_MIN_BUYERS &&
    once >= ONE_OFF_SHARE * buyers &&
    !(repeatGapDays < ONE_OFF_REPEAT_GAP_DAYS);
  return { kind: oneOff ? "one_off" : "repeat", buyers, once, repeatGapDays };
}
