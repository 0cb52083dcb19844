import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { InputError } from "../../../src/engine/errors";
import { isStoreName } from "../../../src/engine/ingest/sheetParts";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

// tester60 U102: a 奶茶 franchise keeps its sales one sheet per store (万达店, 大学城店, 火车站店,
// the very same columns). One store of three was read (495 of 1,442 rows), or, with no sheet named
// 交易, the run stopped. Same-column sheets named as stores are now read as one sales input.

const customers: Grid = [["客户编号"], ["C1"], ["C2"], ["C3"]];
const store = (id: string, amount: number): Grid => [
  ["下单时间", "订单编号", "客户编号", "实付金额", "订单状态"],
  ["2026-11-03 10:15", `${id}-1`, "C1", amount, "已完成"],
  ["2026-11-20 15:40", `${id}-2`, "C2", amount, "已完成"],
];
const run = (sheets: Record<string, Grid>) =>
  analyzeWorkbook(memorySource({ 客户: customers, ...sheets }), {
    rules: defaultRules(),
    asOf: epochDay(2026, 12, 6),
  });

describe("sales kept one sheet per store (tester60 U102)", () => {
  test("store sheets beside 交易 with its very columns are read with it, said once as stores", async () => {
    const a = await run({
      交易: store("W", 10),
      大学城店: store("D", 20),
      火车站店: store("H", 30),
    });
    expect(a.dataset.sources.transactions!.parts).toEqual(["交易", "大学城店", "火车站店"]);
    expect(a.dataset.counts.transactions).toEqual({ read: 6, used: 6, rejected: 0, skipped: 0 });
    expect(a.kpis.revenue).toBe(120);
    const said = a.findings.filter((x) => x.code === "sibling_sheets_read");
    expect(said).toHaveLength(1);
    expect(said[0].message["zh-CN"]).toBe(
      "工作表“交易”与列完全相同的 2 个门店工作表（每店一个）一起读取：“大学城店”、“火车站店”，共 6 行，每个工作表的行即该门店的销售。各行的问题写明它所在的工作表和行号",
    );
    expect(said[0].message["en-US"]).toContain(
      "kept one per store (“大学城店”, “火车站店”): 6 rows",
    );
    expect(a.findings.map((f) => f.code)).not.toContain("sibling_sheets_unread");
  });

  test("no sheet named 交易: the store sheets are the sales, not a stop", async () => {
    const a = await run({
      万达店: store("W", 10),
      大学城店: store("D", 20),
      火车站店: store("H", 30),
    });
    expect(a.dataset.sources.transactions!.parts).toEqual(["万达店", "大学城店", "火车站店"]);
    expect(a.kpis.revenue).toBe(120);
  });

  test("a store name followed by what the sheet holds (城东店收费明细) is a store (tester63 U160)", async () => {
    // Before: only 城东店收费明细 was read (revenue 40 of 100); 城东店收费 / 高新店收费 stopped the
    // run (no sheet named 交易).
    for (const [first, second] of [
      ["城东店收费明细", "高新店收费明细"],
      ["城东店收费", "高新店收费"],
      ["城东分店收费明细", "高新分店收费明细"],
      ["万达店-销售", "大学城店-销售"],
    ]) {
      const a = await run({ [first]: store("W", 20), [second]: store("D", 30) });
      expect([first, a.kpis.revenue]).toEqual([first, 100]);
      expect(a.dataset.sources.transactions!.parts).toEqual([first, second]);
      const said = a.findings.find((f) => f.code === "sibling_sheets_read");
      expect(said?.message["zh-CN"]).toContain("门店工作表（每店一个）");
      expect(said?.message["en-US"]).toContain("kept one per store");
    }
  });

  test("a top-up sheet or an archive copy with the same columns is not a store: left unread, said", async () => {
    // Reviewer61's risk: 会员充值 beside 会员消费 (the sales by its last word), 交易备份 beside 交易.
    const a = await run({ 会员消费: store("X", 10), 会员充值: store("T", 500) });
    expect(a.dataset.sources.transactions!.parts).toBeUndefined();
    expect(a.kpis.revenue).toBe(20);
    const b = await run({ 交易: store("W", 10), 交易备份: store("W", 10) });
    expect(b.dataset.sources.transactions!.parts).toBeUndefined();
    expect(b.kpis.revenue).toBe(20);
    // Said as an error since tester64 U180 (any sale on it is not in the report), no longer the
    // warning sibling_sheets_unread.
    expect(b.findings.map((f) => f.code)).toContain("same_column_sales_unread");
  });

  test("a sheet naming a store and top-ups, store credit or returns is no store (reviewer61 R1)", async () => {
    // Before: each was joined as a store, its top-ups / returns of 500 added to the sales (20 → 1,020;
    // 40 → 1,040).
    for (const other of [
      "Store credit top-ups",
      "Store Returns",
      "Gift Shop Top-ups",
      "充值-万达店",
    ]) {
      const a = await run({ Transactions: store("W", 10), [other]: store("T", 500) });
      expect([other, a.kpis.revenue]).toEqual([other, 20]);
      expect(a.dataset.sources.transactions!.parts).toBeUndefined();
      // A top-up sheet said as an error since tester64 U180; a returns sheet as before (its own
      // returns_sheet_unread says what to do).
      const unread = a.findings.find((f) =>
        ["same_column_sales_unread", "sibling_sheets_unread"].includes(f.code),
      );
      expect(unread?.value).toBe(other);
      expect(unread?.message["zh-CN"]).toContain(`“${other}”`);
      expect(unread?.message["en-US"]).toContain(`“${other}”`);
    }
    // With no sheet named 交易 the stores and the other are not read as one. Since tester64 U180
    // the stores are read as the sales and the other is said as an error, where the run stopped.
    for (const [first, second, other] of [
      ["Downtown Store", "Uptown Store", "Store Credit"],
      ["万达店", "大学城店", "充值-万达店"],
    ]) {
      const a = await run({
        [first]: store("W", 10),
        [second]: store("D", 10),
        [other]: store("T", 500),
      });
      expect([other, a.kpis.revenue]).toEqual([other, 40]);
      expect(a.dataset.sources.transactions!.parts).toEqual([first, second]);
      const unread = a.findings.find((f) => f.code === "same_column_sales_unread");
      expect(unread?.message["zh-CN"]).toContain(`“${other}”`);
      expect(unread?.message["en-US"]).toContain(`“${other}”`);
    }
  });

  test("store sheets keyed by 手机号 (no 客户编号): the stop names them and the column they lack", async () => {
    const keyedByPhone = (id: string): Grid => [
      [`${id} 订单明细`],
      ["下单时间", "订单编号", "手机号", "商品", "实付金额", "订单状态"],
      ["2026-11-03 10:15", `${id}-1`, "13800000001", "柠檬茶", 10, "已完成"],
    ];
    const failed = await ingestWorkbook(
      memorySource({
        客户: customers,
        万达店: keyedByPhone("W"),
        大学城店: keyedByPhone("D"),
        火车站店: keyedByPhone("H"),
      }),
      { asOf: epochDay(2026, 12, 6) },
    ).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(InputError);
    const e = failed as InputError;
    expect(e.in("zh-CN")).toContain(
      "；3 个工作表有“交易”表的列（下单时间、订单编号、商品、实付金额…），但缺少必需列“客户编号”：“万达店”、“大学城店”、“火车站店”。",
    );
    expect(e.in("en-US")).toContain(
      "; 3 sheets have columns of the Transactions sheet (下单时间, 订单编号, 商品, 实付金额…) but not its required “Customer ID”: “万达店”, “大学城店”, “火车站店”.",
    );
    // A workbook with no sheet near the missing one still names none.
    const none = await ingestWorkbook(memorySource({ 客户: customers, 说明: [["备注"], ["x"]] }), {
      asOf: epochDay(2026, 12, 6),
    }).catch((x: unknown) => x);
    expect((none as InputError).in("zh-CN")).not.toContain("缺少必需列");
  });

  test.each([
    ["万达店", true],
    ["大学城分店", true],
    ["南山门店", true],
    ["天猫旗舰店", true],
    ["淘宝店铺", true],
    ["门店2", true],
    ["Downtown Store", true],
    ["North Branch", true],
    ["会员充值", false],
    ["交易备份", false],
    ["店员名单", false],
    ["Shopify orders", false],
    ["充值-万达店", false],
    ["万达店储值", false],
    ["Store Credit", false],
    ["Store credit top-ups", false],
    ["Gift Shop Top-ups", false],
    ["Store Returns", false],
    ["Outlet refunds", false],
    ["Gift Shop", true],
    ["Outlet 3", true],
    ["城东店收费明细", true],
    ["高新店收费", true],
    ["大学城分店流水", true],
    ["万达店-销售", true],
    ["万达店（销售明细）", true],
    ["万达店退货明细", false],
    ["万达店充值记录", false],
    ["店长排班", false],
    ["门店信息", false],
  ] as const)("isStoreName(%s) is %s", (name, expected) => {
    expect(isStoreName(name)).toBe(expected);
  });
});
