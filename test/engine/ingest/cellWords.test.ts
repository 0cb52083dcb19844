// cellWords.ts: the one owner of "a word of a list in a cell, not negated" (reviewer60 R11: saysSplit,
// the doubt and double-entry checks, the item-refund and returns-sheet names each had a loop of its own).
import {
  deniedBefore,
  endsWithWord,
  firstWord,
  saysWord,
} from "../../../src/engine/ingest/cellWords";
import { saysLeft } from "../../../src/engine/ingest/contactOutcome";

describe("a word of a list in a cell", () => {
  test("a Chinese word anywhere, an English one between non-letters", () => {
    expect(firstWord("已沟通", ["沟通"])).toEqual({ at: 1, end: 3 });
    expect(saysWord("split payment: part cash", ["part cash"])).toBe(true);
    expect(saysWord("departed", ["part"])).toBe(false);
    // Every place it stands is tried: the second is a word.
    expect(saysWord("departed; part cash", ["part"])).toBe(true);
  });

  test("a denial right before it, an English one as a word", () => {
    expect(endsWithWord("分两笔付（非", ["非"])).toBe(true);
    expect(endsWithWord("not  ", ["not"])).toBe(true);
    expect(endsWithWord("casino ", ["no"])).toBe(false);
    expect(deniedBefore("未注销", 1, ["未"])).toBe(true);
    expect(saysWord("未注销", ["注销"], (w, at) => !deniedBefore("未注销", at, ["未"]))).toBe(
      false,
    );
  });

  // What the one rule changes in saysLeft: a doubt word inside a longer English word is none
  // (unlikely was read as likely: the customer who left was not), and cannot / can't deny a return
  // as not did when found inside cannot.
  test.each([
    ["Churned, unlikely to return", true],
    ["Moved away, cannot come back", true],
    ["Moved away, can't come back", true],
    ["Churned, likely to come back", false],
  ])("saysLeft(%s) is %s", (status, left) => expect(saysLeft(status)).toBe(left));
});
