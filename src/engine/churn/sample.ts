import { seededRandom } from "../clv/simulate";
import { LIFECYCLE_STAGES } from "../analysis";
import { STAGE } from "../lifecycle/stage";

/**
 * Which customers churn risk's earlier dates are measured on (churn/risk.ts). Up to
 * SAMPLE_ABOVE buyers: all of them. Above: a seeded sample of SAMPLE_BUYERS buyers, stratified by
 * today's lifecycle stage (systematic within each stage from a seeded offset, so every stage keeps
 * its share to within one customer and the same workbook always gives the same sample).
 *
 * Why these sizes: the earlier dates serve two things. Learning reads at most
 * churn.learning.maxCustomers (50,000) customers eligible one horizon back; about half of all
 * buyers are, so 200,000 buyers keep learning at its cap. The backtest's AUC over the ~95,000
 * scored customers that leaves has a standard error of about 0.002, and the earlier repeat-purchase
 * fits on 200,000 buyers (their only use: one feature) move by a fraction of their own standard
 * errors. Below 300,000 buyers nothing changes (every workbook we ship or test with).
 * Today's customers are all scored with the learned weights, sample or not.
 */
export const SAMPLE_ABOVE = 300_000;
export const SAMPLE_BUYERS = 200_000;
const SEED = 20261201;

export interface EarlierSample {
  /** 1 = measured at the earlier dates. */
  member: Uint8Array;
  /** Buyers sampled, of all buyers (customers with a purchase by today). */
  customers: number;
  of: number;
}

/**
 * The sample, or null when every buyer is measured.
 *
 * @example const s = earlierSample(analysis.lifecycleStage); // null below 300,000 buyers
 */
export function earlierSample(
  stage: Int8Array,
  above = SAMPLE_ABOVE,
  size = SAMPLE_BUYERS,
): EarlierSample | null {
  let buyers = 0;
  for (let c = 0; c < stage.length; c++) if (stage[c] !== STAGE.prospect) buyers++;
  if (buyers <= above) return null;
  const share = size / buyers;
  const random = seededRandom(SEED);
  const carry = Float64Array.from(LIFECYCLE_STAGES, () => random());
  const member = new Uint8Array(stage.length);
  let customers = 0;
  for (let c = 0; c < stage.length; c++) {
    const s = stage[c];
    if (s === STAGE.prospect) continue;
    carry[s] += share;
    if (carry[s] >= 1) {
      carry[s] -= 1;
      member[c] = 1;
      customers++;
    }
  }
  return { member, customers, of: buyers };
}
