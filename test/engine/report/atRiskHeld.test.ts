/**
 * tester59 U86: paused subscribers (状态 暂停 / 暂停订阅 / paused: an agreed hold) headed the
 * at-risk tab by value, 6 of its first 11 rows, though they paused on purpose. A small pet shop
 * modelled on hers (judge60's repro, /work/notes/stop60/judge60/petshop/make.mjs): monthly food
 * boxes; six big subscribers paused 60–130 days ago; four who stopped without a word (truly at
 * risk); occasional buyers. A held customer (followUp/hold.ts) is listed after the others, its
 * reasons opening with why; its figures are unchanged.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { atRiskInputsOf, atRiskTable } from "../../../src/engine/report/atRiskTab";
import { mostAtStake } from "../../../src/cli/summary";
import { defaultRules } from "../../../src/engine/rules";

const asOf = parseIsoDate("2026-11-30");

interface Buyer {
  id: string;
  status: string;
  every: number;
  last: number;
  count: number;
  amount: number;
  truth: "regular" | "paused" | "lapsed" | "occasional";
}

/** `n` buyers of one kind, the i-th from `of(i)`: [status, every, days since last, count, amount]. */
function buyers(
  n: number,
  truth: Buyer["truth"],
  of: (i: number) => [string, number, number, number, number],
): Buyer[] {
  return Array.from({ length: n }, (_, i) => {
    const [status, every, since, count, amount] = of(i);
    return { id: "", status, every, last: asOf - since, count, amount, truth };
  });
}
const PAUSED = ["暂停订阅", "暂停", "paused", "暂停订阅（出国三个月）", "暂停", "暂停订阅"];
const BUYERS: Buyer[] = [
  ...buyers(20, "regular", (i) => ["正常", 30, 3 + (i % 25), 12 + (i % 6), 180 + 20 * (i % 7)]),
  ...buyers(6, "paused", (i) => [PAUSED[i], 30, 60 + 14 * i, 14, 620 + 40 * i]),
  ...buyers(4, "lapsed", (i) => ["正常", 30, 70 + 15 * i, 10, 300 + 50 * i]),
  ...buyers(6, "occasional", (i) => ["正常", 75 + 10 * i, 20 + 9 * i, 4, 90 + 15 * i]),
].map((b, k) => ({ ...b, id: `PET${String(k + 1).padStart(3, "0")}` }));

function sheets(statusOf: (b: Buyer) => string): Record<string, Grid> {
  const customers: Grid = [["会员编号", "姓名", "电话", "状态"]];
  const sales: Grid = [["日期", "单号", "会员编号", "金额"]];
  BUYERS.forEach((b, k) => {
    customers.push([b.id, `客户${k + 1}`, `1390000${String(k).padStart(4, "0")}`, statusOf(b)]);
    for (let j = b.count - 1; j >= 0; j--)
      sales.push([isoDate(b.last - j * b.every), `D${sales.length}`, b.id, b.amount]);
  });
  return { 客户资料: customers, 销售明细: sales };
}

const run = (statusOf: (b: Buyer) => string): Promise<Analysis> =>
  analyzeWorkbook(memorySource(sheets(statusOf)), { rules: defaultRules(), asOf });
const truthOf = (id: unknown) => BUYERS.find((b) => b.id === id)!.truth;

describe("paused customers on the at-risk tab (tester59 U86)", () => {
  let a: Analysis;
  let unpaused: Analysis;
  beforeAll(async () => {
    a = await run((b) => b.status);
    // The same shop with every status 正常: what the figures are without the pause word.
    unpaused = await run(() => "正常");
  });

  // Since 2de4a201 (stop 69, fix69e) a customer paused today is not leaving by her silence: the
  // silence features add no risk for her, so the paused subscribers read low and leave the at-risk
  // tab altogether; before, they were listed after the others with their figures unchanged.
  test("the paused are not on the at-risk tab; the lapsed are, first", () => {
    const tab = atRiskTable(atRiskInputsOf(a), "zh-CN");
    const truths = tab.rows(0, tab.rowCount).map((r) => truthOf(r[0]));
    // Before: paused, paused, paused, paused, paused, paused, lapsed… (6 of the first 11).
    expect(truths).not.toContain("paused");
    expect(truths.slice(0, 4)).toEqual(Array(4).fill("lapsed"));
    // Without the pause word the same six head it.
    const plain = atRiskTable(atRiskInputsOf(unpaused), "zh-CN");
    expect(
      plain
        .rows(0, 11)
        .slice(0, 6)
        .map((r) => truthOf(r[0])),
    ).toEqual(Array(6).fill("paused"));
  });

  test("a paused customer's churn probability is below the same customer's unpaused, and low", () => {
    for (const id of ["PET021", "PET024"]) {
      const c = a.dataset.customers.id.indexOf(id);
      const p = a.classification.analysis.churnProbability[c];
      expect(p).toBeLessThan(unpaused.classification.analysis.churnProbability[c]);
      expect(p).toBeLessThan(defaultRules().churn.levels.medium);
    }
  });

  test("the console's most value at risk leaves the paused out", () => {
    const top = mostAtStake(a.classification.analysis, a.schedule, 10);
    const tab = atRiskTable(atRiskInputsOf(a), "en-US");
    const ids = top.map((c) => a.dataset.customers.id[c]);
    expect(ids.map(truthOf)).not.toContain("paused");
    expect(ids).toEqual(tab.rows(0, ids.length).map((r) => r[0]));
  });
});
