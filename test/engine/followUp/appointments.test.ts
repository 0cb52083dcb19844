/**
 * tester63 U168 (a dental clinic, 美齿口腔, as of 2026-12-06; the shape of
 * /work/notes/stop63/tester63/clinic/gen.js, cut down): its 预约登记 sheet (预约日期, 病历号, 状态) was
 * "not read". 孙丽, booked for 12-09, got an urgent win-back call on 12-07; 王芳 (正畸 28,000 paid,
 * 爽约 twice and 取消 once since September, two 未接通 calls) read "没有接通过的联系（有联系记录，但均未
 * 接通）" with nothing of her missed appointments. Now the sheet is read as the visits: a kept
 * appointment (已到诊) is a visit, 爽约 / 取消 are said in the reasons, a booking still to come holds
 * the retention call until the working day after it, and a past 已预约 with no outcome is no visit.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { churnReasonsText } from "../../../src/engine/churn/reasons";
import { bookedDay, bookedText } from "../../../src/engine/followUp/hold";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import { RISK_LEVELS, VALUE_TIERS } from "../../../src/engine/analysis";
import { talkingPointText, talkingPoints } from "../../../src/engine/followUp/talkingPoints";
import { appointments, calls, charges, every, patients } from "../helpers/clinic";

const AS_OF = parseIsoDate("2026-12-06");
const WIN_BACK = FOLLOW_UP_REASONS.indexOf("win_back");

let a: Analysis;
beforeAll(async () => {
  a = await analyzeWorkbook(
    memorySource({
      患者档案: patients,
      收费明细: charges,
      预约登记: appointments,
      回访记录: calls,
    }),
    { rules: defaultRules(), asOf: AS_OF },
  );
});
const at = (id: string) => a.dataset.customers.id.indexOf(id);

test("the 预约登记 sheet is read: 已到诊 a visit, 爽约 / 取消 missed, 已预约 to come a booking", () => {
  const v = a.dataset.visits!;
  expect(a.dataset.sources.visits).toBeDefined();
  // Kept: 陈美玲 11-25, 冯雪 11-28, 罗敏 12-01; 张伟's past 已预约 (11-20) is no visit.
  expect(Array.from(v.day, isoDate)).toEqual(["2026-11-25", "2026-11-28", "2026-12-01"]);
  expect(Array.from(v.missed!.kind)).toEqual([1, 1, 2]);
  // The bookings after the date are kept (no future_date finding), 孙丽's and 罗敏's.
  expect(Array.from(v.booked!.day, isoDate).sort()).toEqual(["2026-12-09", "2026-12-15"]);
  expect(a.findings.filter((f) => f.code === "future_date")).toEqual([]);
});

// tester65 U215: a clinic's appointments were said as classes (已从“预约登记”表读取上课签到：… 次上课/签到 …
// 预付课时、储值或仍在扣费的会员).
test("visits read from 预约登记 are said as appointments kept, not classes attended", () => {
  expect(a.dataset.visits!.appointments).toBe(true);
  const note = a.warnings.find((w) => w.code === "visits_read")!.message;
  expect(note["zh-CN"]).toMatch(
    /^已从“预约登记”表读取预约就诊：3 位客户的 3 次到诊。有到诊又有购买的客户/,
  );
  expect(note["en-US"]).toMatch(/^Appointments read from .*: 3 visits kept by 3 customers\./);
  for (const word of ["上课", "签到", "课时", "会员"]) expect(note["zh-CN"]).not.toContain(word);
});

test("孙丽, booked for 12-09, is not called to win her back before the working day after it", () => {
  const c = at("MC0007");
  expect(isoDate(bookedDay(a.schedule.holds, c))).toBe("2026-12-09");
  const f = a.schedule.followUps;
  const hers: string[] = [];
  for (let i = 0; i < f.count; i++)
    if (f.customer[i] === c) hers.push(`${FOLLOW_UP_REASONS[f.reason[i]]} ${isoDate(f.day[i])}`);
  // Before: win_back 2026-12-07.
  expect(hers.length).toBeGreaterThan(0);
  for (const h of hers) expect(h.slice(-10) > "2026-12-09").toBe(true);
  const winBack = hers.find((h) => h.startsWith("win_back"));
  if (winBack) expect(winBack).toBe("win_back 2026-12-10");
  expect(bookedText(a.schedule.holds, c, "zh-CN")).toBe("已预约 2026-12-09：如未到诊，再联系");
  expect(bookedText(a.schedule.holds, c, "en-US")).toBe(
    "Booked for 2026-12-09: contact only if they did not come",
  );
  // 王芳 has no booking: her win-back stays urgent, in the first days.
  let hersFirst = NaN;
  for (let i = 0; i < f.count; i++)
    if (f.customer[i] === at("MC0003") && f.reason[i] === WIN_BACK) hersFirst = f.day[i];
  expect(hersFirst < parseIsoDate("2026-12-09")).toBe(true);
});

// Her two 未接通 calls: notReachedReason.test (here the overdue and missed lines fill the slots).
test("王芳's reasons say her missed appointments", () => {
  const zh = churnReasonsText(a.classification.analysis, at("MC0003"), "zh-CN");
  const en = churnReasonsText(a.classification.analysis, at("MC0003"), "en-US");
  // Before: no word of the appointments.
  expect(zh).toContain("最近 3 次预约未到诊：爽约 2 次，取消 1 次（最近一次 2026-11-10）");
  expect(zh).not.toContain("没有任何联系记录");
  expect(zh).not.toContain("消费金额低");
  expect(en).toContain(
    "Did not come to the last 3 appointments: 2 no-shows, 1 cancelled (latest 2026-11-10)",
  );
});

// Her value tier: the window's spend is 0 (8 正畸复诊 at ¥0, the 28,000 paid on 2025-04-01, before
// it), so she read 低价值; a course paid before the window and still attended is tiered by what she
// paid (classify.ts prepaidCourseTiers).
test("王芳's value tier is read from the course she paid for, not the window's 0", () => {
  const tier = (id: string) => VALUE_TIERS[a.classification.analysis.valueTier[at(id)]];
  // Before: low.
  expect(tier("MC0003")).toBe("high");
  expect(a.classification.analysis.monetary[at("MC0003")]).toBe(0);
});

/**
 * reviewer64 H7 and H8 (/work/notes/stop64/reviewer64/gen6.js, gen8.js, cut down; as of
 * 2026-12-06): A01 and A02, regulars every 30 days up to 06-20 and then nothing (99 % lapsed), are
 * booked for 2027-05-20 and 2026-12-09; a studio's 预约登记 beside its 签到, every past row still
 * 已预约 (the desk never updates it).
 */
