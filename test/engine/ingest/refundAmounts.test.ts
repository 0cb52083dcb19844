// tester57 U58: a 淘宝 / 天猫 订单报表's 退款金额 was not read, so refunded orders counted in full
// (partial refunds too); reviewer57 L6: 抖店 售后状态 退款成功 on an order refunded in part dropped
// the whole order. The rule: a purchase is what the customer kept paying, 买家实际支付金额 −
// 退款金额; a refund of all of it is no purchase. Fixture: the 淘宝 订单报表 columns as the fix60c
// brief lists them (/work/notes/stop60/fix60c/make_taobao.py, truth 953 over 6 orders).
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2025, 12, 31);
const each = [memorySource, memoryColumnSource].map((s) => [s.name, s] as const);

const TAOBAO =
  "订单编号, 买家会员名, 买家支付宝账号, 支付单号, 买家应付货款, 买家应付邮费, 买家支付积分, 总金额, 返点积分, 买家实际支付金额, 买家实际支付积分, 订单状态, 买家留言, 收货人姓名, 收货地址, 运送方式, 联系电话, 联系手机, 订单创建时间, 订单付款时间, 宝贝标题, 宝贝种类, 物流单号, 物流公司, 订单备注, 宝贝总数量, 店铺Id, 店铺名称, 订单关闭原因, 卖家服务费, 买家服务费, 发票抬头, 是否手机订单, 分阶段订单信息, 特权订金订单id, 是否上传合同照片, 是否上传小票, 是否代付, 定金排名, 修改后的sku, 修改后的收货地址, 异常信息, 天猫卡券抵扣, 集分宝抵扣, 是否是O2O交易, 退款金额, 预约门店".split(
    ", ",
  );

/** Orders: id, buyer, 货款, 邮费, 实付, 订单状态, 退款金额, 创建时间 (the net in the comment). */
const ORDERS: [string, string, number, number, number, string, number, string][] = [
  ["3001", "tb_amy", 200, 10, 195, "交易成功", 0, "2025-10-01 10:00:00"], // 195
  ["3002", "tb_amy", 150, 0, 150, "交易成功", 50, "2025-11-02 11:00:00"], // 100
  ["3003", "tb_bob", 300, 0, 300, "交易关闭", 300, "2025-10-05 09:00:00"], // 0, closed
  ["3004", "tb_bob", 120, 0, 120, "交易成功", 0, "2025-11-20 12:00:00"], // 120
  ["3005", "tb_cat", 80, 8, 88, "交易成功", 0, "2025-09-15 15:00:00"], // 88
  ["3006", "tb_cat", 90, 0, 90, "交易成功", 0, "2025-12-20 15:00:00"], // 90
  ["3007", "tb_dan", 500, 0, 480, "交易成功", 120, "2025-08-08 08:00:00"], // 360
  ["3008", "tb_dan", 60, 0, 60, "交易成功", 60, "2025-09-09 09:00:00"], // 0, refunded whole
];

function taobao(): Record<string, Grid> {
  const rows: Grid = [TAOBAO];
  for (const [id, buyer, goods, post, paid, status, refund, created] of ORDERS) {
    const row: Record<string, string | number> = {
      订单编号: id,
      买家会员名: buyer,
      买家应付货款: goods,
      买家应付邮费: post,
      总金额: goods + post,
      买家实际支付金额: paid,
      订单状态: status,
      联系手机: "138****4821",
      订单创建时间: created,
      订单付款时间: created,
      宝贝总数量: 1,
      退款金额: refund,
    };
    rows.push(TAOBAO.map((h) => row[h] ?? null));
  }
  const customers: Grid = [["买家会员名"], ["tb_amy"], ["tb_bob"], ["tb_cat"], ["tb_dan"]];
  return { 客户: customers, 订单: rows };
}

