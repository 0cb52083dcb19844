import { keyColumns, pagesWide } from "../../../src/workbook/file/printSetup";

describe("pagesWide", () => {
  test("a tab that prints at 70% or more on one page stays one page wide", () => {
    expect(pagesWide([12, 10, 14])).toBe(1);
    expect(pagesWide(new Array(10).fill(20))).toBe(1); // 200 characters
  });
  test("a wider tab goes to two, then three pages, never more", () => {
    expect(pagesWide(new Array(15).fill(20))).toBe(2); // 300 characters
    expect(pagesWide(new Array(30).fill(14))).toBe(3);
    expect(pagesWide(new Array(100).fill(50))).toBe(3);
  });
});

describe("keyColumns", () => {
  test("the customer's ID and name, wherever they are; else A and B", () => {
    expect(keyColumns(["id", "name", "type"])).toEqual([0, 1]);
    expect(keyColumns(["dueDate", "owner", "customerId", "customerName"])).toEqual([2, 3]);
    expect(keyColumns(["at", "what"])).toEqual([0, 1]);
  });
});
