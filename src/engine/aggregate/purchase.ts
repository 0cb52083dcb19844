/**
 * Whether a transaction line is a return rather than a purchase: the one owner of that rule (the
 * customer summary, the segmentation, the Overview, the model's purchase days and a refresh's
 * snapshot all ask here).
 *
 * A return is a line whose amount carries a minus sign: a negative amount, and `-0.00` too (a
 * refund or cancellation line of nothing, tester52 M8: a `-0.00` line counted as a purchase and
 * made a customer silent for 702 days "won back"). A return lowers spend (net) but is no purchase:
 * it sets no purchase date, adds no purchase day and wins no customer back. A plain zero (a free
 * gift, a fully discounted order) stays a purchase with no spend (issue 9: CDNOW's published fit
 * counts them), and so does an unknown (NaN) amount where a caller keeps one.
 *
 * @example isReturn(-5) // true
 * @example isReturn(-0) // true
 * @example isReturn(0) // false
 */
export function isReturn(amount: number): boolean {
  return amount < 0 || (amount === 0 && 1 / amount < 0);
}
