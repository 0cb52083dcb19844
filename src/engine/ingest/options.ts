import type { Cell } from "../cells";
import { foldLabel } from "../parse/text";
import { ENUMS, FLAG_WORDS, TOTALS_WORDS, type EnumField } from "../schema";

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
  if (key === "") return -1;
  if (YES.has(key)) return 1;
  if (NO.has(key)) return 0;
  return NaN;
}

const TOTALS = TOTALS_WORDS.map((w) => foldLabel(w));
const TOTALS_FIRST = new RegExp(
  `^[\\s\\u3000${[...new Set(TOTALS_WORDS.map((w) => w[0] + w[0].toUpperCase()))].join("")}ｔＴｓＳｇＧ]`,
);

/** True when a cell reads as a totals label (合计, 总计, Total, …). */
export function isTotalsLabel(value: Cell): boolean {
  if (typeof value !== "string") return false;
  // Most cells are ids and names: rule them out on the first character before folding.
  if (!TOTALS_FIRST.test(value)) return false;
  const key = foldLabel(value);
  return (
    key !== "" && TOTALS.some((w) => key === w || (key.startsWith(w) && key.length <= w.length + 4))
  );
}
