import { toHalfWidth } from "./text";

/**
 * The unit an amount column's header states, as a factor to yuan (or to the currency's unit).
 * Chinese management sheets often keep money in 万元 or 千元 ("金额（万元）"), English ones in
 * thousands ("Amount (k)", "Sales ('000)"): read as plain numbers, every amount would be 10⁴ or 10³
 * times too small with nothing looking wrong (a new-user trial, stop 19 #1). Hand-written: a short
 * fixed list of unit words, no library names them.
 */
export interface AmountUnit {
  /** The unit as written in the header ("万元", "k"). */
  text: string;
  /** What one of it is in the base unit: 万元 → 10,000. */
  factor: number;
}

// Chinese units: anywhere in the header (bracketed or not: "金额（万元）", "金额/万元", "金额万元").
// Longest first so 百万元 is not read as 万元.
const ZH_UNITS: readonly [RegExp, number][] = [
  [/百万元|百万/, 1_000_000],
  [/千万元|千万/, 10_000_000],
  [/亿元|亿/, 100_000_000],
  [/万元|万/, 10_000],
  [/千元/, 1_000],
];

// English units: a bracketed word or a trailing "in …" phrase ("Amount (k)", "Sales in thousands").
const EN_UNITS: readonly [RegExp, number][] = [
  [/^(?:k|thousands?|'?000s?|th|tsd)$/, 1_000],
  [/^(?:m|mn|mm|mio|millions?)$/, 1_000_000],
  [/^(?:bn|billions?)$/, 1_000_000_000],
];

/** Currency words in an English unit ("USD k", "in thousands of RMB"): they say nothing of the scale. */
const CURRENCY_WORDS = /\b(?:of|rmb|cny|usd|eur|gbp|hkd|yuan|dollars?|¥|\$|€|£)\b|[¥$€£]/g;

function englishUnit(words: string): AmountUnit | null {
  const w = words.toLowerCase().replace(CURRENCY_WORDS, " ").trim();
  for (const part of w.split(/\s+/)) {
    for (const [re, factor] of EN_UNITS) if (re.test(part)) return { text: part, factor };
  }
  return null;
}

/**
 * The scale unit a header names, or null when it names none (or plain 元 / a currency only: factor 1
 * needs no note). Chinese unit words count anywhere in the header; English ones only inside
 * brackets or after "in" ("Amount in thousands"), so "Amount" or "Total" alone never match.
 *
 * @example amountUnitOf("金额（万元）") // { text: "万元", factor: 10000 }
 * @example amountUnitOf("Sales ('000)") // { text: "'000", factor: 1000 }
 * @example amountUnitOf("金额（元）") // null
 */
export function amountUnitOf(header: string): AmountUnit | null {
  const h = toHalfWidth(header).trim();
  for (const [re, factor] of ZH_UNITS) {
    const m = re.exec(h);
    if (m) return { text: m[0], factor };
  }
  const bracketed = /[([【]([^)\]】]*)[)\]】]/g;
  for (let m = bracketed.exec(h); m; m = bracketed.exec(h)) {
    const unit = englishUnit(m[1]);
    if (unit) return unit;
  }
  const inPhrase = /\bin\s+(.+)$/i.exec(h);
  return inPhrase ? englishUnit(inPhrase[1]) : null;
}

/** Currencies an amount header may name, the more specific first (HK$ before $). */
const CURRENCIES: readonly [RegExp, string][] = [
  [/HK\$|\bHKD\b|港币|港元/i, "HK$"],
  [/US\$|\bUSD\b|美元|\$/i, "$"],
  [/€|\bEUR\b|欧元/i, "€"],
  [/£|\bGBP\b|英镑/i, "£"],
  [/[¥￥]|\bRMB\b|\bCNY\b|人民币|元/i, "\u00A5"],
];

/**
 * The currency an amount column's header names, as the symbol its amounts are shown with, or null
 * when it names none (the adapters then show the yuan: workbook/numberFormats.ts).
 *
 * @example currencyOf("Amount (USD)") // "$"
 * @example currencyOf("金额（万元）") // "¥"
 * @example currencyOf("Amount") // null
 */
export function currencyOf(header: string): string | null {
  const h = toHalfWidth(header);
  for (const [re, symbol] of CURRENCIES) if (re.test(h)) return symbol;
  return null;
}

/**
 * Multiplies amounts by a unit's factor, rounded to 6 decimals so 0.121568 万元 is 1215.68 yuan,
 * not 1215.6799999999998. NaN stays NaN.
 *
 * @example scaleAmount(0.121568, 10_000) // 1215.68
 */
export function scaleAmount(value: number, factor: number): number {
  return Math.round(value * factor * 1e6) / 1e6;
}
