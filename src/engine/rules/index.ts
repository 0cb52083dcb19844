import type { Lang } from "../schema";
import { say } from "../words/catalog";
import { sectionDocs } from "./docs";
import { canonicalJson, sha256Hex } from "./hash";
import { DEFAULTS, RULES_VERSION } from "./defaults";
import type { RuleSet } from "./schema";

export { DEFAULTS, DEFAULT_SEGMENTS, RULES_VERSION } from "./defaults";
export { RULE_DOCS, sectionDocs } from "./docs";
export { canonicalJson, sha256Hex } from "./hash";
export {
  ruleSetSchema,
  uncoveredScores,
  type ChurnRules,
  type LifecycleRules,
  type RuleSet,
  type SegmentationRules,
  type SegmentRule,
} from "./schema";
export { parseRuleSet, parseRuleSetText, type RuleSetResult } from "./validate";
export { migrateRuleSet } from "./migrate";

/**
 * The default rule set: every threshold at its documented default (defaults.ts), no analysis date.
 *
 * @example defaultRules().churn.churnedAfterDays // 365
 */
export function defaultRules(): RuleSet {
  // A fresh copy (callers set asOf and the like) of DEFAULTS, the values the schemas' defaults read:
  // what ruleSetSchema.parse({}) returns (a test holds them equal), without building the schemas,
  // which a run without a rule file never does (~50 CPU-ms of start-up: stop 29).
  const rules: DeepReadonly<RuleSet> = { version: RULES_VERSION, ...DEFAULTS };
  return JSON.parse(JSON.stringify(rules)) as RuleSet;
}

/** The type of DEFAULTS checked against the rule set's (a missing or mistyped default fails tsc). */
type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/**
 * The rule set's fingerprint: SHA-256 (hex) of its canonical JSON without `asOf`, `currency` and
 * `followUp.maskContactDetails`. The analysis date is recorded on its own in every output, so
 * re-running the same rules another day keeps the hash; masking (--share) changes how contact
 * details are shown, not what is computed, so a shared copy does not read as "the rules changed" on
 * the Changes tab (a new-user trial saw that).
 *
 * @example ruleSetHash(defaultRules()).length // 64
 */
export function ruleSetHash(rules: RuleSet): string {
  // The currency is how amounts are shown, not what is computed (as masking below).
  const { asOf: _asOf, currency: _currency, ...settings } = rules;
  const { maskContactDetails: _mask, ...followUp } = settings.followUp;
  return sha256Hex(canonicalJson({ ...settings, followUp }));
}

/** What every output records about the rules that made it. */
export interface RuleSetId {
  version: number;
  hash: string;
}

/** @example ruleSetId(defaultRules()).version // 1 */
export function ruleSetId(rules: RuleSet): RuleSetId {
  return { version: rules.version, hash: ruleSetHash(rules) };
}

/**
 * The rule set as pretty JSON for a user to start from (rules --print): each of our sections starts
 * with a `_doc` object explaining its fields in the chosen language. `_doc` keys are ignored when the
 * file is read back, so the printed text is itself a valid rule set.
 *
 * @example JSON.parse(ruleSetJson(defaultRules())).window.months // 12
 */
export function ruleSetJson(rules: RuleSet, lang: Lang = "en-US"): string {
  const doc = {
    $comment: say(lang, "ruleSetFile", "comment"),
    _doc: sectionDocs("ruleSet", lang),
    version: rules.version,
    ...(rules.asOf !== undefined ? { asOf: rules.asOf } : {}),
    ...(rules.currency !== undefined ? { currency: rules.currency } : {}),
    window: { _doc: sectionDocs("window", lang), ...rules.window },
    segmentation: { _doc: sectionDocs("segmentation", lang), ...rules.segmentation },
    lifecycle: { _doc: sectionDocs("lifecycle", lang), ...rules.lifecycle },
    churn: { _doc: sectionDocs("churn", lang), ...rules.churn },
    followUp: { _doc: sectionDocs("followUp", lang), ...rules.followUp },
    satisfaction: { _doc: sectionDocs("satisfaction", lang), ...rules.satisfaction },
    complaints: { _doc: sectionDocs("complaints", lang), ...rules.complaints },
    model: { _doc: sectionDocs("model", lang), ...rules.model },
    limits: { _doc: sectionDocs("limits", lang), ...rules.limits },
  };
  // Score ranges, cut points and segment rows read best on one line each.
  return JSON.stringify(doc, null, 2)
    .replace(
      /\[\s*(-?[\d.e+-]+(?:,\s*-?[\d.e+-]+)*)\s*\]/g,
      (_m, inner: string) => "[" + inner.split(/,\s*/).join(", ") + "]",
    )
    .replace(
      /\{\s*("segment": "\w+",)\s*("r": \[[^\]]*\],)\s*("f": \[[^\]]*\],)\s*("m": \[[^\]]*\])\s*\}/g,
      "{ $1 $2 $3 $4 }",
    );
}
