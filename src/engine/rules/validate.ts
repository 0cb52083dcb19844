import { editDistance } from "../editDistance";
import type { z } from "zod";
import type { Lang } from "../schema";
import { CATALOGS, say, type Code } from "../words/catalog";
import type { WordParams } from "../words/format";
import { jsonErrorOffset, placeOf } from "./jsonErrorAt";
import { migrateRuleSet, type Migrated } from "./migrate";
import { ruleSetSchema, type RuleSet } from "./schema";

/** A parsed rule set, or the reasons it was rejected (each naming the field). */
export type RuleSetResult =
  { ok: true; rules: RuleSet; migrated?: Migrated["notes"] } | { ok: false; errors: string[] };

/** Keys that only explain (the printed defaults carry them): stripped before validation. */
const DOC_KEYS = new Set(["_doc", "$comment", "$schema"]);

/**
 * How deeply a rule set may nest. The deepest real field is four levels down; the bound keeps a
 * hostile or broken file from running the recursive steps below (and zod) out of stack.
 */
export const MAX_RULES_DEPTH = 32;

/** How deeply a JSON value nests (a scalar is 0), measured without recursion; stops past `limit`. */
export function nestingDepth(value: unknown, limit = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    const d = depth + 1;
    if (d > deepest) deepest = d;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d]);
  }
  return deepest;
}

/** A copy of a JSON value without explanation keys, at every level. */
function withoutDocs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDocs);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!DOC_KEYS.has(k)) out[k] = withoutDocs(v);
    return out;
  }
  return value;
}

/** "segmentation.segments[2].r" from a zod path. */
function pathText(path: readonly PropertyKey[], lang: Lang): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += (out === "" ? "" : ".") + String(p);
  }
  return out === "" ? say(lang, "ruleErrors", "wholeRuleSet") : out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** A zod type name in the user's words ("a whole number"); one we have no words for as it is. */
function typeWord(type: string, lang: Lang): string {
  const types = CATALOGS[lang].ruleTypes as Record<string, string>;
  return Object.hasOwn(types, type) ? types[type] : type;
}

function typeOfValue(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number" && !Number.isInteger(v)) return "number";
  return typeof v;
}

