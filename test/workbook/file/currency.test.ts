import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import { toExcelBlock } from "../../../src/workbook/office/cells";
import { XlsxPackage } from "../../../src/workbook/file/xlsxPackage";
import { XlsxReportWriter } from "../../../src/workbook/file/xlsxWriter";

/**
 * Amounts show a currency (issue 11: "¥ amounts with thousands separators"; tester10 #12: the
 * Overview's revenue read 40,639,124.01 with no symbol anywhere): the one the input's amount header
 * names, else the yuan; on table tabs and the Overview alike, in the file and the add-in.
 */

const sheets = (amountHeader: string) => ({
  客户: [
    ["客户编号", "客户名称"],
    [1, "甲"],
    [2, "乙"],
  ],
  交易: [
    ["客户编号", "日期", amountHeader],
    [1, "2025-06-30", 1280],
    [2, "2025-03-05", 40639124.01],
  ],
});

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "ca-currency-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(amountHeader: string) {
  const a = await analyzeWorkbook(memorySource(sheets(amountHeader)), {
    rules: defaultRules(),
    asOf: epochDay(2025, 12, 31),
  });
  const tables = analysisTables(a, "zh-CN", { at: a.asOf, durationSeconds: 1, source: "cli" });
  const file = join(dir, `${tables.length}-${amountHeader.length}.xlsx`);
  await new XlsxReportWriter(file, { lang: "zh-CN" }).writeTables(tables);
  const pkg = await XlsxPackage.open(file);
  try {
    const styles = await pkg.zip.readText("xl/styles.xml");
    const formats = new Map(
      [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [
        m[1],
        m[2].replace(/&quot;/g, '"'),
      ]),
    );
    const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*/g)];
    const formatOf = (s: number) => formats.get(/numFmtId="(\d+)"/.exec(xfs[s][0])![1]);
    /** The number format of the cell holding `value` on a tab. */
    const cellFormat = async (tab: string, value: string) => {
      const xml = await pkg.zip.readText(pkg.sheet(tab)!.part);
      const s = new RegExp(`<c\\b[^>]*? s="(\\d+)"[^>]*><v>${value}</v>`).exec(xml);
      return s ? formatOf(+s[1]) : undefined;
    };
    return {
      tables,
      overviewRevenue: await cellFormat("概览", "40640404.01"),
      segmentsSpend: await cellFormat("客户分类", "40639124.01"),
    };
  } finally {
    pkg.close();
  }
}

test("amounts in yuan when the amount header names no currency: segments and the Overview's revenue", async () => {
  const { tables, overviewRevenue, segmentsSpend } = await written("金额");
  expect(segmentsSpend).toBe('"\u00A5"#,##0.00');
  expect(overviewRevenue).toBe('"\u00A5"#,##0.00');
  expect(tables.every((t) => t.currency === undefined)).toBe(true);
});

test("the currency the amount header names: Amount (USD) shows $, in the file and the add-in", async () => {
  const { tables, overviewRevenue, segmentsSpend } = await written("Amount (USD)");
  expect(segmentsSpend).toBe('"$"#,##0.00');
  expect(overviewRevenue).toBe('"$"#,##0.00');
  const segments = tables.find((t) => t.tab === "segments")!;
  expect(segments.currency).toBe("$");
  const block = toExcelBlock(
    segments.rows(0, 1),
    segments.columns.map((c) => c.format),
    undefined,
    segments.currency,
  );
  const money = segments.columns.findIndex((c) => c.format === "money");
  expect(block.numberFormat[0][money]).toBe('"$"#,##0.00');
});

/** The sheets with amounts written as text in `amounts` (one a row, the customers alternating). */
const written$ = (amounts: string[], header = "金额") => ({
  客户: sheets(header).客户,
  交易: [
    ["客户编号", "日期", header],
    ...amounts.map((a, i) => [1 + (i % 2), `2025-0${1 + (i % 9)}-15`, a]),
  ],
});

async function tablesOf(s: ReturnType<typeof written$>) {
  const a = await analyzeWorkbook(memorySource(s), {
    rules: defaultRules(),
    asOf: epochDay(2025, 12, 31),
  });
  const tables = analysisTables(a, "en-US", { at: a.asOf, durationSeconds: 1, source: "cli" });
  return { a, tables, currency: a.dataset.sources.transactions?.currency };
}

