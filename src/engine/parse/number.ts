import type { Cell } from "../cells";
import { currencyCodeIn } from "./currencySymbol";
import { toHalfWidth } from "./text";
import {
  AMOUNT_NOTE_NOT_RECEIVED_WORDS,
  AMOUNT_NOTE_RECEIVED_PHRASES,
  AMOUNT_PAYMENT_METHOD_WORDS,
  AMOUNT_REFUND_WORDS,
} from "../optionWords";

// Currency signs and words users put around amounts; stripped before reading the number.
// "元整" (whole yuan) as cheques and invoices write it; HK$, US$ and 港元 whole (currencySymbol.ts).
const CURRENCY = /hk\$|hkd|港币|港元|us\$|[¥￥$€£]|rmb|cny|usd|eur|gbp|元整?|人民币/gi;
/** The words as one alternation, the longest first (退款 before 退); an English one whole (cash, not cashback). */
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + (/[a-z]$/i.test(w) ? "(?![a-z])" : ""))
    .join("|");
// A refund word or a way of paying written before the amount (退3648, 微信1200, Cash: 50; tester67
// U316), with the colon or space after it: group 1 the refund, group 2 the way.
const AMOUNT_PREFIX = new RegExp(
  `^(?:(${alternation(AMOUNT_REFUND_WORDS)})|(${alternation(AMOUNT_PAYMENT_METHOD_WORDS)}))\\s*:?\\s*`,
  "i",
);
// A note in brackets after the amount (4800（95折）, 1200 (含税), 50 (tips incl.)): words, not a
// number. Not two or three letters (1200 (CR): a credit, as an accountant writes it, stays refused).
const AMOUNT_NOTE = /\s*\(([^()]*(?:[\u3400-\u9fff]|[a-z]{4})[^()]*)\)$/i;
const REFUND_WORD = new RegExp(`^(?:${alternation(AMOUNT_REFUND_WORDS)})$`, "i");
// A note that says the figure is not what was received (AMOUNT_NOTE_NOT_RECEIVED_WORDS), or names
// another figure (实收4560, 欠200, paid 1000) other than a discount rate (95折, 打8.5折): the cell
// is refused and named, as before tester67 U316 (reviewer69 H3).
const NOTE_NOT_RECEIVED = new RegExp(
  // 不退 (不退不换, no returns) says no refund, 可退款 / 不可退款 a returns policy; \u4e0d is 不,
  // \u53ef 可, escaped so that the pattern holds no Chinese beside its English flag
  // (words/wordsInPlace's side-by-side check).
  `(?<![a-z]|\\u4e0d|\\u53ef)(?:${alternation(AMOUNT_NOTE_NOT_RECEIVED_WORDS)})`,
  "i",
);
// Phrases that say the money was received though they hold such a word (运费到付, no show fee).
const NOTE_RECEIVED_PHRASE = new RegExp(alternation(AMOUNT_NOTE_RECEIVED_PHRASES), "gi");
const DISCOUNT_RATE = /(?:打)?\d{1,2}(?:\.\d)?\s*折/g;
// Grouping spaces: ordinary, no-break, narrow no-break (French), thin; the Swiss apostrophe.
const GROUPING_SPACE = /[\s\u00a0\u202f\u2009']/g;

/**
 * What a text number shows about its decimal mark:
 * - `none`: nothing (a typed number, `1280`, `-5`);
 * - `point` / `comma`: only that mark can be the decimal mark (`12.50`, `1,234.5`, `1,234,567` say
 *   point; `12,50`, `1.234,56`, `1.234.567` say comma);
 * - `ambiguous`: one separator followed by exactly three digits (`1,234`, `1.234`): a grouping
 *   mark or a decimal mark, which only the rest of the column can tell.
 */
export type DecimalEvidence = "none" | "point" | "comma" | "ambiguous";

/** One reading of an amount; `readAmount` fills an object the caller reuses (no object per cell). */
export interface AmountReading {
  /** The value; for an ambiguous text, the reading with the usual marks of Chinese and English (`1,234` → 1234, `1.234` → 1.234). */
  value: number;
  evidence: DecimalEvidence;
  /** For `ambiguous`: the separator seen and the two readings. */
  separator: "," | ".";
  asGrouping: number;
  asDecimal: number;
  /** True when the text was a percentage (`12.5%`): not an amount, value is NaN. */
  percent: boolean;
  /** The currency symbol the text carried, as a code (currencySymbol.ts CURRENCY_SYMBOLS; 0 none). */
  currency: number;
  /**
   * The scale the text named itself (`1.2万`: 10,000, `5k`: 1,000), already in `value`; 1 when
   * none. With `currency`, what says the cell is in its own unit, not its header's (tester53 N25).
   */
  unit: number;
}

/** A fresh reading object to pass to {@link readAmount}. */
export function amountReading(): AmountReading {
  return {
    value: NaN,
    evidence: "none",
    separator: ",",
    asGrouping: NaN,
    asDecimal: NaN,
    percent: false,
    currency: 0,
    unit: 1,
  };
}

/**
 * Reads an amount as users type it, saying what it shows about the decimal mark: `¥1,280.00`,
 * `１２８０`, `1 280`, `(120)` or `-120` for a return, `1,280元`, `1.2万` (12,000), `5k` or `3千`
 * (thousands), `HK$29,555` or `100港币` (HK$), `¥-` (zero, as the
 * accounting format shows it), and with a decimal comma `1.234,56` or `12,50`. A percentage (`12.5%`) is not an amount: NaN with `percent` set.
 * The currency it names is `currency` (`$1,234.50`: the code of `$`).
 * The common case (digits with at most one point) takes a fast path with no regular expression.
 *
 * @example readAmount("1.234,56", amountReading()).value    // 1234.56 (evidence "comma")
 * @example readAmount("1,234", amountReading()).evidence     // "ambiguous"
 * @example readAmount("¥4,200", amountReading()).value      // 4200 (evidence "point": ¥ groups with a comma)
 */
export function readAmount(value: Cell, out: AmountReading): AmountReading {
  out.evidence = "none";
  out.percent = false;
  out.currency = 0;
  out.unit = 1;
  if (typeof value === "number") {
    out.value = Number.isFinite(value) ? value : NaN;
    return out;
  }
  if (typeof value !== "string") {
    out.value = NaN;
    return out;
  }
  if (fastPlain(value, out)) return out;
  return slowAmount(value, out);
}

/** `[-]digits[.digits]` with nothing else: the shape of nearly every CSV amount. */
function fastPlain(text: string, out: AmountReading): boolean {
  const len = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0; // "-"
  const start = i;
  let point = -1;
  for (; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c === 46 && point < 0) {
      point = i;
      continue;
    }
    return false;
  }
  const digits = len - start - (point < 0 ? 0 : 1);
  if (digits === 0) return false;
  const n = Number(text);
  if (!Number.isFinite(n)) return false;
  out.value = n;
  if (point < 0) return true;
  const intLen = point - start;
  if (len - point - 1 === 3 && intLen >= 1 && intLen <= 3 && text.charCodeAt(start) !== 48) {
    out.evidence = "ambiguous";
    out.separator = ".";
    out.asDecimal = n;
    out.asGrouping = Number(text.slice(0, point) + text.slice(point + 1));
  } else out.evidence = "point";
  return true;
}

