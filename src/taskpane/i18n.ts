import type { QualityCode } from "../engine/quality";
import type { Lang } from "../engine/schema";
import { CATALOGS, say } from "../engine/words/catalog";
import { fill, formatNumber, type WordParams } from "../engine/words/format";
import { languageOfTag } from "../engine/words/language";
import type { PaneKey } from "../engine/words/pane";

/**
 * How the task pane speaks. Its words live in the engine's catalog of words (section "pane" of
 * src/engine/words, texts in src/engine/words/pane.ts); this module only picks the language and
 * reads them with the catalog's one filler. The pane has no `zh ? … : …` of its own.
 */

export type StringKey = PaneKey;
export type Strings = Record<StringKey, string>;

/** Every pane text, per language (the catalog's "pane" section). */
export const STRINGS: Record<Lang, Strings> = {
  "zh-CN": CATALOGS["zh-CN"].pane,
  "en-US": CATALOGS["en-US"].pane,
};

/** Short names of data-quality codes for the Data step's problem list (the catalog's). */
export const PROBLEM_NAMES: Record<Lang, Record<QualityCode, string>> = {
  "zh-CN": CATALOGS["zh-CN"].problemNames,
  "en-US": CATALOGS["en-US"].problemNames,
};

/**
 * The UI language for a BCP 47 tag (Office.context.displayLanguage, navigator.language, ?lang=):
 * any Chinese is zh-CN, anything else en-US.
 *
 * @example pickLang("zh-TW") // "zh-CN"
 * @example pickLang("de-DE") // "en-US"
 */
export function pickLang(tag: string | null | undefined): Lang {
  return languageOfTag(tag);
}

/**
 * Fills `{name}` placeholders with the catalog's filler; unknown ones stay as they are.
 *
 * @example format("{rows} rows done", { rows: 12 }) // "12 rows done"
 */
export function format(template: string, params: WordParams = {}, lang: Lang = "en-US"): string {
  return fill(template, params, lang);
}

/**
 * A translator for one language: `t("rowsDone", { rows: 5 })`.
 *
 * @example translator("en-US")("tabRun") // "Run"
 */
export function translator(lang: Lang): (key: StringKey, params?: WordParams) => string {
  return (key, params) => say(lang, "pane", key, params);
}

export type Translate = ReturnType<typeof translator>;

/**
 * A whole number in the UI language's style (thousands separators).
 *
 * @example formatCount(12345, "en-US") // "12,345"
 */
export function formatCount(n: number, lang: Lang): string {
  return formatNumber(Math.round(n), lang, 0);
}
