import type { Grid } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { AFTER_AS_OF_LISTED } from "../../../src/engine/ingest/rowReader";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { qualityMessage } from "../../../src/engine/quality";

// New-user trial findings of stop 20: B1 an analysis date before all the data (a year typo) gave a
// full, empty report with exit 0; D1 a back-dated run listed every later row as a finding that
// "needs a look" (448 of 573 at --as-of 2025-09-20).

const customers: Grid = [
  ["客户编号", "客户名称"],
  ["C1", "甲"],
  ["C2", "乙"],
];
/** One purchase a day from 2023-01-01, alternating customers, plus one bad row (unknown id). */
function transactions(days: number): Grid {
  const start = epochDay(2023, 1, 1);
  const rows: Grid = [["客户编号", "日期", "金额"]];
  for (let i = 0; i < days; i++) rows.push([i % 2 ? "C2" : "C1", isoDate(start + i), 100 + i]);
  rows.push(["C9", "2023-01-05", 50]);
  return rows;
}

describe("B1: an analysis date before every transaction", () => {
  test("is refused, naming the analysis date and the earliest transaction, both languages", async () => {
    for (const make of [memorySource, memoryColumnSource]) {
      const source = make({ Customers: customers, Transactions: transactions(30) });
      const e = await ingestWorkbook(source, { asOf: epochDay(2022, 1, 1) }).catch((x) => x);
      expect(e).toBeInstanceOf(InputError);
      // 30 rows after it and the unknown id's row: both counted (it said "all 30", edges10).
      expect(e.messageZh).toContain(
        "交易共 31 行：其中 30 行晚于分析日期 2022-01-01（最早 2023-01-01），其余 1 行也无法使用",
      );
      expect(e.message).toContain(
        "30 of the 31 transaction rows are dated after the analysis date 2022-01-01 (the earliest 2023-01-01) and the other one cannot be used either",
      );
    }
  });

  test("names the Transactions sheet or file, not the first input (tester, stop 31)", async () => {
    const sheet = await ingestWorkbook(
      memorySource({ Customers: customers, Transactions: transactions(30) }),
      { asOf: epochDay(2022, 1, 1) },
    ).catch((x) => x);
    expect(sheet.message).toMatch(/^sheet “Transactions”: 30 of the 31 transaction rows/);
    expect(sheet.messageZh).toMatch(/^工作表“Transactions”：交易共 31 行/);
    const files = {
      ...memorySource({ Customers: customers, Transactions: transactions(30) }),
      sheetsAreFiles: true,
      fileOf: (name: string) => `${name}.csv`,
    };
    const file = await ingestWorkbook(files, { asOf: epochDay(2022, 1, 1) }).catch((x) => x);
    expect(file.message).toMatch(/^Transactions file Transactions\.csv: 30 of the 31/);
    expect(file.messageZh).toMatch(/^交易文件 Transactions\.csv：交易共 31 行/);
  });

  test("one transaction on the analysis date is enough to analyse", async () => {
    const { dataset } = await ingestWorkbook(
      memorySource({ Customers: customers, Transactions: transactions(30) }),
      { asOf: epochDay(2023, 1, 1) },
    );
    expect(dataset.transactions.count).toBe(1);
  });
});

describe("D1: rows after a back-dated analysis date", () => {
  test("many: one info note per sheet (count, range, first row); counts still add up", async () => {
    for (const make of [memorySource, memoryColumnSource]) {
      const asOf = epochDay(2023, 1, 10);
      const { dataset, findings } = await ingestWorkbook(
        make({ Customers: customers, Transactions: transactions(40) }),
        { asOf },
      );
      expect(findings.filter((f) => f.code === "future_date")).toEqual([]);
      const notes = findings.filter((f) => f.code === "after_analysis_date");
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({ severity: "info", row: 0, column: "日期", value: "30" });
      expect(notes[0].message["zh-CN"]).toContain(
        "交易中有 30 行的日期晚于分析日期 2023-01-10（2023-01-11 至 2023-02-09，第一行为第 12 行）：按分析日期排除",
      );
      expect(notes[0].message["en-US"]).toContain("excluded by the analysis date");
      const c = dataset.counts.transactions!;
      expect(c).toMatchObject({ read: 41, used: 10, rejected: 31 });
      // Used + rejected = read; the rejected rows are the note's 30 and the unknown id's 1.
      expect(c.used + c.rejected).toBe(c.read);
      expect(findings.filter((f) => f.code === "unknown_customer")).toHaveLength(1);
    }
  });

  test(`a few (≤ ${AFTER_AS_OF_LISTED}): still listed row by row, each may be a typo`, async () => {
    const asOf = epochDay(2023, 1, 30);
    const { findings } = await ingestWorkbook(
      memorySource({ Customers: customers, Transactions: transactions(40) }),
      { asOf },
    );
    expect(findings.filter((f) => f.code === "future_date")).toHaveLength(10);
    expect(findings.filter((f) => f.code === "after_analysis_date")).toEqual([]);
  });
});

// tester53 N17: the pane's data check showed "use a later --as-of", a flag the pane has not.
test("rows after the analysis date are explained with the analysis date first, the CLI flag second", () => {
  const m = qualityMessage("after_analysis_date", {
    count: "3",
    from: "2026-01-02",
    to: "2026-01-05",
    row: 9,
    sheet: "交易",
    sheetEn: "Transactions",
    asOf: "2025-12-31",
  });
  expect(m["zh-CN"]).toMatch(/请选更晚的分析日期（命令行：--as-of）$/);
  expect(m["en-US"]).toMatch(/choose a later analysis date \(command line: --as-of\)$/);
});
