import { complaintNote } from "../../../src/engine/ingest/contactOutcome";

// reviewer67 M3 (r67leave.ts): after 9743da0f a cause put before our person (都是因为, all because
// of) was a complaint whatever followed: praise in the same shape too. A good outcome after our
// person (她才办了年卡, she comes every week now) makes it a cause praised; a blame stays one.
test.each([
  "都是因为你们前台推荐，她才办了年卡",
  "都是因为你们前台小王热情，她介绍了三个朋友",
  "It's all because of your new stylist that she comes every week now",
  "She blames the new stylist for nothing, loves her",
  "都怪你们那个新来的师傅太帅，她天天来",
])("%s: no complaint", (note) => expect(complaintNote(note)).toBe(false));

test.each([
  "都是因为你们前台没提醒，她的卡过期了",
  "都是因为你们前台推荐的项目，她过敏了",
  "都怪你们那个新来的师傅，她不喜欢",
  "It's all because of your new stylist that she stopped coming",
  "She blames the new stylist for the bad cut",
])("%s: a complaint", (note) => expect(complaintNote(note)).toBe(true));

// reviewer69 M6 (praise.test.ts): a praise word anywhere after the blame made it a cause praised,
// even inside the grievance or as a past habit. A praise counts only in our person's clause or the
// next, not as a habit she had (以前), and with nothing after it saying it went wrong after all.
test.each([
  "都是因为你们前台推荐，她才办了年卡，结果一次都没用上，很生气要退卡",
  "都怪你们美容师，把她喜欢的发型剪坏了",
  "都是因为你们师傅手重，她以前经常来，现在不来了",
  "都怪你们店员态度差，她以前常来的",
  "都是因为你们前台没提醒，她续费了才知道涨价",
  "都怪你们前台，她介绍了三个朋友，一个都没给返现",
  "都怪你们师傅，她不满意",
  "It's all because of your stylist, she loves her hair long and it was cut short",
  "all because of your staff that she signed up and now can't cancel",
  "all because of your staff - she referred three friends and none got the promised discount",
])("%s: a complaint (reviewer69 M6)", (note) => expect(complaintNote(note)).toBe(true));

test.each([
  "都是因为你们前台推荐，她才办了年卡，现在每周都来",
  "都怪你们那个新来的师傅太帅，她天天来，还介绍了朋友",
  "All because of your new stylist, she renewed for a year",
])("%s: still a cause praised (reviewer69 M6 near-misses)", (note) =>
  expect(complaintNote(note)).toBe(false),
);

// reviewer70 L7 (scratch blame.ts): a heavy hand of our 师傅 was no blame at all, so a praise of
// another thing after it left no complaint.
test.each(["嫌师傅手重，不过很喜欢我们的环境", "嫌师傅手重", "说技师手太重，下次不想找她了"])(
  "%s: a complaint (reviewer70 L7)",
  (note) => expect(complaintNote(note)).toBe(true),
);

test.each(["上一家的师傅手重，她说我们师傅手法好"])("%s: no complaint (reviewer70 L7)", (note) =>
  expect(complaintNote(note)).toBe(false),
);
