import type { ModelMeasures, SegmentationMeasures } from "./customerSummary";
import type { MeasureSettings } from "./measureSettings";

/** The measures of one analysis date that an earlier date's summary holds (churn risk's snapshots). */
export interface DatedMeasures {
  measuredFor: MeasureSettings;
  segmentation: SegmentationMeasures;
  model: ModelMeasures;
}

/**
 * Empty segmentation and model measures for `n` customers at one date: what the measuring
 * functions of customerSummary.ts fill in (NaN or 0 for a customer without a purchase by then).
 *
 * @example const m = emptyDatedMeasures(measureSettings(rules, asOf - 90), dataset.customers.count);
 */
export function emptyDatedMeasures(settings: MeasureSettings, n: number): DatedMeasures {
  return {
    measuredFor: settings,
    segmentation: {
      purchaseDays: new Int32Array(n),
      firstPurchase: new Float64Array(n).fill(NaN),
      recencyDays: new Float64Array(n).fill(NaN),
      frequency: new Int32Array(n),
      monetary: new Float64Array(n),
      typicalGapDays: new Float64Array(n).fill(NaN),
      wonBackDay: new Float64Array(n).fill(NaN),
      recentCount: new Int32Array(n),
      recentSpend: new Float64Array(n),
      previousCount: new Int32Array(n),
      previousSpend: new Float64Array(n),
    },
    model: {
      purchaseDays: new Int32Array(n),
      firstDay: new Float64Array(n).fill(NaN),
      lastDay: new Float64Array(n).fill(NaN),
      repeatSpend: new Float64Array(n).fill(NaN),
    },
  };
}
