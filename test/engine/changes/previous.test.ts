import type { Cell, Grid } from "../../../src/engine/cells";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { readPreviousSnapshot, snapshotOf, DIMENSIONS } from "../../../src/engine/changes";
import {
  historyJson,
  readRunLogRows,
  runHistory,
  runLogRowsFromHistoryJson,
} from "../../../src/engine/changes/history";
import { snapshotFromResultJson } from "../../../src/engine/changes/fromJson";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import type { GridSource } from "../../../src/engine/ingest/workbook";
import { epochDay, toExcelSerial } from "../../../src/engine/parse/date";
import type { OutputTab, ReportTable } from "../../../src/engine/report/table";
import { analysisTables } from "../../../src/engine/report/tabs";
import { resultJsonChunks } from "../../../src/engine/report/resultJson";
import { runLogColumns } from "../../../src/engine/report/runLogTab";
import { HEADLINE_KPIS } from "../../../src/engine/changes/history";
import { defaultRules } from "../../../src/engine/rules";
import type { Lang } from "../../../src/engine/schema";

const input = {
  客户: [
    ["客户编号", "客户名称", "负责人"],
    [1001, "甲公司", "王伟"],
    ["A2", "乙公司", "李娜"],
    ["A3", "丙公司", "李娜"],
    ["A4", "丁公司", "赵敏"],
  ] as Grid,
  交易: [
    ["客户编号", "日期", "金额"],
    [1001, "2025-11-20", 9000],
    [1001, "2025-10-02", 8000],
    [1001, "2025-08-02", 7000],
    ["A2", "2025-03-05", 300],
    ["A3", "2025-11-28", 120],
    ["A4", "2024-06-01", 50],
  ] as Grid,
};

/** A workbook as the adapters present one: input sheets listed, owned tabs found by ownedSheet. */
function workbook(
  sheets: Record<string, Grid>,
  owned: Partial<Record<OutputTab, string>>,
): GridSource {
  const base = memorySource(sheets);
  const ours = new Set(Object.values(owned));
  return {
    sheetNames: async () => Object.keys(sheets).filter((n) => !ours.has(n)),
    readSheet: base.readSheet,
    ownedSheet: async (tab) => owned[tab] ?? null,
  };
}

/** What Excel shows for a table the adapters wrote: header row, dates as Excel serials. */
function gridOf(t: ReportTable): Grid {
  const rows: Cell[][] = t.rows(0, t.rowCount);
  if (t.style !== "table") return rows;
  const dates = t.columns.map((c) => c.format === "date" || c.format === "datetime");
  const excel = rows.map((r) =>
    r.map((v, k) => (dates[k] && typeof v === "number" ? toExcelSerial(v) : v)),
  );
  return [t.columns.map((c) => c.header), ...excel];
}

/** Runs the analysis on `sheets` and returns the workbook as a refresh would leave it. */
async function refresh(
  sheets: Record<string, Grid>,
  owned: Partial<Record<OutputTab, string>>,
  asOf: number,
  lang: Lang,
  keep: (tab: OutputTab) => boolean = () => true,
) {
  const a = await analyzeWorkbook(workbook(sheets, owned), { rules: defaultRules(), asOf });
  const out: Record<string, Grid> = { 客户: sheets["客户"], 交易: sheets["交易"] };
  const ownedNext: Partial<Record<OutputTab, string>> = {};
  for (const t of analysisTables(a, lang, { at: asOf + 0.5, durationSeconds: 1, source: "test" })) {
    if (!keep(t.tab)) continue;
    out[t.sheetName] = gridOf(t);
    ownedNext[t.tab] = t.sheetName;
  }
  return { a, sheets: out, owned: ownedNext };
}