describe("a refund-amount column", () => {
  test.each(each)(
    "淘宝 订单报表: 买家实际支付金额 − 退款金额, a whole refund not used (%s)",
    async (_, make) => {
      const { dataset, findings } = await ingestWorkbook(make(taobao()), { asOf });
      const columns = dataset.sources.transactions!.columns;
      expect(columns).toMatchObject({
        customerId: "买家会员名",
        amount: "买家实际支付金额",
        refundAmount: "退款金额",
        rowKind: "订单状态",
      });
      const t = dataset.transactions;
      expect([...t.amount]).toEqual([195, 100, 120, 88, 90, 360]);
      expect(dataset.counts.transactions).toMatchObject({ read: 8, used: 6, rejected: 2 });
      const part = findings.find((f) => f.code === "refund_amount_deducted")!;
      expect([part.row, part.column]).toEqual([3, "退款金额"]);
      expect(part.message["zh-CN"]).toBe(
        "列“退款金额”有 2 行部分退款（第一行为第 3 行）：退款共 170 已从这些订单的金额中减去，只计客户实际付出的部分",
      );
      expect(part.message["en-US"]).toBe(
        "Column “退款金额” has a part refund on 2 rows (the first is row 3): the refunds, 170 in all, were taken off those orders' amounts, so only what the customer kept paying counts",
      );
      const whole = findings.find((f) => f.code === "refund_amount_whole")!;
      expect(whole.row).toBe(9);
      expect(whole.message["zh-CN"]).toContain("1 行的退款不少于订单金额（第一行为第 9 行）");
      expect(whole.message["en-US"]).toContain("the order was refunded whole, no purchase");
    },
  );

  test("the run's revenue is what the buyers kept paying (953, not 1,218), the whole refund said unused", async () => {
    const a = await analyzeWorkbook(memorySource(taobao()), { rules: defaultRules(), asOf });
    expect(a.kpis.revenue).toBe(953);
    const said = a.warnings.filter((w) => w.code === "rows_not_used").map((w) => w.message);
    expect(said.some((m) => m["en-US"].includes("“退款金额” refunds all"))).toBe(true);
    expect(said.some((m) => m["zh-CN"].includes("“退款金额”有 1 行的退款不少于订单金额"))).toBe(
      true,
    );
  });

  // reviewer60 R12: a refund closed, refused or still asked for took the requested amount off.
  test.each([
    ["退款关闭", "拒绝退款"],
    ["Refund declined", "Refund pending"],
  ])("a refund status %s / %s keeps the order whole", async (closed, refused) => {
    const orders: Grid = [
      ["订单编号", "客户编号", "实付金额", "下单时间", "订单状态", "退款金额", "退款状态"],
      ["1", "A", 100, "2025-06-01", "已完成", 100, closed],
      ["2", "B", 200, "2025-06-02", "已完成", 50, refused],
      ["3", "B", 80, "2025-06-03", "已完成", 30, "退款成功"],
    ];
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 客户: [["客户编号"], ["A"], ["B"]], 订单: orders }),
      { asOf },
    );
    expect([...dataset.transactions.amount]).toEqual([100, 200, 50]);
    expect(findings.map((f) => f.code)).not.toContain("refund_amount_whole");
  });

  test("抖店: 售后状态 退款成功 on an order refunded in part keeps the order, net (reviewer57 L6)", async () => {
    const orders: Grid = [
      [
        "主订单编号",
        "客户编号",
        "订单提交时间",
        "订单应付金额",
        "订单状态",
        "售后状态",
        "退款金额",
      ],
      ["D1", "C1", "2025-06-01", 100, "已完成", "退款成功", 30],
      ["D2", "C1", "2025-06-02", 200, "已完成", "退款成功", 200],
      ["D3", "C1", "2025-06-03", 50, "已完成", "-", -10],
      // A return written negative stays as written.
      ["D4", "C1", "2025-06-04", -20, "已完成", "-", 20],
    ];
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 客户: [["客户编号"], ["C1"]], 订单: orders }),
      { asOf },
    );
    // A refund written negative is as much refunded (WooCommerce's Order Refund Amount).
    expect([...dataset.transactions.amount]).toEqual([70, 40, -20]);
    // The whole refund is said once, by the after-sales column that names it.
    const refunded = findings.find((f) => f.code === "row_kind_refunded")!;
    expect([refunded.column, refunded.row]).toEqual(["售后状态", 3]);
    expect(refunded.message["zh-CN"]).toContain("1 行写着“退款成功”");
    expect(findings.map((f) => f.code)).not.toContain("refund_amount_whole");
    expect(findings.find((f) => f.code === "refund_amount_deducted")!.row).toBe(2);
  });
});
