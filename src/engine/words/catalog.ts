import type { Lang } from "../schema";
import { EN } from "./en-US";
import { fill, type WordParams } from "./format";
import { ZH } from "./zh-CN";

/**
 * The catalog of words: one typed object per language (en-US.ts, zh-CN.ts) with the same sections
 * and codes. Code that shows text to a user asks here with a code and parameters.
 *
 * How to add a word: add the code to BOTH en-US.ts and zh-CN.ts (a missing one fails to compile
 * and test/engine/words/catalog.test.ts checks placeholders and punctuation), then
 * `say(lang, "section", "code", { param })`.
 */

/** The shape every language's catalog has: the sections and codes of en-US.ts. */
export type Catalog = { [S in keyof typeof EN]: Record<keyof (typeof EN)[S], string> };
export type Section = keyof Catalog;
export type Code<S extends Section> = keyof Catalog[S] & string;

/** Each language's catalog. */
export const CATALOGS: Record<Lang, Catalog> = { "en-US": EN, "zh-CN": ZH };

/**
 * A text in a language with its parameters filled in (numbers in the language's style, plurals
 * by Intl.PluralRules).
 *
 * @example say("en-US", "cli", "rulesValid", { file: "r.json" }) // "r.json: the rule set is valid"
 */
export function say<S extends Section>(
  lang: Lang,
  section: S,
  code: Code<S>,
  params: WordParams = {},
): string {
  return fill(CATALOGS[lang][section][code] as string, params, lang);
}

/**
 * A text in both languages (for findings and errors that carry both).
 *
 * @example sayBoth("quality", "blank_row")["zh-CN"] // "空行，已跳过"
 */
export function sayBoth<S extends Section>(
  section: S,
  code: Code<S>,
  params: WordParams = {},
): Record<Lang, string> {
  return {
    "zh-CN": say("zh-CN", section, code, params),
    "en-US": say("en-US", section, code, params),
  };
}

/**
 * A whole section in both languages, by code: for tables keyed by code that carry both texts (the
 * category labels, field labels). Texts as written, no placeholders filled.
 *
 * @example bySection("stageNames").churned // { "zh-CN": "流失期", "en-US": "Churned" }
 */
export function bySection<S extends Section>(section: S): Record<Code<S>, Record<Lang, string>> {
  const out = {} as Record<Code<S>, Record<Lang, string>>;
  for (const code of Object.keys(CATALOGS["en-US"][section]) as Code<S>[])
    out[code] = {
      "zh-CN": CATALOGS["zh-CN"][section][code] as string,
      "en-US": CATALOGS["en-US"][section][code] as string,
    };
  return out;
}