describe("the previous run, read from the workbook a refresh replaces", () => {
  test.each([
    ["en-US", "zh-CN"],
    ["zh-CN", "en-US"],
  ] as const)(
    "from a Customer segments tab in %s, refreshed in %s (no run-state tab)",
    async (first, second) => {
      const r1 = await refresh(input, {}, epochDay(2025, 11, 30), first, (t) => t !== "runState");
      expect(r1.owned.runState).toBeUndefined();
      const previous = await readPreviousSnapshot(workbook(r1.sheets, r1.owned));
      expect(previous?.source).toBe("segments");
      expect(previous?.asOf).toBe(epochDay(2025, 11, 30));
      expect(previous?.ruleSetHash).toBe(r1.a.ruleSet.hash);
      const want = snapshotOf(r1.a);
      expect(previous!.key).toEqual(want.key);
      for (const d of DIMENSIONS)
        expect([d, Array.from(previous!.codes[d])]).toEqual([d, Array.from(want.codes[d])]);
      // The refresh in the other language compares with it: same input, same date, no movement.
      const r2 = await refresh(r1.sheets, r1.owned, epochDay(2025, 11, 30), second);
      const c = r2.a.changes!.comparison;
      expect(c.previous.source).toBe("segments");
      expect(c.wrongWay.length + c.rightWay.length + c.added.length + c.removed.length).toBe(0);
    },
  );

  test("from the run-state tab; a deleted customer and a renamed id format (1001 → 001001)", async () => {
    const r1 = await refresh(input, {}, epochDay(2025, 11, 30), "zh-CN");
    const customers = (r1.sheets["客户"] as Cell[][]).filter((r) => r[0] !== "A4");
    customers[1] = ["001001", "甲公司", "王伟"];
    const next = { ...r1.sheets, 客户: customers };
    const r2 = await refresh(next, r1.owned, epochDay(2025, 12, 31), "zh-CN");
    const ch = r2.a.changes!;
    expect(ch.comparison.previous.source).toBe("state");
    expect(ch.comparison.added.length).toBe(0);
    expect(Array.from(ch.comparison.removed).map((j) => ch.previous.id[j])).toEqual(["A4"]);
    const tab = r2.sheets["变化"] as Cell[][];
    expect(tab.some((r) => r[0] === "已删除" && r[1] === "A4" && r[3] === "赵敏")).toBe(true);
  });
});

// Stop 31 tester #5: a refresh without the Surveys the last run read moved customers by that alone
// (7 worse / 10 better against 3 / 2), and nothing said so.
describe("the input sheets the previous run read", () => {
  const surveys: Grid = [
    ["客户编号", "日期", "总体满意度", "推荐意愿"],
    [1001, "2025-10-01", 2, 3],
    ["A2", "2025-06-01", 5, 10],
  ];
  test.each([
    ["the run-state tab", (t: OutputTab) => t !== "segments"],
    ["the Customer segments tab", (t: OutputTab) => t !== "runState"],
  ] as const)(
    "are read back with %s (from its run-log row) and missing ones said",
    async (_, keep) => {
      const r1 = await refresh(
        { ...input, 满意度调查: surveys },
        {},
        epochDay(2025, 11, 30),
        "zh-CN",
        keep,
      );
      expect(r1.a.snapshot!.sheets).toEqual(["customers", "transactions", "surveys"]);
      const previous = await readPreviousSnapshot(workbook(r1.sheets, r1.owned));
      expect(previous!.sheets).toEqual(["customers", "transactions", "surveys"]);
      // refresh() carries only 客户 and 交易 over: this run reads no Surveys.
      const r2 = await refresh(r1.sheets, r1.owned, epochDay(2025, 12, 31), "en-US");
      expect(r2.a.changes!.comparison.sheetsLeftOut).toEqual(["surveys"]);
      const tab = r2.sheets["Changes"] as Cell[][];
      expect(tab.filter((r) => r[0] === "Input sheets").map((r) => r[1])).toEqual([
        "The previous run also read Surveys; this one did not: some of the movements below come from that, not from the customers",
      ]);
      // The next month with the same sheets: nothing left out, no such row. (A re-run of 12-31
      // would compare with 11-30 again, the run 12-31 compared with: tester12 #1.)
      const r3 = await refresh(r2.sheets, r2.owned, epochDay(2026, 1, 31), "zh-CN");
      expect(r3.a.changes!.comparison.sheetsLeftOut).toEqual([]);
      expect((r3.sheets["变化"] as Cell[][]).some((r) => r[0] === "输入表")).toBe(false);
      // The Surveys back: this run reads a sheet the previous one did not.
      const r4 = await refresh(
        { ...r3.sheets, 满意度调查: surveys },
        r3.owned,
        epochDay(2026, 1, 31),
        "zh-CN",
      );
      expect(r4.a.changes!.comparison.sheetsAdded).toEqual(["surveys"]);
      expect(
        (r4.sheets["变化"] as Cell[][]).filter((r) => r[0] === "输入表").map((r) => r[1]),
      ).toEqual(["本次运行还读取了满意度调查，上次没有：下列部分变化来自于此，而非客户本身"]);
    },
  );
});

test("an earlier JSON result's sources say which input sheets it read", () => {
  const json = (sources?: unknown) =>
    snapshotFromResultJson({
      asOf: "2025-12-31",
      ruleSet: { hash: "h" },
      customers: [{ customerId: "1001" }],
      ...(sources ? { sources } : {}),
    })!;
  expect(json({ customers: {}, transactions: {}, contacts: {} }).sheets).toEqual([
    "customers",
    "transactions",
    "contacts",
  ]);
  expect(json().sheets).toBeUndefined();
});

