import { leavingReasonWord, leavingSaidWord } from "../../../src/engine/ingest/contactOutcome";

// reviewer67 M7 (r67other.ts): after 9743da0f the other shop named with no going verb (别的店便宜,
// going elsewhere) was a stated reason to leave even when she shrugged it off or said no to it.
test.each([
  "她说别的店便宜，但还是喜欢我们这",
  "别的店便宜一点，不过她不在乎",
  "以前在别的店做，现在固定在我们这",
  "going elsewhere? no, staying",
  "去别的店了吗？没有，只是最近忙",
  "Cheaper elsewhere, but she doesn't mind",
])("%s: no reason to leave", (note) => {
  expect(leavingReasonWord(note)).toBe(-1);
  expect(leavingSaidWord(note)).toBe(-1);
});

test.each([
  "她说别的店便宜",
  "别的店便宜，她下个月不来了",
  "去别的店了，问她还来吗？不来了",
  "Going elsewhere, it's cheaper there",
  "Cheaper elsewhere, she minds the price",
])("%s: a reason to leave", (note) => expect(leavingReasonWord(note)).toBeGreaterThanOrEqual(0));
