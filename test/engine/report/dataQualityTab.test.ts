import { NUMBER_FORMATS } from "../../../src/workbook/numberFormats";
import { qualityMessage } from "../../../src/engine/quality";
import { dataQualityTable, fileName } from "../../../src/engine/report/dataQualityTab";
import { OUTPUT_TABS } from "../../../src/engine/report/outputTabs";

// Stop-20 tester W5: the Data quality tab showed the raw code (unparseable_optional) as its fourth
// column and the readable problem last. Now the problem follows the cell and the code is last (a
// key to filter on); the keys are the registry's, whose layout version says the order changed.
describe("the Data quality tab reads words first, the code last", () => {
  const finding = {
    sheet: "交易",
    kind: "transactions" as const,
    row: 1116,
    column: "日期",
    code: "future_date" as const,
    severity: "warning" as const,
    value: "2026-01-07",
    message: qualityMessage("future_date", { value: "2026-01-07", asOf: "2025-12-31" }),
  };

  test.each(["zh-CN", "en-US"] as const)("%s", (lang) => {
    const table = dataQualityTable([finding], lang);
    const keys = table.columns.map((c) => c.key);
    expect(keys).toEqual(OUTPUT_TABS.dataQuality.columns);
    expect(keys.indexOf("problem")).toBe(3);
    expect(keys.at(-1)).toBe("code");
    const [row] = table.rows(0, 1);
    expect(row[3]).not.toBe("future_date");
    expect(String(row[3])).toMatch(lang === "zh-CN" ? /[\u4e00-\u9fff]/ : /^[A-Z][a-z]/);
    expect(row.at(-1)).toBe("future_date");
    // The severity column (coloured) is where the highlight says.
    expect(table.highlight?.column).toBe(keys.indexOf("severity"));
  });
});

// The File column held the input's full path: every row took two lines (twice the printed
// pages) and a shared workbook named the user's folders (stop-22 tester: /tmp/tt/s300.xlsx).
describe("the Data quality tab names the input file, not its folders", () => {
  test("a path's last part, either separator", () => {
    expect(fileName("/work/in/customers.csv")).toBe("customers.csv");
    expect(fileName("C:\\Users\\li\\客户.xlsx")).toBe("客户.xlsx");
    expect(fileName("t.csv")).toBe("t.csv");
    expect(fileName(undefined)).toBe("");
  });
  test("in the tab", () => {
    const f = {
      sheet: "交易",
      kind: "transactions" as const,
      row: 3,
      column: "日期",
      code: "future_date" as const,
      severity: "warning" as const,
      value: "2026-01-07",
      message: qualityMessage("future_date", { value: "2026-01-07", asOf: "2025-12-31" }),
      file: "/home/li/客户分析/2025.xlsx",
    };
    const table = dataQualityTable([f], "zh-CN");
    const [row] = table.rows(0, 1);
    expect(row[table.columns.findIndex((c) => c.key === "file")]).toBe("2025.xlsx");
    // A row number reads as Excel's row headings do: 1564, not 1,564 (tester, stop 31 and 32).
    const rowColumn = table.columns.find((c) => c.key === "row")!;
    expect(rowColumn.format).toBe("rowNumber");
    expect(NUMBER_FORMATS[rowColumn.format]).toBe("0");
  });
});
