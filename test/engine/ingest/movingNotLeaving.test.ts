import { noteSaysLeft } from "../../../src/engine/ingest/contactOutcome";

// reviewer67 H4 (r67left.test.ts, r67leave.ts): after 9743da0f read "moving to" / "relocating to" /
// 下个月搬到 as a move away, an upgrade or a move to our own branch marked a regular churned,
// customer_left, no call. A move to a tier, a plan or one of our places is no leaving.
test.each([
  "Moving to the gold membership",
  "Moving to the premium plan next month",
  "Relocating to our downtown branch",
  "She's moving to the Westside location (ours)",
  "下个月搬到我们新店附近，更方便了",
  "搬到你们分店旁边了",
  // Right after the move word (MOVE_NEAR_WORDS "next"): new premises or somewhere near.
  "已搬去新址",
  "已搬到隔壁",
  "Moved to a new office",
])("%s: no leaving", (note) => expect(noteSaysLeft(note)).toBe(false));

// fix69f: one list with each word's depth (MOVE_NEAR_WORDS): 新 / a new only right after the move word.
test.each([
  "Moving to Denver next month",
  "we're moving to Austin",
  "下个月搬到深圳",
  "搬到深圳新家了",
  "Moved to London for a new job",
])("%s: a leaving", (note) => expect(noteSaysLeft(note)).toBe(true));
