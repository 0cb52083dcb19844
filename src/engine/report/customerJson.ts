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
import { PROBABILITY_DECIMALS } from "../changes/words";
import { levelRounded, type ChurnLevels } from "../churn/combine";
import { ReasonMemo } from "../churn/reasonMemo";
import { reasonText, shownOrder } from "../churn/reasons";
import type { ClassifyResult } from "../classify";
import { isoDate } from "../parse/date";
import type { Lang } from "../schema";
import { toCents } from "../cents";
import { jsonValue, quotedCodes, type JsonSink } from "./jsonSink";

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

/**
 * The keys of CustomerSegmentationJson in the order writeCustomerJsonValues writes their values: these
 * columns of the JSON's customer rows (resultJson.ts CUSTOMER_COLUMNS).
 */
export const SEGMENTATION_COLUMNS = [
  "recencyDays",
  "frequency",
  "monetary",
  "rScore",
  "fScore",
  "mScore",
  "rfmSegment",
  "valueClass",
  "valueTier",
  "lifecycleStage",
  "churnRisk",
] as const satisfies readonly (keyof CustomerSegmentationJson)[];

// Money to the cent: the one rounding the run state keeps too (statePacked.ts), so a later run reads
// the same spend from either.
const roundMoney = toCents;

/**
 * Customer i's segmentation fields for the JSON result; reason texts in the run's language: the
 * values writeCustomerJsonValues writes in a customer's row, parsed back and named (one definition
 * of a customer's JSON, as followUpJson's item(i) is its write(i) parsed back). Tests, readers of
 * one customer.
 *
 * @example customerJson(result.analysis, 0, "en-US", rules.churn.levels).churnRisk.level // "high"
 */
export function customerJson(
  a: CustomerAnalysis,
  i: number,
  lang: Lang,
  levels: ChurnLevels,
): CustomerSegmentationJson {
  const values = jsonValue<unknown[]>((out) => {
    out.raw("[");
    writeCustomerJsonValues(out, a, i, lang, levels);
    out.raw("]");
  });
  const json: Record<string, unknown> = {};
  SEGMENTATION_COLUMNS.forEach((key, k) => (json[key] = values[k]));
  return json as unknown as CustomerSegmentationJson;
}

const RFM_TEXT = quotedCodes(RFM_SEGMENTS);
const VALUE_CLASS_TEXT = quotedCodes(VALUE_CLASSES);
const VALUE_TIER_TEXT = quotedCodes(VALUE_TIERS);
const STAGE_TEXT = quotedCodes(LIFECYCLE_STAGES);
const LEVEL_TEXT = quotedCodes(RISK_LEVELS);
const REASON_TEXT = quotedCodes(CHURN_REASON_CODES);
/** One reason's figures at a time (writeCustomerJsonValues), read before the next are copied in. */
const scratch = new Float64Array(REASON_FIGURES);

/**
 * Customer i's segmentation values written into a sink, in SEGMENTATION_COLUMNS' order, comma
 * separated (no brackets): part of the customers rows of the JSON result (schema 3), with no
 * object made per customer. Numbers not finite are null, money to the cent, the churn probability
 * to a millionth in its level (`levels`: the rule set's churn.levels; churn/combine.ts levelRounded), codes as their snake_case texts (test/engine/report/resultJson.test.ts checks
 * them against the analysis customer by customer).
 *
 * @example writeCustomerJsonValues(out, result.analysis, 0, "en-US", rules.churn.levels) // 30,2,… ,{"probability":…}
 */
export function writeCustomerJsonValues(
  out: JsonSink,
  a: CustomerAnalysis,
  i: number,
  lang: Lang,
  levels: ChurnLevels,
): void {
  // num writes null where not finite: a prospect's recency, a missing probability, NaN money.
  out.num(a.recencyDays[i]);
  out.raw(",");
  out.num(a.frequency[i]);
  out.raw(",");
  out.num(roundMoney(a.monetary[i]));
  out.raw(",");
  writeScore(out, a.rScore[i]);
  out.raw(",");
  writeScore(out, a.fScore[i]);
  out.raw(",");
  writeScore(out, a.mScore[i]);
  out.raw(",");
  out.raw(RFM_TEXT[a.rfmSegment[i]] ?? "null");
  out.raw(",");
  out.raw(VALUE_CLASS_TEXT[a.valueClass[i]] ?? "null");
  out.raw(",");
  out.raw(VALUE_TIER_TEXT[a.valueTier[i]] ?? "null");
  out.raw(",");
  out.raw(STAGE_TEXT[a.lifecycleStage[i]] ?? "null");
  out.raw(',{"probability":');
  // To a millionth, kept in its level (levelRounded): 0.4999996 at low is 0.499999, not 0.5 where
  // medium starts.
  out.num(
    levelRounded(a.churnProbability[i], a.churnLevel[i], levels, PROBABILITY_DECIMALS) ?? NaN,
  );
  const level = LEVEL_TEXT[a.churnLevel[i]];
  // An object's undefined field is left out (as JSON.stringify does).
  if (level !== undefined) {
    out.raw(',"level":');
    out.raw(level);
  }
  out.raw(',"reasons":[');
  // As the analysis holds them, or compact (the JSON worker's: customer i's figures from reason
  // first[i] on): each distinct reason put into words once (reasonMemo.ts), as the tabs' are.
  const r = a.churnReasons as ChurnReasons | CompactReasons;
  const first = "first" in r ? r.first : null;
  const memo = memoFor(r.figures, lang);
  let n = 0;
  const base = i * MAX_CHURN_REASONS;
  shownOrder(r.codes, i, (slot) => {
    const k = r.codes[slot];
    const at = first ? first[i] + slot - base : slot;
    let e = memo.find(k, at);
    if (e < 0) {
      const o = at * REASON_FIGURES;
      for (let f = 0; f < REASON_FIGURES; f++) scratch[f] = r.figures[o + f];
      e = memo.add(k, at, reasonText(CHURN_REASON_CODES[k], scratch, lang, a.visitsAppointments));
    }
    out.raw(n++ ? ',{"code":' : '{"code":');
    out.raw(REASON_TEXT[k]);
    out.raw(',"text":');
    out.str(memo.text(e));
    out.raw("}");
  });
  out.raw("]}");
}

/**
 * The JSON's reasons put into words, per reasons' figures (the analysis's or the worker's compact
 * copy) and language: at 100,000 customers 119,883 reasons written, 29,400 of them distinct
 * (reasonMemo.ts). Let go with the figures.
 */
const memos = new WeakMap<Float64Array, Partial<Record<Lang, ReasonMemo>>>();

function memoFor(figures: Float64Array, lang: Lang): ReasonMemo {
  let byLang = memos.get(figures);
  if (!byLang) memos.set(figures, (byLang = {}));
  return (byLang[lang] ??= new ReasonMemo(figures));
}

/** A score: 1–5, null for none. */
function writeScore(out: JsonSink, s: number): void {
  if (s > 0) out.num(s);
  else out.raw("null");
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