// Review 44: the JSON result (schema 4) keeps the service signals the run state keeps, so a later
// run with --previous result.json tells the churn model's refit apart as with the workbook.
test("an earlier JSON result's service signals read back as the run state's; without them, not known", async () => {
  const a = await analyzeWorkbook(memorySource(input), {
    rules: defaultRules(),
    asOf: epochDay(2025, 11, 30),
  });
  const json = JSON.parse([...resultJsonChunks(a, "en-US", new Date(0))].join("")) as {
    customers: { columns: string[]; data: unknown[][] };
  };
  // Schema 4 appended it; stop 61's doNotContact follows it.
  const at = json.customers.columns.indexOf("serviceSignals");
  expect(at).toBe(json.customers.columns.indexOf("doNotContact") - 1);
  const read = snapshotFromResultJson(json)!;
  expect(read.service).toEqual(a.snapshot!.service);
  expect(Array.from(read.service!)).toEqual(json.customers.data.map((r) => r[at]));
  // A null is not known (-1); a column of nulls, or none (schema 3), is no signals at all.
  const rows = (f: (r: unknown[]) => unknown[]) => ({
    ...json,
    customers: { columns: json.customers.columns, data: json.customers.data.map(f) },
  });
  const oneNull = snapshotFromResultJson(
    rows((r) => (r[0] === "A2" ? [...r.slice(0, at), null, ...r.slice(at + 1)] : r)),
  )!;
  expect(Array.from(oneNull.service!)).toEqual(
    json.customers.data.map((r) => (r[0] === "A2" ? -1 : r[at])),
  );
  expect(
    snapshotFromResultJson(rows((r) => [...r.slice(0, at), null, ...r.slice(at + 1)]))!.service,
  ).toBeUndefined();
  const v3 = {
    ...json,
    customers: {
      columns: json.customers.columns.slice(0, at),
      data: json.customers.data.map((r) => r.slice(0, at)),
    },
  };
  expect(snapshotFromResultJson(v3)!.service).toBeUndefined();
});

describe("KPI history in the run log", () => {
  test("one row per analysis date; a re-run for a date replaces its row", async () => {
    const r1 = await refresh(input, {}, epochDay(2025, 11, 30), "zh-CN");
    const r2 = await refresh(r1.sheets, r1.owned, epochDay(2025, 12, 31), "en-US");
    const r3 = await refresh(r2.sheets, r2.owned, epochDay(2025, 12, 31), "zh-CN");
    const log = r3.sheets["运行日志"] as Cell[][];
    expect(log.length).toBe(3); // header + two dates
    const history = runHistory(r3.a);
    expect(history.map((p) => p.asOf)).toEqual([epochDay(2025, 11, 30), epochDay(2025, 12, 31)]);
    expect(history[0].kpis.activeCustomers).toBe(r1.a.kpis.activeCustomers);
    expect(history[1].kpis.revenue).toBeCloseTo(r3.a.kpis.revenue);
    // The Overview draws the trend over both dates.
    const overview = r3.sheets["概览"] as Cell[][];
    const title = overview.findIndex((r) => String(r[0]).startsWith("历次运行趋势"));
    // Date cells: the epoch day (the adapters write it as a date).
    expect(overview[title + 2][0]).toBe(epochDay(2025, 11, 30));
    expect(overview[title + 3][0]).toBe(epochDay(2025, 12, 31));
  });

  test("a past month re-run: the run log keeps the later run, the trend ends at its own date (reviewer10 D1)", async () => {
    const later = await refresh(input, {}, epochDay(2025, 12, 31), "zh-CN");
    const back = await refresh(later.sheets, later.owned, epochDay(2025, 11, 30), "zh-CN");
    // The run log tab is the workbook's record of its runs: both rows.
    const log = back.sheets["运行日志"] as Cell[][];
    const date = log[0].indexOf("分析日期");
    expect(log.slice(1).map((r) => r[date])).toEqual(
      [epochDay(2025, 11, 30), epochDay(2025, 12, 31)].map(toExcelSerial),
    );
    // The trend (Overview, JSON history) ends at this analysis: one point, no chart line after it.
    expect(runHistory(back.a).map((p) => p.asOf)).toEqual([epochDay(2025, 11, 30)]);
    const overview = back.sheets["概览"] as Cell[][];
    const title = overview.findIndex((r) => String(r[0]).startsWith("历次运行趋势"));
    expect(overview[title + 2][0]).toBe(epochDay(2025, 11, 30));
    expect(overview[title + 3]?.[0] ?? null).not.toBe(epochDay(2025, 12, 31));
    // Said once, after the not-compared note.
    const said = back.a.warnings.filter((w) =>
      w.message["en-US"].includes("The workbook's run log has 1 analysis dated after this one"),
    );
    expect(said.map((w) => w.code)).toEqual(["later_run_not_compared"]);
  });

  test("a run log of the earlier layout (no KPI columns, a row per run) is migrated, not lost", async () => {
    const old = runLogColumns("en-US").filter(
      (c) => !(HEADLINE_KPIS as readonly string[]).includes(c.key),
    );
    const row = (at: number, asOf: number) =>
      old.map((c) =>
        c.key === "at"
          ? toExcelSerial(at)
          : c.key === "analysisDate"
            ? toExcelSerial(asOf)
            : c.key === "source"
              ? "cli"
              : null,
      );
    const d1 = epochDay(2025, 9, 30);
    const d2 = epochDay(2025, 10, 31);
    const sheets = {
      ...input,
      "Run log": [old.map((c) => c.header), row(d1 + 1.2, d1), row(d1 + 3.5, d1), row(d2 + 1, d2)],
    };
    const r = await refresh(sheets, { runLog: "Run log" }, epochDay(2025, 11, 30), "zh-CN");
    const log = r.sheets["运行日志"] as Cell[][];
    const at = log[0].indexOf("运行时间");
    const date = log[0].indexOf("分析日期");
    const active = log[0].indexOf("活跃客户");
    expect(log.slice(1).map((x) => x[date])).toEqual(
      [d1, d2, epochDay(2025, 11, 30)].map(toExcelSerial),
    );
    expect(log[1][at]).toBeCloseTo(toExcelSerial(d1 + 3.5)); // the later run of that date
    expect(log[1][active]).toBeNull();
    expect(log[3][active]).toBe(r.a.kpis.activeCustomers);
  });
});

