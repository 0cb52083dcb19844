import { editDistance } from "../editDistance";
import { typedDateProblem } from "../parse/date";
import { typedDateWords } from "../typedDateWords";
import type { z } from "zod";
import type { Lang } from "../schema";
import { CATALOGS, say, type Code } from "../words/catalog";
import type { WordParams } from "../words/format";
import { jsonErrorOffset, placeOf } from "./jsonErrorAt";
import { migrateRuleSet, type Migrated } from "./migrate";
import { ruleSetSchema, TYPED_DATE_NOT_TEXT, type RuleSet } from "./schema";

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
      const value = valueAt(input, issue.path);
      if (issue.message === TYPED_DATE_NOT_TEXT && typeof value === "number")
        return dateNumberWords(value, lang);
      const got = typeOfValue(value);
      if (issue.expected === "int" && got === "number") return words("wholeNumber");
      // A number written as text ("months": "12") is said as such, as "version": "2" is below
      // (1159df7 meant it for any numeric option; it read "expected a number, got text", seen
      // beside version's words in the pane's import at stop 46).
      const asText = typeof value === "string" ? value.trim() : "";
      if (
        (issue.expected === "number" || issue.expected === "int") &&
        /^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(asText)
      )
        return words("numberNotText", { value: String(Number(asText)), text: asText });
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
    case "invalid_value": {
      // A number written as text ("version": "2"): "expected one of 2; got "2"" read as if the
      // two were the same (tester45 #8).
      const value = valueAt(input, issue.path);
      const asText = issue.values.find(
        (v) => typeof v === "number" && typeof value === "string" && value.trim() === String(v),
      );
      if (asText !== undefined)
        return words("numberNotText", { value: String(asText), text: String(asText) });
      return words("oneOf", {
        options: issue.values.map((v) => shown(v)).join(words("optionSeparator")),
        got: shown(value),
      });
    }
    case "unrecognized_keys":
      return words("unknownField");
    case "invalid_format":
      // The service sections' days (extraHolidays, festivals) are ISO dates.
      if ((issue as { pattern?: string }).pattern?.includes("\\d{4}-\\d{2}-\\d{2}"))
        return words("dateFormat");
      return words("badFormat");
    case "custom": {
      const params = issue.params as
        ({ word?: RuleCheckWord; typedDate?: boolean } & WordParams) | undefined;
      // A date (asOf) in --as-of's words, after the field's name (tester12 #8).
      const value = valueAt(input, issue.path);
      if (params?.typedDate && typeof value === "string")
        return typedDateWords(lang, value, typedDateProblem(value) ?? { code: "notADate" });
      return params?.word ? words(params.word, params) : issue.message;
    }
    default:
      return words("invalid");
  }
}

/**
 * A typed date (asOf) written as a number: the forms to write and that a number is not read as a
 * date, not even as an Excel serial (tester13 #9); a number whose digits are a date (20251231) is
 * told to go in quotes. A serial is not read: a rule set has no workbook, so no date system to say
 * which day it is (45657 is 2024-12-31 in a 1900 workbook, 2029-01-01 in a 1904 one), and
 * `--as-of 45657`, read by the same reader, is refused too.
 *
 * @example dateNumberWords(45657, "en-US")
 * // "“45657” is not a date: write it as 2025-12-31 (…); a number is not read as a date (…)"
 */
function dateNumberWords(value: number, lang: Lang): string {
  const text = String(value);
  const problem = typedDateProblem(text);
  if (problem === null) return say(lang, "ruleErrors", "dateNumberQuote", { value: text });
  return say(lang, "ruleErrors", "dateNumber", { problem: typedDateWords(lang, text, problem) });
}

/** "lifecycle.newDays: …" / "lifecycle.newDays：…", the path as the user wrote it in the file. */
function fieldProblem(path: readonly PropertyKey[], problem: string, lang: Lang): string {
  return say(lang, "ruleErrors", "fieldProblem", { path: pathText(path, lang), problem });
}

/** Fields renamed since a version's release (a v1 name in a v2 file, or in an old README). */
const RENAMED: Record<string, string> = { inactiveDays: "churnedAfterDays" };

/**
 * Fields users look for in another object, by the names they give them (stop-28 brief:
 * lifecycle.churnedDays, the churned stage being churn's since version 2).
 */
const MOVED: Record<string, string> = {
  churnedDays: "churn.churnedAfterDays",
  churnDays: "churn.churnedAfterDays",
  inactiveDays: "churn.churnedAfterDays",
};