function shown(v: unknown): string {
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

/**
 * A check of the rule set's own (rules/schema.ts, service.ts) names its words in the catalog:
 * `params: { word: "shareSum", …values }`.
 */
export type RuleCheckWord = Code<"ruleErrors">;

/** The words of one zod issue in the chosen language (zod's own messages are English only). */
function issueText(issue: z.core.$ZodIssue, input: unknown, lang: Lang): string {
  const words = (code: Code<"ruleErrors">, params?: WordParams) =>
    say(lang, "ruleErrors", code, params);
  switch (issue.code) {
    case "invalid_type": {
      const got = typeOfValue(valueAt(input, issue.path));
      if (issue.expected === "int" && got === "number") return words("wholeNumber");
      return words("wrongType", {
        expected: typeWord(issue.expected, lang),
        got: typeWord(got, lang),
      });
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = Number(small ? issue.minimum : issue.maximum);
      const exact = (issue as { exact?: boolean }).exact === true;
      if (issue.origin === "array")
        return words(exact ? "exactItems" : small ? "minItems" : "maxItems", { n: bound });
      const op = small ? (issue.inclusive ? "≥" : ">") : issue.inclusive ? "≤" : "<";
      return words("bound", { op, bound, got: shown(valueAt(input, issue.path)) });
    }
    case "invalid_value":
      return words("oneOf", {
        options: issue.values.map((v) => shown(v)).join(words("optionSeparator")),
        got: shown(valueAt(input, issue.path)),
      });
    case "unrecognized_keys":
      return words("unknownField");
    case "invalid_format":
      if ((issue as { pattern?: string }).pattern?.includes("\\d{4}-\\d{2}-\\d{2}"))
        return words("dateFormat");
      return words("badFormat");
    case "custom": {
      const params = issue.params as ({ word?: RuleCheckWord } & WordParams) | undefined;
      return params?.word ? words(params.word, params) : issue.message;
    }
    default:
      return words("invalid");
  }
}

/** "lifecycle.newDays: …" / "lifecycle.newDays：…", the path as the user wrote it in the file. */
function fieldProblem(path: readonly PropertyKey[], problem: string, lang: Lang): string {
  return say(lang, "ruleErrors", "fieldProblem", { path: pathText(path, lang), problem });
}

/** Fields renamed since a version's release (a v1 name in a v2 file, or in an old README). */
const RENAMED: Record<string, string> = { inactiveDays: "churnedAfterDays" };

/**
 * The field of the same object an unknown key most likely means: a renamed one, else one at most
 * two letters off (case aside); null when none.
 *
 * @example nearestField(["churn"], "inactiveDays") // "churnedAfterDays"
 */
function nearestField(path: readonly PropertyKey[], key: string): string | null {
  const known = valueAt(ruleSetSchema.parse({}), path);
  if (known === null || typeof known !== "object") return null;
  const names = Object.keys(known);
  if (Object.hasOwn(RENAMED, key) && names.includes(RENAMED[key])) return RENAMED[key];
  let best: string | null = null;
  let bestDistance = 3;
  for (const n of names) {
    const d = editDistance(key.toLowerCase(), n.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [n, d];
  }
  return best;
}

/** One message per problem, each starting with the field path ("lifecycle.newDays: …"). */
function issueMessages(error: z.ZodError, input: unknown, lang: Lang): string[] {
  const out: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      // One message per unknown key, with the key in the path: it is the field to fix.
      for (const key of issue.keys) {
        const near = nearestField(issue.path, key);
        const text = near
          ? say(lang, "ruleErrors", "unknownFieldNear", { suggestion: near })
          : issueText(issue, input, lang);
        out.push(fieldProblem([...issue.path, key], text, lang));
      }
    } else {
      out.push(fieldProblem(issue.path, issueText(issue, input, lang), lang));
    }
  }
  return out;
}

/**
 * Validates a rule-set document (already parsed from JSON) and fills every missing field with its
 * default. Rejected documents give one message per problem naming the field, in the chosen language.
 *
 * @example
 * parseRuleSet({ lifecycle: { newDays: -1 } })
 * // { ok: false, errors: ["lifecycle.newDays: expected ≥ 0, got -1"] }
 * @example parseRuleSet({}).ok // true: the defaults
 */
export function parseRuleSet(json: unknown, lang: Lang = "en-US"): RuleSetResult {
  if (nestingDepth(json, MAX_RULES_DEPTH) > MAX_RULES_DEPTH) {
    return {
      ok: false,
      errors: [
        fieldProblem(
          [],
          say(lang, "ruleErrors", "nestedTooDeep", { depth: MAX_RULES_DEPTH }),
          lang,
        ),
      ],
    };
  }
  // Rule sets saved by an earlier version are brought up to date first (rules/migrate.ts).
  const { document: input, notes } = migrateRuleSet(withoutDocs(json ?? {}));
  const parsed = ruleSetSchema.safeParse(input);
  if (parsed.success)
    return notes.length > 0
      ? { ok: true, rules: parsed.data, migrated: notes }
      : { ok: true, rules: parsed.data };
  return { ok: false, errors: issueMessages(parsed.error, input, lang) };
}

/**
 * Parses rule-set JSON text (a --rules file): a JSON syntax error is reported like a field error.
 *
 * @example parseRuleSetText('{ "window": { "months": 6 } }').ok // true
 */
export function parseRuleSetText(text: string, lang: Lang = "en-US"): RuleSetResult {
  const body = text.replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // The parser's own message is English and engine-specific: say where, in the user's words.
    const offset = jsonErrorOffset(body);
    const place = placeOf(body, offset < 0 ? body.length : offset);
    return {
      ok: false,
      errors: [fieldProblem([], say(lang, "ruleErrors", "notJson", { ...place }), lang)],
    };
  }
  return parseRuleSet(json, lang);
}
