import { readFile } from "node:fs/promises";
import { openXlsx } from "../../src/workbook/file";
import { cli, scratchFolder, userWorkbook } from "./harness";

// A run dated after this analysis is never compared with (changes/laterRun.ts), whichever path
// it came by: --previous (stop 19, finding 11: every movement reversed in time; it used to be
// refused) or the workbook's own last run (stop 33 tester #1: `--as-of 2025-12-31` on a workbook
// last run on 2026-01-15 exited 0 with 20 "worse" and 526 "better", all backwards). Analysing an
// earlier date is legitimate (a past month re-run): the analysis runs, the comparison is left out
// and the console, the JSON's warnings and the Changes tab say why. The same date is a re-run.

const scratch = scratchFolder("ca-previous-later-");

async function sheetText(file: string, sheet: string): Promise<string> {
  const rows: unknown[][] = [];
  await (await openXlsx(file)).readSheet(sheet, (b) => void rows.push(...b));
  return rows.map((r) => r.map((c) => String(c ?? "")).join("|")).join("\n");
}

const customers = () => scratch.write("c.csv", "客户编号\nA\nB\n");
const transactions = () =>
  scratch.write("t.csv", "客户编号,日期,金额\nA,2025-06-01,10\nB,2025-11-01,20\nA,2025-12-20,30\n");
const run = (asOf: string, name: string, ...more: string[]) =>
  cli(
    "analyze",
    "--customers",
    customers(),
    "--transactions",
    transactions(),
    "--as-of",
    asOf,
    "-o",
    scratch.path(`${name}.xlsx`),
    "--json",
    scratch.path(`${name}.json`),
    ...more,
  );

test("--previous later than --as-of: analysed, not compared, said in console, JSON and tab", async () => {
  expect((await run("2025-12-31", "late", "--quiet")).code).toBe(0);
  const back = await run(
    "2025-11-30",
    "early",
    "--previous",
    scratch.path("late.json"),
    "--lang",
    "en-US",
  );
  expect(back.code).toBe(0);
  const said =
    "Not compared with the previous analysis: it is dated 2025-12-31, later than this analysis (2025-11-30)";
  expect(back.out + back.err).toContain(said);
  expect(back.out).not.toContain("moved the wrong way");
  const json = JSON.parse(await readFile(scratch.path("early.json"), "utf8"));
  expect(json.changes).toBeNull();
  expect(json.warnings.map((w: { code: string }) => w.code)).toContain("later_run_not_compared");
  expect(await sheetText(scratch.path("early.xlsx"), "Changes")).toContain(said);
  // Its run log's row dated after this analysis is not carried into this run's history (the run
  // log tab, the Overview's trend, the JSON's history): stop 34, early.json's history went on to
  // 2025-12-31 and early.xlsx's run log listed late.json's run after its own.
  const leftOut =
    "The run log of late.json has 1 analysis dated after this one (2025-12-31): it is not carried into this run's run log and KPI trend, which end at 2025-11-30.";
  expect(json.history.map((h: { analysisDate: string }) => h.analysisDate)).toEqual(["2025-11-30"]);
  expect(json.warnings).toContainEqual({
    code: "later_run_not_compared",
    message: expect.stringContaining(`or later. ${leftOut}`),
  });
  expect(back.out).toContain(leftOut);
  // One run in its run log: this one (its header row, then its row).
  expect((await sheetText(scratch.path("early.xlsx"), "Run log")).split("\n")).toHaveLength(2);

  const zh = await run(
    "2025-11-30",
    "early-zh",
    "--previous",
    scratch.path("late.json"),
    "--lang",
    "zh-CN",
  );
  expect(zh.code).toBe(0);
  expect(zh.out + zh.err).toContain(
    "未与上次分析比较：上次分析的日期为 2025-12-31，晚于本次分析日期（2025-11-30）",
  );
  expect(zh.out).toContain(
    "或之后的日期分析。late.json 的运行日志中有 1 次分析晚于本次分析（2025-12-31）：未并入本次的运行日志和指标趋势（截至 2025-11-30）。",
  );
  const same = await run("2025-12-31", "again", "--quiet", "--previous", scratch.path("late.json"));
  expect(same.code).toBe(0);
  const again = JSON.parse(await readFile(scratch.path("again.json"), "utf8"));
  expect(again.history.map((h: { analysisDate: string }) => h.analysisDate)).toEqual([
    "2025-12-31",
  ]);
  expect(again.warnings).toEqual([]);
});

