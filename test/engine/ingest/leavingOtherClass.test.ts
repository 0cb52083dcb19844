import {
  leavingReasonWord,
  leavingSaidText,
  leavingSaidWord,
} from "../../../src/engine/ingest/contactOutcome";

// tester67 U319 (A.json, QY2023286's 回访记录): 孩子去学游泳了 (the child moved to swimming lessons),
// the commonest reason a child leaves a class, was quoted but not a stated reason to leave.
test.each([
  ["孩子去学游泳了", "去学"],
  ["孩子改学钢琴了", "改学"],
  ["去学画画了", "去学"],
  ["Her kid takes swimming lessons instead", "lessons instead"],
])("%s: a reason to leave (said_leaving)", (note, word) =>
  expect(leavingSaidText(leavingSaidWord(note))).toBe(word),
);

test.each([
  "孩子去学校了，下午来",
  "孩子去学习了",
  "孩子去学游泳，周末还来",
  "她朋友的孩子去学游泳了",
  "孩子去学游泳了，周末还来我们这",
  "Swimming lessons instead of Saturday class this week",
])("%s: no reason to leave", (note) => expect(leavingReasonWord(note)).toBe(-1));

// reviewer69 M4 (otherclass.test.ts): the activity's own clause alone was read, so a "still comes"
// said after it, a break with a return, a switch within the school, a question and driving lessons
// were each a stated reason to leave.
test.each([
  "孩子去学游泳了，周末还来",
  "孩子去学游泳了，但钢琴课不停",
  "孩子暑假去学游泳了，九月回来",
  "孩子去学游泳了，下个月回来上课",
  "孩子去学奥数了，寒假回来",
  "从小提琴改学钢琴了",
  "孩子从古筝改学钢琴了，继续在我们这上",
  "孩子去学游泳了？",
  "孩子去学车了",
  "她去学车了，考完驾照再来",
  "Her kid takes swimming lessons instead this summer, back in September",
  "kid takes swimming lessons instead on Tuesdays, still here Saturdays",
])("%s: no reason to leave (reviewer69 M4)", (note) => expect(leavingReasonWord(note)).toBe(-1));

test.each([
  ["孩子去学琴了", "去学"],
  ["孩子去学游泳了，不会再来了", "去学"],
  ["孩子改学钢琴了，不继续了", "改学"],
])("%s: still a reason to leave (reviewer69 M4 near-misses)", (note, word) =>
  expect(leavingSaidText(leavingSaidWord(note))).toBe(word),
);

// reviewer70 M8 (scratch leave.ts): a stay word read with no object took the leaving back when she
// comes for a refund or her things, or when the "continue" is ours (我们继续跟进, 继续联系看看).
test.each([
  "孩子去学游泳了，还来退费",
  "孩子去学游泳了，说下周回来拿东西",
  "孩子去学游泳了，我们继续跟进",
  "孩子去学游泳了，继续联系看看",
  "kid takes swimming lessons instead, still here for the refund paperwork",
])("%s: still a reason to leave (reviewer70 M8)", (note) =>
  expect(leavingReasonWord(note)).toBeGreaterThanOrEqual(0),
);

test.each([
  "孩子去学游泳了，还来上课",
  "孩子去学游泳了，周末还来我们这",
  "孩子暑假去学游泳了，九月回来上",
])("%s: a stay for lessons, no reason to leave (reviewer70 M8)", (note) =>
  expect(leavingReasonWord(note)).toBe(-1),
);
