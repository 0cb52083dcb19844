import { summariseCustomers } from "../../../src/engine/aggregate/customerSummary";
import { resolveAnalysisDate } from "../../../src/engine/analysisDate";
import { classifyCustomers, type ClassifyResult } from "../../../src/engine/classify";
import type { Dataset } from "../../../src/engine/model";
import { parseRuleSet, type RuleSet } from "../../../src/engine/rules";
import { makeDataset, type DatasetSpec } from "./dataset";

/** A rule set from a partial document; throws with the messages when it is invalid. */
export function rulesOf(patch: unknown = {}): RuleSet {
  const parsed = parseRuleSet(patch);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.rules;
}

/** Classifies a hand-made dataset with the defaults changed by `patch`. */
export function classify(
  spec: DatasetSpec | Dataset,
  patch: unknown = {},
): ClassifyResult & { dataset: Dataset } {
  const dataset =
    "transactions" in spec && !Array.isArray(spec.transactions)
      ? (spec as Dataset)
      : makeDataset(spec as DatasetSpec);
  const rules = rulesOf(patch);
  // As a run does: the rule set's date when the patch has one, else the dataset's.
  const asOf = resolveAnalysisDate({ rules, today: () => dataset.asOf });
  const result = classifyCustomers(dataset, summariseCustomers(dataset, rules, asOf), rules, asOf);
  return { ...result, dataset };
}
