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

// reviewer70 M5 (scratch move.ts): 新 / new right after the move word took places named 新… / New …
// and another city (隔壁市, a new city) for a move nearby; her own new premises stay near.
test.each([
  "已搬到新加坡",
  "全家搬到新西兰了",
  "Moved to New York",
  "Moved to New Zealand",
  "moved to a new city",
  "已搬到隔壁市",
  "搬到对面城市了",
  "已搬到附近的县城",
])("%s: a leaving (reviewer70 M5)", (note) => expect(noteSaysLeft(note)).toBe(true));

test.each([
  "已搬去新址",
  "搬到新家了，就在隔壁小区",
  "Moved to a new office",
  "Moved to new premises nearby",
])("%s: still a move nearby (reviewer70 M5)", (note) => expect(noteSaysLeft(note)).toBe(false));

// tester70 U603 (car/ 回访记录 VIP0238, VIP0239): the car sold or taken away, as 车已经卖了 is.
test.each([
  "保养提醒：车主说车已经卖掉了，换了新能源车去4S店",
  "保养提醒：客户说调到北京工作，车也开走了",
  "客户说车卖掉了",
])("%s: a leaving (tester70 U603)", (note) => expect(noteSaysLeft(note)).toBe(true));

// reviewer71 H8 (on e7fcec14): the car picked up after its service, a posting away with its
// return, and a new district of the same city were leavings: a late member → customer_left.
test.each([
  "修好了，车也开走了，费用已结清",
  "客户很满意，车也开走了",
  "洗完车客户付了款，车也开走了",
  "调到外地工作三个月，明年回来再保养",
  "调到外地三个月，之后再来",
  "搬到新城区了，离店更近",
])("%s: no leaving (reviewer71 H8)", (note) => expect(noteSaysLeft(note)).toBe(false));
