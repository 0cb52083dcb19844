// tester63 U173: `12345678901234567890` as text in 金额 made the Overview's revenue
// ¥12,345,678,901,234,676,000, and a phone number `13812345678` beside 300 / 280 / 320 made it
// ¥13,812,346,578, with no finding at all. Such an amount is now an implausible_amount finding
// naming sheet, row, column and value (zh/en), and the row is not used. Fixtures after
// tester63's bad/odd.xlsx and bad/pt.csv.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { implausibleAmount, QUALITY_CODES } from "../../../src/engine/quality";
import { openCsv } from "../../../src/workbook/file/csvSource";

const asOf = epochDay(2026, 12, 6);

const sheets = (): Record<string, Grid> => ({
  客户: [
    ["客户编号", "客户名称"],
    ["C001", "甲店"],
    ["C002", "乙店"],
  ],
  交易: [
    ["日期", "客户编号", "金额"],
    ["2026-10-01", "C001", 300],
    ["2026-11-01", "C001", "13812345678"],
    ["2026-11-02", "C002", 280],
    ["2026-11-10", "C002", "12345678901234567890"],
    ["2026-11-12", "C002", -13912345678],
    // A B2B ledger's large orders: used.
    ["2026-11-13", "C002", 5000000],
    ["2026-11-14", "C001", 9999999999],
  ],
});

describe("an amount no purchase can be (a phone number, more digits than Excel keeps)", () => {
  test.each([
    ["memorySource", memorySource],
    ["memoryColumnSource", memoryColumnSource],
  ])("is an implausible_amount finding, and the row is not used (%s)", async (_, make) => {
    const { dataset, findings } = await ingestWorkbook(make(sheets()), { asOf });
    const tx = findings.filter((f) => f.sheet === "交易");
    expect(tx.map((f) => [f.row, f.code, f.column, f.value])).toEqual([
      [3, "implausible_amount", "金额", "13812345678"],
      [5, "implausible_amount", "金额", "12345678901234567890"],
      [6, "implausible_amount", "金额", "-13912345678"],
    ]);
    expect(QUALITY_CODES.implausible_amount).toBe("error");
    expect(tx[0].message["zh-CN"]).toBe(
      "C 列“金额”的值“13812345678”是 11 位、以 1 开头的整数，像是手机号码，不是一笔消费金额，此行未使用；请核对并填写实际金额",
    );
    expect(tx[0].message["en-US"]).toContain("the shape of a mobile phone number");
    expect(tx[1].message["zh-CN"]).toContain("超过 15 位数字");
    expect(tx[1].message["en-US"]).toContain("more than 15 digits");
    expect(dataset.counts.transactions).toMatchObject({ read: 7, used: 4, rejected: 3 });
    expect(Array.from(dataset.transactions.amount)).toEqual([300, 280, 5000000, 9999999999]);
  });

  test("in CSV files (the raw fast path): reported and not used, the customer's warning says why", async () => {
    const dir = mkdtempSync(join(tmpdir(), "implausible-"));
    try {
      const customers = join(dir, "pc.csv");
      writeFileSync(customers, "客户编号,客户名称\nC1,甲\nC2,乙\n1001,丙\n");
      const transactions = join(dir, "pt.csv");
      writeFileSync(
        transactions,
        [
          "客户编号,日期,金额",
          "C1,2026-10-01,300",
          "C1,2026-11-01,13812345678",
          "C2,2026-11-02,280",
          "C2,2026-10-02,320",
          "1001,2026-10-03,310",
          "1001,2026-11-03,13812345678",
        ].join("\n") + "\n",
      );
      const { dataset, findings } = await ingestWorkbook(openCsv({ customers, transactions }), {
        asOf,
      });
      const tx = findings.filter((f) => f.kind === "transactions");
      expect(tx.map((f) => [f.row, f.code, f.file])).toEqual([
        [3, "implausible_amount", transactions],
        [7, "implausible_amount", transactions],
      ]);
      const revenue = Array.from(dataset.transactions.amount).reduce((a, b) => a + b, 0);
      expect(revenue).toBe(1210);
      expect(dataset.rowsNotUsed?.map((u) => u.why)).toEqual([
        "implausibleAmount",
        "implausibleAmount",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    [13812345678, "phone"],
    [-19999999999, "phone"],
    [13812345678.5, null],
    [12999999999, null],
    [20000000000, null],
    [5000000, null],
    [2 ** 53 + 2, "digits"],
    [1.2345678901234567e19, "digits"],
  ])("implausibleAmount(%d) is %s", (amount, why) => {
    expect(implausibleAmount(amount)).toBe(why);
  });
});
