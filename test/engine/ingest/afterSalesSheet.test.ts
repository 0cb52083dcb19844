import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester64 U191: a 社区团购 团长 keeps her after-sales problems on a 售后 sheet (日期, 昵称, 问题,
// 处理结果: "奶粉罐子压瘪了 已退款", "临期 … 客户不太高兴"), keyed by the member's WeChat nickname.
// 售后 was no complaints name: the sheet was not read, both complaints lost.
// (Rows from /work/notes/stop64/tester64/muying/gen.js.)

const asOf = epochDay(2026, 12, 6);
const members: Grid = [
  ["微信昵称", "客户编号", "小区"],
  ["Amy宝妈", "13911110002", "阳光花园5栋"],
  ["Lily", "13911110009", "翠湖苑"],
  ["豆豆妈", "13911110011", "金地小区"],
];
const orders: Grid = [
  ["订单号", "下单时间", "客户编号", "商品名称", "实付金额"],
  ["T1", "2026-10-01", "13911110002", "飞鹤星飞帆3段", 536],
  ["T2", "2026-11-02", "13911110009", "a2至初3段", 596],
  ["T3", "2026-11-15", "13911110011", "帮宝适绿帮L", 199],
];
const afterSales: Grid = [
  ["日期", "昵称", "问题", "处理结果"],
  ["2026-11-23", "Lily", "奶粉罐子压瘪了", "已退款"],
  ["2026-10-12", "Amy宝妈", "奶粉快过期了（临期）", "退了一罐，客户不太高兴"],
];

test.each(["售后", "售后记录", "After-sales"])(
  "a %s sheet keyed by nickname is the complaints: each row its member's, 已退款 resolved",
  async (name) => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 客户: members, 订单: orders, [name]: afterSales }),
      { asOf },
    );
    expect(dataset.sources.complaints?.sheetName).toBe(name);
    const c = dataset.complaints!;
    expect(c.count).toBe(2);
    // Lily (customer 1) refunded: resolved; Amy宝妈 (customer 0) not happy: open.
    expect([...c.customer]).toEqual([1, 0]);
    expect([...c.status]).toEqual([1, 0]);
    const key = findings.find((f) => f.code === "customer_key_by_other")!;
    expect([key.sheet, key.column]).toEqual([name, "昵称"]);
  },
);

// reviewer65 M2 (AS5-售后-shared-nickname.xlsx): the shared nickname dropped the whole sheet, Amy宝妈's
// complaint with it. Now only the Lily row is left unmatched, said with both members; the rest read.
test("a nickname two members share is said, and no row is given to either", async () => {
  const twins: Grid = [...members, ["Lily", "13911110012", "翠湖苑"]];
  const { dataset, findings } = await ingestWorkbook(
    memorySource({ 客户: twins, 订单: orders, 售后: afterSales }),
    { asOf },
  );
  expect([...dataset.complaints!.customer]).toEqual([0]);
  const f = findings.find((x) => x.code === "customer_key_shared_row")!;
  expect([f.sheet, f.column, f.row, f.value]).toEqual(["售后", "昵称", 2, "Lily"]);
  expect(f.message["zh-CN"]).toContain("13911110009、13911110012");
  expect(f.message["en-US"]).toContain("13911110009, 13911110012");
  expect(findings.some((x) => x.code === "customer_key_shared")).toBe(false);
});

test("a 售后 sheet of orders (an amount on each row) is no complaints sheet", async () => {
  const refunds: Grid = [
    ["日期", "客户编号", "商品名称", "支付方式", "金额"],
    ["2026-11-23", "13911110009", "a2至初3段", "微信", 298],
  ];
  const { dataset } = await ingestWorkbook(
    memorySource({ 客户: members, 订单: orders, 售后: refunds }),
    { asOf },
  );
  expect(dataset.complaints).toBeNull();
  expect(dataset.sources.complaints).toBeUndefined();
});

// reviewer65 H2: a 售后 log's status in everyday words (AS1-售后-resolved-words.xlsx,
// /work/notes/stop65/reviewer65/gen_as.py): 已换货, 已补发, 已回复, 已重新发货，客户满意 were 3 urgent
// "unresolved complaint" calls; all four are settled.
const serviceLog: Grid = [
  ["日期", "昵称", "问题", "处理结果"],
  ["2026-11-23", "Lily", "奶粉罐子压瘪了", "已换货"],
  ["2026-11-25", "Amy宝妈", "少发了一包湿巾", "已补发"],
  ["2026-11-26", "豆豆妈", "问怎么冲奶粉", "已回复"],
  ["2026-11-28", "Amy宝妈", "快递破损", "已重新发货，客户满意"],
  ["2026-11-29", "豆豆妈", "奶粉结块", "处理中"],
  ["2026-11-30", "Lily", "发错货", "换了一罐，客户还是很生气"],
];