/** The number format of a money column of the segments tab, as the add-in writes it. */
function addInMoneyFormat(tables: Awaited<ReturnType<typeof tablesOf>>["tables"]) {
  const segments = tables.find((t) => t.tab === "segments")!;
  const block = toExcelBlock(
    segments.rows(0, 1),
    segments.columns.map((c) => c.format),
    undefined,
    segments.currency,
  );
  return block.numberFormat[0][segments.columns.findIndex((c) => c.format === "money")];
}

describe("the currency the amounts carry (new-user trial M3: $ amounts came out in ¥)", () => {
  test("$ amounts under a header naming none: $, on every tab, in the file and the add-in", async () => {
    const { a, tables, currency } = await tablesOf(written$(["$1,234.50", "$89.99", "$2,310.00"]));
    expect(currency).toBe("$");
    expect(tables.every((t) => t.currency === "$")).toBe(true);
    expect(addInMoneyFormat(tables)).toBe('"$"#,##0.00');
    expect(a.findings.filter((f) => f.code === "currency_mixed")).toEqual([]);
  });

  test("¥ amounts and plain ones: the yuan, nothing said", async () => {
    const { a, currency } = await tablesOf(written$(["¥1,280.00", "560", "￥99"]));
    expect(currency).toBe("\u00A5");
    expect(a.findings.filter((f) => f.code === "currency_mixed")).toEqual([]);
  });

  test("a ¥ among 9 in 10 $: $, and a finding at the ¥ cell naming sheet, row and column", async () => {
    const amounts = Array.from({ length: 12 }, (_, i) => (i === 7 ? "¥300.00" : `$${i + 1}0.00`));
    const { a, tables, currency } = await tablesOf(written$(amounts));
    expect(currency).toBe("$");
    expect(addInMoneyFormat(tables)).toBe('"$"#,##0.00');
    const said = a.findings.filter((f) => f.code === "currency_mixed");
    expect(said).toEqual([
      expect.objectContaining({ sheet: "交易", row: 9, column: "金额", value: "¥300.00" }),
    ]);
    expect(said[0].message["en-US"]).toBe(
      "“金额” (column C) value “¥300.00” (row 9) is in ¥: the first of 1 amount in another currency than the column's 11 amounts in $. Amounts are added as written, not converted, and shown in $: check the rows in another currency (convert them) and run again",
    );
    expect(said[0].message["zh-CN"]).toContain("以 $ 显示");
  });

  test("$ and ¥ with neither dominating: no symbol (a sum in no currency), and said", async () => {
    const { a, tables, currency } = await tablesOf(
      written$(["$10.00", "¥20.00", "$30.00", "¥40.00"]),
    );
    expect(currency).toBe("");
    expect(addInMoneyFormat(tables)).toBe("#,##0.00");
    const said = a.findings.filter((f) => f.code === "currency_mixed");
    expect(said.map((f) => [f.row, f.value])).toEqual([[3, "¥20.00"]]);
    expect(said[0].message["en-US"]).toContain("shows them with no currency symbol");
  });

  test("a header naming ¥ over $ amounts: $, as the amounts are, and said", async () => {
    const { a, currency } = await tablesOf(written$(["$10.00", "$20.00"], "金额（元）"));
    expect(currency).toBe("$");
    const said = a.findings.filter((f) => f.code === "currency_mixed");
    expect(said.map((f) => [f.row, f.value])).toEqual([[2, "$10.00"]]);
    expect(said[0].message["en-US"]).toMatch(
      /^The header “金额（元）” \(column C\) names ¥, but the amounts carry \$/,
    );
  });

  test("a header naming HK$ over $ amounts: HK$, the header's more precise, nothing said", async () => {
    const { a, currency } = await tablesOf(written$(["$10.00", "$20.00"], "Amount (HKD)"));
    expect(currency).toBe("HK$");
    expect(a.findings.filter((f) => f.code === "currency_mixed")).toEqual([]);
  });
});
