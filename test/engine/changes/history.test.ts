import type { Cell } from "../../../src/engine/cells";
import {
  extraRunLogColumns,
  loggedKpi,
  RunLogRowsReader,
} from "../../../src/engine/changes/history";
import { RunLogReader } from "../../../src/engine/changes/segmentsReader";
import { epochDay, toExcelSerial } from "../../../src/engine/parse/date";
import {
  runLogColumns,
  runLogReadColumns,
  runLogTable,
} from "../../../src/engine/report/runLogTab";

const entry = {
  at: 20100.5,
  ruleSetVersion: "2",
  ruleSetHash: "ab12",
  asOf: 20100,
  sheets: {},
  outputs: { atRisk: 3 },
  durationSeconds: 1,
  source: "cli",
};

/** The header row and rows of a log as a workbook holds them (dates as Excel serials). */
const gridOf = (t: ReturnType<typeof runLogTable>): Cell[][] => [
  t.columns.map((c) => c.header),
  ...(t.rows(0, t.rowCount) as Cell[][]).map((r) =>
    r.map((v, k) => (/date/.test(t.columns[k].format) && typeof v === "number" ? v + 25569 : v)),
  ),
];

// Stop 29: an older version rewriting the log dropped the columns it did not know (the at-risk
// count). The log only appends columns, so this version keeps a newer one's, after its own.
describe("a newer version's run-log columns survive a rewrite by this one", () => {
  const own = runLogColumns("zh-CN");
  const header = [...own.map((c) => c.header), "下一版的列", "Next note"];
  const row = [
    ...own.map((c) =>
      c.key === "analysisDate" ? 20000 + 25569 : c.key === "atRiskRows" ? 5 : null,
    ),
    7,
    "x",
  ];

  test("read under their headers, appended after ours, values kept", () => {
    const reader = new RunLogRowsReader(runLogReadColumns);
    reader.push([header, row]);
    expect(extraRunLogColumns(reader.rows)).toEqual([
      { key: "extra:下一版的列", header: "下一版的列", format: "integer" },
      { key: "extra:Next note", header: "Next note", format: "text" },
    ]);
    const t = runLogTable(entry, "en-US", reader.rows);
    const grid = gridOf(t);
    expect(grid[0].slice(-2)).toEqual(["下一版的列", "Next note"]);
    expect(grid[0].length).toBe(own.length + 2);
    expect(grid[1].slice(-2)).toEqual([7, "x"]); // the earlier run's row
    expect(grid[2].slice(-2)).toEqual([null, null]); // this run's row
    const atRisk = t.columns.findIndex((c) => c.key === "atRiskRows");
    expect([grid[1][atRisk], grid[2][atRisk]]).toEqual([5, 3]);

    // Rewritten again (by this version, in the other language): still there.
    const again = new RunLogRowsReader(runLogReadColumns);
    again.push(grid);
    expect(
      gridOf(runLogTable({ ...entry, asOf: 20200 }, "zh-CN", again.rows))[1].slice(-2),
    ).toEqual([7, "x"]);
  });

  test("a log of this layout or an earlier one has none", () => {
    const reader = new RunLogRowsReader(runLogReadColumns);
    const cut = own.findIndex((c) => c.key === "warnings") + 1;
    reader.push([header.slice(0, cut), row.slice(0, cut)]);
    const mine = new RunLogRowsReader(runLogReadColumns);
    mine.push(gridOf(runLogTable(entry, "zh-CN")));
    expect(extraRunLogColumns([...reader.rows, ...mine.rows])).toEqual([]);
    expect(runLogTable(entry, "zh-CN", reader.rows).columns).toEqual(runLogColumns("zh-CN"));
  });
});

// Tester44 #3 (stop 44): November's retention 533 / 988 = 0.539473 (53.9% on its Overview) was
// logged 0.5395, and December's trend showed it 54.0%.
describe("loggedKpi keeps 4 decimals that show as the run showed them", () => {
  test.each([
    ["retentionRate", 533 / 988, 0.5394],
    ["repeatPurchaseRate", 0.6784825870646766, 0.6784],
    ["retentionRate", 0.5328947368421053, 0.5329],
    ["churnRate", 1 - 533 / 988, 0.4605],
    ["nps", -21.49996, -21.4999],
    ["csat", 0.25, 0.25],
  ] as const)("%s %d -> %d", (k, x, logged) => {
    expect(loggedKpi(k, x)).toBe(logged);
    // As the Overview shows it (0.0%, NPS whole), and idempotent (a JSON history read back).
    expect(loggedKpi(k, logged)).toBe(logged);
    expect(Math.abs(logged - x)).toBeLessThan(0.0001);
  });
});

test("a run-log row with no sheet counts (from an earlier JSON) says nothing of the sheets read", () => {
  const r = new RunLogReader();
  const header = runLogColumns("zh-CN").map((c) => c.header);
  const at = header.indexOf("分析日期");
  const read = header.indexOf("客户读取行数");
  const row = (date: number, count: number | null) => {
    const cells: Cell[] = header.map(() => null);
    cells[at] = toExcelSerial(date);
    cells[read] = count;
    return cells;
  };
  r.push([header, row(epochDay(2025, 11, 30), null), row(epochDay(2025, 10, 31), 12)]);
  expect(r.sheetsOf(epochDay(2025, 11, 30))).toBeUndefined();
  expect(r.sheetsOf(epochDay(2025, 10, 31))).toEqual(["customers"]);
});