/**
 * The field of the same object an unknown key most likely means: a renamed one, else one at most
 * two letters off (case aside); else a field of another object (its whole path, "churn.
 * churnedAfterDays": fieldElsewhere); null when none.
 *
 * @example nearestField(["churn"], "inactiveDays") // "churnedAfterDays"
 * @example nearestField(["lifecycle"], "churnedDays") // "churn.churnedAfterDays"
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
  return best ?? fieldWithWords(names, key) ?? fieldElsewhere(path, key);
}

/**
 * The one field of the same object whose name holds every word of the key (a plural s aside), fewest
 * other words first: a field with its unit dropped (churnHorizon → churnHorizonDays,
 * keyAccountOverdue → keyAccountOverdueDays, maskContacts → maskContactDetails). Stop 28 tester:
 * these got no hint, or one to a priority band's name in another object. Null when none or two.
 *
 * @example fieldWithWords(["churnHorizonDays", "churnedAfterDays"], "churnHorizon") // "churnHorizonDays"
 */
function fieldWithWords(names: readonly string[], key: string): string | null {
  const words = wordsOf(key).map(singular);
  if (words.length === 0) return null;
  let most = Infinity;
  let within: string[] = [];
  for (const n of names) {
    const w = wordsOf(n).map(singular);
    if (w.length <= words.length || !wordsWithin(words, w)) continue;
    if (w.length < most) [most, within] = [w.length, [n]];
    else if (w.length === most) within.push(n);
  }
  return within.length === 1 ? within[0] : null;
}

/** A word without its plural s ("contacts" → "contact"; "days", "s" kept as they are short). */
function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** Every field's path in the rule set (objects walked, arrays and values its fields), once. */
let fieldPaths: string[] | null = null;
function allFieldPaths(): string[] {
  if (fieldPaths) return fieldPaths;
  const out: string[] = [];
  const walk = (value: unknown, at: string) => {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const p = at ? `${at}.${k}` : k;
      if (v !== null && typeof v === "object" && !Array.isArray(v)) walk(v, p);
      else out.push(p);
    }
  };
  walk(ruleSetSchema.parse({}), "");
  return (fieldPaths = out);
}

/** A camelCase name's words, lower case: "churnedAfterDays" → churned, after, days. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

/** True when every word of `part` is in `whole`, in the same order. */
function wordsWithin(part: readonly string[], whole: readonly string[]): boolean {
  let k = 0;
  for (const w of whole) if (k < part.length && w === part[k]) k++;
  return k === part.length;
}

/**
 * The field of another object an unknown key (at `path`) most likely means, as its whole path: a
 * known moved field (MOVED); else the one field of that name elsewhere; else the one whose name
 * holds all the key's words, two or more (churnedDays: churnedAfterDays), fewest others first;
 * else the one at most two letters off (one under 8 letters). Null when none, or when two are as
 * near (a pointer to the wrong field is worse than none).
 *
 * @example fieldElsewhere(["followUp"], "csatPositiveMin") // "satisfaction.csatPositiveMin"
 */
function fieldElsewhere(path: readonly PropertyKey[], key: string): string | null {
  if (Object.hasOwn(MOVED, key)) return MOVED[key];
  const here = path.join(".");
  const fields = allFieldPaths().filter((p) => p.slice(0, p.lastIndexOf(".")) !== here);
  const nameOf = (p: string) => p.slice(p.lastIndexOf(".") + 1);
  const only = (ps: string[]) => (ps.length === 1 ? ps[0] : null);
  const lower = key.toLowerCase();
  const same = fields.filter((p) => nameOf(p).toLowerCase() === lower);
  if (same.length > 0) return only(same);
  const words = wordsOf(key);
  if (words.length >= 2) {
    let most = Infinity;
    let within: string[] = [];
    for (const p of fields) {
      const w = wordsOf(nameOf(p));
      if (!wordsWithin(words, w)) continue;
      if (w.length < most) [most, within] = [w.length, [p]];
      else if (w.length === most) within.push(p);
    }
    if (within.length > 0) return only(within);
  }
  const allowed = key.length >= 8 ? 2 : 1;
  let nearest = allowed + 1;
  let near: string[] = [];
  for (const p of fields) {
    const d = editDistance(lower, nameOf(p).toLowerCase());
    if (d < nearest) [nearest, near] = [d, [p]];
    else if (d === nearest) near.push(p);
  }
  return nearest <= allowed ? only(near) : null;
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
