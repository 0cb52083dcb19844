import { readFile } from "node:fs/promises";
import { tableOf } from "../../src/engine/report/table";
import { XlsxReportWriter } from "../../src/workbook/file";
import { cli, scratchFolder } from "./harness";

// The KPI history of a run (its run log tab, the Overview's trend, the JSON's history) ends at its
// analysis date: the --previous run's log rows dated after it are left out and said (stop 34:
// laterHistory.ts). The workbook's own run log is its record of its runs: kept whole, as the
// add-in keeps it (it reads no --previous). previousLater.test.ts has the later --previous itself.

const scratch = scratchFolder("ca-previous-later-history-");
const dates = (json: { history: { analysisDate: string }[] }) =>
  json.history.map((h) => h.analysisDate);
const readJson = async (name: string) => JSON.parse(await readFile(scratch.path(name), "utf8"));

test("an earlier --previous whose run log goes on past this analysis: compared, its later run left out", async () => {
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
  await new XlsxReportWriter(input, { lang: "zh-CN", markOwned: false }).writeTables(
    Object.entries(sheets).map(([sheet, rows]) =>
      tableOf(
        "customerList",
        sheet,
        rows[0].map((h) => ({ key: h, header: h, format: "text" as const })),
        rows.slice(1),
      ),
    ),
  );
  const own = scratch.path("own.xlsx");
  expect((await cli("analyze", input, "--as-of", "2025-12-31", "-q", "-o", own)).code).toBe(0);
  // A past month re-run of that workbook: its own run log keeps the later run, nothing said.
  const back = await cli(
    ...["analyze", own, "--as-of", "2025-11-30", "-o", scratch.path("back.xlsx")],
    ...["--json", scratch.path("back.json")],
  );
  expect(back.code).toBe(0);
  expect(dates(await readJson("back.json"))).toEqual(["2025-11-30", "2025-12-31"]);
  expect(back.out).not.toContain("运行记录中有");

  // back.json (dated 2025-11-30, its history to 2025-12-31) as --previous of a run as of
  // 2025-12-15 from CSV: compared with, its 2025-12-31 run not carried over, said on its own.
  const run = (lang: string, name: string) =>
    cli(
      ...["analyze", "--customers", scratch.write("c.csv", "客户编号\nA\nB\n")],
      ...["--transactions", scratch.write("t.csv", sheets.交易.map((r) => r.join(",")).join("\n"))],
      ...["--as-of", "2025-12-15", "--previous", scratch.path("back.json"), "--lang", lang],
      ...["-o", scratch.path(`${name}.xlsx`), "--json", scratch.path(`${name}.json`)],
    );
  const between = await run("en-US", "between");
  expect(between.code).toBe(0);
  const json = await readJson("between.json");
  expect(json.changes.previousAnalysisDate).toBe("2025-11-30");
  expect(dates(json)).toEqual(["2025-11-30", "2025-12-15"]);
  const said =
    "The run log of back.json has 1 analysis dated after this one (2025-12-31): it is not carried into this run's run log and KPI trend, which end at 2025-12-15.";
  expect(json.warnings).toContainEqual({ code: "later_history_left_out", message: said });
  expect(between.out).toContain(said);
  const zh = await run("zh-CN", "between-zh");
  expect(zh.out).toContain(
    "back.json 的运行记录中有 1 次分析晚于本次分析（2025-12-31）：未并入本次的运行记录和指标趋势（截至 2025-12-15）。",
  );
});
