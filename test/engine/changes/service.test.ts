import { analyzeWorkbook } from "../../../src/engine/analyze";
import { DATA_SERVICE, MOVES } from "../../../src/engine/changes/compare";
import {
  contactCap,
  decodeService,
  modelCode,
  serviceAgedOut,
  serviceCodes,
  SERVICE_DETRACTOR,
  SERVICE_LOW_SCORE,
} from "../../../src/engine/changes/service";
import { stateTable, StateReader } from "../../../src/engine/changes/state";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import type { Complaints, Contacts, Dataset, Surveys } from "../../../src/engine/model";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2025, 12, 31);
const rules = defaultRules();

function surveys(rows: [customer: number, day: number, overall: number, recommend: number][]) {
  const n = rows.length;
  const nan = () => new Float64Array(n).fill(NaN);
  return {
    count: n,
    customer: Int32Array.from(rows, (r) => r[0]),
    day: Float64Array.from(rows, (r) => r[1]),
    overall: Float64Array.from(rows, (r) => r[2]),
    recommend: Float64Array.from(rows, (r) => r[3]),
    quality: nan(),
    price: nan(),
    afterSales: nan(),
    delivery: nan(),
    comment: rows.map(() => ""),
    sourceRow: Int32Array.from(rows, (_, k) => k + 2),
  } satisfies Surveys;
}

