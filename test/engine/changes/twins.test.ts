// Customer ids that differ only by leading zeros (001, 1, 0001: ingest's zero twins) on a refresh
// (stop 23 tester T3: a re-run on the same data matched customer 1 to 001's row, "dropped" 100,000 →
// 500, and listed 001 and 0001 as new). Both previous-run sources are covered: the run-state tab and
// the JSON result (`--previous result.json`).
import fc from "fast-check";
import type { Grid } from "../../../src/engine/cells";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { compareSnapshots, moveCounts } from "../../../src/engine/changes/compare";
import { snapshotFromResultJson } from "../../../src/engine/changes/fromJson";
import { DIMENSIONS, DIMENSION_CODES, type Snapshot } from "../../../src/engine/changes/snapshot";
import { StateReader, stateTable } from "../../../src/engine/changes/state";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { exactCustomerKey, withoutLeadingZeros } from "../../../src/engine/parse/identifier";
import { resultJsonChunks } from "../../../src/engine/report/resultJson";
import { defaultRules } from "../../../src/engine/rules";

/** A customer of a run: its id (a number's digits behind 0–3 zeros), tier and spend. */
interface Twin {
  id: string;
  tier: number;
  spend: number;
}

/** Ids over a few bases so twins are common: `7`, `07`, `007`, `0007`. */
const arbId = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 }))
  .map(([n, zeros]) => "0".repeat(zeros) + n);
const arbRun = fc.uniqueArray(
  fc.record({
    id: arbId,
    tier: fc.integer({ min: 0, max: DIMENSION_CODES.valueTier.length - 1 }),
    spend: fc.integer({ min: 0, max: 100_000 }),
  }),
  { selector: (c: Twin) => c.id, maxLength: 30 },
);

/** The snapshot a run of these customers makes (snapshotOf's keys: the exact ids). */
function runSnapshot(customers: Twin[]): Snapshot {
  const n = customers.length;
  const codes = Object.fromEntries(
    DIMENSIONS.map((d) => [d, Int8Array.from(customers, (c) => (d === "valueTier" ? c.tier : -1))]),
  ) as Snapshot["codes"];
  return {
    asOf: epochDay(2025, 12, 31),
    ruleSetHash: "h",
    source: "run",
    count: n,
    key: customers.map((c) => exactCustomerKey(c.id)),
    id: customers.map((c) => c.id),
    name: customers.map((c) => `客户${c.id}`),
    owner: customers.map(() => "王芳"),
    codes,
    churnProbability: new Float64Array(n).fill(NaN),
    spend: Float64Array.from(customers, (c) => c.spend),
    frequency: new Float64Array(n).fill(1),
    lastPurchase: new Float64Array(n).fill(epochDay(2025, 11, 1)),
  };
}

/** The snapshot written to the run-state tab and read back (as a refresh of the workbook does). */
function viaStateTab(s: Snapshot): Snapshot {
  const t = stateTable(s);
  const reader = new StateReader();
  reader.push([t.columns.map((c) => c.header), ...t.rows(0, t.rowCount)]);
  return reader.finish()!;
}

/** The snapshot written as a JSON result (schema 2 layout: one object per customer) and read back. */
function viaJson(s: Snapshot): Snapshot {
  const customers = s.id.map((id, i) => ({
    customerId: id,
    name: s.name[i],
    owner: s.owner[i],
    valueTier: DIMENSION_CODES.valueTier[s.codes.valueTier[i]],
    monetary: s.spend[i],
    frequency: s.frequency[i],
  }));
  return snapshotFromResultJson({ asOf: "2025-12-31", ruleSet: { hash: "h" }, customers })!;
}

