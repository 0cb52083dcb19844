import { NOT_REACHED_WORDS, PAUSE_WORDS, RESUMED_WORDS } from "../optionWords";

/*
 * Whether a contact reached the customer, and whether a customer's status says it is paused: the
 * recognition words are data (optionWords.ts); how a cell is matched against them is here.
 */

const LETTER = /[a-z]/;
const NOT_REACHED = NOT_REACHED_WORDS.map((w) => w.toLowerCase());
const PAUSED = PAUSE_WORDS.map((w) => w.toLowerCase());
const RESUMED = RESUMED_WORDS.map((w) => w.toLowerCase());

/**
 * True when `text` (an outcome cell, or a contact's note) starts with a not-reached word: a Chinese
 * word at the start (未接通，稍后再打), an English one followed by a non-letter or the end
 * (`No answer - left message`, not `Busybody`).
 *
 * @example saysNotReached("未接通，明天再打") // true
 * @example saysNotReached("已沟通，下月订货") // false
 */
export function saysNotReached(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t === "") return false;
  for (const w of NOT_REACHED) {
    if (!t.startsWith(w)) continue;
    if (!LETTER.test(w[0])) return true;
    const next = t.charAt(w.length);
    if (next === "" || !LETTER.test(next)) return true;
  }
  return false;
}

/**
 * True when a customer's status cell says it is paused (装修暂停, 暂停营业, On hold): a Chinese word
 * anywhere in it, an English one as a whole word.
 *
 * @example saysPaused("装修暂停") // true
 * @example saysPaused("正常") // false
 * @example saysPaused("装修结束，已恢复营业") // false (reviewer56 R8)
 */
export function saysPaused(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t === "") return false;
  return hasWord(t, PAUSED) && !hasWord(t.replace(AFTER, ""), RESUMED);
}

/** A resumed word followed by 后 says when, not that it happened (装修完成后再联系). */
const AFTER = new RegExp(`(?:${RESUMED_WORDS.join("|")})后`, "g");

/** Whether lower-cased `t` holds one of `words`: a Chinese one anywhere, an English one whole. */
function hasWord(t: string, words: readonly string[]): boolean {
  for (const w of words) {
    const at = t.indexOf(w);
    if (at < 0) continue;
    if (!LETTER.test(w[0])) return true;
    const before = at === 0 ? "" : t.charAt(at - 1);
    const after = t.charAt(at + w.length);
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}
