import {
  CHURN_REASON_CODES,
  LIFECYCLE_STAGES,
  MAX_CHURN_REASONS,
  REASON_FIGURES,
  RFM_SEGMENTS,
  RISK_LEVELS,
  VALUE_CLASSES,
  VALUE_TIERS,
  type ChurnReasonCode,
  type ChurnReasons,
  type CustomerAnalysis,
  type LifecycleStage,
  type RfmSegment,
  type RiskLevel,
  type ValueClass,
  type ValueTier,
} from "../analysis";
import { churnReasonsIn, reasonText, shownOrder } from "../churn/reasons";
import type { ClassifyResult } from "../classify";
import { isoDate } from "../parse/date";
import type { Lang } from "../schema";

/** The per-customer fields of the JSON result (codes, not labels: scripts rely on them). */
export interface CustomerSegmentationJson {
  /** null for a prospect (no purchase). */
  recencyDays: number | null;
  frequency: number;
  monetary: number;
  /** 1–5; null for a prospect. */
  rScore: number | null;
  fScore: number | null;
  mScore: number | null;
  rfmSegment: RfmSegment | null;
  valueClass: ValueClass | null;
  valueTier: ValueTier;
  lifecycleStage: LifecycleStage;
  churnRisk: {
    /** Chance of no purchase in the churn horizon (0–1); null for prospects and churned customers. */
    probability: number | null;
    level: RiskLevel;
    reasons: { code: ChurnReasonCode; text: string }[];
  };
}

const orNull = (x: number) => (Number.isFinite(x) ? x : null);
const scoreOrNull = (s: number) => (s > 0 ? s : null);
const probabilityOrNull = (p: number) =>
  Number.isFinite(p) ? Math.round(p * 10000) / 10000 : null;
const roundMoney = (x: number) => Math.round(x * 100) / 100;

/**
 * Customer i's segmentation fields for the JSON result; reason texts in the run's language.
 *
 * @example customerJson(result.analysis, 0, "en-US").churnRisk.level // "high" | "medium" | "low"
 */
export function customerJson(a: CustomerAnalysis, i: number, lang: Lang): CustomerSegmentationJson {
  const r = a.churnReasons as ChurnReasons | CompactReasons;
  const reasons = "first" in r ? compactReasonsIn(r, i, lang) : churnReasonsIn(a, i, lang);
  return {
    recencyDays: orNull(a.recencyDays[i]),
    frequency: a.frequency[i],
    monetary: roundMoney(a.monetary[i]),
    rScore: scoreOrNull(a.rScore[i]),
    fScore: scoreOrNull(a.fScore[i]),
    mScore: scoreOrNull(a.mScore[i]),
    rfmSegment: RFM_SEGMENTS[a.rfmSegment[i]] ?? null,
    valueClass: VALUE_CLASSES[a.valueClass[i]] ?? null,
    valueTier: VALUE_TIERS[a.valueTier[i]],
    lifecycleStage: LIFECYCLE_STAGES[a.lifecycleStage[i]],
    churnRisk: {
      probability: probabilityOrNull(a.churnProbability[i]),
      level: RISK_LEVELS[a.churnLevel[i]],
      reasons,
    },
  };
}

/**
 * Churn reasons as the JSON worker receives them (releaseRows.ts compactReasons): the codes as the
 * analysis holds them, and only the figures of the reasons there are, customer i's from reason
 * `first[i]` on. At 100,000 customers 119,883 of 300,000 slots hold a reason: 4.2 MB copied on the
 * main thread instead of 9.6.
 */
export interface CompactReasons {
  codes: Int8Array;
  figures: Float64Array;
  first: Int32Array;
}

/**
 * churnReasonsIn's reasons read from CompactReasons: the same codes, order (churn/reasons.ts
 * shownOrder, which reads only the slots before the first empty one) and words.
 */
