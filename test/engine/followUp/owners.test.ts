import { assignOwners } from "../../../src/engine/followUp/owners";

// tester50 L2: the schedule's rows of a day are sorted by owner code; in first-seen order (王芳, 黄强,
// 陈静 …) a manager could not find her block. Codes now follow the names: pinyin, then Latin.
test("owners are coded in name order: pinyin for Chinese names, Latin names after them", () => {
  const a = assignOwners(["王芳", "黄强", "陈静", "Bob", "王芳", "", "Alice", "李娜"], []);
  expect(a.owners).toEqual(["陈静", "黄强", "李娜", "王芳", "Alice", "Bob"]);
  // The customer without an owner (6th) is rotated in first-seen order as before the name order
  // (reviewer50 M3: a refresh after the upgrade must not move it): the first, 王芳, code 3 now.
  expect(Array.from(a.ownerOf)).toEqual([3, 1, 0, 5, 3, 3, 4, 2]);
  expect(Array.from(a.rotated)).toEqual([0, 0, 0, 0, 0, 1, 0, 0]);
});
