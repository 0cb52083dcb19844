import type { Lang } from "../schema";

/**
 * Which of our two languages a language tag means: the one place that reads "zh…" as Chinese.
 */

/** Tags that are Chinese: "zh", "zh-CN", "zh-TW", "zh_CN.UTF-8" (a POSIX locale), any case. */
const CHINESE = /^zh(?![a-z])/i;
const ENGLISH = /^en(?![a-z])/i;

/**
 * The language of a tag (BCP 47 or a POSIX locale): any Chinese is zh-CN, anything else en-US.
 *
 * @example languageOfTag("zh-TW") // "zh-CN"
 * @example languageOfTag("de-DE") // "en-US"
 */
export function languageOfTag(tag: string | null | undefined): Lang {
  return typeof tag === "string" && CHINESE.test(tag.trim()) ? "zh-CN" : "en-US";
}

/** Han characters: a text with any is Chinese. */
const HAN = /[\u4e00-\u9fff]/;

/**
 * The language of texts a user wrote (a sheet's headers, a rule file): any Chinese is zh-CN, else
 * `otherwise` (en-US for headers, which are words; null for a rule file, whose keys are English
 * whoever wrote it, so the system's language decides).
 *
 * @example textLanguage(["客户编号"], null) // "zh-CN"
 * @example textLanguage(['{ "window": { "months": 6 } }'], null) // null
 */
export function textLanguage(texts: Iterable<string>, otherwise: Lang | null): Lang | null {
  for (const t of texts) if (HAN.test(t)) return "zh-CN";
  return otherwise;
}

/**
 * The language a user asked for by name (`--lang zh`, `--lang en-US`), or null when the tag is
 * neither Chinese nor English.
 *
 * @example requestedLanguage("zh") // "zh-CN"
 * @example requestedLanguage("fr") // null
 */
export function requestedLanguage(tag: string): Lang | null {
  const t = tag.trim();
  return CHINESE.test(t) ? "zh-CN" : ENGLISH.test(t) ? "en-US" : null;
}
