import { readFileSync } from "node:fs";
import path from "node:path";
import { cli, scratchFolder } from "./harness";

// Stop-38 tester: a workbook whose formulas were never calculated (openpyxl writes "=C2*D2" with no
// result) read its 金额 as empty: "Required value … is empty", as if the user had left it out. Now
// the reader knows the cell held a formula and says so, with what to do (save it once in Excel or
// LibreOffice). Fixtures: test/workbook/file/fixtures/make-uncalculated-workbook.py (openpyxl).

const FIXTURES = path.join(__dirname, "..", "workbook", "file", "fixtures");
const scratch = scratchFolder("ca-uncalculated-");

/** Analyses fixture `name` (-all or -some) in `lang`, its outputs named `<name>-<lang>`. */
const analyse = (name: string, lang: string, ...options: string[]) =>
  cli(
    "analyze",
    path.join(FIXTURES, `uncalculated-${name}.xlsx`),
    "-o",
    scratch.path(`${name}-${lang}.xlsx`),
    ...options,
    "--as-of",
    "2025-12-31",
    "--quiet",
    "--lang",
    lang,
  );

test.each([
  [
    "en-US",
    "sheet “交易”: none of its 3 rows can be used: their required values are formulas with no saved result (row 2, column E “金额”; row 3, column E “金额”; row 4, column E “金额”)",
    "open the workbook in Excel (or LibreOffice) and save it once",
  ],
  [
    "zh-CN",
    "工作表“交易”的 3 行数据都无法使用：必填项是公式，文件中没有保存它们的计算结果（第 2 行 E 列“金额”；第 3 行 E 列“金额”；第 4 行 E 列“金额”）",
    "请用 Excel（或 LibreOffice）打开此工作簿并保存一次",
  ],
] as const)(
  "every amount a formula with no saved result: exit 2 naming the sheet, rows and column (%s)",
  async (lang, says, advice) => {
    const run = await analyse("all", lang);
    expect(run.code).toBe(2);
    expect(run.err).toContain(path.join(FIXTURES, "uncalculated-all.xlsx"));
    expect(run.err).toContain(says);
    expect(run.err).toContain(advice);
    expect(run.err).not.toMatch(/为空|is empty/);
  },
);

test("more formula cells than the error names: it says how many more, zh and en (tester15 #10)", async () => {
  const en = await analyse("many", "en-US");
  expect(en.code).toBe(2);
  expect(en.err).toContain(
    "(row 2, column E “金额”; row 3, column E “金额”; row 4, column E “金额”; and 3 more cells)",
  );
  const zh = await analyse("many", "zh-CN");
  expect(zh.err).toContain(
    "（第 2 行 E 列“金额”；第 3 行 E 列“金额”；第 4 行 E 列“金额”；另有 3 个单元格）",
  );
  // Three cells, three named: no "and 0 more".
  expect((await analyse("all", "en-US")).err).not.toContain("more cell");
});

test("customer ids formulas with no saved result: the error says the cause is the Customers sheet, zh and en (reviewer15 D5)", async () => {
  // Before, every transaction was "not on the Customers sheet" and the user was told to correct them.
  const en = await analyse("ids", "en-US");
  expect(en.code).toBe(2);
  expect(en.err).toContain(
    "The cause is on the Customers sheet: 3 customer IDs are formulas with no saved result (the first: row 2, column A “客户编号”)",
  );
  expect(en.err).not.toContain("Correct them");
  const zh = await analyse("ids", "zh-CN");
  expect(zh.err).toContain(
    "原因在客户表：3 个客户编号是公式，文件中没有保存其计算结果（第一个：第 2 行 A 列“客户编号”）",
  );
});

test("some amounts formulas with no saved result: those rows are findings saying so, zh and en", async () => {
  const found: Record<
    string,
    { sheet: string; row: number; column: string; code: string; message: string }[]
  > = {};
  for (const lang of ["en-US", "zh-CN"]) {
    const json = scratch.path(`some-${lang}.json`);
    const run = await analyse("some", lang, "--json", json);
    expect(run.code).toBe(0);
    found[lang] = JSON.parse(readFileSync(json, "utf8")).dataQuality.filter(
      (f: { severity: string }) => f.severity === "error",
    );
  }
  expect(found["en-US"].map((f) => [f.sheet, f.row, f.column, f.code])).toEqual([
    ["交易", 2, "金额", "formula_without_result"],
    ["交易", 4, "金额", "formula_without_result"],
  ]);
  expect(found["en-US"][0].message).toBe(
    "Required value “金额” (column E) is a formula with no saved result (the program that wrote this workbook did not calculate its formulas); row not used. Open the workbook in Excel (or LibreOffice) and save it once so its results are stored",
  );
  expect(found["zh-CN"][1].message).toBe(
    "必填项 E 列“金额”是公式，文件中没有保存它的计算结果（写出此工作簿的程序没有计算公式），此行未使用。请用 Excel（或 LibreOffice）打开此工作簿并保存一次，计算结果就会保存下来",
  );
});
