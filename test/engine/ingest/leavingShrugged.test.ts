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

// reviewer69 M5 (shrug.test.ts): a "don't know" or unanswered reply was read as the asked no (不 / 没 /
// not as its first word), and a shrug anywhere cancelled a reason even at what is ours or when she had
// gone anyway.
test.each([
  "去别的店了吗？不知道",
  "去别的店了吗？不清楚",
  "going elsewhere? not sure",
  "别的店便宜，她不在乎我们的会员折扣，已经去那边了",
  "Cheaper elsewhere, she doesn't care about loyalty points, switched already",
  "别的店便宜，虽然还是喜欢我们这，但已经在那边办卡了",
  "别的店便宜，她说无所谓，反正以后不来了",
])("%s: still a reason to leave (reviewer69 M5)", (note) =>
  expect(leavingReasonWord(note)).toBeGreaterThanOrEqual(0),
);

test.each([
  "去别的店了吗？不，是搬家了",
  "去别的店了吗？没去",
  "going elsewhere? nope",
  "别的店便宜，她说无所谓，不会不来的",
])("%s: no reason to leave (reviewer69 M5 near-misses)", (note) =>
  expect(leavingReasonWord(note)).toBe(-1),
);

// reviewer70 M9 (scratch shrug.ts): a staff question never answered was read as her statement
// (e80fd3bb listed 去别的店了吗？没接电话 and "going elsewhere? no answer" above as a reason: no answer
// is no statement of hers; her shrug, 不知道 / not sure, stays one).
test.each([
  "去别的店了吗？没接电话",
  "going elsewhere? no answer",
  "是不是嫌贵去别家了？没问出来",
  "去别的店了吗？她没回",
  "Going elsewhere? Didn't pick up",
])("%s: no reason to leave, unanswered (reviewer70 M9)", (note) => {
  expect(leavingReasonWord(note)).toBe(-1);
  expect(leavingSaidWord(note)).toBe(-1);
});

test.each(["别的店便宜，去别的店了吗？不知道", "去别的店了吗？不知道", "去别的店了，没接电话"])(
  "%s: still a reason to leave (reviewer70 M9 near-misses)",
  (note) => expect(leavingReasonWord(note)).toBeGreaterThanOrEqual(0),
);
