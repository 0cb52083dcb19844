import type { Grid } from "../../../src/engine/cells";
import { itemHeader, itemRefund } from "../../../src/engine/ingest/itemRefunds";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester58 U61: a dental clinic's 收费明细 writes a refund as a treatment, 治疗项目 `正畸退费`, 实收
// 6,000 positive, among treatment names (洁牙 / 补牙 / 正畸月供), so no row-kind column is read
// (tester57 U40's kindColumnByValues wants half the values to be row types): the refund counted as
// a sale, no word, and the refunded patient got an urgent key-account visit three weeks running.

const asOf = epochDay(2026, 11, 30);
const SOURCES = [memorySource, memoryColumnSource] as const;

describe("itemRefund: a refund word ending an item's name, or leading it before a separator", () => {
  test.each([
    "正畸退费",
    "会员卡退款",
    "储值卡退卡",
    "钢琴课退课",
    "退费",
    "仅退款",
    "已退款",
    "退费-正畸",
    "退款：会员卡",
    "正畸（退费）",
    // reviewer59 L1: a note after the refund is no part of the name.
    "正畸退费（部分）",
    "Invisalign refund (partial)",
    "Invisalign refund",
    "Partial Refund",
    "REFUND",
    "Refund - membership",
    "Piano refund",
  ])("%s is a refund", (text) => expect(itemRefund(text)).toBe(true));

  // Products and services whose names hold a refund word but are sold, and denials.
  test.each([
    "退货运费险",
    "运费险",
    // reviewer59 L1: a 淘宝 product whose bracketed note ends with 退货.
    "运费险（支持7天退货）",
    "Shipping insurance (free returns refund)",
    "退款保障服务",
    "退货包运费",
    "定金（不退款）",
    "不退费",
    "免费退货",
    "7天无理由退货",
    "可退款",
    "未退款",
    "洁牙",
    "正畸月供",
    "Refund protection",
    "Non-refundable deposit",
    "non-refund",
    "No refund",
    "Prerefund",
    "Returns label",
  ])("%s is no refund", (text) => expect(itemRefund(text)).toBe(false));

  test("item headers: 治疗项目, 商品名称, Service; not 备注, 支付方式, 医生", () => {
    expect(["治疗项目", "商品名称", "收费项", "Service", "Line Item"].every(itemHeader)).toBe(true);
    expect(["备注", "支付方式", "医生", "Note"].some(itemHeader)).toBe(false);
  });
});

const customers: Grid = [
  ["病历号", "姓名"],
  ["BC0042", "甲"],
  ["BC0043", "乙"],
];
/** The clinic's charges: treatments, a refund written positive, a sold 退货运费险, a 备注 that says 退费. */
const charges = (header = "治疗项目"): Grid => [
  ["日期", "收费单号", "病历号", header, "实收", "备注"],
  ["2026-01-10", "S1", "BC0042", "正畸首付", 8000, ""],
  ["2026-02-10", "S2", "BC0042", "正畸月供", 1200, ""],
  ["2026-03-10", "S3", "BC0043", "洁牙", 280, "上次退费已结清"],
  ["2026-04-10", "S4", "BC0043", "补牙", 680, ""],
  ["2026-05-10", "S5", "BC0043", "退货运费险", 5, ""],
  ["2026-09-15", "S6", "BC0042", "正畸退费", 6000, "中止治疗退费"],
];

describe("a refund in the item's name counts negative, said (tester58 U61)", () => {
  test.each(SOURCES.map((s) => [s.name, s] as const))(
    "正畸退费 6,000 written positive is −6,000; 退货运费险 and the 备注 are not read so (%s)",
    async (_, make) => {
      const { dataset, findings } = await ingestWorkbook(
        make({ 患者档案: customers, 收费明细: charges() }),
        { asOf },
      );
      expect(Array.from(dataset.transactions.amount)).toEqual([8000, 1200, 280, 680, 5, -6000]);
      const f = findings.filter((x) => x.code === "item_refund_positive");
      expect(f.map((x) => [x.sheet, x.row, x.column, x.value, x.severity])).toEqual([
        ["收费明细", 7, "治疗项目", "正畸退费", "info"],
      ]);
      expect(f[0].message["zh-CN"]).toBe(
        "列“治疗项目”有 1 行的项目名称写着退费（“正畸退费”），金额却是正数（第一行为第 7 行）：已按退货计为负数，从收入和该客户的消费中减去。如果它们其实是购买，请改写这些项目名称后重新分析",
      );
      expect(f[0].message["en-US"]).toBe(
        "Column “治疗项目” names a refund (“正畸退费”) on 1 row whose amount is positive (the first is row 7): counted as a return, negative, off revenue and the customer's spend. If it is a purchase, rename the item and run again",
      );
      expect(findings.some((x) => x.code === "returns_written_positive")).toBe(false);
    },
  );

  test("in a product column read as such (产品) and in English", async () => {
    const t: Grid = [
      ["Customer ID", "Date", "Amount", "Product"],
      ["C1", "2026-01-10", 4000, "Invisalign"],
      ["C1", "2026-03-10", 1500, "Invisalign refund"],
      ["C1", "2026-04-10", 20, "Refund protection"],
    ];
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ Customers: [["Customer ID"], ["C1"]], Transactions: t }),
      { asOf },
    );
    expect(dataset.sources.transactions?.columns.product).toBe("Product");
    expect(Array.from(dataset.transactions.amount)).toEqual([4000, -1500, 20]);
    const f = findings.find((x) => x.code === "item_refund_positive");
    expect([f?.row, f?.column]).toEqual([3, "Product"]);
  });

  test("a refund written negative, or a row its type column calls a sale: as written, nothing said", async () => {
    const t: Grid = [
      ["病历号", "日期", "实收", "治疗项目", "类型"],
      ["BC0042", "2026-01-10", 8000, "正畸首付", "销售"],
      ["BC0042", "2026-09-15", -6000, "正畸退费", ""],
      ["BC0043", "2026-09-16", 300, "退费", "销售"],
    ];
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 客户: [["病历号"], ["BC0042"], ["BC0043"]], 交易: t }),
      { asOf },
    );
    expect(Array.from(dataset.transactions.amount)).toEqual([8000, -6000, 300]);
    expect(findings.some((x) => x.code === "item_refund_positive")).toBe(false);
  });

  test("in a row-type column (项目 read by its values): 会员卡退费 is a return, not an unknown kind", async () => {
    const rows: Grid = [["日期", "会员卡号", "项目", "金额"]];
    const items = ["新办", "续卡", "零售", "私教课", "续卡"];
    for (let i = 0; i < 10; i++) rows.push([`2026-0${1 + (i % 9)}-10`, "QZ001", items[i % 5], 399]);
    rows.push(["2026-10-15", "QZ001", "会员卡退费", 1900]);
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 会员资料: [["会员卡号"], ["QZ001"]], 收银流水: rows }),
      { asOf },
    );
    expect(dataset.sources.transactions?.columns.rowKind).toBe("项目");
    expect(dataset.transactions.amount[10]).toBe(-1900);
    expect(findings.some((x) => x.code === "row_kind_unknown")).toBe(false);
    expect(findings.find((x) => x.code === "row_kind_returned_positive")?.row).toBe(12);
  });
});
