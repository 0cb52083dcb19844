import { medianInPlace } from "../lifecycle/rhythm";

/**
 * How many times the usual order a customer's one order is, at least, to be an occasion order
 * (occasionOnce): a wedding cake and dessert table of $1,045–1,838 at a bakery whose customers'
 * usual order is $26 (tester67 U310: 40–70 times); the bakery's one-time retail buyers ($9–58) and
 * holiday buyers (to $98) stay well under it, and so would a year's package bought once where a
 * month's is the usual (12 times).
 */
export const OCCASION_ORDER_TIMES = 20;

/**
 * 1 for a customer who bought on one day only an order at least OCCASION_ORDER_TIMES the usual
 * order (the median of the repeat buyers' spend per day with spend): an occasion (a wedding, an
 * event), not a regular who stopped. Her one purchase is compared with no gap of the regulars' (the
 * churn reason says what she is: churn/assess.ts) and she is a past client, with no retention or
 * win-back call (followUp/retention.ts Rhythm.pastClient 2; tester67 U310: four wedding customers
 * had urgent win-back calls, "overdue by 173 days against the usual gap between purchases (7 days,
 * all customers)"). A customer read by her visits is not (her visits say whether she comes).
 * Nor is one whose order (`age.spendLast`, her one day of spend) is younger than `age.minDays` on
 * `age.asOf` (classify.ts: overdueFactor × the customers' usual gap, when a regular is overdue):
 * until then no one knows it is no regular's first order (reviewer69 M10: a new café's first
 * standing order of $800, 12 days ago at a bakery of weekly $26 regulars, read "a wedding, an
 * event"). Undefined when nobody is, or where fewer than 10 customers bought twice.
 *
 * @example occasionOnce(Int32Array.of(1, 5, 5), Float64Array.of(1500, 150, 100)) // undefined (too few)
 */
export function occasionOnce(
  spendDays: ArrayLike<number>,
  netSpend: ArrayLike<number>,
  byVisits?: ArrayLike<number>,
  age?: { spendLast: ArrayLike<number>; asOf: number; minDays: number },
): Uint8Array | undefined {
  const n = spendDays.length;
  const perDay = new Float64Array(n);
  let repeat = 0;
  let once = 0;
  for (let c = 0; c < n; c++) {
    const days = spendDays[c];
    if (days >= 2 && netSpend[c] > 0) perDay[repeat++] = netSpend[c] / days;
    else if (days === 1) once++;
  }
  if (repeat < 10 || once === 0) return undefined;
  const usual = medianInPlace(perDay, repeat);
  if (!(usual > 0)) return undefined;
  let out: Uint8Array | undefined;
  for (let c = 0; c < n; c++)
    if (
      spendDays[c] === 1 &&
      netSpend[c] >= OCCASION_ORDER_TIMES * usual &&
      !(byVisits !== undefined && byVisits[c] === 1) &&
      !(age !== undefined && !(age.asOf - age.spendLast[c] >= age.minDays))
    )
      (out ??= new Uint8Array(n))[c] = 1;
  return out;
}
