import { laterHistory, noteLaterHistory } from "../../src/engine/laterHistory";
import type { RunWarning } from "../../src/engine/followUp/warnings";
import { laterRunWarning } from "../../src/engine/changes/laterRun";
import { epochDay } from "../../src/engine/parse/date";

// The --previous run's log rows dated after this analysis are left out of its history and said
// (stop 34): on their own, or after the later run's not-compared note.

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
  noteLaterHistory(none, [], asOf, "x.json");
  expect(none).toEqual([]);

  const alone: RunWarning[] = [];
  noteLaterHistory(alone, after, asOf, undefined);
  expect(alone).toHaveLength(1);
  expect(alone[0].code).toBe("later_history_left_out");
  expect(alone[0].message["en-US"]).toBe(
    "The run log of the previous analysis has 2 analyses dated after this one (2025-12-31 to 2026-01-31): they are not carried into this run's run log and KPI trend, which end at 2025-11-30.",
  );
  expect(alone[0].message["zh-CN"]).toBe(
    "上次分析的运行记录中有 2 次分析晚于本次分析（2025-12-31 至 2026-01-31）：未并入本次的运行记录和指标趋势（截至 2025-11-30）。",
  );

  const both = [laterRunWarning(epochDay(2026, 1, 31), asOf)];
  noteLaterHistory(both, after, asOf, "late.json");
  expect(both).toHaveLength(1);
  expect(both[0].code).toBe("later_run_not_compared");
  expect(both[0].message["en-US"]).toMatch(/or later\. The run log of late\.json has 2 analyses/);
  expect(both[0].message["zh-CN"]).toMatch(/之后的日期分析。late\.json 的运行记录中有 2 次分析/);
});
