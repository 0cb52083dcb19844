import type { SatisfactionRules } from "../rules/service";
import type { Surveys } from "../model";

/** The four dimensions of the survey (000 §5.1.2; 001 §5.3), in the order they are shown. */
export const SATISFACTION_DIMENSIONS = ["quality", "price", "afterSales", "delivery"] as const;
export type SatisfactionDimension = (typeof SATISFACTION_DIMENSIONS)[number];

/**
 * Satisfaction of one group of survey responses.
 * CSAT = share of answered overall scores (1–5) of at least csatPositiveMin (4), 0–1.
 * NPS = % promoters (9–10) − % detractors (0–6) of answered likelihood-to-recommend, −100…100.
 * NaN when nobody answered.
 */
export interface SatisfactionStats {
  responses: number;
  csatAnswers: number;
  satisfied: number;
  csat: number;
  npsAnswers: number;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number;
  /** Average overall score (1–5). */
  averageOverall: number;
  /** Average per dimension (1–5), NaN when not answered. */
  averages: Record<SatisfactionDimension, number>;
  /** The dimension with the lowest average; null when no dimension was answered. */
  weakest: SatisfactionDimension | null;
}

// Accumulator layout: per group, FIELDS slots.
const RESPONSES = 0;
const CSAT_N = 1;
const CSAT_POS = 2;
const NPS_N = 3;
const PROMOTERS = 4;
const DETRACTORS = 5;
const OVERALL_SUM = 6;
const DIM_SUM = 7; // 4 slots
const DIM_N = 11; // 4 slots
const FIELDS = 15;

/**
 * Sums of survey answers per group in one Float64Array, so millions of responses cost no objects.
 *
 * @example
 * const acc = new SatisfactionAccumulator(1, rules); acc.add(0, surveys, 0); acc.stats(0).csat
 */
export class SatisfactionAccumulator {
  private readonly sums: Float64Array;

  constructor(
    readonly groups: number,
    private readonly rules: SatisfactionRules,
  ) {
    this.sums = new Float64Array(groups * FIELDS);
  }

  /** Adds survey row i to group g. */
  add(g: number, s: Surveys, i: number): void {
    const a = this.sums;
    const b = g * FIELDS;
    a[b + RESPONSES]++;
    const overall = s.overall[i];
    if (overall === overall) {
      a[b + CSAT_N]++;
      a[b + OVERALL_SUM] += overall;
      if (overall >= this.rules.csatPositiveMin) a[b + CSAT_POS]++;
    }
    const rec = s.recommend[i];
    if (rec === rec) {
      a[b + NPS_N]++;
      if (rec >= this.rules.npsPromoterMin) a[b + PROMOTERS]++;
      else if (rec <= this.rules.npsDetractorMax) a[b + DETRACTORS]++;
    }
    addDim(a, b, 0, s.quality[i]);
    addDim(a, b, 1, s.price[i]);
    addDim(a, b, 2, s.afterSales[i]);
    addDim(a, b, 3, s.delivery[i]);
  }

  /** The figures of group g. */
  stats(g: number): SatisfactionStats {
    const a = this.sums;
    const b = g * FIELDS;
    const csatN = a[b + CSAT_N];
    const npsN = a[b + NPS_N];
    const averages = {} as Record<SatisfactionDimension, number>;
    let weakest: SatisfactionDimension | null = null;
    SATISFACTION_DIMENSIONS.forEach((d, k) => {
      const n = a[b + DIM_N + k];
      averages[d] = n > 0 ? a[b + DIM_SUM + k] / n : NaN;
      if (n > 0 && (weakest === null || averages[d] < averages[weakest])) weakest = d;
    });
    return {
      responses: a[b + RESPONSES],
      csatAnswers: csatN,
      satisfied: a[b + CSAT_POS],
      csat: csatN > 0 ? a[b + CSAT_POS] / csatN : NaN,
      npsAnswers: npsN,
      promoters: a[b + PROMOTERS],
      passives: npsN - a[b + PROMOTERS] - a[b + DETRACTORS],
      detractors: a[b + DETRACTORS],
      nps: npsN > 0 ? (100 * (a[b + PROMOTERS] - a[b + DETRACTORS])) / npsN : NaN,
      averageOverall: csatN > 0 ? a[b + OVERALL_SUM] / csatN : NaN,
      averages,
      weakest,
    };
  }
}

function addDim(a: Float64Array, b: number, k: number, v: number): void {
  if (v === v) {
    a[b + DIM_SUM + k] += v;
    a[b + DIM_N + k]++;
  }
}
