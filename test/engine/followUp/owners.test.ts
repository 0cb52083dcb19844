import { assignOwners, ownerHasLeft, ownersLeftWarning } from "../../../src/engine/followUp/owners";

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

// tester54 T13: a customer 63 days overdue got its urgent calls under 王芳（已离职）, a column of its
// own in the weekly table. An owner marked as left is covered in rotation, and the run says so.
test("an owner whose name says they have left is covered in rotation like an absent one", () => {
  const a = assignOwners(["王芳（已离职）", "李娜", "王芳（已离职）", "周敏"], []);
  expect(a.owners).toEqual(["李娜", "周敏"]);
  expect(Array.from(a.rotated)).toEqual([1, 0, 1, 0]);
  expect(a.ownerOf[0]).toBeGreaterThanOrEqual(0);
});

test.each([
  ["王芳（已离职）", true],
  ["王芳(离职)", true],
  ["已离职-王芳", true],
  ["Tom (left)", true],
  ["Ann (former)", true],
  ["王芳", false],
  ["离职管理部 王", false],
  ["Left Bank Team", false],
])("ownerHasLeft(%p) is %p", (name, left) => {
  expect(ownerHasLeft(name)).toBe(left);
});

test("the run names the owners who left and how many customers they had", () => {
  const w = ownersLeftWarning(["王芳（已离职）", "李娜", "王芳（已离职）", ""], () => "客户名单")!;
  expect(w.code).toBe("owners_left");
  expect(w.message["zh-CN"]).toContain(
    "“客户名单”表的负责人中写着已离职：王芳（已离职），共 2 位客户",
  );
  expect(w.message["en-US"]).toContain("王芳（已离职） (2 customers)");
  expect(ownersLeftWarning(["李娜", ""], () => "客户")).toBeNull();
});

// reviewer55 R1: every owner marked as left planned no contact at all, with no word.
test("when every named owner has left, they keep their customers and the run says to name new ones", () => {
  const a = assignOwners(["王芳（已离职）", "", "李娜(离职)"], []);
  expect(a.owners).toEqual(["李娜(离职)", "王芳（已离职）"]);
  expect(Array.from(a.ownerOf).every((o) => o >= 0)).toBe(true);
  const w = ownersLeftWarning(["王芳（已离职）", "", "李娜(离职)"], () => "客户")!;
  expect(w.code).toBe("owners_left");
  expect(w.message["zh-CN"]).toContain("没有其他负责人可以跟进，回访仍按原负责人安排");
  expect(w.message["en-US"]).toContain("contacts stay planned under these names");
});