function slowAmount(value: string, out: AmountReading): AmountReading {
  out.value = NaN;
  let text = toHalfWidth(value).trim();
  if (text === "") return out;
  let sign = 1;
  // What a front desk writes around the amount (tester67 U316): a refund word makes it negative,
  // a way of paying and a note in brackets are not part of it.
  let refund = false;
  for (let k = 0, p: RegExpExecArray | null; k < 2 && (p = AMOUNT_PREFIX.exec(text)); k++) {
    if (p[1] !== undefined) refund = true;
    text = text.slice(p[0].length);
  }
  const note = AMOUNT_NOTE.exec(text);
  if (note && note.index > 0 && /\d/.test(text.slice(0, note.index)) && !onlyCurrency(note[1])) {
    const words = note[1].trim();
    if (REFUND_WORD.test(words)) refund = true;
    else if (
      NOTE_NOT_RECEIVED.test(words.replace(NOTE_RECEIVED_PHRASE, "")) ||
      /\d/.test(words.replace(DISCOUNT_RATE, ""))
    )
      return out;
    text = text.slice(0, note.index);
  }
  if (/^\(.*\)$/.test(text)) {
    sign = -1; // accounting negative
    text = text.slice(1, -1);
  }
  // Which currency it names is kept: the report shows the symbol the data carries.
  out.currency = currencyCodeIn(text);
  // The minus sign U+2212 (copied from a web page, PDF or Word) and the dashes Excel users type.
  text = text
    .replace(CURRENCY, "")
    .replace(GROUPING_SPACE, "")
    .replace(/[\u2212\u2012\u2013]/g, "-");
  if (/^-+$|^\u2014+$/.test(text)) {
    // A dash alone is how Excel's accounting format shows zero (" ¥-   " in a CSV it saved): 0.
    out.value = 0;
    return out;
  }
  if (text.length > 1 && text.endsWith("-") && /^\d/.test(text)) {
    // SAP and other ERP exports write a negative with its sign after it: 1,200.00-.
    sign = -sign;
    text = text.slice(0, -1);
  }
  if (text.endsWith("%")) {
    out.percent = true; // a rate, not money
    return out;
  }
  let scale = 1;
  if (text.endsWith("万")) {
    scale = 10_000;
    text = text.slice(0, -1);
  } else if (text.endsWith("亿")) {
    scale = 100_000_000;
    text = text.slice(0, -1);
  } else if (/\d[千kK]$/.test(text)) {
    // `3千`, `5k`: thousands as people write them (tester53 N25: `5k` under `Amount (k)` refused).
    scale = 1_000;
    text = text.slice(0, -1);
  }
  out.unit = scale;
  const m = /^([+-]?)(\d[\d.,]*|[.,]\d[\d.,]*)(e[+-]?\d+)?$/i.exec(text);
  if (!m) return out;
  const [, signText, body, exponent = ""] = m;
  if (!splitBody(body, out)) return out;
  if (out.evidence === "ambiguous" && out.separator === "," && groupsWithComma(out.currency)) {
    // `¥4,200`, `$1,234`: the currency's own writing groups thousands with a comma (tester55 U9: 69
    // "4200 or 4.2?" warnings in one ledger). A decimal comma is written with € and no sign.
    out.evidence = "point";
    out.value = out.asGrouping;
  }
  if (scale !== 1 && out.evidence === "ambiguous" && out.separator === ".") {
    // `1.536万`, `2.500k`: a point before a unit is a decimal point (15,360; 1536万 would be written
    // so, no one groups the digits before 万): tester69 U515, 112 "15360000 or 15360?" warnings.
    out.evidence = "point";
    out.value = out.asDecimal;
  }
  if (scale !== 1 && out.evidence === "comma" && !body.includes(".")) {
    // `1,2万`: Chinese writes no decimal comma, so 1.2万 (12,000) and 12万 (120,000) are both
    // likely typos: refused (the row is reported with its file, sheet, row and column), not guessed.
    out.value = NaN;
    out.evidence = "none"; // and no vote for the column's decimal mark
    return out;
  }
  if (exponent && (out.evidence === "comma" || out.evidence === "ambiguous")) {
    out.value = NaN; // 1,5e3 is no notation anyone uses
    return out;
  }
  const signed = (signText === "-" ? -1 : 1) * sign * scale;
  const factor = refund ? -Math.abs(signed) : signed;
  const finish = (n: number) => {
    const v = Number(n + exponent) * factor;
    return Number.isFinite(v) ? v : NaN;
  };
  if (out.evidence === "ambiguous") {
    out.asGrouping = finish(out.asGrouping);
    out.asDecimal = finish(out.asDecimal);
    out.value = out.separator === "," ? out.asGrouping : out.asDecimal;
  } else out.value = finish(out.value);
  return out;
}

