import { parseRuleSet, RULE_DOCS, type RuleSet } from "../engine/rules";
import type { HolidayCalendar } from "../engine/calendar/holidayCalendar";
import type { Lang } from "../engine/schema";
import { translator, type StringKey, type Translate } from "./i18n";

/**
 * The Rules step's form: the main thresholds of the rule set, each a path into the rule-set JSON,
 * edited as a draft (a JSON object that may be invalid while the user types) and validated with
 * the engine's parseRuleSet, whose messages name the field ("window.months: expected ≥ 1, got 0").
 */

export type RuleGroup =
  "groupScope" | "groupChurn" | "groupValue" | "groupFollowUp" | "groupComplaints";

export interface RuleField {
  /** Dotted path in the rule set, as parseRuleSet's messages name it. */
  path: string;
  group: RuleGroup;
  label: StringKey;
  /**
   * The one-line explanation: the engine's own words (RULE_DOCS) where it has them, else ours;
   * null where the field before says it (the three cadences share one).
   */
  hint: { doc: [keyof typeof RULE_DOCS, string]; also?: StringKey } | { key: StringKey } | null;
  /** SpinButton step; decimals shown. Bounds come from the schema (numberBounds). */
  step: number;
}

/** The fields shown, in order. */
export const RULE_FIELDS: readonly RuleField[] = [
  {
    path: "window.months",
    group: "groupScope",
    label: "monthsLabel",
    hint: { doc: ["window", "months"] },
    step: 1,
  },
  {
    path: "churn.churnedAfterDays",
    group: "groupChurn",
    label: "inactiveLabel",
    hint: { doc: ["churn", "churnedAfterDays"] },
    step: 30,
  },
  {
    path: "churn.levels.high",
    group: "groupChurn",
    label: "highRiskLabel",
    hint: { doc: ["churn", "levels.high"], also: "probabilityHint" },
    step: 0.05,
  },
  {
    path: "churn.levels.medium",
    group: "groupChurn",
    label: "mediumRiskLabel",
    hint: { doc: ["churn", "levels.medium"], also: "probabilityHint" },
    step: 0.05,
  },
  {
    path: "segmentation.valueTier.highShare",
    group: "groupValue",
    label: "highShareLabel",
    hint: { doc: ["segmentation", "valueTier.highShare"] },
    step: 0.05,
  },
  {
    path: "segmentation.valueTier.mediumShare",
    group: "groupValue",
    label: "mediumShareLabel",
    hint: { doc: ["segmentation", "valueTier.mediumShare"] },
    step: 0.05,
  },
  {
    path: "followUp.horizonDays",
    group: "groupFollowUp",
    label: "horizonLabel",
    hint: { key: "horizonHint" },
    step: 1,
  },
  {
    path: "followUp.cadenceDays.high",
    group: "groupFollowUp",
    label: "cadenceHighLabel",
    hint: { key: "cadenceHint" },
    step: 1,
  },
  {
    path: "followUp.cadenceDays.medium",
    group: "groupFollowUp",
    label: "cadenceMediumLabel",
    hint: null,
    step: 1,
  },
  {
    path: "followUp.cadenceDays.low",
    group: "groupFollowUp",
    label: "cadenceLowLabel",
    hint: null,
    step: 1,
  },
  {
    path: "followUp.dailyCapacity",
    group: "groupFollowUp",
    label: "capacityLabel",
    hint: { key: "capacityHint" },
    step: 1,
  },
  {
    path: "complaints.firstResponseHours",
    group: "groupComplaints",
    label: "firstResponseLabel",
    hint: { key: "firstResponseHint" },
    step: 1,
  },
  {
    path: "complaints.resolutionHours.general",
    group: "groupComplaints",
    label: "resolveGeneralLabel",
    hint: { key: "resolveHint" },
    step: 1,
  },
  {
    path: "complaints.resolutionHours.complex",
    group: "groupComplaints",
    label: "resolveComplexLabel",
    hint: null,
    step: 1,
  },
];

