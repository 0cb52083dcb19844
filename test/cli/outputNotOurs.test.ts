import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { XlsxPackage } from "../../src/workbook/file/xlsxPackage";
import { analyseOneSale, cli, scratchFolder, userWorkbook } from "./harness";

// Tester42 #16 and #18: -o replaced a file that is not a report of ours (a password-protected
// .xlsx, a text file named .xlsx), and a refresh into last month's report deleted the sheets the
// user had added to it; both with exit 0. Now the run refuses (exit 2), the file unchanged.

const scratch = scratchFolder("ca-output-not-ours-");

/** The sheet names of a workbook. */
async function sheetsOf(file: string): Promise<string[]> {
  const pkg = await XlsxPackage.open(file);
  try {
    return pkg.sheets.map((s) => s.name);
  } finally {
    pkg.close();
  }
}

/** Adds a sheet of the user's to a report, as a user would in Excel. */
async function addUserSheet(file: string, name: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.addWorksheet(name);
  ws.getCell("A1").value = "我自己的汇总";
  await wb.xlsx.writeFile(file);
}

test("-o naming a password-protected workbook (or an .xls) is refused, the file unchanged (tester42 #16)", async () => {
  // Before: exit 0, the file replaced by our report.
  const signature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const file = scratch.write("加密.xlsx", Buffer.concat([signature, Buffer.alloc(4000, 7)]));
  const before = readFileSync(file);
  const zh = await analyseOneSale(scratch, "-o", file, "--lang", "zh-CN");
  expect(zh.code).toBe(2);
  expect(zh.err).toContain(
    `-o ${file}：这个文件不是本工具的报告（无法作为工作簿读取，可能设有密码或是 .xls 文件），运行会覆盖它。请用 -o 另取输出文件名，或先把那个文件移走`,
  );
  const en = await analyseOneSale(scratch, "-o", file, "--lang", "en-US");
  expect(en.code).toBe(2);
  expect(en.err).toContain(
    `-o ${file}: this file is not a report of ours (it cannot be read as a workbook: it may be password-protected, or an .xls file); the run would replace it.`,
  );
  expect(readFileSync(file).equals(before)).toBe(true);
});

test("-o naming a text file called .xlsx is refused, the file unchanged; an empty file is replaced (tester42 #16)", async () => {
  const file = scratch.write("笔记.xlsx", "我的笔记\n");
  const zh = await analyseOneSale(scratch, "-o", file, "--lang", "zh-CN");
  expect(zh.code).toBe(2);
  expect(zh.err).toContain(
    `-o ${file}：这个文件不是本工具的报告（无法作为工作簿读取），运行会覆盖它。`,
  );
  const en = await analyseOneSale(scratch, "-o", file, "--lang", "en-US");
  expect(en.err).toContain(
    `-o ${file}: this file is not a report of ours (it cannot be read as a workbook); the run would replace it.`,
  );
  expect(readFileSync(file, "utf8")).toBe("我的笔记\n");
  const empty = scratch.write("空.xlsx", "");
  expect((await analyseOneSale(scratch, "-o", empty)).code).toBe(0);
  expect(await sheetsOf(empty)).toContain("运行日志");
});

test("a refresh into a CSV-made report holding a sheet of the user's is refused, naming it (tester42 #18)", async () => {
  // Before: exit 0 and 我的透视 gone.
  const report = scratch.path("月报.xlsx");
  expect((await analyseOneSale(scratch, "-o", report)).code).toBe(0);
  await addUserSheet(report, "我的透视");
  const before = readFileSync(report);
  const zh = await analyseOneSale(scratch, "-o", report, "--lang", "zh-CN");
  expect(zh.code).toBe(2);
  expect(zh.err).toContain(
    `-o ${report}：其中的工作表“我的透视”不是本工具的表，运行替换这份报告时会删除它们。请先把它们移到别的工作簿，或用 -o 另取输出文件名`,
  );
  const en = await analyseOneSale(scratch, "-o", report, "--lang", "en-US");
  expect(en.code).toBe(2);
  expect(en.err).toContain(
    `-o ${report}: this report holds sheets that are not tabs of ours (我的透视); the run would delete them when it replaces the report.`,
  );
  expect(readFileSync(report).equals(before)).toBe(true);
});

test("a report made from a workbook, with a sheet added: the refresh from the workbook is refused; the in-place refresh keeps the sheet but is said to analyse the report's own copy of the data (tester42 #18, tester43 #1)", async () => {
  const ids = [1, 2, 3, 4, 5, 6];
  const book = await userWorkbook(scratch.path("台账.xlsx"), {
    客户: [["客户编号", "客户名称"], ...ids.map((i) => [`C${i}`, `客户${i}`])],
    交易: [
      ["客户编号", "日期", "金额"],
      ...ids.map((i) => [`C${i}`, `2025-0${i}-03`, String(100 * i)]),
    ],
  });
  const analyse = (...argv: string[]) => cli("analyze", ...argv, "--quiet");
  expect((await analyse(book, "--as-of", "2025-11-30")).code).toBe(0);
  const report = scratch.path("台账.analysis.xlsx");
  await addUserSheet(report, "我的透视");
  const before = readFileSync(report);
  // Before: exit 0, 我的透视 deleted; the input's own sheets (客户, 交易) are carried, not named.
  const zh = await analyse(book, "--as-of", "2025-12-31", "--lang", "zh-CN");
  expect(zh.code).toBe(2);
  // No -o was typed: the default output is named as such, not as "-o 台账.analysis.xlsx" (safe42).
  expect(zh.err).toContain(
    `${report}（未指定 -o 时的默认输出）：其中的工作表“我的透视”不是本工具的表`,
  );
  expect(zh.err).not.toContain(`-o ${report}：`);
  // Before (tester43 #1): '如要保留，请直接刷新这份报告：npm run cli -- analyze 报告.xlsx', which
  // analysed November's copy of the data inside the report (690 wrong-way moves), into a new file.
  expect(zh.err).toContain(
    `请先把它们移到别的工作簿，或用 -o 另取输出文件名。（就地刷新这份报告（npm run cli -- analyze ${report} -o ${report}）会保留它们，但分析的是报告中的数据表，即上次运行时“台账.xlsx”的副本，而不是“台账.xlsx”本身）`,
  );
  expect(zh.err).not.toContain("如要保留，请直接刷新");
  const en = await analyse(book, "--as-of", "2025-12-31", "--lang", "en-US");
  expect(en.err).toContain(
    `${report} (the default output, as no -o was given): this report holds sheets that are not tabs of ours (我的透视);`,
  );
  expect(en.err).toContain(
    `Move them to another workbook first, or give -o another output name. (Refreshing the report in place, npm run cli -- analyze ${report} -o ${report}, keeps them, but analyses the data sheets inside the report, the copy of 台账.xlsx its last run made, not 台账.xlsx itself)`,
  );
  expect(readFileSync(report).equals(before)).toBe(true);
  // A CSV run into it would delete the workbook's sheets too: named, without the in-place advice.
  const csv = await analyseOneSale(scratch, "-o", report, "--lang", "en-US");
  expect(csv.code).toBe(2);
  expect(csv.err).toContain("not tabs of ours (客户, 交易, 我的透视)");
  expect(csv.err).not.toContain("Refreshing the report in place");
  // The in-place refresh the message names keeps the sheet.
  expect((await analyse(report, "-o", report, "--as-of", "2025-12-31")).code).toBe(0);
  expect(await sheetsOf(report)).toContain("我的透视");
});
