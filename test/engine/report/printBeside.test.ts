import {
  besidePrint,
  scaleFor,
  sideBySide,
  widerPage,
} from "../../../src/engine/report/printBeside";
import { changesTable } from "../../../src/engine/report/changesTab";
import { lookRow } from "../../../src/engine/report/table";
import { fitSample, fitWidths } from "../../../src/workbook/file/columnWidths";
import { threeHundredChanges as changes } from "./changesFixture";

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

describe("sideBySide (a layout on two pages side by side: the Changes tab, tester49 L4)", () => {
  test("the wider page sets the scale: the first, or the title columns and the page beside", () => {
    // A:C 62 and D:E 100 beside them: 162 characters, 770 / (5.6 × 162) = 84%.
    expect(sideBySide([20, 12, 30, 50, 50], 3, [0, 2])).toEqual({
      scale: 84,
      breakAt: 3,
      columns: 5,
      widths: [20, 12, 30, 50, 50],
      titleColumns: [0, 2],
      chars: 162,
    });
    // A wide first page: A:D 140 against A:C and E, 82.
    expect(sideBySide([20, 12, 30, 78, 20], 4, [0, 2])?.chars).toBe(140);
    expect(widerPage([20, 12, 30, 78, 20], 4, 5)).toBe(140);
    expect(scaleFor(140)).toBe(98);
  });
  test("nothing beside: one page", () => {
    expect(sideBySide([20, 12, 30], 3, [0, 2])).toBeUndefined();
    expect(sideBySide([20, 12, 30], 0, [0, 2])).toBeUndefined();
  });
});

// Reviewer50 M2: the Changes tab's printed width was counted twice (changesTab.ts and the file's
// besidePrint); the add-in scaled from widths Excel's autofit did not keep. One decision now,
// on the table, at widths every adapter sets.
describe("the Changes tab's print layout (ReportTable.sideBySide)", () => {
  for (const lang of ["zh-CN", "en-US"] as const) {
    test(`${lang}: figures A:H, the reasons from I beside them, A:C repeated, at the file's widths`, () => {
      const table = changesTable(changes(), lang)!;
      const print = table.sideBySide!;
      expect(print.breakAt).toBe(8);
      expect(print.titleColumns).toEqual([0, 2]);
      expect(print.columns).toBe(table.columns.length);
      expect(print.widths).toHaveLength(table.columns.length);
      // The widths are the ones the file fits from the same rows (which it then writes as they
      // are): so the scale holds for what is printed.
      const sample = fitSample(table, 2000);
      const looks = sample.map((_, r) => lookRow(table.looks, r));
      expect(fitWidths(table, sample, [], looks).map((f) => f.width)).toEqual(print.widths);
      const sum = (from: number, to: number) =>
        print.widths.slice(from, to).reduce((a, b) => a + b, 0);
      const chars = Math.max(sum(0, 8), sum(0, 3) + sum(8, print.columns));
      expect(print.chars).toBe(chars);
      expect(print.scale).toBe(Math.floor((100 * 770) / (5.6 * chars)));
      // Two pages at about 80%, not one at about 50% (tester49 L4).
      expect(print.scale).toBeGreaterThanOrEqual(70);
    });
  }
  test("amounts in HK$ widen their columns as the file writes them (three characters, not one)", () => {
    const plain = changesTable(changes(), "en-US")!;
    const table = changesTable(changes(), "en-US", undefined, "HK$")!;
    table.currency = "HK$"; // as tabs.ts sets it on every tab
    const sample = fitSample(table, 2000);
    const looks = sample.map((_, r) => lookRow(table.looks, r));
    expect(fitWidths(table, sample, [], looks).map((f) => f.width)).toEqual(
      table.sideBySide!.widths,
    );
    // The money columns (E, F: spend before and now) are wider than in yuan.
    expect(table.sideBySide!.widths[4]).toBeGreaterThan(plain.sideBySide!.widths[4]);
  });
});
