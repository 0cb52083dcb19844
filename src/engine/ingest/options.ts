import type { Cell } from "../cells";
import { foldLabel } from "../parse/text";
import {
  ENUMS,
  FLAG_WORDS,
  SCALE5_WORDS,
  TOTALS_PERIOD_WORDS,
  TOTALS_WORDS,
  FOOTNOTE_COUNT_QUALIFIERS,
  FOOTNOTE_COUNT_UNITS,
  FOOTNOTE_COUNT_WORDS,
  FOOTNOTE_NOTE_WORDS,
  type EnumField,
} from "../schema";

/** Folded word → option code, per enum field. */
const ENUM_LOOKUP = new Map<EnumField, Map<string, string>>(
  (Object.keys(ENUMS) as EnumField[]).map((field) => {
    const m = new Map<string, string>();
    for (const [code, words] of Object.entries(ENUMS[field])) {
      m.set(foldLabel(code), code);
      for (const w of words as readonly string[]) m.set(foldLabel(w), code);
    }
    return [field, m];
  }),
);

/**
 * The option code a cell names for an enum field, or null when it names none.
 *
 * @example optionCode("type", "企业") // "enterprise"
 */
export function optionCode(field: EnumField, value: Cell): string | null {
  if (typeof value !== "string") return optionCodeOf(field, value);
  // A column of options holds a few texts millions of times: each is folded and looked up once.
  let seen = SEEN_OPTIONS.get(field);
  if (!seen) SEEN_OPTIONS.set(field, (seen = new Map()));
  const known = seen.get(value);
  if (known !== undefined) return known;
  const code = optionCodeOf(field, value);
  if (seen.size < SEEN_MAX) seen.set(value, code);
  return code;
}

/** Texts remembered per enum field (free text in an option column must not grow it without end). */
const SEEN_MAX = 4096;
const SEEN_OPTIONS = new Map<EnumField, Map<string, string | null>>();

/** optionCode without the memory of texts seen (the definition; exported for its test). */
export function optionCodeOf(field: EnumField, value: Cell): string | null {
  const key = foldLabel(value);
  if (key === "") return null;
  const m = ENUM_LOOKUP.get(field)!;
  const exact = m.get(key);
  if (exact) return exact;
  // "企业客户（大客户）", "产品质量问题": a known word at the start still names the option.
  for (const [word, code] of m) if (word.length >= 2 && key.startsWith(word)) return code;
  return null;
}

const YES = new Set(FLAG_WORDS.yes.map((w) => foldLabel(w)));
const NO = new Set(FLAG_WORDS.no.map((w) => foldLabel(w)));
const UNKNOWN = new Set(FLAG_WORDS.unknown.map((w) => foldLabel(w)));

/** 1 for yes, 0 for no, -1 blank, NaN when the cell is not a yes/no. @example readFlag("是") // 1 */
export function readFlag(value: Cell): number {
  if (value === true) return 1;
  if (value === false) return 0;
  if (typeof value === "number") return value === 1 ? 1 : value === 0 ? 0 : NaN;
  if (typeof value !== "string") return flagOf(value);
  // A yes/no column holds a few texts a million times: each is folded once (as optionCode does).
  const known = SEEN_FLAGS.get(value);
  if (known !== undefined) return known;
  const flag = flagOf(value);
  if (SEEN_FLAGS.size < SEEN_MAX) SEEN_FLAGS.set(value, flag);
  return flag;
}

const SEEN_FLAGS = new Map<string, number>();

function flagOf(value: Cell): number {
  const key = foldLabel(value);
  if (key === "" || UNKNOWN.has(key)) return -1;
  if (YES.has(key)) return 1;
  if (NO.has(key)) return 0;
  return NaN;
}

const TOTALS = [...new Set(TOTALS_WORDS.map((w) => foldLabel(w)))];
const alternatives = (words: readonly string[]) =>
  [...words].sort((x, y) => y.length - x.length).join("|");
const LATIN_UNITS = FOOTNOTE_COUNT_UNITS.filter((u) => /^[a-z]/.test(u));
const CJK_UNITS = FOOTNOTE_COUNT_UNITS.filter((u) => !/^[a-z]/.test(u));
const FOOTNOTE = new RegExp(
  `^(?:(?:${alternatives(FOOTNOTE_COUNT_WORDS)})\\s*[:：]?\\s*\\d[\\d,]*\\s*(?:${alternatives(FOOTNOTE_COUNT_UNITS)})` +
    `|(?:${alternatives(FOOTNOTE_NOTE_WORDS)})\\s*[:：]` +
    // The count first (16位会员, 16 members, 12 active): an English unit ends the cell or its
    // clause, so a name that begins with a number (7 Members Club) is none.
    `|\\d[\\d,]*\\s*(?:${alternatives(CJK_UNITS)}` +
    `|(?:(?:${alternatives(FOOTNOTE_COUNT_QUALIFIERS)})\\s+)?(?:${alternatives(LATIN_UNITS)})\\s*(?:$|[,，;；:：.。(（])))`,
  "i",
);
// The id cell of every row is asked: ruled out by its first character before the regex.
const FOOTNOTE_FIRST = new Set([
  ...[...FOOTNOTE_COUNT_WORDS, ...FOOTNOTE_NOTE_WORDS].flatMap((w) => [
    w.charCodeAt(0),
    w.toUpperCase().charCodeAt(0),
  ]),
  ..."0123456789".split("").map((d) => d.charCodeAt(0)),
]);

