import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openXlsx } from "../../src/workbook/file";
import { XlsxPackage } from "../../src/workbook/file/xlsxPackage";
import { cli, namedCustomersCsv, oneSaleEachCsv, scratchFolder } from "./harness";

// Tester16 #1: a manager re-runs her own workbook each month into the same report. The report the
// run replaces holds last month's run: it is compared with (as --previous would be), its run log
// goes on, and a report of other data there is not replaced unasked.

const scratch = scratchFolder("ca-replaced-output-");

const n = 25;

const run = (c: string, out: string, asOf: string, ...more: string[]) =>
  cli(
    "analyze",
    "--customers",
    c,
    "--transactions",
    scratch.path("t.csv"),
    "-o",
    scratch.path(out),
    "--json",
    scratch.path(`${out}.json`),
    "--as-of",
    asOf,
    "--quiet",
    ...more,
  );

beforeAll(() => {
  scratch.write("t.csv", oneSaleEachCsv(n));
  scratch.write("a.csv", namedCustomersCsv(n, "甲公司"));
  scratch.write("b.csv", namedCustomersCsv(n, "Other Co "));
});

test("the report a run replaces is its previous run: compared with, its run log kept", async () => {
  expect((await run(scratch.path("a.csv"), "report.xlsx", "2025-11-30")).code).toBe(0);
  const first = JSON.parse(readFileSync(scratch.path("report.xlsx.json"), "utf8"));
  expect(first.changes ?? null).toBeNull();
  expect((await run(scratch.path("a.csv"), "report.xlsx", "2025-12-31")).code).toBe(0);
  const second = JSON.parse(readFileSync(scratch.path("report.xlsx.json"), "utf8"));
  expect(second.changes.previousAnalysisDate).toBe("2025-11-30");
  expect(second.changes.previousFile).toBe("report.xlsx");
  expect(second.history.map((h: { analysisDate: string }) => h.analysisDate)).toEqual([
    "2025-11-30",
    "2025-12-31",
  ]);
});

test("the Changes tab names the replaced file as it was, not the file it is in (stop 42)", async () => {
  // Before: "上次结果来自 | report.xlsx（工作簿中的运行状态表）", naming the workbook the tab is in,
  // whose run state is now this run's.
  const previousFrom = async (out: string, lang: string, tab: string) => {
    expect((await run(scratch.path("a.csv"), out, "2025-11-30", "--lang", lang)).code).toBe(0);
    expect((await run(scratch.path("a.csv"), out, "2025-12-31", "--lang", lang)).code).toBe(0);
    const rows: unknown[][] = [];
    await (await openXlsx(scratch.path(out))).readSheet(tab, (b) => void rows.push(...b));
    return rows[2].filter((c) => c !== null && c !== "").join(" | ");
  };
  expect(await previousFrom("named-zh.xlsx", "zh-CN", "变化")).toBe(
    "上次结果来自 | named-zh.xlsx 被本次运行替换前的版本（工作簿中的运行状态表）",
  );
  expect(await previousFrom("named-en.xlsx", "en-US", "Changes")).toBe(
    "Previous results from | named-en.xlsx as it was before this run replaced it (the run-state tab in the workbook)",
  );
});

test("a report of other data in the output's place is not replaced unasked (exit 2)", async () => {
  expect((await run(scratch.path("a.csv"), "other.xlsx", "2025-11-30")).code).toBe(0);
  const before = readFileSync(scratch.path("other.xlsx"));
  const zh = await run(scratch.path("b.csv"), "other.xlsx", "2025-12-31", "--lang", "zh-CN");
  expect(zh.code).toBe(2);
  expect(zh.err).toContain(`${scratch.path("other.xlsx")} 中已有另一份数据的分析`);
  expect(zh.err).toContain("请用 -o 另取输出文件名");
  const en = await run(scratch.path("b.csv"), "other.xlsx", "2025-12-31", "--lang", "en-US");
  expect(en.err).toContain("already holds an analysis of other data");
  expect(readFileSync(scratch.path("other.xlsx")).equals(before)).toBe(true);
});

test("-o naming a workbook of the user's (no tab of ours) is refused, the file unchanged (reviewer16 D15)", async () => {
  // Before: a CSV run with -o 客户资料.xlsx replaced the user's sheets with our tabs, exit 0.
  const wb = scratch.path("客户资料.xlsx");
  await writeFile(wb, readFileSync(join(__dirname, "..", "..", "assets", "sample-zh.xlsx")));
  const before = readFileSync(wb);
  const zh = await run(scratch.path("a.csv"), "客户资料.xlsx", "2025-12-31", "--lang", "zh-CN");
  expect(zh.code).toBe(2);
  expect(zh.err).toContain(
    "这个工作簿中的工作表（客户、交易、满意度调查、投诉、跟进记录）不是本工具的报告",
  );
  const en = await run(scratch.path("a.csv"), "客户资料.xlsx", "2025-12-31", "--lang", "en-US");
  expect(en.code).toBe(2);
  expect(en.err).toContain("holds sheets that are not a report of ours (客户, 交易,");
  expect(readFileSync(wb).equals(before)).toBe(true);
});

test("a re-run of the same date into a report that keeps no earlier run compares with nothing (reviewer16 D16)", async () => {
  // A second `npm run demo` wrote a Changes tab of nothing: the run compared with itself.
  for (let i = 0; i < 2; i++)
    expect((await run(scratch.path("a.csv"), "again.xlsx", "2025-12-31")).code).toBe(0);
  const json = JSON.parse(readFileSync(scratch.path("again.xlsx.json"), "utf8"));
  expect(json.changes ?? null).toBeNull();
});

test("the output a run replaces is opened once: asked whether it is the user's and read for its run", async () => {
  // Before: twice a run (refuseOthersWorkbook, then replacedRun), the second never closed.
  expect((await run(scratch.path("a.csv"), "once.xlsx", "2025-11-30")).code).toBe(0);
  const open = jest.spyOn(XlsxPackage, "open");
  const close = jest.spyOn(XlsxPackage.prototype, "close");
  try {
    expect((await run(scratch.path("a.csv"), "once.xlsx", "2025-12-31")).code).toBe(0);
    const opened = open.mock.calls.filter(([file]) => file === scratch.path("once.xlsx"));
    expect(opened.length).toBe(1);
    const pkg = await open.mock.results[open.mock.calls.indexOf(opened[0])].value;
    expect(close.mock.contexts).toContain(pkg);
    // Still read: compared with, as before.
    const json = JSON.parse(readFileSync(scratch.path("once.xlsx.json"), "utf8"));
    expect(json.changes.previousAnalysisDate).toBe("2025-11-30");
    expect(json.changes.previousFile).toBe("once.xlsx");
  } finally {
    open.mockRestore();
    close.mockRestore();
  }
});