test("the workbook's own later run: the same rule as --previous", async () => {
  const input = scratch.path("input.xlsx");
  const sheets: Record<string, string[][]> = {
    客户: [["客户编号"], ["A"], ["B"]],
    交易: [
      ["客户编号", "日期", "金额"],
      ["A", "2025-06-01", "10"],
      ["B", "2025-11-01", "20"],
      ["A", "2025-12-20", "30"],
    ],
  };
  await userWorkbook(input, sheets, "zh-CN");
  const first = await cli(
    "analyze",
    input,
    "--as-of",
    "2025-12-31",
    "-q",
    "-o",
    scratch.path("own.xlsx"),
  );
  expect(first.code).toBe(0);
  const back = await cli(
    "analyze",
    scratch.path("own.xlsx"),
    "--as-of",
    "2025-11-30",
    "-o",
    scratch.path("own-back.xlsx"),
    "--json",
    scratch.path("own-back.json"),
  );
  expect(back.code).toBe(0);
  expect(back.out + back.err).toContain("未与上次分析比较：上次分析的日期为 2025-12-31");
  expect(back.out).not.toContain("位变差");
  // Said where the changes line would be (after the data-quality line), once.
  const out = back.out.split("\n");
  const note = out.findIndex((l) => l.includes("未与上次分析比较"));
  expect(out[note - 1]).toMatch(/^数据质量/);
  expect(out.filter((l) => l.includes("未与上次分析比较"))).toHaveLength(1);
  const json = JSON.parse(await readFile(scratch.path("own-back.json"), "utf8"));
  expect(json.changes).toBeNull();
  expect(json.warnings.map((w: { code: string }) => w.code)).toContain("later_run_not_compared");
  const tab = await sheetText(scratch.path("own-back.xlsx"), "变化");
  expect(tab).toContain("未与上次分析比较");
  expect(tab).not.toContain("变差");
  // The later run's state is kept, and said so (reviewer D5, stop 34: it was replaced by the past
  // month's, and the next ordinary refresh compared with 2025-11-30).
  expect(back.out).toContain("工作簿中 2025-12-31 的运行状态已保留");
  expect(tab).toContain("工作簿中 2025-12-31 的运行状态已保留");
  expect((await sheetText(scratch.path("own-back.xlsx"), "CA_run_state")).split("\n")[1]).toMatch(
    /^2025-12-31\|/,
  );
  const next = await cli(
    "analyze",
    scratch.path("own-back.xlsx"),
    "--as-of",
    "2026-01-15",
    "-q",
    "-o",
    scratch.path("own-next.xlsx"),
    "--json",
    scratch.path("own-next.json"),
  );
  expect(next.code).toBe(0);
  const nextJson = JSON.parse(await readFile(scratch.path("own-next.json"), "utf8"));
  expect(nextJson.changes.previousAnalysisDate).toBe("2025-12-31");
  // With an earlier --previous the past month is compared, and the workbook's later state kept.
  const withPrevious = await cli(
    "analyze",
    scratch.path("own.xlsx"),
    "--as-of",
    "2025-11-30",
    "--previous",
    scratch.path("own-back.json"),
    "-o",
    scratch.path("own-previous.xlsx"),
    "--json",
    scratch.path("own-previous.json"),
  );
  expect(withPrevious.code).toBe(0);
  const previousJson = JSON.parse(await readFile(scratch.path("own-previous.json"), "utf8"));
  expect(previousJson.changes.previousAnalysisDate).toBe("2025-11-30");
  expect(previousJson.warnings.map((w: { code: string }) => w.code)).toContain(
    "later_run_state_kept",
  );
  expect(
    (await sheetText(scratch.path("own-previous.xlsx"), "CA_run_state")).split("\n")[1],
  ).toMatch(/^2025-12-31\|/);
});
