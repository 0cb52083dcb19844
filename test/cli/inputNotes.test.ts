import { readFileSync } from "node:fs";
import { tableOf } from "../../src/engine/report/table";
import { XlsxReportWriter } from "../../src/workbook/file";
import { cli, scratchFolder } from "./harness";

// tester63 L findings (Bad input): an input open in Excel (~$台账.xlsx beside 台账.xlsx) was analysed
// silently, its edits not yet saved missing from the report; a 交易 sheet hidden in Excel was read
// with no note. Both are said now (console, run log, JSON), neither refused.

const scratch = scratchFolder("ca-input-notes-");

const customers = [["客户编号", "客户名称"], ...[1, 2, 3].map((i) => [`C${i}`, `客户${i}`])];
const sales = [
  ["客户编号", "日期", "金额"],
  ...[1, 2, 3].map((i) => [`C${i}`, `2025-0${i}-03`, String(100 * i)]),
];

/** A workbook of the user's with 客户 and 交易, 交易 hidden when `hidden`. */
async function book(name: string, hidden: boolean): Promise<string> {
  const file = scratch.path(name);
  const table = (sheet: string, rows: string[][]) =>
    tableOf(
      "customerList",
      sheet,
      rows[0].map((h) => ({ key: h, header: h, format: "text" as const })),
      rows.slice(1),
    );
  await new XlsxReportWriter(file, { lang: "zh-CN", markOwned: false }).writeTables([
    table("客户", customers),
    { ...table("交易", sales), hidden },
  ]);
  return file;
}

interface Json {
  warnings: { code: string; message: string }[];
}
/** The CLI's analyze as of 2025-12-31 with `args`. */
const analyse = (...args: string[]) => cli("analyze", ...args, "--as-of", "2025-12-31");
const warningsOf = (json: string): Json["warnings"] =>
  (JSON.parse(readFileSync(json, "utf8")) as Json).warnings;

test("an input sheet hidden in Excel is read and said so, in both languages", async () => {
  const file = await book("隐藏.xlsx", true);
  const json = scratch.path("隐藏.json");
  const zh = await analyse(file, "--json", json);
  expect(zh.code).toBe(0);
  const said =
    "工作表“交易”在 Excel 中是隐藏的，仍作为“交易”表读取。如它不是要分析的表（旧数据、草稿），请改名或删除它，并取消隐藏要分析的表";
  expect(zh.out).toContain(`警告：${said}`);
  expect(warningsOf(json).find((w) => w.code === "input_sheet_hidden")?.message).toBe(said);
  const en = await analyse(file, "--lang", "en-US", "-o", scratch.path("h.xlsx"));
  expect(en.out).toContain(
    "Warning: The sheet “交易” is hidden in Excel and was read all the same, as the Transactions sheet.",
  );
  // Visible: nothing said.
  const shown = await analyse(await book("显示.xlsx", false));
  expect(shown.code).toBe(0);
  expect(shown.out).not.toContain("隐藏");
});

test("an input Excel has open is read as saved, its lock file named; not refused", async () => {
  const file = await book("台账.xlsx", false);
  const json = scratch.path("台账.json");
  const before = await analyse(file, "--json", json);
  expect(before.out).not.toContain("似乎正在");
  scratch.write("~$台账.xlsx", "owner");
  const open = await analyse(file, "--json", json);
  expect(open.code).toBe(0);
  const said = `${file} 似乎正在 Excel 中打开（有 ~$台账.xlsx）：未保存的修改不在本报告里。请在 Excel 中保存后重新运行；如 Excel 并未打开它，这是遗留的锁文件，可删除 ~$台账.xlsx`;
  expect(open.out).toContain(`警告：${said}`);
  expect(warningsOf(json).find((w) => w.code === "input_open_elsewhere")?.message).toBe(said);
  // A CSV input LibreOffice has open.
  const c = scratch.write("c.csv", "客户编号\nA\n");
  const t = scratch.write("t.csv", "客户编号,日期,金额\nA,2025-06-01,10\n");
  scratch.write(".~lock.t.csv#", "lock");
  const csv = await analyse(
    "--customers",
    c,
    "--transactions",
    t,
    "--lang",
    "en-US",
    "-o",
    scratch.path("csv.xlsx"),
  );
  expect(csv.code).toBe(0);
  expect(csv.out).toContain(
    `Warning: ${t} seems to be open in LibreOffice (.~lock.t.csv# is beside it): edits not yet saved there are not in this report.`,
  );
});
