import fc from "fast-check";
import { freeSheetName, sheetNameKey, validSheetName } from "../../src/engine/sheetNames";
import {
  ownedTabName,
  ownedTabRef,
  sheetOfRef,
  tabOfOwnedName,
} from "../../src/workbook/ownedTabs";

describe("validSheetName / freeSheetName", () => {
  it("always gives a name Excel accepts and nobody has", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.string({ maxLength: 35 })),
        (name, others) => {
          const taken = new Set(others.map(sheetNameKey));
          const free = freeSheetName(name, taken);
          expect(free.length).toBeGreaterThan(0);
          expect(free.length).toBeLessThanOrEqual(31);
          expect(free).not.toMatch(/[:\\/?*[\]]|^'|'$/);
          expect(taken.has(sheetNameKey(free))).toBe(false);
        },
      ),
    );
  });

  it("numbers a taken name, case-insensitively, within 31 characters", () => {
    expect(freeSheetName("客户分类", new Set(["客户分类"]))).toBe("客户分类 (2)");
    expect(freeSheetName("Segments", new Set(["segments", "segments (2)"]))).toBe("Segments (3)");
    expect(freeSheetName("x".repeat(40), new Set(["x".repeat(31)]))).toBe(`${"x".repeat(27)} (2)`);
    expect(validSheetName("History")).not.toBe("History");
    expect(validSheetName("'Q1/Q2'")).toBe("Q1_Q2");
  });
});

describe("owned tab names", () => {
  it("round-trip a tab through its defined name and a sheet through its reference", () => {
    expect(ownedTabName("followUps")).toBe("CA.174929f98c694727a265d36f90a7f297.followUps");
    expect(tabOfOwnedName("ca.174929F98C694727A265D36F90A7F297.FOLLOWUPS")).toBe("followUps");
    expect(tabOfOwnedName("CA_TAB_followUps")).toBeNull();
    expect(tabOfOwnedName(ownedTabName("followUps") + "x")).toBeNull();
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }), (name) => {
        expect(sheetOfRef(ownedTabRef(name))).toBe(name);
      }),
    );
    expect(sheetOfRef("Sheet1!$A$1")).toBe("Sheet1");
  });
});

describe("names with apostrophes and spaces at the ends", () => {
  test.each([
    [" ' ", "Sheet"],
    ["''a' '", "a"],
    ["' b", "b"],
  ])("%p → %p", (input, expected) => {
    expect(validSheetName(input)).toBe(expected);
  });
});
