import { z } from "zod";
import { lazySchema } from "./lazySchema";
import { limitsRulesSchema } from "./limits";
import { RFM_SEGMENTS } from "../analysis";
import { modelRulesSchema } from "./model";
import { complaintRulesSchema, followUpRulesSchema, satisfactionRulesSchema } from "./service";
import { DEFAULTS, RULES_VERSION } from "./defaults";
import { say } from "../words/catalog";
import { typedDateProblem } from "../parse/date";
import { CURRENCY_CODE_WORDS } from "../optionWords";
import { currencySymbolOf } from "../ingest/currencyColumn";

const D = DEFAULTS;

/**
 * The rule set: one versioned JSON document that holds every threshold the analysis uses. Each
 * field has a default (defaults.ts says where each comes from), so `{}` is a complete rule set and a
 * user's file only needs the fields it changes. Objects are strict: a misspelt field is an error,
 * not silently ignored. `_doc` and `$comment` keys are stripped before parsing (validate.ts), so the
 * printed defaults (with their explanations) parse back as they are.
 */

const days = lazySchema(() => z.number().int().min(0));
const positiveDays = lazySchema(() => z.number().int().min(1));
const share = lazySchema(() => z.number().min(0).max(1));

/** Four ascending cut points: a value above the k-th cut point scores one more. */
const cutPoints = lazySchema(() =>
  z
    .array(z.number())
    .length(4)
    .refine((c) => c.every((v, k) => k === 0 || c[k - 1] <= v), {
      message: say("en-US", "ruleErrors", "cutPointsAscending"),
      params: { word: "cutPointsAscending" },
    }),
);

const measureScoring = (measure: keyof typeof D.segmentation.rfm) =>
  z
    .strictObject({
      /** null: quintiles of the customers' own values; four numbers: fixed cut points. */
      cutPoints: cutPoints.nullable().default(() => copyCutPoints(D.segmentation.rfm[measure])),
    })
    .prefault({});
const copyCutPoints = (m: { cutPoints: readonly number[] | null }): number[] | null =>
  m.cutPoints && [...m.cutPoints];

const scoreRange = lazySchema(() =>
  z
    .tuple([z.number().int().min(1).max(5), z.number().int().min(1).max(5)])
    .refine(([lo, hi]) => lo <= hi, {
      message: say("en-US", "ruleErrors", "rangeMinMax"),
      params: { word: "rangeMinMax" },
    }),
);

/** One named RFM segment: the score ranges (inclusive) it covers. */
const segmentRuleShape = () => ({
  segment: z.enum(RFM_SEGMENTS),
  r: scoreRange.default([1, 5]),
  f: scoreRange.default([1, 5]),
  m: scoreRange.default([1, 5]),
});
const segmentRule = lazySchema(() => z.strictObject(segmentRuleShape()));
export type SegmentRule = z.infer<typeof segmentRule>;

/** Score combinations no segment covers, as "R1 F2 M3" (every buyer must get exactly one segment). */
export function uncoveredScores(segments: readonly SegmentRule[]): string[] {
  const missing: string[] = [];
  for (let r = 1; r <= 5; r++)
    for (let f = 1; f <= 5; f++)
      for (let m = 1; m <= 5; m++) {
        const hit = segments.some(
          (s) =>
            s.r[0] <= r && r <= s.r[1] && s.f[0] <= f && f <= s.f[1] && s.m[0] <= m && m <= s.m[1],
        );
        if (!hit) missing.push(`R${r} F${f} M${m}`);
      }
  return missing;
}

const copySegment = (s: (typeof D.segmentation.segments)[number]): SegmentRule => ({
  segment: s.segment,
  r: [s.r[0], s.r[1]],
  f: [s.f[0], s.f[1]],
  m: [s.m[0], s.m[1]],
});

const segmentationSchema = lazySchema(() =>
  z
    .strictObject({
      rfm: z
        .strictObject({
          recency: measureScoring("recency"),
          frequency: measureScoring("frequency"),
          monetary: measureScoring("monetary"),
        })
        .prefault({}),
      segments: z
        .array(segmentRule)
        .min(1)
        .default(() => D.segmentation.segments.map(copySegment))
        .superRefine((segments, ctx) => {
          const missing = uncoveredScores(segments);
          if (missing.length > 0) {
            const shown = missing.slice(0, 5).join(", ") + (missing.length > 5 ? ", …" : "");
            const params = { word: "uncoveredScores", count: missing.length, shown } as const;
            ctx.addIssue({
              code: "custom",
              message: say("en-US", "ruleErrors", params.word, params),
              params,
            });
          }
        }),
      valueClass: z
        .strictObject({
          basis: z.enum(["mean", "median"]).default(D.segmentation.valueClass.basis),
        })
        .prefault({}),
      valueTier: z
        .strictObject({
          highShare: share.default(D.segmentation.valueTier.highShare),
          mediumShare: share.default(D.segmentation.valueTier.mediumShare),
        })
        .prefault({})
        .refine((t) => t.highShare + t.mediumShare <= 1 + 1e-9, {
          message: say("en-US", "ruleErrors", "shareSum"),
          params: { word: "shareSum" },
        }),
    })
    .prefault({}),
);

