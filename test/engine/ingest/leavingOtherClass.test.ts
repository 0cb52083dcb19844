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
