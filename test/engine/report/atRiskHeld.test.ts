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

  test("the customers not paused come first; the paused are still listed, after them", () => {
    const tab = atRiskTable(atRiskInputsOf(a), "zh-CN");
    const ids = tab.rows(0, tab.rowCount).map((r) => r[0]);
    const truths = ids.map(truthOf);
    // Before: paused, paused, paused, paused, paused, paused, lapsed… (6 of the first 11).
    const firstPaused = truths.indexOf("paused");
    expect(firstPaused).toBeGreaterThan(0);
    expect(truths.slice(0, firstPaused)).toContain("lapsed");
    expect(truths.slice(firstPaused).every((t) => t === "paused")).toBe(true);
    expect(truths.filter((t) => t === "paused")).toHaveLength(6);
    expect(truths.filter((t) => t === "lapsed")).toHaveLength(4);
    // Same rows as without the pause word: nothing dropped, only the order.
    const plain = atRiskTable(atRiskInputsOf(unpaused), "zh-CN");
    expect(plain.rowCount).toBe(tab.rowCount);
    expect(
      plain
        .rows(0, 11)
        .slice(0, 6)
        .map((r) => truthOf(r[0])),
    ).toEqual(Array(6).fill("paused"));
  });

  test("a paused row says why it is lower, in both languages; its figures are unchanged", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const tab = atRiskTable(atRiskInputsOf(a), lang);
      const rows = tab.rows(0, tab.rowCount);
      const row = rows.find((r) => r[0] === "PET024")!;
      expect(String(row[8])).toMatch(
        lang === "zh-CN"
          ? /^客户状态为“暂停订阅（出国三个月）”：暂停期间未购买不算流失迹象，排在未暂停的客户之后；超出自身购买周期/
          : /^Customer status “暂停订阅（出国三个月）”: no purchase during a pause is no sign of leaving; listed after the customers not paused; /,
      );
      for (const r of rows)
        if (truthOf(r[0]) !== "paused") expect(String(r[8])).not.toMatch(/暂停|pause/);
    }
    const c = a.dataset.customers.id.indexOf("PET024");
    expect(a.classification.analysis.churnProbability[c]).toBe(
      unpaused.classification.analysis.churnProbability[c],
    );
  });

  test("a paused row with no contact due says the schedule's words, not its tier's interval", () => {
    const tab = atRiskTable(atRiskInputsOf(a), "zh-CN");
    const row = tab.rows(0, tab.rowCount).find((r) => r[0] === "PET021")!;
    expect(row[10]).toBeNull();
    // Before: 至 2026-12-29 无到期联系：不在挽留联系范围内；高价值客户每 14 天定期回访.
    expect(row[12]).toBe("客户状态为“暂停订阅”：定期联系，了解何时恢复（不安排挽留联系）");
  });

  test("the console's most value at risk leaves the paused out", () => {
    const top = mostAtStake(a.classification.analysis, a.schedule, 10);
    const tab = atRiskTable(atRiskInputsOf(a), "en-US");
    const ids = top.map((c) => a.dataset.customers.id[c]);
    expect(ids.map(truthOf)).not.toContain("paused");
    expect(ids).toEqual(tab.rows(0, ids.length).map((r) => r[0]));
  });
});
