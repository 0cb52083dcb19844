/**
 * tester69 U510 (florist refresh as of 2026-11-30, /work/notes/stop69/tester69/florist): a weekly
 * corporate account, 中鼎律师事务所 (HY003), silent since July, told us on 11-04 "已换了别家供应商，
 * 嫌我们价格高". It had an urgent win-back call on 11-30, then 定期回访 visits on 12-08 and 12-22.
 * A reason to leave said (换了别家, 嫌贵): one contact, about it, not a run of regular ones after it.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";

const asOf = parseIsoDate("2026-11-30");

async function florist(): Promise<Analysis> {
  const customers: Grid = [["客户编号", "客户名称", "手机"]];
  const sales: Grid = [["客户编号", "日期", "金额"]];
  // Weekly corporate buyers for two years; S0–S2 stopped in July.
  for (let k = 0; k < 30; k++) {
    const id = `S${k}`;
    customers.push([id, `公司${k}`, `1380000${String(k).padStart(4, "0")}`]);
    const stop = k < 3 ? 140 : 0;
    // S1, S2: the largest accounts (the high value tier's regular visits every 14 days).
    const amount = k < 3 ? 3000 : 300 + 10 * k;
    for (let d = 2 + (k % 5) + stop; d < 700; d += 7) sales.push([id, isoDate(asOf - d), amount]);
  }
  const contacts: Grid = [
    ["客户编号", "日期", "内容"],
    ["S1", "2026-11-04", "已换了别家供应商，嫌我们价格高"],
    // The control: silent as long, a plain note.
    ["S2", "2026-11-04", "客户说最近很忙"],
  ];
  return analyzeWorkbook(memorySource({ 客户: customers, 交易: sales, 回访记录: contacts }), {
    rules: defaultRules(),
    asOf,
  });
}

test("a customer who said why she left (换了别家，嫌贵) gets one contact, no regular visits after it", async () => {
  const a = await florist();
  const calls = (id: string) => {
    const c = a.dataset.customers.id.indexOf(id);
    const f = a.schedule.followUps;
    const out: string[] = [];
    for (let i = 0; i < f.count; i++)
      if (f.customer[i] === c) out.push(`${FOLLOW_UP_REASONS[f.reason[i]]}@${isoDate(f.day[i])}`);
    return out;
  };
  const s1 = calls("S1");
  // Before: win_back@2026-11-30 then cadence@… twice.
  expect(s1).toHaveLength(1);
  expect(s1[0]).toMatch(/^(win_back|retention)@/);
  // The control keeps her regular contacts after the win-back.
  expect(calls("S2").filter((x) => x.startsWith("cadence")).length).toBeGreaterThan(0);
}, 60_000);
