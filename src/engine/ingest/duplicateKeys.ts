// The keys a customer is compared by for the likely-duplicate flags (a normalised phone, a lower-case
// e-mail, a folded name and region), and their hashes (FirstSeen's hashKey) read straight from the
// texts: every customer is hashed, few are ever compared, so the key itself is made only then.
import { editDistance } from "../editDistance";
import { toHalfWidth } from "../parse/text";
import { HASH_START, hashEnd, hashKey, hashStep } from "../textHash";
import { isTrimmedSpace } from "../whiteSpace";
import { isMaskedNumber } from "./maskedIds";

// The engine's string hashes are one module's (textHash.ts: reviewer45 D9); the callers of
// duplicateKeys' hashKey import it from here still.
export { HASH_START, hashEnd, hashKey, hashStep };

/**
 * Digits of a phone number without a +86 / 0086 prefix; "" when they identify no one: too short, or
 * a placeholder (placeholderPhone: walk-ins recorded on 00000000000 are not one customer twice;
 * reviewer63 R10, 29 possible_duplicate_customer findings on one shop's walk-ins).
 */
export function normalisePhone(text: string): string {
  // A masked number (a marketplace export's 138****4821, 抖店 / 淘宝) is no one's, so no duplicate
  // key (a 淘宝 customers list keyed by 买家会员名 flagged every buyer sharing the shown digits).
  if (isMaskedNumber(text)) return "";
  let digits = toHalfWidth(text).replace(/\D+/g, "");
  if (digits.startsWith("0086")) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith("86")) digits = digits.slice(2);
  return digits.length >= 7 && !placeholderPhone(digits) ? digits : "";
}

/** The sample number of China Mobile's manuals, typed where a customer gave none. */
const SAMPLE_NUMBER = "13800138000";

/**
 * placeholderPhone read a digit at a time, so phoneHash says it without making the digits' text:
 * start(length), push each digit's value, then `placeholder`.
 */
class PlaceholderDigits {
  private length = 0;
  private at = 0;
  /** Bit d set: digit d seen (in all the digits; in the last 8). */
  private seen = 0;
  private tail = 0;
  private previous = -1;
  /** Bit (step + 9) set: a digit `step` more than the one before (-9 … 9). */
  private steps = 0;
  /** The digits as a number (exact to 15 digits), for the sample number. */
  private value = 0;

  start(length: number): void {
    this.length = length;
    this.at = this.seen = this.tail = this.steps = this.value = 0;
    this.previous = -1;
  }

  push(d: number): void {
    const bit = 1 << d;
    this.seen |= bit;
    if (this.at++ >= this.length - 8) this.tail |= bit;
    if (this.previous >= 0) this.steps |= 1 << (d - this.previous + 9);
    this.previous = d;
    this.value = this.value * 10 + d;
  }

  get placeholder(): boolean {
    const steps = this.steps;
    return (
      bitCount(this.seen) <= 2 ||
      bitCount(this.tail) === 1 ||
      (this.length === SAMPLE_NUMBER.length && this.value === SAMPLE_VALUE) ||
      (steps & ~UP_STEPS) === 0 ||
      (steps & ~DOWN_STEPS) === 0
    );
  }
}

/** The sample number's digits as a number (PlaceholderDigits.value). */
const SAMPLE_VALUE = +SAMPLE_NUMBER;
/** PlaceholderDigits.steps of a run up (each digit one more, 9 then 0) and down. */
const UP_STEPS = (1 << (1 + 9)) | (1 << (-9 + 9));
const DOWN_STEPS = (1 << (-1 + 9)) | (1 << (9 + 9));

/** How many bits of `m` are set. */
function bitCount(m: number): number {
  let n = 0;
  for (; m !== 0; m &= m - 1) n++;
  return n;
}

/** PlaceholderDigits, reused (one number at a time). */
const DIGITS = new PlaceholderDigits();

/**
 * Whether the digits `key` are a number typed for want of one: no more than two different digits
 * (00000000000, 11111111), a prefix and one digit (13900000000), a run up or down (1234567,
 * 12345678901, 9876543) or the operator's sample number; shops record walk-ins so (reviewer63 R7).
 * The one owner of "a placeholder phone": normalisePhone keys none, so neither the duplicate
 * flags (reviewer63 R10) nor the follow-up's one-number-one-person ring (followUp/reach.ts
 * samePhoneRing) take it.
 *
 * @example placeholderPhone("00000000000") // true
 */
export function placeholderPhone(key: string): boolean {
  DIGITS.start(key.length);
  for (let i = 0; i < key.length; i++) DIGITS.push(key.charCodeAt(i) - 48);
  return DIGITS.placeholder;
}

/**
 * A name as a duplicate key: half-width, lower case, without spaces and bracket marks but keeping
 * what the brackets hold, so 华为技术（上海） and 华为技术（北京） stay two companies.
 */
export function foldName(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[\s()\[\]【】（）·.,，、]+/g, "");
}

/** A Chinese full name: two to four ideographs, nothing else. */
const CHINESE_FULL_NAME = /^[\u4e00-\u9fff]{2,4}$/;
/** Words a name is written with that are no given name (王先生, 李总, 张姐): the same person. */
const HONORIFIC = /(先生|女士|小姐|太太|总|姐|哥|老师|经理|师傅|阿姨|叔)$|^(老|小|阿)/;

/**
 * Whether two customers' names under one phone or e-mail are two people of one household (李一一 and
 * 李二二, siblings reached through a parent: tester61 U115), not one customer written two ways:
 * two full names with one surname and given names that differ (Chinese: two to four ideographs,
 * no honorific; English: the last word alike, the first words more than two letters apart). 王建国
 * / 王先生, Ann Lee / Anne Lee, 张三 / 张三（老客户） are one customer (reviewer61 R18).
 *
 * @example householdNames("李一一", "李二二") // true
 * @example householdNames("王建国", "王先生") // false
 */
