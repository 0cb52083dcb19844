import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { CustomerIndex } from "../../../src/engine/ingest/builders";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { PARTS_MAX } from "../../../src/engine/ingest/sheetParts";
import { otherKeyParts } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

// tester65 U200 (丽颜美容2026-date.xlsx, /work/notes/stop65/tester65/beauty/gen.js FULLDATE=1, cut
// to two customers and two months a store): 国贸店N月 keys its rows by 会员编号, 万达店N月 (the same
// columns otherwise) by 顾客手机, and the customer list has 手机号. The 12 万达 sheets were
// "未读取的工作表" on the console only; revenue 49,697 of 125,082. They are read with the 国贸 sheets,
// their rows matched to the customers by phone (keyByOther), or, when that cannot be, the run stops.

const customers: Grid = [
  ["会员编号", "备注名", "手机号"],
  ["MR001", "林晓", "13800000001"],
  ["MR006", "赵静", "13800000006"],
];
const title = (store: string, month: number): Cell[] => [
  `丽颜美容 ${store} 2026年${month}月 营业流水`,
];
type Cell = Grid[number][number];
const guomao = (month: number, amount: number): Grid => [
  title("国贸店", month),
  ["日期", "会员编号", "顾客", "项目", "实收金额", "美容师"],
  [`2026/${month}/5`, "MR001", "林晓", "补水", amount, "小美"],
  [`2026/${month}/20`, "MR006", "赵静", "补水", amount, "小美"],
];
const wanda = (month: number, amount: number, phones: Cell[] = [13800000006, "13800000001"]) => [
  title("万达店", month),
  ["日期", "顾客手机", "顾客", "项目", "实收金额", "美容师"],
  [`2026/${month}/8`, phones[0], "赵静", "面部护理", amount, "阿珍"],
  [`2026/${month}/18`, phones[1], "林晓", "面部护理", amount, "阿珍"],
];
const run = (sheets: Record<string, Grid>, list: Grid = customers) =>
  analyzeWorkbook(memorySource({ 客户档案: list, ...sheets }), {
    rules: defaultRules(),
    asOf: epochDay(2026, 12, 6),
  });

describe("a store's sheets keyed by phone beside the sheets keyed by ID (tester65 U200)", () => {
  test("no sheet named 交易: the 万达 sheets are read by the customers' 手机号, said once", async () => {
    const a = await run({
      国贸店1月: guomao(1, 100),
      国贸店2月: guomao(2, 200),
      万达店1月: wanda(1, 1000),
      万达店2月: wanda(2, 2000),
    });
    // Before: parts 国贸店1月, 国贸店2月 only, revenue 600.
    expect(a.dataset.sources.transactions!.parts).toEqual([
      "国贸店1月",
      "国贸店2月",
      "万达店1月",
      "万达店2月",
    ]);
    expect(a.kpis.revenue).toBe(6600);
    expect(a.dataset.counts.transactions).toEqual({ read: 8, used: 8, rejected: 0, skipped: 0 });
    const byPhone = a.findings.filter((f) => f.code === "customer_key_by_other");
    expect(byPhone).toHaveLength(1);
    expect(byPhone[0].sheet).toBe("万达店1月");
    expect(byPhone[0].message["zh-CN"]).toBe(
      "B 列“顾客手机”是客户的手机号（客户表的列“手机号”），不是客户编号：各行已按手机号对应到客户",
    );
    expect(byPhone[0].message["en-US"]).toBe(
      "Column B “顾客手机” holds the customers' phone numbers (the Customers column “手机号”), not their IDs: each row is matched to the customer by it",
    );
  });

  test("beside a sheet named 交易 too; phones written as text or numbers", async () => {
    const a = await run({
      交易: guomao(1, 100),
      万达店1月: wanda(1, 1000, ["13800000006", 13800000001]),
    });
    expect(a.dataset.sources.transactions!.parts).toEqual(["交易", "万达店1月"]);
    expect(a.kpis.revenue).toBe(2200);
  });

  test("phones the customer list does not have: the run stops, naming the sheet, not a half report", async () => {
    // The IDs alone: 备注名 is the customers' name (tester65 U208), by which 万达店's 顾客 join.
    const noPhones: Grid = customers.map((r) => r.slice(0, 1));
    const failed = await run(
      { 国贸店1月: guomao(1, 100), 国贸店2月: guomao(2, 200), 万达店1月: wanda(1, 1000) },
      noPhones,
    ).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(InputError);
    // Before: a report of the 国贸 sheets alone (revenue 600), 万达店1月 said on the console only.
    expect((failed as InputError).in("zh-CN")).toContain(
      "工作表“万达店1月”：缺少必需的列“客户编号”",
    );
    expect((failed as InputError).in("en-US")).toContain(
      "sheet “万达店1月”: Required column “Customer ID” is missing",
    );
  });

  // Not as a store's sheet keyed by phone (otherKeySheets: the same headers but the key), but
  // since tester66 U237 as sales of the same customers in a layout of its own (otherLayoutParts,
  // each part by its own headers: the shop's 门店流水 beside a 小程序 export): before, revenue 200,
  // 赵静's 1,000 left out.
  test("a sheet of other columns besides the key is read by its own headers, not as a store's", async () => {
    const other: Grid = [
      ["日期", "顾客手机", "顾客", "项目", "实收金额", "备注"],
      ["2026/1/8", "13800000006", "赵静", "面部护理", 1000, ""],
    ];
    const a = await run({ 交易: guomao(1, 100), 万达店1月: other });
    expect(a.dataset.sources.transactions!.parts).toEqual(["交易", "万达店1月"]);
    expect(a.kpis.revenue).toBe(1200);
    expect(a.findings.find((f) => f.code === "sibling_sheets_read")!.message["en-US"]).toContain(
      "Sheet “万达店1月” keeps sales of the same customers in its own columns",
    );
  });
});

