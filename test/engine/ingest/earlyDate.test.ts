// tester11 #4, stop 35: a transaction dated 1900-01-01 (what an empty date becomes in Excel) was
// used silently and became the customer's first purchase. A transaction dated before 1990-01-01
// is now an early_date finding naming sheet, row, column and value, and the row is not used (as a
// row with no date is not): counted as rejected, so read = used + rejected still holds.
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay, isoDate, toJsDate } from "../../../src/engine/parse/date";
import { EARLIEST_TRANSACTION_DAY, QUALITY_CODES } from "../../../src/engine/quality";
import { openCsv } from "../../../src/workbook/file/csvSource";

const asOf = epochDay(2025, 12, 31);

const sheets = (): Record<string, Grid> => ({
  客户: [
    ["客户编号", "客户名称"],
    ["C014", "甲"],
    ["C015", "乙"],
  ],
  交易: [
    ["客户编号", "交易日期", "金额"],
    ["C014", "2025-03-07", 100],
    // An Excel date cell of serial 1, as the .xlsx reader gives it (a Date).
    ["C014", toJsDate(epochDay(1900, 1, 1)), 13782.75],
    // The add-in's cells: serials as numbers (1 is 1900-01-01; 60, 1900-02-29, is no date).
    ["C015", 1, 50],
    ["C015", 60, 50],
    ["C015", "1970-01-01", 20],
    ["C015", "1989-12-31", 20],
    ["C015", "1990-01-01", 30], // the first day used
    ["C015", "2025-05-01", 40],
  ],
});

describe("a transaction dated before 1990-01-01", () => {
  test.each([
    ["memorySource", memorySource],
    ["memoryColumnSource", memoryColumnSource],
  ])(
    "is an early_date finding naming sheet, row, column and value; not used (%s)",
    async (_, make) => {
      const { dataset, findings } = await ingestWorkbook(make(sheets()), { asOf });
      const tx = findings.filter((f) => f.sheet === "交易");
      expect(tx.map((f) => [f.row, f.code, f.column])).toEqual([
        [3, "early_date", "交易日期"],
        [4, "early_date", "交易日期"],
        [5, "unparseable_value", "交易日期"],
        [6, "early_date", "交易日期"],
        [7, "early_date", "交易日期"],
      ]);
      expect(QUALITY_CODES.early_date).toBe("error");
      expect(isoDate(EARLIEST_TRANSACTION_DAY)).toBe("1990-01-01");
      const first = tx[0];
      expect(first.message["zh-CN"]).toContain("交易日期 1900-01-01 早于 1990-01-01");
      expect(first.message["zh-CN"]).toContain("此行未使用");
      expect(first.message["en-US"]).toContain("Transaction date 1900-01-01 is before 1990-01-01");
      expect(first.message["en-US"]).toContain("row not used");
      expect(tx[1].message["en-US"]).toContain("1900-01-01"); // serial 1, not 1899-12-31
      expect(tx[4].message["zh-CN"]).toContain("1989-12-31");
      expect(tx.map((f) => f.value)).toEqual(["1900-01-01", "1", "60", "1970-01-01", "1989-12-31"]);
      // Not used: C014's first purchase is its real one, and its 13,782.75 is not in its spend.
      expect(dataset.counts.transactions).toMatchObject({ read: 8, used: 3, rejected: 5 });
      const t = dataset.transactions;
      const days = Array.from(t.day, (d) => isoDate(d));
      expect(days).toEqual(["2025-03-07", "1990-01-01", "2025-05-01"]);
      expect(Array.from(t.amount)).toEqual([100, 30, 40]);
    },
  );

  test("property: a row is used exactly when dated 1990-01-01 … the analysis date, else reported", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: epochDay(1900, 1, 1), max: epochDay(2026, 6, 30) }), {
          minLength: 1,
          maxLength: 30,
        }),
        async (dayList) => {
          const s = sheets();
          s["交易"] = [s["交易"][0], ...dayList.map((d, i) => ["C014", isoDate(d), i + 1])];
          // Keep a used row, so the run does not stop for having none.
          s["交易"].push(["C014", "2025-01-01", 1]);
          const { dataset, findings } = await ingestWorkbook(memorySource(s), { asOf });
          const early = findings.filter((f) => f.code === "early_date").map((f) => f.row);
          const expected = dayList.flatMap((d, i) => (d < EARLIEST_TRANSACTION_DAY ? [i + 2] : []));
          expect(early).toEqual(expected);
          const c = dataset.counts.transactions!;
          expect(c.read).toBe(c.used + c.rejected + c.skipped);
          for (const d of dataset.transactions.day)
            expect(d).toBeGreaterThanOrEqual(EARLIEST_TRANSACTION_DAY);
        },
      ),
      { numRuns: 30 },
    );
  });

  describe("in CSV files (the raw fast path and the read before Customers)", () => {
    let dir: string;
    beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "early-date-"))));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("reported and not used; an unknown customer's early row is only unknown_customer", async () => {
      const customers = join(dir, "c.csv");
      writeFileSync(customers, "客户编号,客户名称\n1001,甲\n1002,乙\n");
      const transactions = join(dir, "t.csv");
      writeFileSync(
        transactions,
        [
          "客户编号,日期,金额",
          "1001,2025-03-07,100",
          "1001,1900-01-01,13782.75",
          "9999,1900-01-01,5",
          "1002,2025-04-01,20",
        ].join("\n") + "\n",
      );
      const { dataset, findings } = await ingestWorkbook(openCsv({ customers, transactions }), {
        asOf,
      });
      const tx = findings.filter((f) => f.kind === "transactions");
      expect(tx.map((f) => [f.row, f.code])).toEqual([
        [3, "early_date"],
        [4, "unknown_customer"],
      ]);
      expect(dataset.counts.transactions).toMatchObject({ read: 4, used: 2, rejected: 2 });
    });
  });
});
