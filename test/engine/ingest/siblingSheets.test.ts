import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { inputSheets, siblingSheets } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

// tester53 N31: one sheet per year (2025年客户, 2026年客户, 2025销售, 2026销售): the first of each
// was read, the rest only listed as unread, then the stale-data warning advised --as-of back in
// time instead of pointing at the unread 2026 sheet.

describe("sheets kept one per year or month", () => {
  test("the sheets beside the one read that differ from it only by a period", () => {
    const names = ["2025年客户", "2026年客户", "2025销售", "2026销售", "汇总表"];
    expect(siblingSheets(names, inputSheets(names))).toEqual({
      customers: ["2026年客户"],
      transactions: ["2026销售"],
    });
    const months = ["客户", ...Array.from({ length: 11 }, (_, m) => `${m + 1}月销售`)];
    expect(siblingSheets(months, inputSheets(months)).transactions).toHaveLength(10);
    // A sheet chosen by the user, or names without a period: nothing said.
    expect(
      siblingSheets(names, inputSheets(names, { transactions: "2025销售" })).transactions,
    ).toBe(undefined);
    expect(
      siblingSheets(["客户", "销售", "销售明细"], inputSheets(["客户", "销售", "销售明细"])),
    ).toEqual({});
  });

  test("a warning names the unread sheets, and the stale-data advice points at them", async () => {
    const customers: Grid = [["客户编号"], ["C1"], ["C2"]];
    const sales = (year: number): Grid => [
      ["客户编号", "日期", "金额"],
      ["C1", `${year}-03-01`, 100],
      ["C2", `${year}-05-03`, 200],
    ];
    const a = await analyzeWorkbook(
      memorySource({ 客户: customers, "2025销售": sales(2025), "2026销售": sales(2026) }),
      { rules: defaultRules(), asOf: epochDay(2026, 7, 1) },
    );
    const f = a.findings.find((x) => x.code === "sibling_sheets_unread")!;
    expect([f.sheet, f.severity, f.value]).toEqual(["2025销售", "warning", "2026销售"]);
    expect(f.message["zh-CN"]).toContain("同类的工作表（按年或按月分开）未读取：“2026销售”。");
    const w = a.warnings.find((x) => x.code === "stale_data")!;
    expect(w.message["zh-CN"]).toContain("只读取了工作表“2025销售”，同类的工作表未读取：“2026销售”。");
    expect(w.message["en-US"]).toContain("Only sheet “2025销售” was read, not “2026销售”");
  });
});
