// Review 44: a run's workbook (its run state and run log) and its JSON result give a later run the
// same figures to compare with. Before, the state kept the churn probability whole and the spend
// with a float sum's tail (53557.41000000001) where the JSON keeps a millionth and the cent, and
// the JSON's history kept rates whole where the run log keeps 4 decimals: on the en sample 1,055
// probabilities, 281 spends and 6 KPIs differed, and with them the December JSON's history and the
// Changes tab's moved revenue shares (0.3177149963988493 against 0.31771499639884926).
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Cell } from "../../../src/engine/cells";
import { snapshotFromResultJson } from "../../../src/engine/changes/fromJson";
import { runLogRowsFromHistoryJson } from "../../../src/engine/changes/history";
import { StateReader } from "../../../src/engine/changes/state";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay, isoDate, toExcelSerial } from "../../../src/engine/parse/date";
import { analysisTables } from "../../../src/engine/report/tabs";
import { resultJsonChunks } from "../../../src/engine/report/resultJson";
import { HEADLINE_KPIS } from "../../../src/engine/changes/history";
import { defaultRules } from "../../../src/engine/rules";
import { localNow } from "../../../src/engine/analysisDate";
import { runLogTable } from "../../../src/engine/report/runLogTab";
import { RunLogReader } from "../../../src/engine/changes/segmentsReader";

const asOf = epochDay(2025, 11, 30);

/** 60 customers buying at their own pace, amounts whose sums carry a float's tail (0.1 + 0.2). */
function book() {
  const customers: Cell[][] = [["客户编号", "客户名称"]];
  const transactions: Cell[][] = [["客户编号", "日期", "金额"]];
  for (let c = 1; c <= 60; c++) {
    customers.push([c, `客户${c}`]);
    for (let back = c * 5; back < 700; back += 20 + c) {
      transactions.push([c, isoDate(asOf - back), 100.1 + (c % 7) / 10]);
      transactions.push([c, isoDate(asOf - back), 0.2]);
    }
  }
  return memorySource({ 客户: customers, 交易: transactions });
}

test("the run state and the JSON result read back as the same figures, the run log's KPIs as the JSON history's", async () => {
  const a = await analyzeWorkbook(book(), { rules: defaultRules(), asOf });
  const tables = analysisTables(a, "en-US", { at: asOf, durationSeconds: 1, source: "cli" });
  const state = tables.find((t) => t.tab === "runState")!;
  const reader = new StateReader();
  reader.push([state.columns.map((c) => c.key), ...state.rows(0, state.rowCount)]);
  const fromState = reader.finish()!;
  const json = JSON.parse([...resultJsonChunks(a, "en-US", new Date(0))].join("")) as unknown;
  const fromJson = snapshotFromResultJson(json)!;
  expect(fromJson.count).toBe(60);
  expect(fromState.key).toEqual(fromJson.key);
  // Probabilities measured, with more digits than a millionth: the case that differed.
  const p = a.classification.analysis.churnProbability;
  expect(
    Array.from(p).filter((x) => x === x && x !== Math.round(x * 1e6) / 1e6).length,
  ).toBeGreaterThan(10);
  for (const f of ["churnProbability", "spend", "frequency", "lastPurchase"] as const)
    expect([f, Array.from(fromState[f])]).toEqual([f, Array.from(fromJson[f])]);
  expect(fromState.service).toEqual(fromJson.service);
  // The run log's row and the JSON history's: the same KPIs.
  const log = tables.find((t) => t.tab === "runLog")!;
  const header = log.columns.map((c) => c.key);
  const row = log.rows(0, log.rowCount).at(-1)!;
  const history = runLogRowsFromHistoryJson(json).at(-1)!;
  // (No surveys: the log has no CSAT or NPS column, and the JSON says null.)
  const logged = HEADLINE_KPIS.filter((k) => header.includes(k));
  expect(logged).toEqual(expect.arrayContaining(["revenue", "retentionRate", "churnRate"]));
  // Not measured: null in the log, absent from the history JSON read back.
  for (const k of logged)
    expect([k, history.cells[k] ?? null]).toEqual([k, row[header.indexOf(k)] ?? null]);
});

// Tester44 #2 and #3 (stop 44): the JSON's history row of its own date had only the KPIs. Read by a
// re-run of a report made with --previous result.json, its blank counts said the earlier run read
// no sheet ("本次运行还读取了客户、交易…，上次没有"), and the run log showed it blank beside rows of
// workbooks.
test("the JSON's row for its own date carries what its run log row says that the JSON holds", async () => {
  const a = await analyzeWorkbook(book(), { rules: defaultRules(), asOf });
  const generatedAt = new Date(2025, 11, 1, 9, 30);
  const tables = analysisTables(a, "zh-CN", {
    at: localNow(generatedAt),
    durationSeconds: 1,
    source: "cli",
  });
  const log = tables.find((t) => t.tab === "runLog")!;
  const header = log.columns.map((c) => c.key);
  const row = log.rows(0, log.rowCount).at(-1)!;
  const json = JSON.parse([...resultJsonChunks(a, "zh-CN", generatedAt)].join("")) as unknown;
  const [own] = runLogRowsFromHistoryJson(json);
  expect(own.at).toBeCloseTo(localNow(generatedAt), 6);
  // Written again as a later run writes an earlier row: the same cells but rows written and time.
  const again = runLogTable(
    {
      at: asOf + 40,
      ruleSetVersion: "x",
      ruleSetHash: "x",
      asOf: asOf + 31,
      sheets: {},
      outputs: {},
      durationSeconds: 1,
    },
    "zh-CN",
    [own],
  );
  const rewritten = again.rows(0, again.rowCount)[0];
  const blank = (k: string) => /Rows$/.test(k) || k === "durationSeconds";
  const compared = header.filter((k) => !blank(k));
  expect(compared).toEqual(
    expect.arrayContaining(["source", "ruleSetHash", "customersRead", "transactionsUsed"]),
  );
  for (const k of compared) {
    const k2 = again.columns.findIndex((c) => c.key === k);
    expect([k, rewritten[k2] ?? null]).toEqual([k, row[header.indexOf(k)] ?? null]);
  }
  // Its sheets read back: the two it read, not "none" (no surveys, complaints or contacts).
  const reader = new RunLogReader();
  // Its dates as the workbook holds them (Excel serials).
  const dates = again.columns.map((c) => c.format === "date" || c.format === "datetime");
  const cells = again
    .rows(0, again.rowCount)
    .map((r) => r.map((v, k) => (dates[k] && typeof v === "number" ? toExcelSerial(v) : v)));
  reader.push([again.columns.map((c) => c.header), ...cells]);
  expect(reader.sheetsOf(asOf)).toEqual(["customers", "transactions"]);
});