describe("KPI history carried from --previous (a refresh from CSV has no run log of its own)", () => {
  test("from the previous JSON's history or its workbook's run log: the trend has both dates", async () => {
    const d1 = epochDay(2025, 11, 30);
    const d2 = epochDay(2025, 12, 31);
    const r1 = await refresh(input, {}, d1, "zh-CN");
    // The JSON result's history, as resultJson writes it (historyJson(runHistory(a))).
    const fromJson = runLogRowsFromHistoryJson({ history: historyJson(runHistory(r1.a)) });
    expect(fromJson.map((r) => r.asOf)).toEqual([d1]);
    expect(fromJson[0].cells.revenue).toBeCloseTo(r1.a.kpis.revenue);
    expect(runLogRowsFromHistoryJson({ customers: [] })).toEqual([]);
    // The previous workbook's run log, read as the CLI reads it.
    const fromWorkbook = await readRunLogRows(workbook(r1.sheets, r1.owned), runLogColumns);
    for (const previousRunLog of [fromJson, fromWorkbook]) {
      // The new input has no tabs of ours: without the option its trend would start over.
      const a = await analyzeWorkbook(workbook(input, {}), {
        rules: defaultRules(),
        asOf: d2,
        previousRunLog,
      });
      const history = runHistory(a);
      expect(history.map((p) => p.asOf)).toEqual([d1, d2]);
      expect(history[0].kpis.activeCustomers).toBe(r1.a.kpis.activeCustomers);
      const log = analysisTables(a, "zh-CN", {
        at: d2 + 0.5,
        durationSeconds: 1,
        source: "cli",
      }).find((t) => t.tab === "runLog")!;
      expect(log.rowCount).toBe(2);
    }
    const own = await analyzeWorkbook(workbook(input, {}), { rules: defaultRules(), asOf: d2 });
    expect(runHistory(own).map((p) => p.asOf)).toEqual([d2]);
  });
});

describe("KPI changes since the last run (the pane's Results)", () => {
  test("each headline number with its difference from the run this refresh replaced", async () => {
    const { kpiChanges } = await import("../../../src/engine/changes/history");
    const r1 = await refresh(input, {}, epochDay(2025, 11, 30), "zh-CN");
    expect(kpiChanges(r1.a)).toBeNull();
    const r2 = await refresh(r1.sheets, r1.owned, epochDay(2025, 12, 31), "zh-CN");
    const k = kpiChanges(r2.a)!;
    expect(k.previousAsOf).toBe(epochDay(2025, 11, 30));
    const active = k.items.find((x) => x.kpi === "activeCustomers")!;
    expect(active.value).toBe(r2.a.kpis.activeCustomers);
    expect(active.difference).toBe(r2.a.kpis.activeCustomers - r1.a.kpis.activeCustomers);
    // A re-run for the same date compares with the run that run compared with, as its Changes
    // tab does (tester12 #1): the same differences again.
    const r3 = await refresh(r2.sheets, r2.owned, epochDay(2025, 12, 31), "en-US");
    const again = kpiChanges(r3.a)!;
    expect(again.previousAsOf).toBe(epochDay(2025, 11, 30));
    expect(again.items).toEqual(k.items);
  });
});
