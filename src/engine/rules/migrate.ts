import type { Lang } from "../schema";
import { sayBoth } from "../words/catalog";
import { RULES_VERSION } from "./defaults";

/**
 * Rule sets saved by an earlier version (in a workbook or a --rules file) brought to the current
 * schema, so a user's saved settings keep working after an upgrade. Each step says what changed
 * and why; `notes` tell the user what could not be carried over.
 *
 * Version 1 → 2 (issue 9, an explicit churn definition):
 * - churn.inactiveDays is renamed churn.churnedAfterDays (the churned stage);
 * - churn.levels were bands of a 0–100 score; they are now probabilities of no purchase in the
 *   churn horizon, which a score band does not translate to: the saved bands are dropped (the
 *   defaults apply) with a note;
 * - churn.factors' weights and minReasonPoints are gone (weights are learned from the workbook's
 *   own history); the factors' lookbacks and the contact threshold move to churn.signals.
 */

export interface Migrated {
  document: unknown;
  /** What was changed or dropped, in English and Chinese (empty when nothing was). */
  notes: Record<Lang, string>[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** True when a document without a version still carries version-1 churn fields. */
function looksLikeVersion1(doc: Json): boolean {
  const churn = doc.churn;
  return (
    isObject(churn) && ("inactiveDays" in churn || "factors" in churn || "minReasonPoints" in churn)
  );
}

function churnV1toV2(churn: Json, notes: Migrated["notes"]): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(churn)) {
    if (k === "inactiveDays") {
      // Both names given: the current one is what the user edited last; the old one must not
      // overwrite it whatever the keys' order (it did, and a rejected value then passed unseen).
      if ("churnedAfterDays" in churn) notes.push(sayBoth("ruleMigration", "oldNameIgnored"));
      else out.churnedAfterDays = v;
    } else if (k === "levels") {
      notes.push(sayBoth("ruleMigration", "levelsDropped"));
    } else if (k === "minReasonPoints") {
      // Replaced by minReasonLogOdds (a different unit): the default applies.
    } else if (k === "factors" && isObject(v)) {
      const signals: Json = {};
      const lookback = (name: string) => {
        const f = v[name];
        if (isObject(f) && typeof f.lookbackDays === "number")
          signals[name] = { lookbackDays: f.lookbackDays };
      };
      lookback("lowSatisfaction");
      lookback("npsDetractor");
      lookback("lateComplaints");
      const contact = v.noRecentContact;
      if (isObject(contact) && typeof contact.afterDays === "number")
        signals.noRecentContact = { afterDays: contact.afterDays };
      if (Object.keys(signals).length > 0) out.signals = signals;
      notes.push(sayBoth("ruleMigration", "factorsMoved"));
    } else out[k] = v;
  }
  return out;
}

/**
 * A rule-set document brought to RULES_VERSION. Documents of the current version (or without a
 * version and without old fields) pass unchanged; documents of a later version are left for
 * validation to reject.
 *
 * @example migrateRuleSet({ version: 1, churn: { inactiveDays: 200 } }).document
 * // { version: 2, churn: { churnedAfterDays: 200 } }
 */
export function migrateRuleSet(document: unknown): Migrated {
  const notes: Migrated["notes"] = [];
  if (!isObject(document)) return { document, notes };
  const version = document.version;
  const v1 = version === 1 || (version === undefined && looksLikeVersion1(document));
  if (!v1) return { document, notes };
  const out: Json = { ...document, version: RULES_VERSION };
  if (isObject(document.churn)) out.churn = churnV1toV2(document.churn, notes);
  return { document: out, notes };
}