describe("zero twins (001, 1, 0001) on a refresh", () => {
  test.each([
    ["the run-state tab", viaStateTab],
    ["a JSON result", viaJson],
  ])(
    "the same run again, read back from %s: every customer matched to itself, nothing moved",
    (_, readBack) => {
      fc.assert(
        fc.property(arbRun, (customers) => {
          const run = runSnapshot(customers);
          const previous = readBack(run);
          expect(previous.count).toBe(run.count);
          const c = compareSnapshots(previous, run);
          for (let i = 0; i < run.count; i++)
            expect(previous.id[c.previousIndex[i]]).toBe(run.id[i]);
          const moves = moveCounts(c);
          expect(moves.same).toBe(run.count);
          expect(c.removed.length).toBe(0);
        }),
      );
    },
  );

  test("two different runs: an id in both is matched to itself; else only a lone id whose zeros changed", () => {
    fc.assert(
      fc.property(arbRun, arbRun, (a, b) => {
        const previous = viaStateTab(runSnapshot(a));
        const current = runSnapshot(b);
        const c = compareSnapshots(previous, current);
        const folded = (ids: string[]) => {
          const m = new Map<string, number>();
          for (const id of ids)
            m.set(withoutLeadingZeros(id), (m.get(withoutLeadingZeros(id)) ?? 0) + 1);
          return m;
        };
        const inA = new Set(a.map((x) => x.id));
        const foldedA = folded(a.map((x) => x.id));
        const foldedB = folded(b.map((x) => x.id));
        for (let i = 0; i < current.count; i++) {
          const id = current.id[i];
          const j = c.previousIndex[i];
          if (inA.has(id)) expect(previous.id[j]).toBe(id);
          else if (j >= 0) {
            // Joined by its folded id: alone in both runs among ids that differ by leading zeros.
            const f = withoutLeadingZeros(id);
            expect(withoutLeadingZeros(previous.id[j])).toBe(f);
            expect([foldedA.get(f), foldedB.get(f)]).toEqual([1, 1]);
          } else {
            const f = withoutLeadingZeros(id);
            expect(foldedA.get(f) === 1 && foldedB.get(f) === 1).toBe(false);
          }
        }
      }),
    );
  });

  test("a twin added since the last run is new; the customer it resembles keeps its own row", () => {
    const previous = viaStateTab(runSnapshot([{ id: "001", tier: 0, spend: 100_000 }]));
    const current = runSnapshot([
      { id: "001", tier: 0, spend: 100_000 },
      { id: "1", tier: 2, spend: 500 },
    ]);
    const c = compareSnapshots(previous, current);
    expect(Array.from(c.previousIndex)).toEqual([0, -1]);
    expect(c.wrongWay.length).toBe(0);
  });

  test("the tester's case end to end: a re-run on the same data and date, from the workbook and from the JSON", async () => {
    const sheets = {
      客户: [
        ["客户编号", "客户名称", "负责人"],
        ["001", "一号公司甲", "王芳"],
        ["1", "一号公司", "王芳"],
        ["0001", "一号公司丙", "王芳"],
        ["A2", "乙公司", "李娜"],
      ] as Grid,
      交易: [
        ["客户编号", "日期", "金额"],
        ["001", "2025-11-01", 100000],
        ["1", "2025-11-02", 500],
        ["0001", "2025-11-03", 2500],
        ["A2", "2025-10-05", 3000],
      ] as Grid,
    };
    const options = { rules: defaultRules(), asOf: epochDay(2025, 12, 31) };
    const first = await analyzeWorkbook(memorySource(sheets), options);
    const json = JSON.parse([...resultJsonChunks(first, "zh-CN", new Date(0))].join(""));
    for (const previous of [viaStateTab(first.snapshot!), snapshotFromResultJson(json)!]) {
      const again = await analyzeWorkbook(memorySource(sheets), { ...options, previous });
      const c = again.changes!.comparison;
      expect(previous.count).toBe(4);
      expect(moveCounts(c)).toEqual({
        worse: 0,
        better: 0,
        mixed: 0,
        sideways: 0,
        same: 4,
        new: 0,
        cutOffs: 0,
        refit: 0,
        dataChanged: 0,
        byTime: 0,
        program: 0,
      });
      expect(c.removed.length).toBe(0);
      const spendBefore = Array.from(c.previousIndex, (j) => previous.spend[j]);
      expect(spendBefore).toEqual(Array.from(again.snapshot!.spend));
    }
  });
});
