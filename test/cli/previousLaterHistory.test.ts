import { readFile, writeFile } from "node:fs/promises";
import { openXlsx } from "../../src/workbook/file";
import { cli, scratchFolder, userWorkbook } from "./harness";

// The KPI history of a run (the Overview's trend, the JSON's history) ends at its analysis date:
// the --previous run's log rows dated after it are left out of its run log and history, and said
// (stop 34: laterHistory.ts). The workbook's own run log is its record of its runs: its run log
// tab is kept whole, as the add-in keeps it (it reads no --previous), but its runs dated after this
// analysis are not points of this run's trend, and that is said (stop 35, reviewer10 D1: a past
// month re-run drew the later run in its trend). previousLater.test.ts has the later --previous.

const scratch = scratchFolder("ca-previous-later-history-");
const dates = (json: { history: { analysisDate: string }[] }) =>
  json.history.map((h) => h.analysisDate);
const readJson = async (name: string) => JSON.parse(await readFile(scratch.path(name), "utf8"));

test("a past month re-run: its trend ends at its date; an earlier --previous whose run log goes on past it: compared, its later run left out", async () => {
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
  const own = scratch.path("own.xlsx");
  const ownJson = scratch.path("own.json");
  const first = await cli(
    "analyze",
    input,
    "--as-of",
    "2025-12-31",
    "-q",
    "-o",
    own,
    "--json",
    ownJson,
  );
  expect(first.code).toBe(0);
  // A past month re-run of that workbook: its run log tab keeps the later run, its trend and
  // history end at its own date, and it says so once.
  const back = await cli(
    ...["analyze", own, "--as-of", "2025-11-30", "-o", scratch.path("back.xlsx")],
    ...["--json", scratch.path("back.json")],
  );
  expect(back.code).toBe(0);
  const backJson = await readJson("back.json");
  expect(dates(backJson)).toEqual(["2025-11-30"]);
  const onLog =
    "工作簿的运行日志中有 1 次分析晚于本次分析（2025-12-31）：仍保留在运行日志中，但未计入本次的指标趋势（截至 2025-11-30）。";
  expect(back.out.split(onLog)).toHaveLength(2);
  const notCompared = backJson.warnings.find(
    (w: { code: string }) => w.code === "later_run_not_compared",
  );
  expect(notCompared.message).toContain(onLog);
  const log: unknown[][] = [];
  await (
    await openXlsx(scratch.path("back.xlsx"))
  ).readSheet("运行日志", (b) => void log.push(...b));
  expect(log).toHaveLength(3); // the heading, 2025-11-30 and the later run of 2025-12-31

  // The same re-run with --previous the workbook itself: the later run is on both logs, stays on
  // the run log tab, and is said once, by the workbook's note (reviewer11 D5: not also "not
  // carried into this run's run log" in the same warning).
  const self = await cli(
    ...["analyze", own, "--as-of", "2025-11-30", "--previous", own],
    ...["-o", scratch.path("self.xlsx")],
  );
  expect(self.code).toBe(0);
  expect(self.out.split(onLog)).toHaveLength(2);
  expect(self.out).not.toContain("未并入本次的运行日志");

  // A result whose history goes on past its date (as back.json was written before stop 35: its
  // own history and own.json's later point) as --previous of a run as of 2025-12-15 from CSV:
  // compared with, its 2025-12-31 run not carried over, said on its own.
  const ownHistory = (await readJson("own.json")).history;
  await writeFile(
    scratch.path("older.json"),
    JSON.stringify({ ...backJson, history: [...backJson.history, ...ownHistory] }),
  );
  const run = (lang: string, name: string) =>
    cli(
      ...["analyze", "--customers", scratch.write("c.csv", "客户编号\nA\nB\n")],
      ...["--transactions", scratch.write("t.csv", sheets.交易.map((r) => r.join(",")).join("\n"))],
      ...["--as-of", "2025-12-15", "--previous", scratch.path("older.json"), "--lang", lang],
      ...["-o", scratch.path(`${name}.xlsx`), "--json", scratch.path(`${name}.json`)],
    );
  const between = await run("en-US", "between");
  expect(between.code).toBe(0);
  const json = await readJson("between.json");
  expect(json.changes.previousAnalysisDate).toBe("2025-11-30");
  expect(dates(json)).toEqual(["2025-11-30", "2025-12-15"]);
  const said =
    "The run log of older.json has 1 analysis dated after this one (2025-12-31): it is not carried into this run's run log and KPI trend, which end at 2025-12-15.";
  expect(json.warnings).toContainEqual({ code: "later_history_left_out", message: said });
  expect(between.out).toContain(said);
  const zh = await run("zh-CN", "between-zh");
  expect(zh.out).toContain(
    "older.json 的运行日志中有 1 次分析晚于本次分析（2025-12-31）：未并入本次的运行日志和指标趋势（截至 2025-12-15）。",
  );
});