/**
 * True when a cell reads as a list's footnote (FOOTNOTE_COUNT_WORDS, FOOTNOTE_NOTE_WORDS): a count
 * of what the list holds (`共16位会员`, `Total: 16 customers`) or a note (`备注：…`, `Note: …`).
 *
 * @example isFootnoteLabel("共16位会员（钻石卡2，金卡5）") // true
 */
export function isFootnoteLabel(value: Cell): boolean {
  if (typeof value !== "string") return false;
  const text = value.trimStart();
  return FOOTNOTE_FIRST.has(text.charCodeAt(0)) && FOOTNOTE.test(text);
}
const TOTALS_CJK = new Set(TOTALS.filter((w) => !/^[a-z]/.test(w)));
// Most cells are ids and names: a totals label starts or ends with one of these characters (in
// simplified or traditional writing, full width or not), so others are ruled out before folding,
// by a character code or two (the id cell of every row is asked: no regex for its end).
const FIRST_CHARS = new Set([..."合總总小共汇匯彙tTsSgGｔＴｓＳｇＧ"].map((c) => c.charCodeAt(0)));
const LAST_CHARS = new Set([..."计計总總lLmMsSｌＬｍＭｓＳ"].map((c) => c.charCodeAt(0)));
// Spaces and marks around a label (`合计：`, ` Total `), skipped at either end.
const TRAILING = new Set([..." \t\u3000:：.。)）]】"].map((c) => c.charCodeAt(0)));

function startsLikeTotals(value: string): boolean {
  let i = 0;
  while (i < value.length && TRAILING.has(value.charCodeAt(i))) i++;
  return i < value.length && FIRST_CHARS.has(value.charCodeAt(i));
}

function endsLikeTotals(value: string): boolean {
  let i = value.length - 1;
  while (i >= 0 && TRAILING.has(value.charCodeAt(i))) i--;
  return i >= 0 && LAST_CHARS.has(value.charCodeAt(i));
}
const PERIOD = new RegExp(
  `^(?:\\d+|${[...TOTALS_PERIOD_WORDS].sort((x, y) => y.length - x.length).join("|")})+$`,
);
/** Text a label may hold beside its totals word: any 4 characters, or a period (`2025年1月`). */
const PERIOD_MAX = 24;

function besideTotals(rest: string, cjk: boolean): boolean {
  return (cjk && rest.length <= 4) || (rest.length <= PERIOD_MAX && PERIOD.test(rest));
}

/**
 * True when a cell reads as a totals label: a totals word (合计, 总计, 小计, 汇总, Total, …) alone,
 * or with a period or short label before or after it (`1月小计`, `本月合计`, `Subtotal September`).
 *
 * @example isTotalsLabel("Subtotal September") // true
 */
export function isTotalsLabel(value: Cell): boolean {
  if (typeof value !== "string") return false;
  if (!startsLikeTotals(value) && !endsLikeTotals(value)) return false;
  const key = foldLabel(value);
  if (key === "") return false;
  for (const w of TOTALS) {
    if (key === w) return true;
    // After the word: a short label of any kind (合计金额, Total:), as before; or a period.
    if (
      key.startsWith(w) &&
      (key.length <= w.length + 4 || besideTotals(key.slice(w.length), false))
    )
      return true;
    // Before it: a period (1月小计, January total), or a short label before a Chinese word (华东合计).
    if (key.endsWith(w) && besideTotals(key.slice(0, key.length - w.length), TOTALS_CJK.has(w)))
      return true;
  }
  return false;
}

const SCALE5 = new Map<string, number>(
  Object.entries(SCALE5_WORDS).flatMap(([score, words]) =>
    (words as readonly string[]).map((w) => [foldLabel(w), Number(score)] as const),
  ),
);

/**
 * The score (1–5) of an answer on the written 5-point scale (非常满意 5 … 非常不满意 1), NaN for
 * another cell.
 *
 * @example scale5Score("非常满意") // 5
 */
export function scale5Score(value: Cell): number {
  if (typeof value !== "string") return NaN;
  return SCALE5.get(foldLabel(value)) ?? NaN;
}
