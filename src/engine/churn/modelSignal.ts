import type { CustomerSummary } from "../aggregate/customerSummary";
import type { CustomerModel } from "../clv/customerModel";

/**
 * The repeat-purchase model's probability of no purchase in the next `horizonDays` after the
 * analysis date, per customer (NaN where the model does not apply). For the BG/NBD a customer
 * alive at T with x repeat purchases has purchase rate λ ~ Gamma(r + x, α + T) and cannot die
 * without purchasing, so P(none in t) = (1 − P(alive)) + P(alive) × ((α + T)/(α + T + t))^(r + x).
 *
 * @example noPurchaseProbability(model, summary, asOf, 90)[0] // e.g. 0.83
 */
export function noPurchaseProbability(
  model: CustomerModel,
  summary: CustomerSummary,
  asOf: number,
  horizonDays: number,
): Float64Array | null {
  const fit = model.bgnbd;
  if (!fit) return null;
  const n = model.pAlive.length;
  const out = new Float64Array(n).fill(NaN);
  const unit = model.timeUnitDays;
  const t = horizonDays / unit;
  const m = summary.model;
  for (let c = 0; c < n; c++) {
    const pa = model.pAlive[c];
    if (!(pa === pa) || m.purchaseDays[c] === 0) continue;
    const x = m.purchaseDays[c] - 1;
    const T = (asOf - m.firstDay[c]) / unit;
    const none = Math.pow((fit.alpha + T) / (fit.alpha + T + t), fit.r + x);
    out[c] = 1 - pa + pa * none;
  }
  return out;
}
