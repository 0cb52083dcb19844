import type { z } from "zod";
import type { Lang } from "../schema";
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
function pathText(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += (out === "" ? "" : ".") + String(p);
  }
  return out === "" ? "(rule set)" : out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

const TYPE_WORDS: Record<string, Record<Lang, string>> = {
  number: { "zh-CN": "数字", "en-US": "a number" },
  int: { "zh-CN": "整数", "en-US": "a whole number" },
  string: { "zh-CN": "文本", "en-US": "text" },
  boolean: { "zh-CN": "true 或 false", "en-US": "true or false" },
  object: { "zh-CN": "对象 {…}", "en-US": "an object {…}" },
  array: { "zh-CN": "数组 […]", "en-US": "a list […]" },
  tuple: { "zh-CN": "数组 […]", "en-US": "a list […]" },
  null: { "zh-CN": "null", "en-US": "null" },
  undefined: { "zh-CN": "缺失", "en-US": "missing" },
};

function typeWord(type: string, lang: Lang): string {
  return TYPE_WORDS[type]?.[lang] ?? type;
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

/** The words of one zod issue in the chosen language (zod's own messages are English only). */
function issueText(issue: z.core.$ZodIssue, input: unknown, lang: Lang): string {
  const zh = lang === "zh-CN";
  switch (issue.code) {
    case "invalid_type": {
      const got = typeOfValue(valueAt(input, issue.path));
      if (issue.expected === "int" && got === "number")
        return zh ? "应为整数" : "expected a whole number";
      return zh
        ? `应为${typeWord(issue.expected, lang)}，实际为${typeWord(got, lang)}`
        : `expected ${typeWord(issue.expected, lang)}, got ${typeWord(got, lang)}`;
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const bound = Number(small ? issue.minimum : issue.maximum);
      const exact = (issue as { exact?: boolean }).exact === true;
      if (issue.origin === "array") {
        if (exact) return zh ? `应正好有 ${bound} 项` : `expected exactly ${bound} items`;
        if (small) return zh ? `至少应有 ${bound} 项` : `expected at least ${bound} items`;
        return zh ? `最多只能有 ${bound} 项` : `expected at most ${bound} items`;
      }
      const op = small ? (issue.inclusive ? "≥" : ">") : issue.inclusive ? "≤" : "<";
      const got = valueAt(input, issue.path);
      return zh
        ? `应 ${op} ${bound}，实际为 ${shown(got)}`
        : `expected ${op} ${bound}, got ${shown(got)}`;
    }
    case "invalid_value": {
      const options = issue.values.map((v) => shown(v)).join(", ");
      const got = shown(valueAt(input, issue.path));
      return zh
        ? `应为以下之一：${options}；实际为 ${got}`
        : `expected one of ${options}; got ${got}`;
    }
    case "unrecognized_keys":
      return zh ? "未知的字段（拼写有误？）" : "unknown field (misspelt?)";
    case "invalid_format":
      if ((issue as { pattern?: string }).pattern?.includes("\\d{4}-\\d{2}-\\d{2}"))
        return zh ? "应为 YYYY-MM-DD 格式的日期" : "expected a date as YYYY-MM-DD";
      return zh ? "格式不正确" : "does not have the expected format";
    case "custom": {
      const zhText = (issue.params as { zh?: string } | undefined)?.zh;
      return zh && zhText ? zhText : issue.message;
    }
    default:
      return zh ? "值无效" : "invalid value";
  }
}

/** One message per problem, each starting with the field path ("lifecycle.newDays: …"). */
function issueMessages(error: z.ZodError, input: unknown, lang: Lang): string[] {
  const out: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      // One message per unknown key, with the key in the path: it is the field to fix.
      for (const key of issue.keys)
        out.push(`${pathText([...issue.path, key])}: ${issueText(issue, input, lang)}`);
    } else {
      out.push(`${pathText(issue.path)}: ${issueText(issue, input, lang)}`);
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
        lang === "zh-CN"
          ? `(规则集): 嵌套超过 ${MAX_RULES_DEPTH} 层，不是规则集（规则集最深只有几层）`
          : `(rule set): nested more than ${MAX_RULES_DEPTH} levels deep; not a rule set (a rule set is only a few levels deep)`,
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
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [
        lang === "zh-CN"
          ? `(规则文件): 不是有效的 JSON：${detail}`
          : `(rule set): not valid JSON: ${detail}`,
      ],
    };
  }
  return parseRuleSet(json, lang);
}