/** The analysis date's path (a text field: blank means today). */
export const AS_OF_PATH = "asOf";

/**
 * The holiday calendar's path (a choice: absent means chosen by the amounts' currency; tester60
 * U103: a US business got China's holidays, and the form could not say otherwise).
 */
export const CALENDAR_PATH = "followUp.calendar";

/** The calendar choices, in order, and their words: "auto" removes the key. */
export const CALENDAR_CHOICES: readonly { value: "auto" | HolidayCalendar; label: StringKey }[] = [
  { value: "auto", label: "calendarAuto" },
  { value: "CN", label: "calendarCN" },
  { value: "US", label: "calendarUS" },
  { value: "none", label: "calendarNone" },
];

/** A rule-set draft: JSON the user is editing (numbers may be null while a box is empty). */
export type RulesDraft = Record<string, unknown>;

/**
 * The draft of a valid rule set (a deep copy, safe to edit).
 *
 * @example draftOf(defaultRules()).window // { months: 12 }
 */
export function draftOf(rules: RuleSet): RulesDraft {
  return JSON.parse(JSON.stringify(rules)) as RulesDraft;
}

/**
 * The value at a dotted path, or undefined.
 *
 * @example valueAt({ window: { months: 6 } }, "window.months") // 6
 */
export function valueAt(draft: RulesDraft, path: string): unknown {
  let v: unknown = draft;
  for (const key of path.split(".")) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * A copy of the draft with one value set (undefined removes the key: the default applies).
 *
 * @example withValue({ window: { months: 12 } }, "window.months", 6).window // { months: 6 }
 */
export function withValue(draft: RulesDraft, path: string, value: unknown): RulesDraft {
  const keys = path.split(".");
  const root: RulesDraft = { ...draft };
  let node: Record<string, unknown> = root;
  for (let i = 0; i < keys.length - 1; i++) {
    const child = node[keys[i]];
    const copy =
      child !== null && typeof child === "object" && !Array.isArray(child)
        ? { ...(child as object) }
        : {};
    node[keys[i]] = copy;
    node = copy as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return root;
}

export interface DraftCheck {
  /** The validated rule set, or null when the draft has problems. */
  rules: RuleSet | null;
  /** Messages per shown field path (the text after "path: "). */
  byField: Record<string, string[]>;
  /** Messages about fields not on the form, whole ("path: message"). */
  other: string[];
  /** Every message, whole (as parseRuleSet gives them, with JSON paths). */
  all: string[];
  /** Every message with the form's fields it concerns (none: a field not on the form). */
  problems: RuleProblem[];
}

/** One rule-set problem: the fields of the form it concerns and its text without the path. */
export interface RuleProblem {
  /** The JSON path parseRuleSet named ("" when none). */
  path: string;
  /** Paths of the form's fields it concerns (a check on `churn.levels` concerns both levels). */
  fields: string[];
  /** The message after "path: " (the whole message when no field of the form is concerned). */
  text: string;
}

/**
 * Validates a draft with parseRuleSet and sorts its messages by the form's fields: a message for
 * `churn.levels` (medium above high) goes to both of its fields.
 *
 * @example checkDraft({ window: { months: 0 } }, "en-US").byField["window.months"] // ["expected ≥ 1, got 0"]
 */
export function checkDraft(draft: RulesDraft, lang: Lang): DraftCheck {
  const result = parseRuleSet(draft, lang);
  if (result.ok) return { rules: result.rules, byField: {}, other: [], all: [], problems: [] };
  const byField: Record<string, string[]> = {};
  const other: string[] = [];
  const problems = problemsOf(result.errors);
  for (const problem of problems) {
    if (problem.fields.length === 0) other.push(problem.text);
    // A check across two fields in the form's words under each (the engine's names the JSON keys:
    // "medium 不能高于 high" showed under both fields, stop 51 tester P1).
    const across = ACROSS_FIELDS[problem.path];
    const text = across ? translator(lang)(across) : problem.text;
    for (const p of problem.fields) (byField[p] ??= []).push(text);
  }
  return { rules: null, byField, other, all: result.errors, problems };
}

/**
 * parseRuleSet's messages ("path: message") sorted by the form's fields: a message for
 * `churn.levels` (medium above high) concerns both of its fields.
 *
 * @example problemsOf(["window.months: expected ≥ 1, got 0"])[0].fields // ["window.months"]
 */
export function problemsOf(errors: readonly string[]): RuleProblem[] {
  const paths = [AS_OF_PATH, CALENDAR_PATH, ...RULE_FIELDS.map((f) => f.path)];
  return errors.map((message) => {
    // The path ends at the first ": " (English) or "：" (Chinese); a path holds neither.
    const sep = /: |：/.exec(message);
    const path = sep ? message.slice(0, sep.index) : "";
    const text = sep ? message.slice(sep.index + sep[0].length) : message;
    // A refinement on an object (levels, valueTier) concerns each of its fields.
    const targets = path === "" ? [] : paths.filter((p) => p === path || p.startsWith(path + "."));
    return targets.length ? { path, fields: targets, text } : { path, fields: [], text: message };
  });
}

/**
 * A problem as the user reads it: the field's label, as the form shows it, and the message, not
 * the JSON path ("分析窗口（月）应 ≥ 1，实际为 -3"). A problem with no field on the form stays whole.
 *
 * @example problemText({ path: "window.months", fields: ["window.months"], text: "expected ≥ 1, got -3" }, translator("en-US")) // "Analysis window (months): expected ≥ 1, got -3"
 */
export function problemText(problem: RuleProblem, t: Translate): string {
  if (problem.fields.length === 0) return problem.text;
  // A check across two fields, in the form's words (the engine's names the JSON keys).
  const across = ACROSS_FIELDS[problem.path];
  if (across) return t(across);
  const label = problem.fields.map((p) => t(fieldLabel(p))).join(t("listSeparator"));
  return t("fieldError", { label, message: problem.text });
}

/**
 * A problem of an imported rule-set file (JSON pasted or chosen): like problemText, in the field's
 * label, with the JSON path after it, since the fix is made in the file ("分析窗口（月）（window.months）
 * 应 ≥ 1，实际为 -3"). A problem with no field on the form stays whole (it starts with its path).
 *
 * @example importProblemText(problemsOf(["window.months: expected ≥ 1, got -3"])[0], translator("en-US")) // "Analysis window (months) (window.months): expected ≥ 1, got -3"
 */
export function importProblemText(problem: RuleProblem, t: Translate): string {
  if (problem.fields.length === 0) return problem.text;
  const { path } = problem;
  const across = ACROSS_FIELDS[path];
  if (across) return t("acrossErrorAt", { message: t(across), path });
  const label = problem.fields.map((p) => t(fieldLabel(p))).join(t("listSeparator"));
  return t("fieldErrorAt", { label, path, message: problem.text });
}

/** Checks across two fields of the form (schema refinements on their object), in the form's words. */
const ACROSS_FIELDS: Record<string, StringKey> = {
  "churn.levels": "levelsOrder",
  "segmentation.valueTier": "valueTierSum",
};

/** The label key of a path of the form. */
function fieldLabel(path: string): StringKey {
  if (path === CALENDAR_PATH) return "calendarLabel";
  return RULE_FIELDS.find((f) => f.path === path)?.label ?? "asOfLabel";
}

/**
 * The one-line explanation of a field: the engine's RULE_DOCS text (with a pane text after it where
 * the field needs one, e.g. how to type a probability), or a key of the UI strings.
 *
 * @example fieldHint(RULE_FIELDS[0], "en-US") // { text: "Analysis window in months: …" }
 */
export function fieldHint(
  field: RuleField,
  lang: Lang,
): { text: string; also?: StringKey } | { key: StringKey } | null {
  if (field.hint === null) return null;
  if ("key" in field.hint) return { key: field.hint.key };
  const [section, key] = field.hint.doc;
  const text = RULE_DOCS[section][key][lang];
  return field.hint.also ? { text, also: field.hint.also } : { text };
}
