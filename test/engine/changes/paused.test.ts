import { compareSnapshots, MOVES } from "../../../src/engine/changes/compare";
import { SnapshotBuilder, type SnapshotRecord } from "../../../src/engine/changes/snapshot";
import { moverReason } from "../../../src/engine/changes/words";
import { pausesOf } from "../../../src/engine/followUp/hold";
import { epochDay } from "../../../src/engine/parse/date";

// tester67 U313 (/work/notes/stop67/tester67/refreshB: 力健台账.xlsx as of 2026-11-06, refreshed as
// of 2026-12-07): 33 of 127 变差 on the 变化 tab were members whose status is 冻结 (0007 "腿伤养伤冻结，
// 12月21号解冻": 成长期 → 衰退期；流失风险等级：低 → 中；距上次上课/签到 16 → 47 天), the pause unsaid,
// while the At-risk tab said "暂停期间未购买不算流失迹象". A pause explains the silence: no move of hers.
const member = (stage: string, level: string, p: number): SnapshotRecord => ({
  id: "0007",
  owner: "小赵",
  codes: { lifecycleStage: stage, churnRiskLevel: level, valueTier: "medium" },
  spend: 4046,
  frequency: 1,
  lastPurchase: epochDay(2026, 1, 5),
  churnProbability: p,
});
const run = (r: SnapshotRecord, asOf: number) => {
  const b = new SnapshotBuilder();
  b.add(r);
  return b.finish(asOf, "h1", "json");
};
const before = () => run(member("growth", "low", 0.26), epochDay(2026, 11, 6));
const now = () => run(member("decline", "medium", 0.65), epochDay(2026, 12, 7));

test("a frozen member silent since the last refresh is no wrong-way move: the row says the pause", () => {
  const prev = before();
  const cur = now();
  cur.paused = new Map([[0, "冻结"]]);
  // Read by her check-ins, as the gym's members are (her last on 10-21, before the last refresh).
  cur.lastVisit = Float64Array.of(epochDay(2026, 10, 21));
  const c = compareSnapshots(prev, cur);
  expect(MOVES[c.move[0]]).toBe("byTime");
  expect(c.wrongWay).toHaveLength(0);
  expect(moverReason(c, prev, cur, 0, "zh-CN")).toContain(
    "（暂停中：客户表状态为“冻结”；暂停期间没有购买或上课/签到不算她的变化，暂停期间不安排挽留联系）",
  );
  expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
    "(paused: the Customers sheet's status says “冻结”; no purchase or check-in while paused is no move of hers, and no retention call is made while paused)",
  );
  expect(moverReason(c, prev, cur, 0, "en-US")).not.toContain("time alone");
});

test("a vet's paused client reads her kept appointments, not classes; with no visits read, her purchases only (stop 68's open item)", () => {
  const prev = before();
  const cur = now();
  cur.paused = new Map([[0, "暂停"]]);
  cur.lastVisit = Float64Array.of(epochDay(2026, 10, 21));
  cur.visitsAppointments = true;
  const c = compareSnapshots(prev, cur);
  expect(moverReason(c, prev, cur, 0, "zh-CN")).toContain(
    "（暂停中：客户表状态为“暂停”；暂停期间没有购买或到诊不算她的变化，暂停期间不安排挽留联系）",
  );
  expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
    "no purchase or kept appointment while paused is no move of hers",
  );
  // Leave or paused payments, said with her visits' word too.
  cur.paused = new Map([[0, ""]]);
  expect(moverReason(compareSnapshots(prev, cur), prev, cur, 0, "zh-CN")).toContain(
    "（暂停中：请假或暂停付款；暂停期间没有购买或到诊不算她的变化，暂停期间不安排挽留联系）",
  );
  // A shop with no visits log: her purchases only, no classes or visits named.
  const shop = now();
  shop.paused = new Map([[0, "On hold"]]);
  const s = compareSnapshots(prev, shop);
  expect(MOVES[s.move[0]]).toBe("byTime");
  expect(moverReason(s, prev, shop, 0, "zh-CN")).toContain(
    "（暂停中：客户表状态为“On hold”；暂停期间没有购买不算她的变化，暂停期间不安排挽留联系）",
  );
  expect(moverReason(s, prev, shop, 0, "en-US")).toContain(
    "(paused: the Customers sheet's status says “On hold”; no purchase while paused is no move of hers, and no retention call is made while paused)",
  );
  shop.paused = new Map([[0, ""]]);
  expect(moverReason(compareSnapshots(prev, shop), prev, shop, 0, "en-US")).toContain(
    "(paused: payments paused; no purchase while paused is no move of hers",
  );
});

test("a member not paused whose silence moved her into decline is still the wrong way", () => {
  const c = compareSnapshots(before(), now());
  expect(MOVES[c.move[0]]).toBe("worse");
});

test("a paused member who bought since moved by her own doing", () => {
  const prev = before();
  const cur = run(
    { ...member("decline", "medium", 0.65), lastPurchase: epochDay(2026, 11, 20), spend: 4096 },
    epochDay(2026, 12, 7),
  );
  cur.paused = new Map([[0, "冻结"]]);
  expect(MOVES[compareSnapshots(prev, cur).move[0]]).not.toBe("byTime");
});

test("a frozen member read by her check-ins who paid the freeze fee since, with no check-in, is still paused", () => {
  // 0430 "腿伤养伤冻结，2月13号解冻": 冻结手续费 50 paid on 11-15, no check-in since 10-21.
  const prev = before();
  const cur = run(
    { ...member("decline", "medium", 0.51), lastPurchase: epochDay(2026, 11, 15), spend: 4096 },
    epochDay(2026, 12, 7),
  );
  cur.paused = new Map([[0, "冻结"]]);
  cur.lastVisit = Float64Array.of(epochDay(2026, 10, 21));
  expect(MOVES[compareSnapshots(prev, cur).move[0]]).toBe("byTime");
  // A check-in since is hers.
  cur.lastVisit = Float64Array.of(epochDay(2026, 11, 20));
  expect(MOVES[compareSnapshots(prev, cur).move[0]]).not.toBe("byTime");
});

test("pausesOf: a status saying a pause as written; a leave; not a status saying none", () => {
  const asOf = epochDay(2026, 12, 7);
  const customers = { count: 3, status: ["冻结", "正常", "正常"] };
  const visits = {
    count: 1,
    customer: Int32Array.of(2),
    day: Float64Array.of(epochDay(2026, 11, 1)),
    leave: { customer: Int32Array.of(2), day: Float64Array.of(epochDay(2026, 11, 20)) },
  };
  const p = pausesOf({ customers, visits } as unknown as Parameters<typeof pausesOf>[0], asOf);
  expect(p && [...p.entries()]).toEqual([
    [0, "冻结"],
    [2, ""],
  ]);
  expect(pausesOf({ customers: { count: 1, status: ["正常"] } } as never, asOf)).toBeUndefined();
});
