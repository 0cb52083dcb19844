import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { HELD_ROWS_MAX } from "../../../src/engine/ingest/sheet";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay, isoDate } from "../../../src/engine/parse/date";

// A new-user trial (stop 18, finding 1): a column's day/month order is decided once, from the
// column's own values, not cell by cell; a column that does not settle it gets a finding.

const asOf = epochDay(2025, 12, 31);
const customers: Grid = [
  ["客户编号", "客户名称"],
  ["C1", "甲"],
];
const tx = (dates: string[]): Grid => [
  ["客户编号", "日期", "金额"],
  ...dates.map((d) => ["C1", d, 10]),
];

async function read(dates: string[], block = 1) {
  const { dataset, findings } = await ingestWorkbook(
    memorySource({ Customers: customers, Transactions: tx(dates) }, block),
    { asOf },
  );
  return {
    days: Array.from(dataset.transactions.day, isoDate),
    rows: Array.from(dataset.transactions.sourceRow),
    findings: findings.filter((f) => f.code.startsWith("date_order")),
  };
}

describe("day/month order per column", () => {
  test("day-first dates before the first day > 12 are read day-first too, in row order", async () => {
    const r = await read(["03/04/2025", "08/06/2025", "25/03/2025", "01/02/2025"]);
    expect(r.days).toEqual(["2025-04-03", "2025-06-08", "2025-03-25", "2025-02-01"]);
    expect(r.rows).toEqual([2, 3, 4, 5]);
    expect(r.findings).toEqual([]);
  });

  test("the same in one block as row by row", async () => {
    const dates = ["03/04/2025", "08/06/2025", "25/03/2025", "01/02/2025"];
    expect((await read(dates, 100)).days).toEqual((await read(dates, 1)).days);
  });

  test("month-first columns are unchanged", async () => {
    const r = await read(["03/04/2025", "03/25/2025"]);
    expect(r.days).toEqual(["2025-03-04", "2025-03-25"]);
    expect(r.findings).toEqual([]);
  });

  test("only ambiguous values: read month/day, one finding naming the column and the reading", async () => {
    const r = await read(["03/04/2025", "05/06/2025"]);
    expect(r.days).toEqual(["2025-03-04", "2025-05-06"]);
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect([f.sheet, f.row, f.column, f.code, f.value]).toEqual([
      "Transactions",
      2,
      "日期",
      "date_order_assumed",
      "03/04/2025",
    ]);
    expect(f.message["zh-CN"]).toContain("已按月/日读取（03/04/2025 = 2025-03-04）");
    expect(f.message["en-US"]).toContain("read as month/day (03/04/2025 = 2025-03-04)");
    expect(f.message["en-US"]).toContain("2025-04-03");
  });

  test("both orders in one column: mixed, named with the rows that show each", async () => {
    const r = await read(["25/03/2025", "03/04/2025", "03/25/2025"]);
    expect(r.days).toEqual(["2025-03-25", "2025-04-03", "2025-03-25"]);
    expect(r.findings.map((f) => f.code)).toEqual(["date_order_mixed"]);
    expect(r.findings[0].message["en-US"]).toContain("“25/03/2025” (row 2)");
    expect(r.findings[0].message["en-US"]).toContain("read as day/month");
    expect(r.findings[0].message["zh-CN"]).toContain("读作日/月");
  });

  test("the rows held back are bounded: beyond the limit month/day is assumed", async () => {
    const dates = Array<string>(HELD_ROWS_MAX + 5).fill("03/04/2025");
    const r = await read(dates, 10_000);
    expect(r.days).toHaveLength(HELD_ROWS_MAX + 5);
    expect(r.days[0]).toBe("2025-03-04");
    expect(r.findings.map((f) => f.code)).toEqual(["date_order_assumed"]);
  });
});

describe("a share of a required column unreadable (finding 13)", () => {
  const many = async (dates: string[]) =>
    (
      await ingestWorkbook(memorySource({ Customers: customers, Transactions: tx(dates) }, 7), {
        asOf,
      })
    ).findings.filter((f) => f.code === "many_unreadable");

  test("a third unreadable: one sheet-level warning with counts, share, column and an example", async () => {
    const dates = Array.from({ length: 30 }, (_, i) => (i % 3 ? "2025-03-07" : "Jan/01/2023"));
    const found = await many(dates);
    expect(found).toHaveLength(1);
    expect([found[0].row, found[0].column, found[0].severity]).toEqual([0, "日期", "warning"]);
    expect(found[0].message["en-US"]).toBe(
      "10 of 30 rows of Transactions (33%) not used: values such as “Jan/01/2023” in column “日期” could not be read (date expected), the first in row 2. Write the dates as ISO dates (2023-01-01) or with four-digit years (01/01/2023), then run again",
    );
    expect(found[0].message["zh-CN"]).toBe(
      "交易表 30 行中有 10 行（33%）未使用：“日期”列中“Jan/01/2023”这样的值无法识别为日期，第一行为第 2 行。请把日期写成 ISO 日期（2023-01-01）或带四位年份（01/01/2023），然后重新分析",
    );
  });

  test("month-name dates are read, so none is dropped", async () => {
    const dates = Array.from({ length: 30 }, (_, i) => (i % 3 ? "2025-03-07" : "Jan 01, 2023"));
    expect(await many(dates)).toEqual([]);
  });

  test("one typo in 100 rows stays a row finding only", async () => {
    const dates = Array.from({ length: 100 }, (_, i) => (i === 5 ? "2025-13-45" : "2025-03-07"));
    expect(await many(dates)).toEqual([]);
  });
});

test("a small sheet's few unreadable rows stay row findings (fewer than 5)", async () => {
  const dates = ["Jan/01/2023", "Jan/02/2023", "2025-03-07", "2025-03-07"];
  const { findings } = await ingestWorkbook(
    memorySource({ Customers: customers, Transactions: tx(dates) }),
    { asOf },
  );
  expect(findings.filter((f) => f.code === "many_unreadable")).toEqual([]);
});
