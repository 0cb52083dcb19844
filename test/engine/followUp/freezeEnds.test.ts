import { customerNoteTimes } from "../../../src/engine/followUp/hold";
import { putOffTime } from "../../../src/engine/noteTime";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";

// tester67 U308 (B_力健会员台账.xlsx, /work/notes/stop67/tester67/t67_note.ts): a gym's frozen members'
// notes say when the freeze ends; "冻结到2027.01.02" was read, but "冻结至2026年12月26日" (至 is 到)
// and "12月17号解冻" (the day it thaws) were not: a pregnant member was called ten days before the
// day she wrote down "to ask when she comes back".
const asOf = parseIsoDate("2026-12-07");
const timesOf = (rows: Array<[string, string]>) => {
  const m = customerNoteTimes(
    { count: rows.length, note: rows.map((r) => r[1]), status: rows.map((r) => r[0]) },
    asOf,
  );
  return rows.map((_, i) => {
    const t = m?.get(i);
    return t ? isoDate(t.day) : null;
  });
};

test("the end of a freeze is read however the front desk writes it", () => {
  expect(
    timesOf([
      ["冻结", "出差外地，冻结到2027.01.02"],
      ["冻结", "怀孕，冻结至2026年12月26日"],
      ["冻结", "怀孕，冻结至2027年1月6日"],
      ["冻结", "腿伤养伤冻结，12月17号解冻"],
      ["冻结", "腿伤养伤冻结，2月2号解冻"],
      ["正常", "腿伤养伤冻结，2027年2月2号解冻"],
      ["冻结", "手术后休养，3月复课"],
    ]),
  ).toEqual([
    "2027-01-02",
    "2026-12-26",
    "2027-01-06",
    "2026-12-17",
    "2027-02-02",
    "2027-02-02",
    "2027-03-01",
  ]);
});

test("a date that says no end of a pause holds nobody", () => {
  expect(
    timesOf([
      ["正常", "截至2026年12月26日共消费3次"],
      ["正常", "之前冻结，12月3日恢复了"],
      ["正常", "会员有效期至2027年5月"],
    ]),
  ).toEqual([null, null, null]);
});

// reviewer67 M4 (r67f2.ts): 至 read as "contact then" on any note held a member off the calls for a
// year (告知年卡有效期至2027年11月30日), a range's end (12月1日至12月31日), a price restored.
test("how long a card is good for, a range's end or a price restored holds nobody", () => {
  const from = parseIsoDate("2026-12-01");
  for (const t of [
    "告知年卡有效期至2027年11月30日",
    "告知年卡有效期到2027年11月30日",
    "告知优惠活动12月1日至12月31日，她说考虑",
    "截止至2027年1月31日的积分将清零，提醒她",
    "价格1月1日恢复原价，提醒她",
    "年卡2026年12月1日至2027年11月30日，已续费",
  ])
    expect([t, putOffTime(t, from)]).toEqual([t, undefined]);
});
