/*
 * "A word of a list in a cell, not negated": the one owner of how a cell is matched against a word
 * list (a Chinese word anywhere, an English one between non-letters) and of a denial right before
 * a word. The lists are data (optionWords.ts, headerWords.ts); contact outcomes, leavings,
 * refusals, split payments and double entries, item refunds and returns sheets are read through
 * here (reviewer60 R11: saysSplit, the doubt and double-entry checks each had a loop of their own).
 * Every text here is lower-cased by the caller, and so are the words.
 */

const LETTER = /[a-z]/;

/** Whether `w`, found at `at` in lower-cased `t`, is a word there: English ones between non-letters. */
export function isWordAt(t: string, w: string, at: number): boolean {
  if (!LETTER.test(w[0])) return true;
  const before = at === 0 ? "" : t.charAt(at - 1);
  const after = t.charAt(at + w.length);
  return !LETTER.test(before) && !LETTER.test(after);
}

/**
 * Where the first of `words` stands as a word in `t` at or after `from` (-1: none), and its end,
 * counting only where `counts` says so (not denied, not planned).
 *
 * @example firstWord("已沟通", ["沟通"]) // { at: 1, end: 3 }
 */
export function firstWord(
  t: string,
  words: readonly string[],
  from = 0,
  counts: (w: string, at: number) => boolean = () => true,
): { at: number; end: number } {
  let best = { at: -1, end: -1 };
  for (const w of words) {
    for (let at = t.indexOf(w, from); at >= 0; at = t.indexOf(w, at + 1)) {
      if (best.at >= 0 && at >= best.at) break;
      if (isWordAt(t, w, at) && counts(w, at)) {
        best = { at, end: at + w.length };
        break;
      }
    }
  }
  return best;
}

/**
 * Whether any of `words` stands as a word in `t` where `counts` says so.
 *
 * @example saysWord("split payment: part cash", ["part cash"]) // true
 * @example saysWord("departed", ["part"]) // false
 */
export const saysWord = (
  t: string,
  words: readonly string[],
  counts?: (w: string, at: number) => boolean,
): boolean => firstWord(t, words, 0, counts).at >= 0;

/**
 * Whether the text `before` a word ends with one of `denials` (spaces after it passed over): an
 * English one as a word (`no`, not the end of `casino`).
 *
 * @example endsWithWord("分两笔付（非", ["非"]) // true
 * @example endsWithWord("casino ", ["no"]) // false
 */
export function endsWithWord(before: string, denials: readonly string[]): boolean {
  const b = before.trimEnd();
  return denials.some(
    (n) => b.endsWith(n) && (!LETTER.test(n[0]) || !LETTER.test(b.charAt(b.length - n.length - 1))),
  );
}

/**
 * Whether the word at `at` in `t` is denied right before it by one of `denials` (非重复录入,
 * 未注销, not closed).
 */
export const deniedBefore = (t: string, at: number, denials: readonly string[]): boolean =>
  endsWithWord(t.slice(0, at), denials);

/**
 * Whether the word `w` at `at` in `t` is not negated by the common negations right before it (未下单,
 * 没有回复, not ordered, don't call): a Chinese 未 / 没 / 不 / 无 / 别 / 非 / 没有 / 尚未, an English not /
 * no / never / …n't.
 */
export function notNegated(t: string, w: string, at: number): boolean {
  const before = t.slice(Math.max(0, at - 6), at);
  return LETTER.test(w[0])
    ? !/(?:\bnot|\bno|\bnever|n't)\s+$/.test(before)
    : !/(?:[未没不无别非]|没有|尚未)$/.test(before);
}
