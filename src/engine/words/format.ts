import type { Lang } from "../schema";

/**
 * Filling and formatting words: the one template filler, plurals and numbers through Intl (so
 * "1 finding" / "2 findings" and "12,345" follow the language's own rules).
 */

/** Parameters of a text: placeholders `{name}` take their values. */
export type WordParams = Record<string, string | number>;

/**
 * Fills `{name}` placeholders; an unknown one stays as it is (a test finds it). A `{n|one|other}`
 * placeholder picks the word for `n` by Intl.PluralRules ("#" in a form is the number, formatted).
 *
 * @example fill("{count} {count|finding|findings}", { count: 1 }, "en-US") // "1 finding"
 * @example fill("{n|# row|# rows}", { n: 1200 }, "en-US") // "1,200 rows"
 * @example fill("第 {row} 行", { row: 3 }) // "第 3 行"
 */
export function fill(template: string, params: WordParams = {}, lang: Lang = "en-US"): string {
  const parts = compiled(template);
  if (parts.length === 1 && typeof parts[0] === "string") return parts[0];
  // The pieces joined at the end: one flat string, where `+=` made a rope of every piece that the
  // sheet writer and the JSON's encoder flattened again on their first read of it (a reason text
  // is filled for every row of the customer tab and the JSON: issue 11, stop 34).
  // One slot per part, filled in order: no array grown push by push per call (a reason text is
  // filled per customer for the tabs and the JSON; ~10% of a fill, stop 51).
  const n = parts.length;
  const out: string[] = new Array<string>(n);
  for (let k = 0; k < n; k++) {
    const part = parts[k];
    if (typeof part === "string") {
      out[k] = part;
      continue;
    }
    if (!(part.key in params)) {
      out[k] = part.whole;
      continue;
    }
    const value = params[part.key];
    // Plain placeholders take the value as given (row numbers read as Excel shows them, 1234);
    // format counts with formatNumber first where separators help.
    if (!part.forms) {
      out[k] = String(value);
      continue;
    }
    const v = Number(value);
    const form = pluralRules(lang).select(v) === "one" ? part.forms[0] : part.forms[1];
    out[k] = form.replace(/#/g, formatNumber(v, lang));
  }
  return out.join("");
}

/** A placeholder of a template: its key, its plural forms (one, other) if any, and its own text. */
export type Placeholder = { key: string; forms: [string, string] | null; whole: string };

/**
 * Templates cut into literal text and placeholders once, so filling one is concatenation (texts
 * are filled for every row of a million-row tab: the regex each time cost 0.35 µs a call).
 */
const COMPILED = new Map<string, (string | Placeholder)[]>();
/**
 * A catalog text as its literal pieces and placeholders, in order (cached): what fill() fills, and
 * what the typed-notes reader turns back into a pattern (followUp/typedNotes.ts pieceOf).
 *
 * @example compiled("逾期 {days} 天")[1] // { key: "days", forms: null, whole: "{days}" }
 */
export function compiled(template: string): (string | Placeholder)[] {
  let parts = COMPILED.get(template);
  if (parts) return parts;
  parts = [];
  const re = /\{(\w+)((?:\|[^|{}]*)*)\}/g;
  let at = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > at) parts.push(template.slice(at, m.index));
    const [whole, key, forms] = m;
    const [one, other = one] = forms ? forms.slice(1).split("|") : [];
    parts.push({ key, forms: forms ? [one, other] : null, whole });
    at = m.index + whole.length;
  }
  if (at < template.length || parts.length === 0) parts.push(template.slice(at));
  // Texts come from the catalog (a bounded set); a caller filling ad-hoc templates must not grow it
  // without end.
  if (COMPILED.size < 10_000) COMPILED.set(template, parts);
  return parts;
}

const PLURALS = new Map<Lang, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
  let rules = PLURALS.get(lang);
  if (!rules) PLURALS.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

const NUMBERS = new Map<string, Intl.NumberFormat>();

/**
 * A number in the language's style: whole numbers with thousands separators, others with up to
 * `digits` decimals. Not finite: "–".
 *
 * @example formatNumber(12345, "en-US") // "12,345"
 * @example formatNumber(0.5, "zh-CN", 1) // "0.5"
 */
export function formatNumber(n: number, lang: Lang, digits = 2): string {
  if (!Number.isFinite(n)) return "–";
  const key = `${lang}:${digits}`;
  let f = NUMBERS.get(key);
  if (!f) NUMBERS.set(key, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: digits })));
  return f.format(n);
}

/**
 * NPS as every place shows it (console, Overview, task pane): whole points, never −0 (Math.round(−0.2)
 * is −0, which Excel and toFixed show as "-0"). The JSON keeps the precise figure. Not finite: NaN.
 *
 * @example npsWhole(-0.1984) // 0
 * @example npsWhole(12.5) // 13
 */
export function npsWhole(nps: number): number {
  return Number.isFinite(nps) ? Math.round(nps) || 0 : NaN;
}

/**
 * A share as a percentage with one decimal. Not finite: "–".
 *
 * @example formatPercent(0.566, "en-US") // "56.6%"
 */
export function formatPercent(share: number, lang: Lang): string {
  if (!Number.isFinite(share)) return "–";
  return new Intl.NumberFormat(lang, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
}

/**
 * A part's share of a whole as a warning writes it before "%": whole per cent, but a small share
 * not 0 nor a share short of all 100 (tester67 U316: 1,200 of 2.99 million read "占全部交易金额的
 * 0%"): one decimal below 1 and above 99, "<0.1" and ">99.9" past them. "0" with no whole.
 *
 * @example sharePercent(1_200, 2_990_804) // "<0.1"
 * @example sharePercent(4, 1_000) // "0.4"
 * @example sharePercent(458, 726) // "63"
 */
export function sharePercent(part: number, whole: number): string {
  const p = whole > 0 && Number.isFinite(part) ? (100 * part) / whole : 0;
  if (p <= 0 || p >= 100 || (p >= 1 && p <= 99)) return String(Math.round(p));
  if (p < 0.1) return "<0.1";
  if (p > 99.9) return ">99.9";
  return String(Math.round(p * 10) / 10);
}

/** Characters that belong in Chinese text only: CJK punctuation and full-width forms. */
export const FULL_WIDTH = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/;

/** East Asian wide characters (CJK, Hangul, full-width forms): two columns in a terminal. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * How many terminal columns a text takes: a Chinese character or full-width sign takes two.
 *
 * @example displayWidth("流失期") // 6
 * @example displayWidth("Churned") // 7
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/**
 * Pads a text with spaces to a display width (so Chinese and English columns line up in a
 * console); `right` aligns it to the right. A longer text is left as it is.
 *
 * @example padDisplay("高", 4) + "|" // "高  |"
 * @example padDisplay("12", 4, true) // "  12"
 */
export function padDisplay(text: string, width: number, right = false): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/**
 * An English name as it reads mid-sentence: its first letter in lower case, unless the name starts
 * with an acronym ("RFM segment" stays). For a label the catalog writes in sentence case.
 *
 * @example lowerFirst("Lifecycle stage") // "lifecycle stage"
 * @example lowerFirst("RFM segment") // "RFM segment"
 */
export function lowerFirst(text: string): string {
  return /^[A-Z][^A-Z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