describe("the service signals a run keeps for the next refresh (service.ts)", () => {
  test("each customer's code holds the churn model's service features", () => {
    const complaints: Complaints = {
      count: 4,
      customer: Int32Array.of(1, 1, 1, 1),
      receivedAt: Float64Array.of(asOf - 10, asOf - 9, asOf - 8, asOf - 7),
      cause: new Int8Array(4),
      complexity: new Int8Array(4),
      firstResponseAt: new Float64Array(4).fill(NaN),
      resolvedAt: new Float64Array(4).fill(NaN),
      status: new Int8Array(4), // open
      sourceRow: Int32Array.of(2, 3, 4, 5),
    };
    const contacts: Contacts = {
      count: 1,
      customer: Int32Array.of(2),
      day: Float64Array.of(asOf - 100),
      channel: Int8Array.of(0),
      owner: [""],
      sourceRow: Int32Array.of(2),
    };
    const dataset = {
      customers: { count: 3 },
      surveys: surveys([
        [0, asOf - 30, 2, 3],
        [2, asOf - 3, 5, 10],
      ]),
      complaints,
      contacts,
    } as unknown as Dataset;
    const codes = serviceCodes(dataset, rules, asOf);
    const after = rules.churn.signals.noRecentContact.afterDays;
    // 0: a low score and a detractor's, never contacted (one day past the cap of 4 thresholds,
    // which the model reads as the cap: reviewer D3, the words say "never contacted").
    expect(contactCap(rules)).toBe(4 * after);
    expect(decodeService(codes[0])).toEqual({
      lowScore: true,
      detractor: true,
      open: 0,
      late: 0,
      contactGap: 4 * after + 1,
    });
    expect(decodeService(modelCode(codes[0], contactCap(rules))).contactGap).toBe(4 * after);
    expect(modelCode(codes[0], undefined)).toBe(codes[0]);
    expect(codes[0] & (SERVICE_LOW_SCORE | SERVICE_DETRACTOR)).toBe(3);
    // 1: four open complaints, late, as the model reads them (at most 3).
    expect(decodeService(codes[1])).toMatchObject({ lowScore: false, open: 3, late: 3 });
    // 2: a happy answer, contacted 100 days ago: 10 days past the threshold.
    expect(decodeService(codes[2])).toEqual({
      lowScore: false,
      detractor: false,
      open: 0,
      late: 0,
      contactGap: 100 - after,
    });
    // Without the sheets: nothing.
    const bare = { customers: { count: 3 }, surveys: null, complaints: null, contacts: null };
    expect(Array.from(serviceCodes(bare as unknown as Dataset, rules, asOf))).toEqual([0, 0, 0]);
  });

  test("late complaints that aged out of their lookback are counted, those still in it not", () => {
    const lookback = rules.churn.signals.lateComplaints.lookbackDays;
    const from = asOf - 31;
    const complaints: Complaints = {
      count: 2,
      customer: Int32Array.of(0, 1),
      // 0: received just inside the lookback at the previous date, outside it now.
      receivedAt: Float64Array.of(from - lookback + 5, asOf - 20),
      cause: new Int8Array(2),
      complexity: new Int8Array(2),
      firstResponseAt: Float64Array.of(from - lookback + 9, asOf - 10),
      resolvedAt: Float64Array.of(from - lookback + 9, asOf - 10),
      status: Int8Array.of(1, 1), // resolved, late
      sourceRow: Int32Array.of(2, 3),
    };
    const dataset = {
      customers: { count: 2 },
      surveys: null,
      complaints,
      contacts: null,
    } as unknown as Dataset;
    const aged = serviceAgedOut(dataset, rules, from, asOf)!;
    expect(Array.from(aged.customers)).toEqual([0]);
    expect(Array.from(aged.late)).toEqual([1]);
    expect(aged.score[0]).toBeNaN();
    // With scores aged out too, each customer once, its signals side by side.
    const old = from - rules.churn.signals.lowSatisfaction.lookbackDays + 3;
    const withScores = {
      ...dataset,
      customers: { count: 4 },
      surveys: surveys([
        [3, old, 1, 2],
        [1, old, NaN, 3],
        [2, asOf - 1, 1, 1], // still in its lookback
        [0, old, 2, NaN],
      ]),
    } as unknown as Dataset;
    const both = serviceAgedOut(withScores, rules, from, asOf)!;
    expect(Array.from(both.customers)).toEqual([0, 1, 3]);
    expect(Array.from(both.score)).toEqual([2, NaN, 1]);
    expect(Array.from(both.recommend)).toEqual([NaN, 3, 2]);
    expect(Array.from(both.late)).toEqual([1, 0, 0]);
    expect(Array.from(both.scoreDay)).toEqual([old, NaN, old]);
    expect(aged.lookbackDays.late).toBe(lookback);
  });

  test("a re-run of the same date with one survey edited: that customer's data changed, no one else's", async () => {
    const sheets = (score: number) => ({
      Customers: [["Customer ID"], ...Array.from({ length: 40 }, (_, i) => [`C${i}`])],
      Transactions: [
        ["Customer ID", "Date", "Amount"],
        ...Array.from({ length: 40 }, (_, i) => [
          [`C${i}`, `2025-${String(1 + (i % 11)).padStart(2, "0")}-10`, 100 + i],
          [`C${i}`, `2025-${String(2 + (i % 10)).padStart(2, "0")}-20`, 50 + i],
        ]).flat(),
      ],
      Surveys: [
        ["Customer ID", "Date", "Overall"],
        ["C3", "2025-11-01", score],
        ["C4", "2025-10-01", 2],
      ],
    });
    const options = { rules, asOf };
    const first = await analyzeWorkbook(memorySource(sheets(5)), { ...options, previous: null });
    // Through the state tab, as a refresh reads it.
    const reader = new StateReader();
    const t = stateTable(first.snapshot!);
    reader.push([t.columns.map((c) => c.header), ...t.rows(0, t.rowCount)]);
    const previous = reader.finish()!;
    expect(previous.service).toBeDefined();
    const again = await analyzeWorkbook(memorySource(sheets(1)), { ...options, previous });
    const c = again.changes!.comparison;
    const i = again.snapshot!.id.indexOf("C3");
    expect(MOVES[c.move[i]]).toBe("dataChanged");
    expect(c.dataChanged[i]).toBe(DATA_SERVICE);
    expect(Array.from(c.dataChangedList)).toEqual([i]);
    // The same data again: nothing changed.
    const same = await analyzeWorkbook(memorySource(sheets(5)), { ...options, previous });
    expect(same.changes!.comparison.dataChangedList).toHaveLength(0);
  });
});