export function householdNames(a: string, b: string): boolean {
  const x = toHalfWidth(a).trim();
  const y = toHalfWidth(b).trim();
  if (x === "" || y === "" || x.includes(y) || y.includes(x)) return false;
  if (CHINESE_FULL_NAME.test(x) && CHINESE_FULL_NAME.test(y))
    return x[0] === y[0] && !HONORIFIC.test(x) && !HONORIFIC.test(y);
  const wx = x.toLowerCase().split(/\s+/);
  const wy = y.toLowerCase().split(/\s+/);
  if (wx.length < 2 || wy.length < 2 || wx[wx.length - 1] !== wy[wy.length - 1]) return false;
  return editDistance(wx[0], wy[0]) > 2;
}

/** The value of a digit as normalisePhone keeps it (ASCII or full-width), else -1. */
function phoneDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/**
 * hashKey(normalisePhone(text)), NaN when that is "" — without making the digits' text.
 *
 * @example phoneHash("+86 137-3141-5926") === hashKey("13731415926") // true
 */
export function phoneHash(text: string): number {
  if (isMaskedNumber(text)) return NaN;
  // First pass: how many digits, and whether they start 0086 or 86 (the prefix to drop).
  let count = 0;
  let head = 0; // the first four digits as a number, 0086 → 86
  for (let i = 0; i < text.length; i++) {
    const d = phoneDigit(text.charCodeAt(i));
    if (d < 0) continue;
    if (count < 4) head = head * 10 + d;
    count++;
  }
  let skip = 0;
  if (count >= 4 && head === 86) skip = 4;
  else if (count === 13 && ((head / 100) | 0) === 86) skip = 2;
  if (count - skip < 7) return NaN;
  let h = HASH_START;
  let k = 0;
  DIGITS.start(count - skip);
  for (let i = 0; i < text.length; i++) {
    const d = phoneDigit(text.charCodeAt(i));
    if (d < 0 || k++ < skip) continue;
    h = hashStep(h, 48 + d);
    DIGITS.push(d);
  }
  return DIGITS.placeholder ? NaN : hashEnd(h);
}

/**
 * hashKey(text.toLowerCase()), NaN when the text is "".
 *
 * @example emailHash("Zhang@QQ.com") === hashKey("zhang@qq.com") // true
 */
export function emailHash(text: string): number {
  if (text === "") return NaN;
  let h = HASH_START;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    // Beyond ASCII lower case is not one character for one: the text's own toLowerCase says.
    if (c >= 0x80) return hashKey(text.toLowerCase());
    if (c >= 65 && c <= 90) c += 32;
    h = hashStep(h, c);
  }
  return hashEnd(h);
}

/** foldName's hash state after `text`'s characters, in `fold.h` (characters kept in `fold.kept`). */
export interface Fold {
  h: number;
  kept: number;
}

/**
 * Hashes foldName(text)'s characters on from `fold.h` without making the folded text, when each
 * character is one whose folding is known here: ASCII, full-width ASCII, CJK ideographs and kana,
 * Hangul, CJK punctuation and the spaces \s matches. False (fold untouched) for any other text: the
 * caller folds it with foldName (a Greek or Cyrillic name: lower case there is toLowerCase's).
 */
export function foldNameInto(text: string, fold: Fold): boolean {
  let h = fold.h;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII → ASCII (toHalfWidth)
    if (c < 0x80) {
      if (c >= 65 && c <= 90) c += 32;
      else if (foldDropsAscii(c)) continue;
    } else if (foldDropsWide(c)) continue;
    else if (!caseless(c)) return false;
    h = hashStep(h, c);
    kept++;
  }
  fold.h = h;
  fold.kept = kept;
  return true;
}

/** ASCII characters foldName removes: \s and ()[].,  */
function foldDropsAscii(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93 ||
    c === 46 ||
    c === 44
  );
}

/** Characters beyond ASCII foldName removes: 【】·、, the ideographic space and the rest of \s. */
function foldDropsWide(c: number): boolean {
  return c === 0x3010 || c === 0x3011 || c === 0xb7 || c === 0x3001 || isTrimmedSpace(c);
}

/** Characters toLowerCase leaves as they are: CJK punctuation, kana, ideographs, Hangul. */
function caseless(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3000 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xac00 && c <= 0xd7a3)
  );
}

/** foldNameInto's state, reused (one call at a time). */
const FOLD: Fold = { h: 0, kept: 0 };

/**
 * hashKey(`${foldName(name)}|${regionKey}`) — the name-and-region key, `regionKey` already folded —
 * or NaN when either is "" (no key).
 *
 * @example nameRegionHash("Ｗang Wei", "华东") === hashKey("wangwei|华东") // true
 */
export function nameRegionHash(name: string, regionKey: string): number {
  if (regionKey === "") return NaN;
  let h = HASH_START;
  FOLD.h = h;
  if (foldNameInto(name, FOLD)) {
    if (FOLD.kept === 0) return NaN;
    h = FOLD.h;
  } else {
    const nameKey = foldName(name);
    if (nameKey === "") return NaN;
    for (let i = 0; i < nameKey.length; i++) h = hashStep(h, nameKey.charCodeAt(i));
  }
  h = hashStep(h, 124); // "|"
  for (let i = 0; i < regionKey.length; i++) h = hashStep(h, regionKey.charCodeAt(i));
  return hashEnd(h);
}
