/**
 * fix65b (tester64 U186): a car wash's sales, contacts and complaints sheets head the member's card
 * `卡号`, the same values as 会员档案's 会员卡号. A bare 卡号 is no customer ID by its header
 * (headerWords.ts: beside 开户行 it is a bank account), and the run stopped: "缺少必需的列“客户编号”
 * … 列“卡号”是否应为“学号”？", a school's word. Its values decide it now (idByValues.ts
 * idColumnByValues), for its sheets of the very columns too (历史流水 beside 11月消费); a 卡号 of
 * other values stays unread, and no hint names an ID its values are not. Data after tester64's
 * wash/repro-U-卡号.xlsx.
 */
import type { Grid } from "../../../src/engine/cells";
import { nearHeader } from "../../../src/engine/ingest/headersFound";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { SHEETS } from "../../../src/engine/schema";

const asOf = epochDay(2026, 12, 6);
const members: Grid = [
  ["洁亮汽车美容 会员档案（2026年）"],
  ["会员卡号", "车牌号", "姓名", "手机"],
  ["JL001", "粤B·A1234", "张伟", "13800001001"],
  ["JL002", "粤B·B2345", "李娜", "13800001002"],
  ["JL015", "粤B·Q5678", "胡军", "13800001015"],
];
const header = ["日期", "卡号", "车牌", "项目", "支付方式", "金额", "备注"];
const history: Grid = [
  header,
  ["2026-09-06", "JL001", "粤B·A1234", "精洗", "现金", 68, ""],
  ["2026-10-04", "JL002", "粤B·B2345", "精洗", "现金", 68, ""],
];
const november: Grid = [
  ["洁亮汽车美容 11月消费明细"],
  header,
  ["2026.11.3", "JL001", "粤B·A1234", "普洗", "现金", "¥35", ""],
  ["2026.11.5", "JL002", "粤B·B2345", "精洗", "现金", "¥60", ""],
  ["2026.11.9", "JL015", "粤B·Q5678", "精洗", "现金", "¥60", ""],
];
const complaints: Grid = [
  ["日期", "卡号", "问题", "处理状态"],
  ["2026-11-28", "JL015", "洗车时车门划痕", "处理中"],
];

test("a 卡号 of the members' card numbers is the customer ID on every sheet", async () => {
  const { dataset, findings } = await ingestWorkbook(
    memorySource({ 会员档案: members, 历史流水: history, "11月消费": november, 投诉: complaints }),
    { asOf },
  );
  expect(dataset.sources.transactions?.columns.customerId).toBe("卡号");
  expect(dataset.counts.transactions?.used).toBe(5);
  expect(dataset.sources.complaints?.columns.customerId).toBe("卡号");
  expect(dataset.counts.complaints?.used).toBe(1);
  expect(findings.filter((f) => /学号/.test(f.message["zh-CN"]))).toEqual([]);
});

test("a 卡号 of other numbers (a bank card) is no ID, and no hint names one", async () => {
  const bank: Grid = [
    ["日期", "卡号", "金额"],
    ["2026-11-03", "6222020200112233445", 35],
    ["2026-11-05", "6222020200112233446", 60],
  ];
  const { findings } = await ingestWorkbook(memorySource({ 会员档案: members, 消费记录: bank }), {
    asOf,
  }).catch((e: { findings?: unknown[] }) => ({ findings: e.findings ?? [e] }) as never);
  const said = JSON.stringify(findings);
  expect(said).toMatch(/客户编号/);
  expect(said).not.toMatch(/学号|是否应为/);
});

test("with no customers to check against, 卡号 is asked as 会员卡号, not 学号", () => {
  const near = nearHeader(
    { headers: ["日期", "卡号", "金额"], unmapped: [1] },
    SHEETS.transactions.fields.find((f) => f.key === "customerId")!,
  );
  expect(near).toEqual({ header: "卡号", suggestion: "会员卡号" });
});

test("a 卡号 of another numbering than the members' beside their names keeps the name key (reviewer65 H10)", async () => {
  // reviewer65 K1-卡号-other-numbering.xlsx (gen_card.py): 会员编号 1001–1010, stored-value card
  // numbers 1001–1010 issued in the other order. Keyed by 卡号, 张伟's 7,000 went to 吴昊 (490 ↔ 7,000).
  const names = ["张伟", "李娜", "王强", "赵敏", "刘洋", "陈静", "杨帆", "黄磊", "周杰", "吴昊"];
  const roster: Grid = [["会员编号", "姓名", "手机"]];
  names.forEach((n, i) =>
    roster.push([String(1001 + i), n, `1380000${String(i).padStart(4, "0")}`]),
  );
  const sales: Grid = [["日期", "姓名", "卡号", "项目", "金额"]];
  for (const day of ["2026-06-01", "2026-06-15", "2026-06-29"])
    for (const [n, amount] of [
      ["张伟", 500],
      ["吴昊", 35],
    ] as const)
      sales.push([day, n, String(1001 + (9 - names.indexOf(n))), "精洗", amount]);
  const { dataset } = await ingestWorkbook(memorySource({ 会员档案: roster, 消费记录: sales }), {
    asOf,
  });
  const t = dataset.transactions;
  const spent = new Map<string, number>();
  for (let i = 0; i < t.count; i++) {
    const id = dataset.customers.id[t.customer[i]];
    spent.set(id, (spent.get(id) ?? 0) + t.amount[i]);
  }
  expect(dataset.sources.transactions?.columns.customerId).not.toBe("卡号");
  expect(Object.fromEntries(spent)).toEqual({ "1001": 1500, "1010": 105 });
});
