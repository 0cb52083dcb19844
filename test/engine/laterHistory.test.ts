import { laterHistory, noteLaterHistory } from "../../src/engine/laterHistory";
import type { RunWarning } from "../../src/engine/followUp/warnings";
import { laterRunWarning, stateKeptWarning } from "../../src/engine/changes/laterRun";
import { say } from "../../src/engine/words/catalog";
import { epochDay } from "../../src/engine/parse/date";

// The --previous run's log rows dated after this analysis are left out of its history and said
// (stop 34): on their own, or after the later run's not-compared note. The workbook's own later
// runs stay on its run log and are left out of the KPI trend (stop 35, reviewer10 D1): said once.

const row = (y: number, m: number, d: number) => ({
  asOf: epochDay(y, m, d),
  at: -Infinity,
  cells: {},
});
const asOf = epochDay(2025, 11, 30);

test("rows on or before the analysis date are kept, later ones set aside", () => {
  const rows = [row(2025, 10, 31), row(2025, 11, 30), row(2025, 12, 31), row(2026, 1, 31)];
  const { kept, after } = laterHistory(rows, asOf + 0.5);
  expect(kept.map((r) => r.asOf)).toEqual([epochDay(2025, 10, 31), asOf]);
  expect(after.map((r) => r.asOf)).toEqual([epochDay(2025, 12, 31), epochDay(2026, 1, 31)]);
});

test("the warning: none, on its own (several dates as a range), or after the not-compared note", () => {
  const after = [row(2026, 1, 31), row(2025, 12, 31), row(2025, 12, 31)];
  const none: RunWarning[] = [];
  noteLaterHistory(none, [], asOf, { file: "x.json" });
  expect(none).toEqual([]);

  const alone: RunWarning[] = [];
  noteLaterHistory(alone, after, asOf, { file: undefined });
  expect(alone).toHaveLength(1);
  expect(alone[0].code).toBe("later_history_left_out");
  expect(alone[0].message["en-US"]).toBe(
    "The run log of the previous analysis has 2 analyses dated after this one (2025-12-31 to 2026-01-31): they are not carried into this run's run log and KPI trend, which end at 2025-11-30.",
  );
  expect(alone[0].message["zh-CN"]).toBe(
    "上次分析的运行日志中有 2 次分析晚于本次分析（2025-12-31 至 2026-01-31）：未并入本次的运行日志和指标趋势（截至 2025-11-30）。",
  );

  const both = [laterRunWarning(epochDay(2026, 1, 31), asOf)];
  noteLaterHistory(both, after, asOf, { file: "late.json" });
  expect(both).toHaveLength(1);
  expect(both[0].code).toBe("later_run_not_compared");
  expect(both[0].message["en-US"]).toMatch(/or later\. The run log of late\.json has 2 analyses/);
  expect(both[0].message["zh-CN"]).toMatch(/之后的日期分析。late\.json 的运行日志中有 2 次分析/);
});

test("the workbook's own later runs: on the run log, out of the trend, said once after the other notes", () => {
  const own = [row(2025, 12, 31)];
  const alone: RunWarning[] = [];
  noteLaterHistory(alone, own, asOf, "workbook");
  expect(alone).toEqual([
    {
      code: "later_history_left_out",
      message: {
        "en-US":
          "The workbook's run log has 1 analysis dated after this one (2025-12-31): it stays on the run log but is left out of this run's KPI trend, which ends at 2025-11-30.",
        "zh-CN":
          "工作簿的运行日志中有 1 次分析晚于本次分析（2025-12-31）：仍保留在运行日志中，但未计入本次的指标趋势（截至 2025-11-30）。",
      },
    },
  ]);

  // After the --previous run's note: one warning, the two notes in it.
  const both: RunWarning[] = [];
  noteLaterHistory(both, [row(2026, 1, 31)], asOf, { file: "late.json" });
  noteLaterHistory(both, [row(2025, 12, 31), row(2026, 1, 31)], asOf, "workbook");
  expect(both).toHaveLength(1);
  expect(both[0].message["en-US"]).toMatch(
    /which end at 2025-11-30\. The workbook's run log has 2 analyses dated after this one \(2025-12-31 to 2026-01-31\): they stay on the run log but are left out/,
  );
  expect(both[0].message["zh-CN"]).toMatch(/（截至 2025-11-30）。工作簿的运行日志中有 2 次分析/);

  // After the later run's not-compared note: in that warning.
  const later = [laterRunWarning(epochDay(2025, 12, 31), asOf)];
  noteLaterHistory(later, own, asOf, "workbook");
  expect(later).toHaveLength(1);
  expect(later[0].code).toBe("later_run_not_compared");
  expect(later[0].message["en-US"]).toMatch(/\. The workbook's run log has 1 analysis dated after/);
});

test("the kept state's sentence follows the not-compared note as the catalog joins notes (reviewer10 D5)", () => {
  const later = epochDay(2025, 12, 31);
  const bare = laterRunWarning(later, asOf).message;
  const kept = stateKeptWarning(later, asOf).message;
  const both = laterRunWarning(later, asOf, later).message;
  for (const lang of ["zh-CN", "en-US"] as const)
    expect(both[lang]).toBe(
      say(lang, "analysisNotes", "alsoNote", { first: bare[lang], second: kept[lang] }),
    );
  // The words as read: a space between English sentences, none between Chinese ones.
  expect(both["en-US"]).toContain("or later. The workbook's run state of 2025-12-31 is kept");
  expect(both["zh-CN"]).toContain("之后的日期分析。工作簿中 2025-12-31 的运行状态已保留");
});
