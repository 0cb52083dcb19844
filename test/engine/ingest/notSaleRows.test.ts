// tester54 T1: a 交易 sheet with a 类型 column 销售 / 退货 and POSITIVE amounts on 退货 rows (a hand
// ledger, an ERP export; Shopify's Financial Status = refunded) counted every return as a purchase,
// and the only word was the info 列“备注”未识别，已忽略. Now a warning names the column, the count
// and the first row, on the data-quality findings, the run's warnings (Overview, JSON) and the console.
// Since kind55 a row-kind column (类型, 单据类型, Financial Status) is read (rowKinds.test.ts): the
// warning stays for a column we still do not read that says so (a 备注 of 退货).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import type { Finding } from "../../../src/engine/quality";
import { openCsv } from "../../../src/workbook/file/csvSource";

const asOf = epochDay(2025, 12, 31);
const SOURCES = [memorySource, memoryColumnSource] as const;

const customers: Grid = [
  ["客户编号", "客户名称"],
  ["C1", "甲"],
  ["C2", "乙"],
];
/** Sales of C1 and C2, then a return of C1 written with `returnAmount` and a voided order. */
const transactions = (returnAmount: number, kind = "退货"): Grid => [
  ["客户编号", "日期", "金额", "备注"],
  ["C1", "2025-10-01", 9405, "销售"],
  ["C2", "2025-10-02", 500, "销售"],
  ["C1", "2025-11-03", returnAmount, kind],
  ["C2", "2025-11-04", 300, "赠品"],
];

const found = (findings: readonly Finding[]) =>
  findings.filter((f) => f.code === "returns_written_positive");

describe("returns_written_positive: a column we do not read says 退货 on a positive amount", () => {
  test.each(SOURCES.map((s) => [s.name, s] as const))(
    "one finding naming the column, the count and the first row (%s)",
    async (_, make) => {
      const { findings } = await ingestWorkbook(
        make({ 客户: customers, 交易: transactions(9405) }),
        { asOf },
      );
      const f = found(findings);
      expect(f.map((x) => [x.row, x.column, x.value, x.severity])).toEqual([
        [4, "备注", "退货", "warning"],
      ]);
      expect(f[0].message["zh-CN"]).toContain("列“备注”有 1 行写着“退货”，金额却是正数");
      expect(f[0].message["zh-CN"]).toContain("第一行为第 4 行");
      expect(f[0].message["zh-CN"]).toContain("请把退货、退款的金额写成负数");
      expect(f[0].message["en-US"]).toContain(
        "Column “备注” says “退货” on 1 row whose amount is positive (the first is row 4)",
      );
      expect(f[0].message["en-US"]).toContain("tells purchases from returns by the amount's sign");
    },
  );

  test.each(SOURCES.map((s) => [s.name, s] as const))(
    "a return written negative, or a kind of sale we do not know (赠品): nothing said (%s)",
    async (_, make) => {
      const { findings } = await ingestWorkbook(
        make({ 客户: customers, 交易: transactions(-9405) }),
        { asOf },
      );
      expect(found(findings)).toEqual([]);
    },
  );

  test("English words, any case, `_` as a space: Refunded, Closed_Lost, VOIDED counted together", async () => {
    const t: Grid = [
      ["Customer ID", "Date", "Amount", "Note"],
      ["C1", "2025-10-01", 100, "paid"],
      ["C1", "2025-10-02", 100, "Refunded"],
      ["C2", "2025-10-03", 100, "Closed_Lost"],
      ["C2", "2025-10-04", 100, "VOIDED"],
      ["C2", "2025-10-05", -100, "refunded"],
      // Mostly notes: a column of row types alone would be read as one (rowKindByValues.test.ts).
      ...["call back", "VIP", "see e-mail", "new address", "gift wrap", "late"].map((note, i) => [
        "C1",
        `2025-09-0${i + 1}`,
        50,
        note,
      ]),
    ];
    const c: Grid = [
      ["Customer ID", "Name"],
      ["C1", "A"],
      ["C2", "B"],
    ];
    const { findings } = await ingestWorkbook(memorySource({ Customers: c, Transactions: t }), {
      asOf,
    });
    const f = found(findings);
    expect(f.map((x) => [x.row, x.column, x.value])).toEqual([[3, "Note", "Refunded"]]);
    expect(f[0].message["en-US"]).toContain("says “Refunded”/“Closed_Lost”/“VOIDED” on 3 rows");
  });

  test("a CSV file (the file source's column path): the same finding, the file named in the warning", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "notsale-"));
    try {
      const c = path.join(dir, "customers.csv");
      const t = path.join(dir, "orders.csv");
      writeFileSync(c, "客户编号,客户名称\nC1,甲\nC2,乙\n");
      writeFileSync(
        t,
        "客户编号,日期,金额,摘要\nC1,2025-10-01,9405,销售\nC2,2025-10-02,500,销售\nC1,2025-11-03,9405,销售退货\nC2,2025-11-04,80,红冲\n",
      );
      const a = await analyzeWorkbook(openCsv({ customers: c, transactions: t }), {
        rules: defaultRules(),
        asOf,
      });
      const f = found(a.findings);
      expect(f.map((x) => [x.row, x.column, x.value])).toEqual([[4, "摘要", "销售退货"]]);
      const w = a.warnings.filter((x) => x.code === "returns_as_purchases");
      expect(w).toHaveLength(1);
      expect(w[0].message["zh-CN"]).toMatch(/^orders\.csv：列“摘要”有 2 行写着“销售退货”\/“红冲”/);
      expect(w[0].message["en-US"]).toMatch(/^orders\.csv: Column “摘要” says/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the Overview's 注意 / Warning rows say it, in both languages", async () => {
    const a = await analyzeWorkbook(memorySource({ 客户: customers, 交易: transactions(9405) }), {
      rules: defaultRules(),
      asOf,
    });
    const rows = (lang: "zh-CN" | "en-US") => {
      const t = analysisTables(a, lang, { at: asOf, durationSeconds: 1, source: "cli" }).find(
        (x) => x.tab === "overview",
      )!;
      return t
        .rows(0, t.rowCount)
        .filter((r) => r[0] === (lang === "zh-CN" ? "注意" : "Warning"))
        .map((r) => String(r[1]).replace(/\n/g, ""));
    };
    expect(rows("zh-CN").some((r) => r.startsWith("交易：列“备注”有 1 行写着“退货”"))).toBe(true);
    expect(rows("en-US").some((r) => r.includes("Column “备注” says “退货” on 1 row"))).toBe(true);
  });
});
