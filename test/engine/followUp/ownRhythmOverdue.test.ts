/**
 * judge60 (a dental clinic, clinicFixture.ts): a key account's regular contact is every 14 days
 * (followUp.cadenceDays.high) and keyAccountOverdueDays counted from it, so 33 of 40 six-monthly
 * patients got an urgent key_account_overdue. It now counts from the later of that due day and the
 * day the customer goes quiet past their own rhythm (Rhythm.ownGapDays: churn risk's, from the days
 * with spend). A finished course (one day with spend, then only ¥0 revisits: 贴面 / 种植 / 正畸)
 * gets no retention call and no urgent overdue one: its regular contact is its care call.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { FOLLOW_UP_PRIORITIES } from "../../../src/engine/followUp/labels";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { atRiskInputsOf, atRiskTable } from "../../../src/engine/report/atRiskTab";
import { mostAtStake } from "../../../src/cli/summary";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import { CLINIC_AS_OF, clinic, type ClinicTruth } from "../churn/clinicFixture";
import { planFor, RISK, TIER, type Who } from "./planFor";

/** "reason/priority" of every planned contact of the patients with truth `t`, counted. */
function calls(
  a: Analysis,
  truth: Map<string, ClinicTruth>,
  t: ClinicTruth,
): Record<string, number> {
  const f = a.schedule.followUps;
  const out: Record<string, number> = {};
  for (let i = 0; i < f.count; i++) {
    if (truth.get(a.dataset.customers.id[f.customer[i]]) !== t) continue;
    const k = `${FOLLOW_UP_REASONS[f.reason[i]]}/${FOLLOW_UP_PRIORITIES[f.priority[i]]}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

// The clinic as of 2026-11-30, default rules: one run for both describes below.
let a: Analysis;
let truth: Map<string, ClinicTruth>;
beforeAll(async () => {
  ({ truth } = clinic());
  a = await analyzeWorkbook(memorySource(clinic().sheets), {
    rules: defaultRules(),
    asOf: CLINIC_AS_OF,
  });
});

describe("the clinic's schedule (judge60)", () => {
  test("no six-monthly regular gets an urgent overdue call; the four lapsed get retention calls", () => {
    // Before: 33 key_account_overdue/urgent among the regulars.
    expect(calls(a, truth, "regular")["key_account_overdue/urgent"]).toBeUndefined();
    expect(calls(a, truth, "lapsed")).toEqual({ "win_back/urgent": 4 });
  });

  test("a finished course gets its regular contact (care), no retention nor urgent overdue call", () => {
    // Before: 5 win_back/urgent and 1 key_account_overdue/urgent of 6.
    const done = calls(a, truth, "oneoff_done");
    expect(Object.keys(done)).toEqual(["cadence/high"]);
    const f = a.schedule.followUps;
    const called = new Set<string>();
    for (let i = 0; i < f.count; i++) called.add(a.dataset.customers.id[f.customer[i]]);
    expect([...truth].filter(([id, t]) => t === "oneoff_done" && !called.has(id))).toEqual([]);
  });
});

describe("the clinic's at-risk list (judge60 item 3)", () => {
  test("the finished courses come after the others, their reasons opening with why; none in the console's top 10", () => {
    const tab = atRiskTable(atRiskInputsOf(a), "zh-CN");
    const rows = tab.rows(0, tab.rowCount);
    const kinds = rows.map((r) => truth.get(String(r[0])));
    const firstDone = kinds.indexOf("oneoff_done");
    // Before: the first 5 rows were finished courses (97.6 %, 80.8 %, …), the lapsed after them.
    expect(firstDone).toBeGreaterThan(0);
    expect(kinds.slice(firstDone).every((k) => k === "oneoff_done")).toBe(true);
    expect(kinds.slice(0, firstDone)).toContain("lapsed");
    for (const r of rows.slice(firstDone))
      expect(String(r[8])).toMatch(
        /^疗程已完成：仅一次付费，此后只有免费复诊（0 元）；未再购买不算流失迹象，排在其他客户之后；超出自身购买周期/,
      );
    const en = atRiskTable(atRiskInputsOf(a), "en-US").rows(firstDone, firstDone + 1)[0];
    expect(String(en[8])).toMatch(/^Finished course: one paid visit, then only free revisits/);
    const top = mostAtStake(a.classification.analysis, a.schedule, 10);
    expect(top.map((c) => truth.get(a.dataset.customers.id[c]))).not.toContain("oneoff_done");
  });
});

describe("a key account's overdue regular contact and its own rhythm", () => {
  const d = parseIsoDate;
  const key: Who = {
    owner: "王",
    tier: TIER.high,
    risk: RISK.low,
    lastPurchase: d("2026-01-20"),
    monetary: 40_000,
    churnProbability: 0.1,
  };
  const first = (who: Who): string => {
    const f = planFor("2026-03-02", [who]).followUps;
    return `${isoDate(f.day[0])} ${FOLLOW_UP_REASONS[f.reason[0]]} ${FOLLOW_UP_PRIORITIES[f.priority[0]]}`;
  };

  test("buying every 10 days and silent 41: overdue, urgent (as before)", () => {
    expect(first({ ...key, ownGap: 10 })).toBe("2026-03-02 key_account_overdue urgent");
  });

  test("buying every 180 days and silent 80: its regular contact, not urgent", () => {
    // Silent 41 days, as the test had it until fix63f: its regular contact was 14 days after the
    // purchase (cadence high on 03-02); now no sooner than half its 180 days after it
    // (followUp.cadenceRhythmShare, tester62 U150), 04-20, past the 30 days: none planned.
    expect(planFor("2026-03-02", [{ ...key, ownGap: 180 }]).followUps.count).toBe(0);
    expect(first({ ...key, ownGap: 180, lastPurchase: d("2025-12-12") })).toBe(
      "2026-03-12 cadence high",
    );
  });

  test("a finished course: its regular contact, never an urgent one", () => {
    expect(first({ ...key, ownGap: 10, finished: true })).toBe("2026-03-02 cadence high");
    expect(first({ ...key, risk: RISK.high, churnProbability: 0.9, finished: true })).toBe(
      "2026-03-02 cadence high",
    );
  });
});

describe("a 次卡 sold as an item, then used at ¥0 (reviewer61 R14)", () => {
  // reviewer61's course/ (notes/stop61/reviewer61/course/tx.csv), as of 2026-11-30: P1 buys a
  // 面部护理10次卡 for 3,000 on 03-01, then 面部护理 at ¥0 every 14 days to 09-20 and stops; P2 the
  // same, still coming to 11-15; P3–P5 cash regulars (剪发 100 every 30 days).
  const d0 = parseIsoDate("2026-03-01");
  const card = (id: string, until: string): (string | number)[][] => {
    const rows: (string | number)[][] = [[isoDate(d0), id, "面部护理10次卡", 3000]];
    for (let d = d0 + 7; d <= parseIsoDate(until); d += 14)
      rows.push([isoDate(d), id, "面部护理", 0]);
    return rows;
  };
  const cash = (k: number): (string | number)[][] =>
    Array.from({ length: 12 }, (_, i) => [
      isoDate(parseIsoDate("2025-12-04") + k + 30 * i),
      `P${k + 3}`,
      "剪发",
      100,
    ]);
  let b: Analysis;
  beforeAll(async () => {
    const ids = ["P1", "P2", "P3", "P4", "P5"];
    b = await analyzeWorkbook(
      memorySource({
        会员: [
          ["会员编号", "姓名", "手机号"],
          ...ids.map((id, k) => [id, `顾客${k + 1}`, `1390000000${k + 1}`]),
        ],
        消费记录: [
          ["日期", "会员编号", "项目", "金额"],
          ...card("P1", "2026-09-20"),
          ...card("P2", "2026-11-15"),
          ...cash(0),
          ...cash(1),
          ...cash(2),
        ],
      }),
      { rules: defaultRules(), asOf: CLINIC_AS_OF },
    );
  });
  const idOf = (c: number) => b.dataset.customers.id[c];

  test("her ¥0 visits keep a rhythm of their own: not a finished course; the one who stopped gets her urgent win-back", () => {
    // Before: both cards read as finished courses; P1 (medium, 56 days past her rhythm) had no win_back.
    const done = b.schedule.finishedCourse ?? new Uint8Array(0);
    expect([...done].flatMap((v, c) => (v === 1 ? [idOf(c)] : []))).toEqual([]);
    const f = b.schedule.followUps;
    const urgent: string[] = [];
    for (let i = 0; i < f.count; i++)
      if (FOLLOW_UP_PRIORITIES[f.priority[i]] === "urgent")
        urgent.push(`${idOf(f.customer[i])} ${FOLLOW_UP_REASONS[f.reason[i]]}`);
    expect(urgent).toEqual(["P1 win_back"]);
    expect(mostAtStake(b.classification.analysis, b.schedule, 10).map(idOf)).toEqual(["P1"]);
  });

  test("her at-risk row says her silence, not a finished course (zh and en)", () => {
    const zh = atRiskTable(atRiskInputsOf(b), "zh-CN").rows(0, 1)[0];
    expect(zh[0]).toBe("P1");
    expect(String(zh[8])).toMatch(/^超出自身购买周期/);
    const en = atRiskTable(atRiskInputsOf(b), "en-US").rows(0, 1)[0];
    expect(String(en[8])).not.toMatch(/Finished course/);
    expect(String(en[8])).toMatch(/^Overdue by \d+ days against own rhythm/);
  });
});

describe("a card or class pack named by its item, used at ¥0 unevenly (fix61l, noticed)", () => {
  // fix61l's rhythm test leaves out a card used at an even pace; a card used on a few uneven days
  // and then not at all still read as a finished course (one day with spend, then ¥0 visits): no
  // win-back. The item bought says a card of visits (次卡, 10次, class pack): its ¥0 visits are
  // its uses, purchases of her own rhythm, as a 划卡 paid from stored value is.
  const uses = (id: string, item: string, use: string, days: string[]) =>
    days.map((d) => [d, id, use, 0]).concat([["2026-03-01", id, item, 3000]]);
  const cash = (k: number): (string | number)[][] =>
    Array.from({ length: 12 }, (_, i) => [
      isoDate(parseIsoDate("2025-12-04") + k + 30 * i),
      `R${k}`,
      "剪发",
      100,
    ]);
  const stopped = ["2026-03-08", "2026-03-20", "2026-04-30", "2026-06-05"];
  let b: Analysis;
  beforeAll(async () => {
    const ids = ["K1", "K2", "K3", "K4", "R0", "R1", "R2"];
    b = await analyzeWorkbook(
      memorySource({
        会员: [
          ["会员编号", "姓名", "手机号"],
          ...ids.map((id, k) => [id, `顾客${k + 1}`, `1390000001${k}`]),
        ],
        消费记录: [
          ["日期", "会员编号", "项目", "金额"],
          ...uses("K1", "面部护理10次卡", "面部护理", stopped),
          ...uses("K2", "Yoga 10-class pack", "Yoga class", stopped),
          ...uses("K3", "肩颈理疗（10次）", "肩颈理疗", stopped),
          // A clinic's treatment paid once, then ¥0 复查: a finished course still.
          ...uses("K4", "正畸", "复查", stopped),
          ...cash(0),
          ...cash(1),
          ...cash(2),
        ],
      }),
      { rules: defaultRules(), asOf: CLINIC_AS_OF },
    );
  });
  const idOf = (c: number) => b.dataset.customers.id[c];

  test("her ¥0 visits are the card's uses: not a finished course, and she who stopped is won back", () => {
    // Before: K1, K2, K3 and K4 all finished courses, no win-back.
    const done = b.schedule.finishedCourse ?? new Uint8Array(0);
    expect([...done].flatMap((v, c) => (v === 1 ? [idOf(c)] : []))).toEqual(["K4"]);
    const f = b.schedule.followUps;
    const winBack = new Set<string>();
    for (let i = 0; i < f.count; i++)
      if (FOLLOW_UP_REASONS[f.reason[i]] === "win_back") winBack.add(idOf(f.customer[i]));
    expect([...winBack].sort()).toEqual(["K1", "K2", "K3"]);
    const c = b.dataset.customers.id.indexOf("K1");
    expect(b.summary.segmentation.spendDays[c]).toBe(5);
  });
});
