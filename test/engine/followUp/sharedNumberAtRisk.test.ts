/**
 * reviewer63's repros of fix63f's two rules (/work/notes/stop63/reviewer63/r1/gen.js and r10/gen.js,
 * as of 2026-12-06, built here as they write them):
 * - R1: the regular contact spaced by half the customer's own rhythm (followUp.cadenceRhythmShare)
 *   applied whatever her churn risk: B01, 高价值, buying every ~180 days, last 300 days ago (120 days
 *   overdue), reached 10 days ago (客户说在看别家报价), had no contact in 30 days (before the rule:
 *   12-10 and 12-24). Now only a customer at low risk within her rhythm is spaced.
 * - R2: one call a day per phone number linked 20 branches of a chain on one switchboard: urgent
 *   contacts a week late, as visits, two for one branch. R7: 30 walk-ins recorded as 00000000000
 *   got one urgent win-back a day, the last on 01-04. Now a placeholder or a number shared by more
 *   than HOUSEHOLD_PHONE_MAX customers is no one person, and an urgent contact is never put later.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { RISK_LEVELS } from "../../../src/engine/analysis";
import { samePhoneRing } from "../../../src/engine/followUp/reach";
import { placeholderPhone } from "../../../src/engine/ingest/duplicateKeys";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { plannedById } from "./planFor";

const AS_OF = parseIsoDate("2026-12-06");
const day = (ago: number): string => isoDate(AS_OF - ago);

/** reviewer63 r1: four big accounts (A01–D01), 20 branches on one switchboard, 40 small customers. */
function r1(): Record<string, Grid> {
  const cust: Grid = [["客户编号", "客户名称", "电话", "负责人"]];
  const tx: Grid = [["客户编号", "日期", "金额", "订单号"]];
  const ct: Grid = [["客户编号", "日期", "方式", "结果", "备注"]];
  let o = 1;
  const buy = (id: string, ago: number, amount: number) =>
    tx.push([id, day(ago), amount, `O${o++}`]);
  for (const [id, name, phone] of [
    ["A01", "华东大客户A", "13800000001"],
    ["B01", "华东大客户B", "13800000002"],
    ["C01", "华东大客户C", "13800000003"],
  ]) {
    cust.push([id, name, phone, "王经理"]);
    for (const a of [1020, 840, 660, 480, 300]) buy(id, a, 800000);
  }
  ct.push(["A01", day(10), "电话", "未接通", ""]);
  ct.push(["B01", day(10), "电话", "已接通", "客户说在看别家报价"]);
  cust.push(["D01", "季度客户D", "13800000004", "王经理"]);
  for (const a of [440, 350, 260, 170, 80]) buy("D01", a, 60000);
  ct.push(["D01", day(5), "电话", "已接通", ""]);
  for (let i = 1; i <= 20; i++) {
    const id = `S${String(i).padStart(2, "0")}`;
    cust.push([id, `连锁集团分店${i}`, "021-66668888", "李经理"]);
    for (const a of [200, 170, 140, 110, 80, 50]) buy(id, a + (i % 5), 30000);
  }
  for (let i = 1; i <= 40; i++) {
    const id = `F${String(i).padStart(2, "0")}`;
    cust.push([id, `散客${i}`, `139000000${String(i).padStart(2, "0")}`, "张三"]);
    for (const a of [150, 120, 90, 60, 30]) buy(id, a + (i % 7), 500);
  }
  return { 客户: cust, 交易: tx, 跟进记录: ct };
}

/** reviewer63 r10: 30 members on the placeholder 00000000000 (W), 30 with their own numbers (P). */
function r10(): Record<string, Grid> {
  const cust: Grid = [["客户编号", "客户名称", "电话", "负责人"]];
  const tx: Grid = [["客户编号", "日期", "金额", "订单号"]];
  let o = 1;
  for (const [prefix, name] of [
    ["W", "会员"],
    ["P", "顾客"],
  ])
    for (let i = 1; i <= 30; i++) {
      const id = `${prefix}${String(i).padStart(2, "0")}`;
      const phone = prefix === "W" ? "00000000000" : `139000000${String(i).padStart(2, "0")}`;
      cust.push([id, `${name}${i}`, phone, "张三"]);
      for (const a of [240, 210, 180, 150, 120, 90])
        tx.push([id, day(a + (i % 4)), 3000 + 100 * i, `O${o++}`]);
    }
  return { 客户: cust, 交易: tx };
}

const plan = (a: Analysis) => plannedById(a, true);

const urgentOf = (p: Map<string, string[]>, prefix: string): string[][] =>
  [...p]
    .filter(([id]) => id.startsWith(prefix))
    .map(([, l]) => l.filter((x) => x.endsWith(" urgent")));

describe("reviewer63 r1: an overdue key account and a chain's switchboard", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await analyzeWorkbook(memorySource(r1()), { rules: defaultRules(), asOf: AS_OF });
  });

  test("B01, 120 days past her rhythm and at risk, keeps the tier's every 14 days (R1)", () => {
    const c = a.dataset.customers.id.indexOf("B01");
    expect(RISK_LEVELS[a.classification.analysis.churnLevel[c]]).not.toBe("low");
    // Before: none in the 30 days (spaced 90 days, half her 180, from the 11-26 call).
    expect(plan(a).get("B01")).toEqual(["2026-12-10 cadence high", "2026-12-24 cadence high"]);
  });

  test("20 branches on one switchboard: each urgent contact on its day, one per branch (R2)", () => {
    const urgent = urgentOf(plan(a), "S");
    expect(urgent).toHaveLength(20);
    // Before: S15 and S20 on 12-14 (a week late), S14 and S19 two urgent contacts each.
    for (const list of urgent) {
      expect(list).toHaveLength(1);
      expect(list[0].slice(0, 10) <= "2026-12-08").toBe(true);
    }
  });
});

test("30 walk-ins on 00000000000 get their urgent win-back as the others do (R7)", async () => {
  const p = plan(
    await analyzeWorkbook(memorySource(r10()), { rules: defaultRules(), asOf: AS_OF }),
  );
  const days = (prefix: string) =>
    urgentOf(p, prefix)
      .flat()
      .map((x) => x.slice(0, 10))
      .sort();
  // Before: 12-07, 12-08, 12-09 (11), 12-10 … 12-31 and 01-04, one a day.
  expect(days("W")).toHaveLength(30);
  expect(days("W")).toEqual(days("P"));
  expect(days("W")[29] <= "2026-12-09").toBe(true);
});

test("samePhoneRing links a household, not a placeholder nor a switchboard", () => {
  for (const key of ["00000000000", "13900000000", "1234567", "12345678901", "13800138000"])
    expect(placeholderPhone(key)).toBe(true);
  expect(placeholderPhone("13811110001")).toBe(false);
  expect(samePhoneRing(["00000000000", "00000000000", "13800000001"])).toBeNull();
  // Four customers on one number: a switchboard; three: a household.
  expect(samePhoneRing(Array(4).fill("021-66668888"))).toBeNull();
  expect(Array.from(samePhoneRing(Array(3).fill("021-66668888"))!)).toEqual([1, 2, 0]);
});
