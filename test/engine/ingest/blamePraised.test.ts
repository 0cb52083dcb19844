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