function compactReasonsIn(
  r: CompactReasons,
  i: number,
  lang: Lang,
): { code: ChurnReasonCode; text: string }[] {
  const out: { code: ChurnReasonCode; text: string }[] = [];
  const base = i * MAX_CHURN_REASONS;
  shownOrder(r.codes, i, (slot) => {
    const code = CHURN_REASON_CODES[r.codes[slot]];
    const o = (r.first[i] + slot - base) * REASON_FIGURES;
    out.push({ code, text: reasonText(code, r.figures.subarray(o, o + REASON_FIGURES), lang) });
  });
  return out;
}

/** The result-level `segmentation` block: what the per-customer fields were measured against. */
export interface SegmentationJson {
  asOf: string;
  window: { months: number; from: string; to: string };
  /** Buyers scored (customers with a purchase up to the analysis date). */
  buyers: number;
  cutPoints: {
    /** Score 5 at most recencyDays[0] days, 4 at most [1], … 1 beyond [3]. */
    recencyDays: (number | null)[];
    /** Score 1 at most [0], 2 at most [1], … 5 above [3]. */
    frequency: (number | null)[];
    monetary: (number | null)[];
    source: ClassifyResult["cutPoints"]["source"];
  };
  /** The reference of the 8-class model: mean or median of the buyers. */
  averages: {
    basis: "mean" | "median";
    recencyDays: number | null;
    frequency: number | null;
    monetary: number | null;
  };
  valueTier: { highMin: number | null; mediumMin: number | null };
  churnDefinitionDays: number;
  populationGapDays: number;
  ruleSet: { version: number; hash: string };
}

const round2 = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);

/**
 * @example segmentationJson(result).churnDefinitionDays // 365
 */
export function segmentationJson(result: ClassifyResult): SegmentationJson {
  const cuts = (c: readonly number[]) => c.map(round2);
  return {
    asOf: isoDate(result.asOf),
    // The window is start < day ≤ asOf: its first day is the day after start.
    window: {
      months: result.windowMonths,
      from: isoDate(result.windowStart + 1),
      to: isoDate(result.asOf),
    },
    buyers: result.buyers,
    cutPoints: {
      recencyDays: cuts(result.cutPoints.recencyDays),
      frequency: cuts(result.cutPoints.frequency),
      monetary: cuts(result.cutPoints.monetary),
      source: result.cutPoints.source,
    },
    averages: {
      basis: result.averages.basis,
      recencyDays: round2(result.averages.recencyDays),
      frequency: round2(result.averages.frequency),
      monetary: round2(result.averages.monetary),
    },
    valueTier: {
      highMin: round2(result.tierCuts.highMin),
      mediumMin: round2(result.tierCuts.mediumMin),
    },
    churnDefinitionDays: result.churnDefinitionDays,
    populationGapDays: result.populationGapDays,
    ruleSet: { version: result.rules.version, hash: result.rules.hash },
  };
}

/**
 * The customers of a JSON result, one object per customer keyed by field: schema 3's rows
 * (`customers.data`) zipped with its `columns`, or schema 2's objects as they are; null when the
 * result has no customers block. For readers of an earlier result (--previous) and tests.
 *
 * @example customerRecords(JSON.parse(text))?.[0].customerId // "1001"
 */
export function customerRecords(json: unknown): Record<string, unknown>[] | null {
  const block =
    json && typeof json === "object" ? (json as { customers?: unknown }).customers : null;
  if (Array.isArray(block)) return block as Record<string, unknown>[];
  if (!block || typeof block !== "object") return null;
  const { columns, data } = block as { columns?: unknown; data?: unknown };
  if (!Array.isArray(columns) || !Array.isArray(data)) return null;
  const out: Record<string, unknown>[] = [];
  for (const row of data) {
    if (!Array.isArray(row)) continue;
    const record: Record<string, unknown> = {};
    for (let k = 0; k < columns.length; k++) record[String(columns[k])] = row[k];
    out.push(record);
  }
  return out;
}
