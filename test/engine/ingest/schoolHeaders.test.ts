// tester69 U505 (/work/notes/stop69/tester69/school/启航英语学员管理.xlsx, 学员信息): 入学日期 was not
// read ("是否应为“入会日期”？"), and the run warned it read all 215 students without a 建档日期: it is
// the day the student enrolled, her start date.
import { mapColumns } from "../../../src/engine/ingest/header";
import { SHEETS } from "../../../src/engine/schema";

test("入学日期 is the customer's start date", () => {
  const m = mapColumns(["学号", "学员姓名", "入学日期", "在读状态"], SHEETS.customers);
  expect(m.columns.created).toBe(2);
});