/** Whether a bracket holds a currency alone (`1200 (USD)`): no note, the cell read as before. */
function onlyCurrency(text: string): boolean {
  return text.replace(CURRENCY, "").trim() === "";
}

/**
 * Whether amounts in a currency (a CURRENCY_SYMBOLS code) are written with a comma grouping
 * thousands and a point for decimals: ¥ / 元 / RMB, $, £, HK$ (Chinese, US, UK, Hong Kong usage).
 * Not €, whose countries mostly write `1.234,56`.
 */
function groupsWithComma(currency: number): boolean {
  return currency === 1 || currency === 2 || currency === 4 || currency === 5;
}

/**
 * Reads digits with `.` and `,` into `out.value` (unsigned) and `out.evidence`; false when the
 * marks cannot be a number (`1.2.3`, `1,23,4`, `1.234,5,6`).
 */
function splitBody(body: string, out: AmountReading): boolean {
  const lastPoint = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  if (lastPoint < 0 && lastComma < 0) {
    out.value = Number(body);
    return true;
  }
  if (lastPoint >= 0 && lastComma >= 0) {
    // Both marks: the last one is the decimal mark, the other groups the whole part.
    const decimal = lastPoint > lastComma ? "." : ",";
    const at = Math.max(lastPoint, lastComma);
    const whole = body.slice(0, at);
    if (whole.includes(decimal) || !validGroups(whole, decimal === "." ? "," : ".")) return false;
    out.value = Number(whole.replace(/[.,]/g, "") + "." + body.slice(at + 1));
    out.evidence = decimal === "." ? "point" : "comma";
    return true;
  }
  const mark = lastPoint >= 0 ? "." : ",";
  const first = body.indexOf(mark);
  if (first !== Math.max(lastPoint, lastComma)) {
    // The mark more than once: it groups thousands, so the other mark is the decimal one.
    if (!validGroups(body, mark)) return false;
    out.value = Number(body.split(mark).join(""));
    out.evidence = mark === "," ? "point" : "comma";
    return true;
  }
  const whole = body.slice(0, first);
  const fraction = body.slice(first + 1);
  const decimalValue = Number((whole || "0") + "." + (fraction || "0"));
  if (fraction.length === 3 && whole.length >= 1 && whole.length <= 3 && whole[0] !== "0") {
    out.evidence = "ambiguous";
    out.separator = mark;
    out.asDecimal = decimalValue;
    out.asGrouping = Number(whole + fraction);
    return true;
  }
  // One mark not followed by a group of three: only a decimal mark reads so.
  out.value = decimalValue;
  out.evidence = mark === "." ? "point" : "comma";
  return true;
}

