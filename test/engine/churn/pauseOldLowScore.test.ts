// reviewer71 M2 (on ba7f9e2e): a 2/5 of June, 20 visits before she froze for 产假 / 出国 / 手术,
// made her freeze no pause: 47.2 %, no call → 99.3 %, an urgent win-back during her leave. A low
// score says her pause is none only when she stopped buying within a month of it (tester69 U523).
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { FOLLOW_UP_REASONS, FOLLOW_UP_PRIORITIES } from "../../../src/engine/rules/followUpCodes";
const asOf = epochDay(2026, 12, 7);
test("frozen for maternity leave, a low score in June", async () => {
  const cust: Grid = [["会员编号", "姓名", "状态"]];
  const tx: Grid = [["日期", "会员编号", "金额"]];
  const sv: Grid = [["日期", "会员编号", "满意度", "推荐意愿", "意见"]];
  for (let k = 0; k < 20; k++) {
    cust.push([`R${k}`, `R${k}`, "正常"]);
    for (let w = 0; w < 60; w++) tx.push([isoDate(asOf - 2 - (k % 5) - 7 * w), `R${k}`, 30]);
    sv.push(["2026-06-10", `R${k}`, 5, 9, ""]);
  }
  const st = ["冻结（产假）", "冻结（出国工作半年）", "停卡（做手术，休养3个月）", "冻结（产假）"];
  st.forEach((s, i) => {
    cust.push([`P${i}`, `P${i}`, s]);
    for (let w = 0; w < 40; w++) tx.push([isoDate(epochDay(2026, 10, 30) - 7 * w), `P${i}`, 30]);
    sv.push(["2026-06-10", `P${i}`, i < 3 ? 2 : 5, i < 3 ? 5 : 9, i < 3 ? "淋浴间水太凉" : ""]);
  });
  const a = await analyzeWorkbook(memorySource({ 会员: cust, 消费记录: tx, 满意度调查: sv }), {
    rules: defaultRules(),
    asOf,
  });
  const f = a.schedule.followUps;
  st.forEach((_, i) => {
    const c = a.dataset.customers.id.indexOf(`P${i}`);
    const calls: string[] = [];
    for (let j = 0; j < f.count; j++)
      if (f.customer[j] === c)
        calls.push(`${FOLLOW_UP_REASONS[f.reason[j]]}/${FOLLOW_UP_PRIORITIES[f.priority[j]]}`);
    expect(calls).toEqual([]);
    expect(a.classification.analysis.churnProbability[c]).toBeLessThan(0.6);
  });
});
