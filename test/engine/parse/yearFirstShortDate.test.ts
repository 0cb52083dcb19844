import fc from "fast-check";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import {
  epochDay,
  fullYear,
  isoDate,
  parseDate,
  yearFirstShortDate,
} from "../../../src/engine/parse/date";
import { EARLIEST_TRANSACTION_DAY } from "../../../src/engine/quality";

// tester63 L (bad/odd.xlsx): 26/11/30 in a zh ledger was read day first as 1930-11-26, then not used
// as an early date. Read year first (yy/mm/dd) it is 2026-11-30.

const pad = (n: number) => String(n).padStart(2, "0");
const day = fc
  .record({ y: fc.integer({ min: 0, max: 99 }), m: fc.integer({ min: 1, max: 12 }) })
  .chain(({ y, m }) =>
    fc.record({
      y: fc.constant(y),
      m: fc.constant(m),
      d: fc.integer({ min: 1, max: new Date(Date.UTC(2000 + y, m, 0)).getUTCDate() }),
    }),
  );

test("yy/mm/dd reads the day written, the year as Excel reads two digits", () => {
  fc.assert(
    fc.property(day, fc.boolean(), ({ y, m, d }, padded) => {
      const text = padded ? `${pad(y)}/${pad(m)}/${pad(d)}` : `${pad(y)}/${m}/${d}`;
      const year = fullYear(pad(y));
      // 29 Feb of a year 19yy that is no leap year (00 → 2000 is, 1900 is not): no such day.
      const want = epochDay(year, m, d);
      if (isoDate(want).slice(5) !== `${pad(m)}-${pad(d)}`) return;
      expect(yearFirstShortDate(text)).toBe(want);
    }),
    { numRuns: 2000 },
  );
  expect(yearFirstShortDate("26/11/30")).toBe(epochDay(2026, 11, 30));
  for (const no of ["26/13/30", "26/02/30", "2026/11/30", "26-11-30", "1/11/30", "", "abc"])
    expect(yearFirstShortDate(no)).toBeNaN();
});

test("a short date parseDate reads as a day after 1990 is one yy/mm/dd cannot change", () => {
  // The builder reads year first only where parseDate's reading is before 1990: never a date it
  // reads as usable, whatever the order.
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 31 }),
      fc.integer({ min: 1, max: 31 }),
      fc.integer({ min: 0, max: 99 }),
      fc.constantFrom("monthFirst", "dayFirst"),
      (a, b, c, order: "monthFirst" | "dayFirst") => {
        const text = `${pad(a)}/${pad(b)}/${pad(c)}`;
        const read = parseDate(text, order);
        if (read >= EARLIEST_TRANSACTION_DAY) expect(fullYear(pad(c))).toBeGreaterThanOrEqual(1990);
        if (fullYear(pad(c)) < 1990)
          expect(read < EARLIEST_TRANSACTION_DAY || Number.isNaN(read)).toBe(true);
      },
    ),
    { numRuns: 2000 },
  );
});

test("26/11/30 on a zh ledger's sales is 2026-11-30, said; a US column's 05/06/30 is not", async () => {
  const customers = [
    ["客户编号", "客户名称"],
    ["C1", "华联"],
  ];
  const run = (dates: string[]) =>
    ingestWorkbook(
      memorySource({
        客户: customers,
        交易: [["客户编号", "日期", "金额"], ...dates.map((d) => ["C1", d, 100])],
      }),
      { asOf: epochDay(2026, 12, 6) },
    );
  const zh = await run(["2026-11-01", "26/11/30"]);
  expect(Array.from(zh.dataset.transactions.day).map(isoDate)).toEqual([
    "2026-11-01",
    "2026-11-30",
  ]);
  const said = zh.findings.filter((f) => /date/.test(f.code)).map((f) => f.code);
  expect(said).toEqual(["date_read_year_first"]);
  expect(zh.findings.find((f) => f.code === "date_read_year_first")!.message["zh-CN"]).toBe(
    "交易日期列的 1 个短日期按年/月/日读取（两位年份在前）：“26/11/30”读作 2026-11-30，按日/月/年读是 1930-11-26，不在 1990-01-01 到分析日期之间；同一列的日期只按一种顺序读。如不对，请把年份写成四位后重新分析",
  );
  // A column showing month/day order (03/25/26): 05/06/30 stays 1930-05-06, an early date.
  const us = await run(["03/25/26", "05/06/30"]);
  expect(us.dataset.transactions.day.length).toBe(1);
  expect(us.findings.map((f) => f.code)).toContain("early_date");
  expect(us.findings.map((f) => f.code)).not.toContain("date_read_year_first");
});

// reviewer64 M1 (yy-t.csv): one column written yy/mm/dd throughout was read year first only where
// day first fell before 1990, so 25/12/01 was 2001-12-25 beside 26/11/30's 2026-11-30 (a customer
// "since 2001"). One column, one reading: the first value only one reading makes a day decides.
describe("one reading per column of short dates (reviewer64 M1)", () => {
  const customers = [
    ["客户编号", "客户名称"],
    ["C1", "华联"],
  ];
  const run = (dates: string[], asOf = epochDay(2026, 12, 6)) =>
    ingestWorkbook(
      memorySource({
        客户: customers,
        交易: [["客户编号", "日期", "金额"], ...dates.map((d) => ["C1", d, 100])],
      }),
      { asOf },
    );

  test("a yy/mm/dd column is read year first, every value, said once", async () => {
    const written = [
      "25/12/01",
      "26/01/15",
      "26/11/30",
      "25/06/10",
      "26/10/31",
      "24/08/20",
      "26/11/29",
    ];
    const a = await run(written);
    expect(Array.from(a.dataset.transactions.day).map(isoDate)).toEqual([
      "2025-12-01",
      "2026-01-15",
      "2026-11-30",
      "2025-06-10",
      "2026-10-31",
      "2024-08-20",
      "2026-11-29",
    ]);
    const said = a.findings.filter((f) => f.code === "date_read_year_first");
    expect(said).toHaveLength(1);
    expect([said[0].row, said[0].value]).toEqual([4, "26/11/30"]);
    expect(said[0].message["en-US"]).toBe(
      "7 short transaction dates of the column read year/month/day (a two-digit year first): “26/11/30” is read as 2026-11-30; read day/month/year it would be 1930-11-26, not between 1990-01-01 and the analysis date. One column's dates are read in one order. If that is wrong, write the years with four digits and run again",
    );
    const codes = a.findings.map((f) => f.code);
    expect(codes).not.toContain("future_date");
    expect(codes).not.toContain("two_digit_year");
  });

  test("the day after the analysis date read day first tells year first too (26/11/29)", async () => {
    const a = await run(["25/12/01", "26/11/29"]);
    expect(Array.from(a.dataset.transactions.day).map(isoDate)).toEqual([
      "2025-12-01",
      "2026-11-29",
    ]);
  });

  test("a column whose short dates show day first keeps it for all (30/11/26 first)", async () => {
    const a = await run(["30/11/26", "25/12/01", "26/11/30"]);
    // 25/12/01 day first; 26/11/30 is then 1930-11-26, an early date, not 2026.
    expect(Array.from(a.dataset.transactions.day).map(isoDate)).toEqual([
      "2026-11-30",
      "2001-12-25",
    ]);
    expect(a.findings.map((f) => f.code)).toContain("early_date");
    expect(a.findings.map((f) => f.code)).not.toContain("date_read_year_first");
  });
});