describe("a booking holds only while near; check-ins stay the visits", () => {
  const customers: Grid = [
    ["会员编号", "姓名", "电话"],
    ["A01", "患者A01", "13900005000"],
    ["A02", "患者A02", "13900005001"],
    ["M0", "会员0", "13700007000"],
    ["M1", "会员1", "13700007001"],
  ];
  const sales: Grid = [
    ["会员编号", "日期", "金额"],
    ...every("A01", "2026-01-20", "2026-06-20", 30, "", 300).map(([d, id]) => [id, d, 300]),
    ...every("A02", "2026-01-20", "2026-06-20", 30, "", 300).map(([d, id]) => [id, d, 300]),
    ["M0", "2026-01-03", 3000],
    ["M1", "2026-01-04", 3000],
  ];
  const weekly = (id: string, from: string, status: string) =>
    every(id, from, "2026-12-04", 7, "", 0).map(([d]) => [id, d, status]);
  const bookings: Grid = [
    ["会员编号", "预约日期", "状态"],
    ["A01", "2027-05-20", "已预约"],
    ["A02", "2026-12-09", "已预约"],
    ...weekly("M0", "2026-02-01", "已预约"),
    ...weekly("M1", "2026-02-02", "已预约"),
  ];
  const checkIns: Grid = [
    ["会员编号", "日期", "状态"],
    ...weekly("M0", "2026-02-01", "已签到"),
    ...weekly("M1", "2026-02-02", "已签到"),
  ];
  const run = (sheets: Record<string, Grid>) =>
    analyzeWorkbook(memorySource({ 客户: customers, 交易: sales, ...sheets }), {
      rules: defaultRules(),
      asOf: AS_OF,
    });
  const plan = (b: Analysis, id: string) => {
    const c = b.dataset.customers.id.indexOf(id);
    const f = b.schedule.followUps;
    const out: string[] = [];
    for (let i = 0; i < f.count; i++)
      if (f.customer[i] === c) out.push(`${FOLLOW_UP_REASONS[f.reason[i]]} ${isoDate(f.day[i])}`);
    return out;
  };

  test("H7: a booking 5½ months ahead holds no call; one in 3 days still does", async () => {
    const b = await run({ 预约登记: bookings });
    // Before: A01 had no follow-up, no unscheduled line and no word of the booking.
    expect(plan(b, "A01")).toContain("win_back 2026-12-07");
    expect(bookedDay(b.schedule.holds, b.dataset.customers.id.indexOf("A01"))).toBeNaN();
    expect(plan(b, "A02")).toContain("win_back 2026-12-10");
  });

  test("H8: 签到 beside 预约登记 is the visits input", async () => {
    const b = await run({ 预约登记: bookings, 签到: checkIns });
    // Before: 预约登记 (the longer name) was read, 0 of its visits used, 签到 not read.
    expect(b.dataset.sources.visits!.sheetName).toBe("签到");
    expect(b.dataset.visits!.count).toBe(checkIns.length - 1);
  });

  // fix64l's note: with 签到 the visits input, 预约登记 was not read at all, so A02's booking on
  // 12-09 held nothing (win-back 12-07, as with no booking). Its bookings to come are read beside.
  test("签到 beside 预约登记: the bookings to come are read from 预约登记, said", async () => {
    const b = await run({ 预约登记: bookings, 签到: checkIns });
    expect(b.dataset.sources.visits!.sheetName).toBe("签到");
    expect(b.dataset.visits!.count).toBe(checkIns.length - 1);
    expect(b.dataset.visits!.bookingsFrom).toBe("预约登记");
    const a02 = b.dataset.customers.id.indexOf("A02");
    expect(isoDate(bookedDay(b.schedule.holds, a02))).toBe("2026-12-09");
    expect(plan(b, "A02")).toContain("win_back 2026-12-10");
    expect(plan(b, "A01")).toContain("win_back 2026-12-07");
    const note = b.warnings.find((w) => w.code === "visits_read")!.message;
    expect(note["zh-CN"]).toContain("另从“预约登记”读取 2 个待到诊的预约（14 天内的预约");
    expect(note["en-US"]).toContain("Also 2 bookings still to come read from “预约登记”");
  });

  test("H8: a 预约登记 whose past rows all still say 已预约 is read as the visits it records", async () => {
    const b = await run({ 预约登记: bookings });
    const past = bookings.length - 3;
    // Before: 0 visits, both members medium risk with an urgent call.
    expect(b.dataset.visits!.count).toBe(past);
    expect(b.dataset.visits!.bookedAsVisits).toBe(past);
    for (const id of ["M0", "M1"]) {
      const c = b.dataset.customers.id.indexOf(id);
      expect(RISK_LEVELS[b.classification.analysis.churnLevel[c]]).toBe("low");
    }
    const note = b.warnings.find((w) => w.code === "visits_read")!.message;
    expect(note["zh-CN"]).toContain(
      `其中 ${past} 条过去的预约状态仍为“已预约”：过去的预约多数没有登记到诊结果`,
    );
    expect(note["en-US"]).toContain(`Of these, ${past} past bookings still say booked`);
  });
});