describe("CustomerIndex aliases that are plain numbers (phones)", () => {
  test("join while set, leave the ids alone, and go when taken out", () => {
    const index = new CustomerIndex();
    index.set("1001", 0);
    index.set("1002", 1);
    expect(index.addAlias("13800000001", 1)).toBe(true);
    expect(index.addAlias("1001", 1)).toBe(false); // an id already
    expect(index.numbered(13800000001)).toBe(1);
    expect(index.get("13800000001")).toBe(1);
    expect(index.numbered(1001)).toBe(0);
    index.removeAliases(["13800000001"]);
    expect(index.numbered(13800000001)).toBeUndefined();
    expect(index.get("13800000001")).toBeUndefined();
  });
});

// fix68b (reviewer of 80fea54e's read-back): the pane's Data step (taskpane/inputs.ts) repeated the
// run's filter of the sheets beside the family; both now pick them with otherKeyParts, tested here
// once: visible worksheets only (an Excel table named 万达店5月 is no part), none passed over, none
// whose name says other rows (备份), named by a period or a store, at most PARTS_MAX with the family.
describe("otherKeyParts: the sheets the run and the pane read beside a family", () => {
  const sheets: Record<string, Grid> = {
    客户档案: customers,
    国贸店1月: guomao(1, 100),
    国贸店2月: guomao(2, 200),
    万达店1月: wanda(1, 1000),
    万达店2月: wanda(2, 2000),
    万达店3月: wanda(3, 3000),
    万达店5月: wanda(3, 3000),
    备份万达店4月: wanda(4, 4000),
    顾客回访: wanda(5, 5000),
  };
  const source = {
    ...memorySource(sheets),
    worksheetNames: async () => Object.keys(sheets).filter((n) => n !== "万达店5月"),
  };
  const read = {
    kind: "transactions" as const,
    sheetName: "国贸店1月",
    columns: { date: "日期", customerId: "会员编号", amount: "实收金额" },
    unmappedHeaders: ["顾客", "项目", "美容师"],
  };
  const names = Object.keys(sheets);

  test("the store sheets keyed by phone, none passed over, no table, no backup, no other name", async () => {
    const skip = (n: string) => n === "国贸店2月" || n === "万达店3月";
    expect(await otherKeyParts(source, names, read, skip, 1)).toEqual(["万达店1月", "万达店2月"]);
  });

  test("at most PARTS_MAX with the family; none beside a sheet that is no worksheet", async () => {
    expect(await otherKeyParts(source, names, read, () => false, PARTS_MAX - 2)).toEqual([
      "万达店1月",
    ]);
    const table = { ...read, sheetName: "万达店5月" };
    expect(await otherKeyParts(source, names, table, () => false, 1)).toEqual([]);
  });
});