const lifecycleSchema = lazySchema(() =>
  z
    .strictObject({
      newDays: days.default(D.lifecycle.newDays),
      matureAfterDays: positiveDays.default(D.lifecycle.matureAfterDays),
      trendPeriodDays: positiveDays.default(D.lifecycle.trendPeriodDays),
      growthChange: z.number().min(0).default(D.lifecycle.growthChange),
      declineChange: z.number().min(0).max(1).default(D.lifecycle.declineChange),
      overdueFactor: z.number().min(1).default(D.lifecycle.overdueFactor),
      trendSignificance: z.number().gt(0).max(0.5).default(D.lifecycle.trendSignificance),
      minTrendPurchases: z.number().int().min(2).default(D.lifecycle.minTrendPurchases),
      wonBackWithinDays: positiveDays.default(D.lifecycle.wonBackWithinDays),
      typicalGap: z
        .strictObject({
          oneTimeBuyerDays: positiveDays
            .nullable()
            .default(D.lifecycle.typicalGap.oneTimeBuyerDays),
          fallbackDays: positiveDays.default(D.lifecycle.typicalGap.fallbackDays),
          minDays: positiveDays.default(D.lifecycle.typicalGap.minDays),
          populationFloorShare: z
            .number()
            .min(0)
            .max(1)
            .default(D.lifecycle.typicalGap.populationFloorShare),
          populationFloorGaps: z
            .number()
            .int()
            .min(1)
            .default(D.lifecycle.typicalGap.populationFloorGaps),
        })
        .prefault({}),
    })
    .prefault({}),
);

const C = D.churn;
const probability = lazySchema(() => z.number().min(0).max(1));

const churnSchema = lazySchema(() =>
  z
    .strictObject({
      churnedAfterDays: positiveDays.default(C.churnedAfterDays),
      churnHorizonDays: z.number().int().min(7).max(730).default(C.churnHorizonDays),
      levels: z
        .strictObject({
          high: probability.default(C.levels.high),
          medium: probability.default(C.levels.medium),
        })
        .prefault({})
        .refine((l) => l.medium <= l.high, {
          message: say("en-US", "ruleErrors", "levelsOrder"),
          params: { word: "levelsOrder" },
        }),
      learning: z
        .strictObject({
          penalty: z.number().min(0).max(1000).default(C.learning.penalty),
          minCustomers: z.number().int().min(10).default(C.learning.minCustomers),
          minEachOutcome: z.number().int().min(1).default(C.learning.minEachOutcome),
          maxCustomers: z.number().int().min(1000).default(C.learning.maxCustomers),
        })
        .prefault({}),
      minReasonLogOdds: z.number().min(0).max(10).default(C.minReasonLogOdds),
      signals: z
        .strictObject({
          lowSatisfaction: z
            .strictObject({
              lookbackDays: positiveDays.default(C.signals.lowSatisfaction.lookbackDays),
            })
            .prefault({}),
          npsDetractor: z
            .strictObject({
              lookbackDays: positiveDays.default(C.signals.npsDetractor.lookbackDays),
            })
            .prefault({}),
          lateComplaints: z
            .strictObject({
              lookbackDays: positiveDays.default(C.signals.lateComplaints.lookbackDays),
            })
            .prefault({}),
          noRecentContact: z
            .strictObject({ afterDays: positiveDays.default(C.signals.noRecentContact.afterDays) })
            .prefault({}),
        })
        .prefault({}),
    })
    .prefault({}),
);

/**
 * The message of a typed date field (asOf) given as another type than text: validate.ts then says
 * how to write it when it was a number (tester13 #9: 45657, an Excel serial, got "expected text").
 */
export const TYPED_DATE_NOT_TEXT = "typed date not text";

const ruleSetShape = () => ({
  version: z.literal(RULES_VERSION).default(RULES_VERSION),
  // Any form --as-of takes (parse/date.ts readTypedDate, the one reader of a typed date: tester12
  // #8, reviewer12 D8), refused with the same reason (validate.ts reads `typedDate`).
  asOf: z
    .string({ error: TYPED_DATE_NOT_TEXT })
    .refine((v) => typedDateProblem(v) === null, {
      message: say("en-US", "ruleErrors", "invalid"),
      params: { typedDate: true },
    })
    .optional(),
  // The currency the report shows amounts in (tester55 U2: a HubSpot export's plain USD amounts were
  // shown in ¥): a code or symbol a currency column takes (USD, $, 人民币). Absent: the input's
  // (report/amountsCurrency.ts). A look, not a figure: not part of the rule-set hash.
  currency: z
    .string()
    .refine((v) => currencySymbolOf(v) !== null, {
      message: say("en-US", "ruleErrors", "invalid"),
      params: {
        word: "currencyUnknown",
        currencies: Object.values(CURRENCY_CODE_WORDS)
          .map((w) => w[0])
          .join(", "),
      },
    })
    .optional(),
  window: z
    .strictObject({ months: z.number().int().min(1).max(120).default(D.window.months) })
    .prefault({}),
  segmentation: segmentationSchema,
  lifecycle: lifecycleSchema,
  churn: churnSchema,
  followUp: followUpRulesSchema.prefault({}),
  satisfaction: satisfactionRulesSchema.prefault({}),
  complaints: complaintRulesSchema.prefault({}),
  model: modelRulesSchema.prefault({}),
  limits: limitsRulesSchema.prefault({}),
});
export const ruleSetSchema = lazySchema(() => z.strictObject(ruleSetShape()));

/** A complete, validated rule set (every field filled). */
export type RuleSet = z.infer<typeof ruleSetSchema>;
export type SegmentationRules = RuleSet["segmentation"];
export type LifecycleRules = RuleSet["lifecycle"];
export type ChurnRules = RuleSet["churn"];
export type { ModelRules } from "./model";