test("a 售后 status in everyday words is settled; one still unhappy or 处理中 is open", async () => {
  const { dataset, findings } = await ingestWorkbook(
    memorySource({ 客户: members, 订单: orders, 售后: serviceLog }),
    { asOf },
  );
  expect([...dataset.complaints!.status]).toEqual([1, 1, 1, 1, 0, 0]);
  expect(findings.filter((f) => f.code === "unparseable_optional")).toEqual([]);
});

test("a 投诉 status saying it was settled (已换货) is resolved; an unreadable one is said, open", async () => {
  const complaints: Grid = [
    ["客户编号", "投诉时间", "原因", "状态"],
    ["13911110002", "2026-11-20", "产品质量", "已换货"],
    ["13911110009", "2026-11-22", "产品质量", "等客户寄回"],
  ];
  const { dataset, findings } = await ingestWorkbook(
    memorySource({ 客户: members, 订单: orders, 投诉: complaints }),
    { asOf },
  );
  expect([...dataset.complaints!.status]).toEqual([1, 0]);
  const f = findings.filter((x) => x.code === "unparseable_optional");
  expect(f.map((x) => x.value)).toEqual(["等客户寄回"]);
});

// reviewer65 H5 (AS7-售后-refund-export.xlsx): a shop's refund export named 售后 (订单编号, 退款金额,
// 退款原因, 退款状态) was 4 urgent complaint calls, one per refund.
test("a 售后 sheet that is a refund export (订单编号 and 退款金额) is no complaints sheet", async () => {
  const refunds: Grid = [
    ["订单编号", "客户编号", "日期", "退款金额", "退款原因", "退款状态"],
    ["T3", "13911110002", "2026-11-20", 268, "七天无理由", "退款成功"],
    ["T5", "13911110009", "2026-11-22", 298, "不想要了", "退款成功"],
    ["T7", "13911110011", "2026-11-25", 199, "尺码不合适", "退款关闭"],
  ];
  const { dataset } = await ingestWorkbook(
    memorySource({ 客户: members, 订单: orders, 售后: refunds }),
    { asOf },
  );
  expect(dataset.complaints).toBeNull();
  expect(dataset.sources.complaints).toBeUndefined();
});

// reviewer65 H6 (AS8-投诉+售后.xlsx, AS9-客户投诉+售后记录.xlsx): with a 售后 sheet placed first, 投诉
// was dropped and Amy宝妈's open complaint lost.
test.each([
  ["售后", "投诉"],
  ["售后记录", "客户投诉"],
])("a %s sheet beside %s: the complaints sheet is read", async (after, plain) => {
  const complaints: Grid = [
    ["客户编号", "投诉时间", "原因", "状态"],
    ["13911110002", "2026-11-30", "产品质量", "处理中"],
  ];
  const { dataset } = await ingestWorkbook(
    memorySource({ 客户: members, 订单: orders, [after]: serviceLog, [plain]: complaints }),
    { asOf },
  );
  expect(dataset.sources.complaints?.sheetName).toBe(plain);
  expect([...dataset.complaints!.customer]).toEqual([0]);
  expect([...dataset.complaints!.status]).toEqual([0]);
});

// reviewer65 M1 (AS3-售后-with-金额.xlsx, /work/notes/stop65/reviewer65/gen_as.py): a 售后 log of
// problems noting the money at stake (日期, 昵称, 问题, 金额, 处理结果) was dropped as sales; Amy宝妈's
// open, angry complaint got no call, and a complaint call said "其他", not the problem.
test("a 售后 sheet with 金额 beside 问题 and 处理结果 is the complaints; the problem is kept", async () => {
  const withAmount: Grid = [
    ["日期", "昵称", "问题", "金额", "处理结果"],
    ["2026-11-30", "Amy宝妈", "奶粉结块，宝宝喝了拉肚子，很生气", 536, "处理中"],
  ];
  const { dataset, findings } = await ingestWorkbook(
    memorySource({ 客户: members, 订单: orders, 售后: withAmount }),
    { asOf },
  );
  expect(dataset.sources.complaints?.sheetName).toBe("售后");
  const c = dataset.complaints!;
  expect([...c.customer]).toEqual([0]);
  expect([...c.status]).toEqual([0]);
  expect(c.text).toEqual(["奶粉结块，宝宝喝了拉肚子，很生气"]);
  // A problem in words is no mistyped cause: nothing said per row.
  expect(findings.filter((f) => f.code === "unknown_cause")).toEqual([]);
  expect(findings.some((f) => f.code === "unmapped_column" && f.column === "问题")).toBe(false);
});

