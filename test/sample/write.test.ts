import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestWorkbook } from "../../src/engine/ingest/workbook";
import { openCsv, openXlsx } from "../../src/workbook/file";
import { sampleSource } from "../../src/sample/source";
import { sampleTable } from "../../src/sample/tables";
import { CSV_FILES, writeSample } from "../../src/sample/write";

const key = (x: { kind: string; row: number; code: string }) => `${x.kind}|${x.row}|${x.code}`;

describe("writing the sample", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sample-test-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes an .xlsx that reads back with the same problems at the same rows", async () => {
    const out = join(dir, "s.xlsx");
    const { sample } = await writeSample(
      { seed: 4, customers: 800, transactions: 6000, lang: "zh-CN" },
      "xlsx",
      out,
    );
    const source = await openXlsx(out);
    expect(await source.sheetNames()).toEqual(["客户", "交易", "满意度调查", "投诉", "跟进记录"]);
    const result = await ingestWorkbook(source, { asOf: sample.asOf });
    expect(result.findings.map(key).sort()).toEqual(sample.injected.map(key).sort());
    expect(result.dataset.sources.customers!.headerRow).toBe(3);
    expect(result.dataset.transactions.count).toBeGreaterThan(5000);
    // Dates are real date cells, in the Customers layout sheet too.
    let created: unknown;
    await source.readSheet("客户", (rows) => {
      created ??= rows[3][8];
    });
    expect(created).toBeInstanceOf(Date);
  });

  it("writes CSV files that read back the same way, the title row above the Customers header", async () => {
    const out = join(dir, "csv");
    const { sample } = await writeSample(
      { seed: 4, customers: 800, transactions: 6000, lang: "en-US" },
      "csv",
      out,
    );
    const files = Object.fromEntries(Object.entries(CSV_FILES).map(([k, f]) => [k, join(out, f)]));
    for (const f of Object.values(files)) expect(statSync(f).size).toBeGreaterThan(0);
    const result = await ingestWorkbook(openCsv(files), { asOf: sample.asOf });
    expect(result.dataset.sources.customers!.headerRow).toBe(3);
    // CSV sheets are named by their English labels, as the sample's English sheets are.
    expect(result.findings.map(key).sort()).toEqual(sample.injected.map(key).sort());
  });

  it("serves table rows in any order, the same as in sequence", () => {
    const sample = sampleSource({ seed: 9, customers: 200, transactions: 1500 });
    for (const target of ["xlsx", "csv"] as const) {
      const table = sampleTable(sample.sheets[0], target);
      const all = table.rows(0, table.rowCount);
      expect(all.length).toBe(table.rowCount);
      expect(table.rows(100, 120)).toEqual(all.slice(100, 120));
      expect(table.rows(5, 10)).toEqual(all.slice(5, 10));
      expect(table.rows(table.rowCount - 3, table.rowCount + 5)).toEqual(all.slice(-3));
    }
    const xlsx = sampleTable(sample.sheets[0], "xlsx");
    expect(xlsx.style).toBe("layout");
    expect(xlsx.rows(0, 3).map((r) => r[0])).toEqual([
      "客户名单（示例数据，仅供演示）",
      undefined,
      "客户编号",
    ]);
    const csv = sampleTable(sample.sheets[0], "csv");
    expect(csv.columns[0].header).toBe("客户名单（示例数据，仅供演示）");
    expect(csv.rows(1, 2)[0][0]).toBe("客户编号");
    const tx = sampleTable(sample.sheets[1], "xlsx");
    expect(tx.style).toBe("table");
    expect(tx.columns.map((c) => c.header)).toEqual([
      "客户编号",
      "日期",
      "金额(元)",
      "订单号",
      "产品",
      "数量",
    ]);
  });
});
