/**
 * tester61 U130 (a renovation firm, 匠心家装): 刘芳 (status 意向, a prospect, a phone number and no
 * e-mail) met the designer at the shop (到店) on 11-05 over an ¥185,000 quote and agreed to talk
 * again on 12-10 (下次跟进). The agreed contact was the low tier's regular one, an e-mail, sent as a
 * message for want of an address (`instead: no_email`). An agreed contact is a conversation: the
 * channel the two of them used, or a call.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { CONTACT_CHANNELS } from "../../../src/engine/model";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = parseIsoDate("2026-12-06");
// From /work/notes/stop61/tester61/reno/gen.js, in small: paying clients beside three prospects.
const customers: Grid = [
  ["客户编号", "客户姓名", "联系电话", "邮箱", "状态"],
  ["JX001", "王建国", "13700000001", "", "已完工"],
  ["JX003", "张伟", "13700000003", "", "施工中"],
  ["JX007", "赵磊", "13700000007", "", "已完工"],
  ["JX004", "刘芳", "13700000004", "", "意向"],
  ["JX010", "吴敏", "13700000010", "", "意向"],
  ["JX013", "钱多", "13700000013", "qian@example.com", "意向"],
];
const sales: Grid = [
  ["收款日期", "客户编号", "金额"],
  ["2026-03-10", "JX001", 63400],
  ["2026-05-15", "JX001", 91200],
  ["2026-09-15", "JX003", 75000],
  ["2026-11-20", "JX003", 100000],
  ["2026-06-10", "JX007", 55000],
  ["2026-11-08", "JX007", 23000],
];
const contacts: Grid = [
  ["跟进日期", "客户编号", "跟进人", "跟进方式", "跟进内容", "下次跟进"],
  [
    "2026-11-05",
    "JX004",
    "林工",
    "到店",
    "出方案报价18.5万，客户说价格有点高，在比较另外两家",
    "2026-12-10",
  ],
  ["2026-12-03", "JX010", "林工", "微信", "方案发过去了，等老婆确认", "2026-12-15"],
  ["2026-11-30", "JX013", "林工", "邮件", "报价单已发邮件", "2026-12-11"],
];

test("an agreed next contact goes as the two of them talk, or as a call; not the low tier's e-mail", async () => {
  const a = await analyzeWorkbook(
    memorySource({ 客户: customers, 交易: sales, 跟进记录: contacts }),
    { rules: defaultRules(), asOf },
  );
  const f = a.schedule.followUps;
  const planned: Record<string, { day: string; channel: string; instead: number }> = {};
  for (let i = 0; i < f.count; i++) {
    const id = a.dataset.customers.id[f.customer[i]];
    if (!["JX004", "JX010", "JX013"].includes(id) || planned[id]) continue;
    planned[id] = {
      day: isoDate(f.day[i]),
      channel: CONTACT_CHANNELS[f.channel[i]],
      instead: f.instead?.[i] ?? 0,
    };
  }
  // 到店 (she came to the shop): a call on the agreed day, not a message instead of an e-mail.
  expect(planned.JX004).toEqual({ day: "2026-12-10", channel: "phone", instead: 0 });
  // Agreed over WeChat: a message; by e-mail: an e-mail.
  expect(planned.JX010).toEqual({ day: "2026-12-15", channel: "online", instead: 0 });
  expect(planned.JX013).toEqual({ day: "2026-12-11", channel: "email", instead: 0 });
});
