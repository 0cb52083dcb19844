import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { epochDay } from "../../../src/engine/parse/date";
import { tableOf } from "../../../src/engine/report/table";
import { openCsv } from "../../../src/workbook/file/csvSource";
import { existsSync, readdirSync } from "node:fs";
import {
  CsvTableWriter,
  csvLine,
  csvText,
  writeCsvTable,
} from "../../../src/workbook/file/csvWriter";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "csv-writer-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const table = tableOf(
  "followUps",
  "跟进清单",
  [
    { key: "customerId", header: "客户编号", format: "text" },
    { key: "note", header: "说明, 备注", format: "text" },
    { key: "amount", header: "金额", format: "money" },
    { key: "due", header: "跟进日期", format: "date" },
    { key: "at", header: "时间", format: "datetime" },
  ],
  [
    ["C001", '他说"尽快"\n回电', 1234.5, epochDay(2025, 3, 7), epochDay(2025, 3, 7) + 0.5625],
    ["C002", null, NaN, NaN, new Date(Date.UTC(2025, 0, 2, 8, 5))],
    ["C003", "=1+1", -0.25, epochDay(2024, 2, 29), null],
  ],
);

describe("writeCsvTable", () => {
  it("writes UTF-8 with a BOM, RFC 4180 quoting, ISO dates and plain numbers", async () => {
    const path = join(dir, "out.csv");
    await writeCsvTable(path, table, 2);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8").slice(1)).toBe(
      '客户编号,"说明, 备注",金额,跟进日期,时间\r\n' +
        'C001,"他说""尽快""\n回电",1234.5,2025-03-07,2025-03-07 13:30\r\n' +
        "C002,,,,2025-01-02 08:05\r\n" +
        "C003,=1+1,-0.25,2024-02-29,\r\n",
    );
  });

  it("reads back through openCsv as the same text", async () => {
    const path = join(dir, "back.csv");
    await writeCsvTable(path, table);
    const rows: unknown[][] = [];
    await openCsv({ contacts: path }).readSheet("Contacts", (block) => void rows.push(...block));
    expect(rows[1]).toEqual([
      "C001",
      '他说"尽快"\n回电',
      "1234.5",
      "2025-03-07",
      "2025-03-07 13:30",
    ]);
    expect(rows).toHaveLength(4);
  });
});

describe("writeCsvTable's bytes", () => {
  it("are the BOM and csvLine of each row's csvText, for any cells", async () => {
    const cell = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary", maxLength: 8 }),
      fc.constantFrom("a,b", 'say "hi"', "x\r\ny", "", "=1+1"),
      // Any double a day number can be (a date-time past year 275,760 has no ISO text at all).
      fc.double({ min: -1e6, max: 1e6 }),
      fc.constantFrom(NaN, Infinity, -Infinity, -0, 1.5e-7, 12345.678),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
      fc.integer({ min: -30000, max: 80000 }),
      fc.boolean(),
      fc.constant(null),
      fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)) }),
    );
    const formats = ["text", "number", "money", "percent", "integer", "date", "datetime"] as const;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...formats), { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 20 }),
        async (columnFormats, rows) => {
          const columns = columnFormats.map((format, i) => ({
            key: `c${i}`,
            header: i === 0 ? "客户, 编号" : `列${i}`,
            format,
          }));
          const cells = rows.map((r) => r.slice(0, columns.length));
          const path = join(dir, `p${n++}.csv`);
          await writeCsvTable(path, tableOf("followUps", "x", columns, cells), 3);
          const expected =
            "\ufeff" +
            csvLine(columns.map((c) => c.header)) +
            cells.map((r) => csvLine(r.map((c, i) => csvText(c, columnFormats[i])))).join("");
          expect(readFileSync(path).equals(Buffer.from(expected, "utf8"))).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("csvLine", () => {
  it("round-trips any fields through a CSV parser", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 6 }),
        (fields) => {
          const parsed = parse(csvLine(fields), { relax_column_count: true }) as string[][];
          expect(parsed).toEqual([fields]);
        },
      ),
    );
  });
});

describe("csvText", () => {
  it("formats dates by column format and leaves NaN empty", () => {
    expect(csvText(0, "date")).toBe("1970-01-01");
    expect(csvText(0.5, "datetime")).toBe("1970-01-01 12:00");
    expect(csvText(NaN, "number")).toBe("");
    expect(csvText(true, "text")).toBe("TRUE");
    expect(csvText(12.5, "percent")).toBe("12.5");
  });
});

describe("writeCsvTable with rows filled into one array (ReportTable.fillRow)", () => {
  it("writes the same bytes as through rows()", async () => {
    const many = Array.from({ length: 34_567 }, (_, i) => [
      `C${i}`,
      i % 5 === 0 ? 'a "quoted", note' : "plain",
      i / 8,
      epochDay(2025, 1, 1) + (i % 400),
      null,
    ]);
    const base = tableOf("followUps", "F", table.columns, many);
    const filling = {
      ...base,
      fillRow(i: number, cells: (typeof many)[number]) {
        for (let c = 0; c < cells.length; c++) cells[c] = many[i][c];
      },
    };
    const a = join(dir, "fill-a.csv");
    const b = join(dir, "fill-b.csv");
    await writeCsvTable(a, filling, 3_000);
    await writeCsvTable(b, { ...base, fillRow: undefined });
    const x = readFileSync(a);
    expect(x.length).toBeGreaterThan(1 << 20); // several flushes
    expect(x.equals(readFileSync(b))).toBe(true);
    expect(parse(x.subarray(3))).toHaveLength(34_568);
  });
});

describe("CsvTableWriter: a full list encoded from the rows its capped tab is written with", () => {
  const many = Array.from({ length: 30_000 }, (_, i) => [
    `C${i}`,
    i % 7 === 0 ? '说 "好", 明天' : "普通",
    i / 8,
    epochDay(2025, 1, 1) + (i % 300),
    null,
  ]);
  const full = tableOf("followUps", "F", table.columns, many);

  it("writes writeCsvTable's bytes whatever order, repeats and gaps the tab reads in", async () => {
    const expected = join(dir, "tee-expected.csv");
    await writeCsvTable(expected, full, 4_000);
    const shown = 20_000;
    // The capped tab: the first rows, then a summary row that is not in the list.
    const capped = {
      ...full,
      rowCount: shown + 1,
      rows: (start: number, end: number) => {
        const rows = full.rows(start, Math.min(end, shown));
        if (end > shown) rows.push(["… 10,000 more", null, null, null, null]);
        return rows;
      },
    };
    const path = join(dir, "tee.csv");
    const csv = await CsvTableWriter.open(path, full, 4_000);
    const tab = csv.passing(capped, shown);
    tab.rows(0, 500); // the width sample
    tab.rows(2_000, 2_100); // out of order: ignored
    for (let i = 0; i < shown + 1; i += 3_000) tab.rows(i, Math.min(i + 3_000, shown + 1));
    expect(existsSync(path)).toBe(false); // renamed only when finished
    await csv.finish();
    expect(readFileSync(path).equals(readFileSync(expected))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves no file and no temp file when aborted", async () => {
    const path = join(dir, "aborted.csv");
    const csv = await CsvTableWriter.open(path, full);
    csv.passing(full, 100).rows(0, 100);
    await csv.abort();
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
