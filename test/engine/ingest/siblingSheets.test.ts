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
    expect(w.message["zh-CN"]).toContain(
      "只读取了工作表“2025销售”，同类的工作表未读取：“2026销售”。",
    );
    expect(w.message["en-US"]).toContain("Only sheet “2025销售” was read, not “2026销售”");
  });

  // tester58 U60: a clinic's fees kept one sheet per month (2024年6月 …) beside 交易, or a year's
  // sheet (2024-2025年收费): no input word in their names, said only in the console's unread list.
  test("unread sheets with the very columns of the sheet read are its siblings, said on the Overview", async () => {
    const customers: Grid = [["客户编号"], ["C1"], ["C2"]];
    const fees = (month: number): Grid => [
      ["日期", "收费单号", "客户编号", "实收"],
      [`2026-${String(month).padStart(2, "0")}-03`, `S${month}`, "C1", 100],
    ];
    const months = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`2026年${i + 1}月`, fees(i + 1)]),
    );
    const a = await analyzeWorkbook(
      memorySource({
        客户: customers,
        交易: fees(9),
        ...months,
        // Other columns (a price list) or the same fields under other headers: not siblings.
        价目表: [
          ["项目", "价格"],
          ["洁牙", 298],
        ],
        "2025年收费": [
          ["日期", "单号", "客户编号", "金额"],
          ["2025-05-01", "X1", "C2", 50],
        ],
      }),
      { rules: defaultRules(), asOf: epochDay(2026, 9, 30) },
    );
    const f = a.findings.find((x) => x.code === "sibling_sheets_unread")!;
    expect(f.sheet).toBe("交易");
    expect(f.value).toBe(Object.keys(months).join(", "));
    expect(f.message["zh-CN"]).toContain(
      "未读取：“2026年1月”、“2026年2月”、“2026年3月”、…、“2026年8月”（共 8 个）。",
    );
    expect(f.message["en-US"]).toContain(
      "8 sheets of the same kind kept per year or month (“2026年1月”, “2026年2月”, “2026年3月”, …, “2026年8月”: 8 in all) were not",
    );
    // Not stale: the Overview says it with its own warning, in the finding's words.
    expect(a.warnings.map((w) => w.code)).not.toContain("stale_data");
    const w = a.warnings.find((x) => x.code === "sibling_sheets_unread")!;
    expect(w.message["zh-CN"]).toContain(
      "读取了工作表“交易”；同类的工作表（按年或按月分开）未读取",
    );
  });

  test("stale data names the siblings once, in its own warning", async () => {
    const customers: Grid = [["客户编号"], ["C1"]];
    const sales = (year: number): Grid => [
      ["客户编号", "日期", "金额"],
      ["C1", `${year}-03-01`, 100],
    ];
    const a = await analyzeWorkbook(
      memorySource({ 客户: customers, "2025销售": sales(2025), "2026销售": sales(2026) }),
      { rules: defaultRules(), asOf: epochDay(2026, 7, 1) },
    );
    const codes = a.warnings.map((w) => w.code);
    expect(codes).toContain("stale_data");
    expect(codes).not.toContain("sibling_sheets_unread");
  });
});