test("a problem in words is kept per row; a 原因 column still says an unknown cause", async () => {
  const { dataset } = await ingestWorkbook(
    memorySource({ 客户: members, 订单: orders, 售后: serviceLog }),
    { asOf },
  );
  // 奶粉罐子压瘪了 … 发错货: no cause named, other; the words kept per row.
  expect(dataset.complaints!.text).toEqual(serviceLog.slice(1).map((r) => r[2]));
  const complaints: Grid = [
    ["客户编号", "投诉时间", "原因", "状态"],
    ["13911110002", "2026-11-20", "酒标歪了", "处理中"],
  ];
  const other = await ingestWorkbook(
    memorySource({ 客户: members, 订单: orders, 投诉: complaints }),
    { asOf },
  );
  expect(other.findings.filter((f) => f.code === "unknown_cause").map((f) => f.value)).toEqual([
    "酒标歪了",
  ]);
  expect(other.dataset.complaints!.text).toBeUndefined();
});

// late65a's open item: a 售后 status waiting on a step not yet taken was read as settled.
test("a 售后 status waiting on the customer or a refund is open", async () => {
  const waiting: Grid = [
    ["日期", "昵称", "问题", "处理结果"],
    ["2026-11-23", "Lily", "奶粉罐子压瘪了", "等客户寄回"],
    ["2026-11-25", "Amy宝妈", "少发了一包湿巾", "待寄回"],
    ["2026-11-26", "豆豆妈", "奶粉结块", "等待退款"],
    ["2026-11-28", "Amy宝妈", "快递破损", "Waiting for the customer to return it"],
    ["2026-11-29", "豆豆妈", "发错货", "已退款，等客户确认"],
  ];
  const { dataset } = await ingestWorkbook(
    memorySource({ 客户: members, 订单: orders, 售后: waiting }),
    { asOf },
  );
  expect([...dataset.complaints!.status]).toEqual([0, 0, 0, 0, 1]);
});

// reviewer65 (Noticed, AS7's first variant): a refund export dated 申请时间 was said as "投诉 未使用：缺少
// 必需的列“接收时间”", about a sheet that holds no complaints.
test("a 售后 refund export with no date the complaints read is said unread, not missing a column", async () => {
  const refunds: Grid = [
    ["订单编号", "客户编号", "申请时间", "退款金额", "退款原因", "退款状态"],
    ["T3", "13911110002", "2026-11-20", 268, "七天无理由", "退款成功"],
  ];
  const { dataset, findings } = await ingestWorkbook(
    memorySource({ 客户: members, 订单: orders, 售后: refunds }),
    { asOf },
  );
  expect(dataset.complaints).toBeNull();
  expect(findings.filter((f) => f.sheet === "售后")).toEqual([]);
});

// reviewer66 M5 (gen_as2.py → AS12-售后-refunds-金额-no-order.xlsx, AS13 退款金额, AS14 原因 / 状态): a
// refund list without 订单编号 (日期, 客户编号, 金额, 退款原因, 退款状态) was read as complaints: its
// pending refunds (尺码不合适 等待退款, 拍错了 待寄回) were 2 urgent complaint calls. Refunds for the
// customer's own reason are no complaints: the sheet is a refund list, not read as the complaints.
const ownReasonRows = [
  ["2026-11-20", "13911110002", 268, "七天无理由", "退款成功"],
  ["2026-11-22", "13911110009", 298, "不想要了", "退款成功"],
  ["2026-11-25", "13911110011", 199, "尺码不合适", "等待退款"],
  ["2026-11-28", "13911110002", 536, "拍错了", "待寄回"],
];
test.each([
  [["日期", "客户编号", "金额", "退款原因", "退款状态"]],
  [["日期", "客户编号", "退款金额", "退款原因", "退款状态"]],
  [["日期", "客户编号", "金额", "原因", "状态"]],
])(
  "a 售后 refund list for the customers' own reasons, no order ID, is no complaints: %j",
  async (header) => {
    const { dataset } = await ingestWorkbook(
      memorySource({ 客户: members, 订单: orders, 售后: [header, ...ownReasonRows] }),
      { asOf },
    );
    // Before: 4 complaints, 2 open (尺码不合适 等待退款, 拍错了 待寄回).
    expect(dataset.complaints).toBeNull();
    expect(dataset.sources.complaints).toBeUndefined();
  },
);

test("a 售后 refund for a problem with us stays a complaint; one for her own reason is none", async () => {
  const mixed: Grid = [
    ["日期", "客户编号", "金额", "退款原因", "退款状态"],
    ["2026-11-20", "13911110002", 268, "质量问题", "等待退款"],
    ["2026-11-22", "13911110009", 298, "奶粉发霉", "待寄回"],
    ["2026-11-25", "13911110011", 199, "Changed my mind", "等待退款"],
  ];
  const { dataset } = await ingestWorkbook(
    memorySource({ 客户: members, 订单: orders, 售后: mixed }),
    { asOf },
  );
  expect(dataset.sources.complaints?.sheetName).toBe("售后");
  const c = dataset.complaints!;
  expect([...c.customer]).toEqual([0, 1]);
  expect([...c.status]).toEqual([0, 0]);
  expect(c.refunds).toBe(1);
});