/** Thousands groups: 1–3 digits, then groups of three (two allowed in the middle: 1,23,456). */
function validGroups(whole: string, mark: string): boolean {
  const groups = whole.split(mark);
  if (groups.length === 1) return /^\d*$/.test(whole);
  if (!/^\d{1,3}$/.test(groups[0])) return false;
  for (let i = 1; i < groups.length; i++) {
    const g = groups[i];
    if (!/^\d+$/.test(g) || g.length > 3 || (g.length < 3 && i === groups.length - 1)) return false;
    if (g.length < 2) return false;
  }
  return true;
}

const shared = amountReading();

/**
 * Reads an amount on its own, without a column to judge by: `¥1,280.00`, `１２８０`, `1 280`,
 * `(120)` or `-120` for a return, `1,280元`, `1.2万` (12,000), `1.234,56` and `12,50` (decimal
 * comma). A lone `1,234` reads as 1234 and `1.234` as 1.234; ingest decides those by the column
 * (see {@link readAmount}). A percentage is not an amount. NaN when it is not a number.
 *
 * @example parseAmount("¥1,280.00") // 1280
 * @example parseAmount("(120)")     // -120
 * @example parseAmount("12,50")     // 12.5
 */
export function parseAmount(value: Cell): number {
  return readAmount(value, shared).value;
}

/**
 * Whether an amount cell writes a number of uses, not money (`1次`, `2 次`, `1次卡`: a 次卡's visit
 * taken off the card; tester64 U187, 15 of 39 rows of a car wash's 11月消费 refused as "无法识别为金额").
 *
 * @example usesWritten("1次") // true
 * @example usesWritten("¥35") // false
 */
export function usesWritten(value: Cell): boolean {
  return typeof value === "string" && USES.test(value);
}
const USES = /^\s*\d{1,3}\s*次(?:卡)?\s*$/;

/** A rating written in stars, filled and empty (★★★★☆): nothing else in the cell but spaces. */
const STARS = /^[\s★☆⭐✩]*[★☆⭐✩][\s★☆⭐✩]*$/u;
/** The filled stars of a star rating (★ and ⭐; ☆ and ✩ are empty). */
const FILLED_STAR = /[★⭐]/gu;

/** The number of filled stars: ★★★★☆ is 4, ☆☆☆☆☆ is 0 (out of any 1–5 range: said as such). */
function starCount(text: string): number {
  return text.match(FILLED_STAR)?.length ?? 0;
}

/**
 * Reads a score or count: like {@link parseAmount} but also accepts `4分`, `4星`, `4/5` and stars
 * (`★★★★☆` is 4: a survey scored in stars, tester55 U5).
 *
 * @example parseScore("4分") // 4
 * @example parseScore("★★★★☆") // 4
 */
export function parseScore(value: Cell): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value !== "string") return NaN;
  if (STARS.test(value)) return starCount(value);
  const text = toHalfWidth(value)
    .trim()
    .replace(/\s*(分|星|points?|pts?)$/i, "");
  const frac = /^(\d+(?:\.\d+)?)\s*\/\s*\d+$/.exec(text);
  return frac ? +frac[1] : parseAmount(text);
}

/**
 * A number cell, or text that is a plain number (`12`, `-3.5`); NaN otherwise. No thousands
 * separators or currency: what a quantity or unit price beside a blank amount must be to be
 * multiplied (an ambiguous `1,234` waits for its column's decision, which a product cannot).
 *
 * @example plainNumber(" 12.5 ") // 12.5
 * @example plainNumber("1,234") // NaN
 */
export function plainNumber(value: Cell): number {
  if (typeof value === "number") return value;
  return typeof value === "string" && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
}
