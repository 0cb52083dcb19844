import { besidePrint, keyColumns, pagesWide } from "../../../src/workbook/file/printSetup";

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

describe("besidePrint (the schedule's status and note beside its call sheet: tester46 H2)", () => {
  const zh = [14, 14, 9.5, 34.5, 18, 13.5, 50.5, 10, 8, 14, 10.5, 16, 10, 50, 29, 12];
  test("the call sheet one page wide at a fixed scale, a break before the page beside", () => {
    // 196.5 characters at 5.6 pt in 770 pt: 69.98 -> 69 (LibreOffice's Carlito took 5.56).
    expect(besidePrint(zh, 11, 14)).toEqual({ scale: 69, breakAt: 11, columns: 14 });
    // en: 200 characters.
    expect(besidePrint([...new Array(10).fill(20), 16, 10, 48], 10, 13)?.scale).toBe(68);
  });
  test("a narrow call sheet prints at 100% at most; nothing beside it, no break", () => {
    expect(besidePrint([10, 10, 10, 10], 2, 4)).toEqual({ scale: 100, breakAt: 2, columns: 4 });
    expect(besidePrint(zh, 11, 11)).toBeNull();
    expect(besidePrint(zh.slice(0, 11), 11, 14)).toBeNull();
    expect(besidePrint(zh, 0, 14)).toBeNull();
  });
  test("the page beside stops at the tab's last column", () => {
    expect(besidePrint(zh.slice(0, 13), 11, 14)).toEqual({ scale: 69, breakAt: 11, columns: 13 });
  });
});