/**
 * tester65 U209 (a vet clinic, 爱宠动物医院, as of 2026-12-06; the shape of
 * /work/notes/stop65/tester65/vet/gen.js, cut down): 孙伟's 可乐, on a skin treatment, missed her
 * 复诊 on 11-20 and 11-27 (爽约) and a call on 12-01 did not get through. She was low risk on her
 * 53-day rhythm, "最近 2 次预约爽约" said and moving nothing: first call a cadence call on 12-28.
 * Repeated no-shows now owe a call within days, saying them first.
 */
describe("repeated no-shows bring the call forward (tester65 U209)", () => {
  const owners: Grid = [
    ["病历号", "主人", "联系电话"],
    ["BL0088", "孙伟", "13800000088"],
    ["BL0089", "周婷", "13800000089"],
    ["BL0090", "王磊", "13800000090"],
  ];
  const bills: Grid = [
    ["日期", "病历号", "项目", "金额"],
    ...every("BL0088", "2025-05-25", "2026-11-06", 53, "皮肤病治疗", 280),
    ...every("BL0089", "2025-05-25", "2026-11-06", 53, "皮肤病治疗", 280),
    ...every("BL0090", "2025-03-01", "2026-11-20", 30, "体检", 300),
  ];
  const bookings = (second: string): Grid => [
    ["预约日期", "病历号", "到诊状态"],
    ["2026-11-20", "BL0088", "爽约"],
    ["2026-11-27", "BL0088", second],
    ["2026-11-27", "BL0089", "爽约"],
  ];
  const calls: Grid = [
    ["回访日期", "病历号", "回访内容", "回访结果"],
    ["2026-12-01", "BL0088", "电话未接通", "未接通"],
  ];
  const run = (second: string) =>
    analyzeWorkbook(
      memorySource({ 客户: owners, 交易: bills, 预约登记: bookings(second), 回访记录: calls }),
      { rules: defaultRules(), asOf: AS_OF },
    );
  const plan = (b: Analysis, id: string) => {
    const c = b.dataset.customers.id.indexOf(id);
    const f = b.schedule.followUps;
    const out: string[] = [];
    for (let i = 0; i < f.count; i++)
      if (f.customer[i] === c) out.push(`${FOLLOW_UP_REASONS[f.reason[i]]} ${isoDate(f.day[i])}`);
    return out.sort((x, y) => x.slice(-10).localeCompare(y.slice(-10)));
  };

  test("孙伟 (爽约 11-20, 11-27) is called within days, the no-shows said first", async () => {
    const b = await run("爽约");
    const c = b.dataset.customers.id.indexOf("BL0088");
    expect(RISK_LEVELS[b.classification.analysis.churnLevel[c]]).toBe("low");
    // Before: cadence 2026-12-07 with no word of the no-shows (the clinic itself: cadence 12-28).
    expect(plan(b, "BL0088")[0]).toBe("win_back 2026-12-07");
    const points = talkingPoints(b.dataset, AS_OF);
    expect(talkingPointText(points, b.dataset, c, AS_OF, "zh-CN")).toMatch(
      /^最近 2 次预约爽约（最近一次 2026-11-27）：问清原因，约好下次到诊；/,
    );
    expect(talkingPointText(points, b.dataset, c, AS_OF, "en-US")).toMatch(
      /^Missed the last 2 booked appointments \(the latest on 2026-11-27\): ask why and book the next visit; /,
    );
  });

  test("one no-show, or a no-show and a cancellation, keep the regular contact", async () => {
    const b = await run("取消");
    expect(plan(b, "BL0088")[0]).toMatch(/^cadence /);
    expect(plan(b, "BL0089")[0]).toMatch(/^cadence /);
    const c = b.dataset.customers.id.indexOf("BL0089");
    expect(
      talkingPointText(talkingPoints(b.dataset, AS_OF), b.dataset, c, AS_OF, "zh-CN"),
    ).not.toContain("爽约");
  });
});
