// tester10 #9, stop 34: a return (−300) of a customer with no purchase passed as "no problems" and
// showed a 12-month spend of −300. It is counted as it is, and said: a warning naming the sheet,
// the row and the amount column.
import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { QUALITY_CODES } from "../../../src/engine/quality";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2025, 12, 31);

const sheets = (): Record<string, Grid> => ({
  客户: [
    ["客户编号", "客户名称"],
    ["1001", "甲"],
    ["1002", "乙"],
    ["1003", "丙"],
    ["1004", "丁"],
  ],
  交易: [
    ["客户编号", "日期", "金额"],
    ["1001", "2025-03-07", 1200],
    ["1002", "2025-04-01", -300],
    // A return after a purchase is an ordinary return.
    ["1001", "2025-04-02", -200],
    // A zero-amount row is no purchase either: 1003's return is still without one.
    ["1003", "2025-05-01", 0],
    ["1003", "2025-05-02", -50.5],
    ["1004", "2025-06-01", 80],
  ],
});

describe("a return with no purchase", () => {
  test.each([
    ["memorySource", memorySource],
    ["memoryColumnSource", memoryColumnSource],
  ])(
    "is a warning naming its sheet, row and amount column; the row still counts (%s)",
    async (_, make) => {
      const { dataset, findings } = await ingestWorkbook(make(sheets()), { asOf });
      const found = findings.filter((f) => f.code === "return_without_purchase");
      expect(found.map((f) => [f.sheet, f.kind, f.row, f.column, f.value, f.severity])).toEqual([
        ["交易", "transactions", 3, "金额", "-300", "warning"],
        ["交易", "transactions", 6, "金额", "-50.5", "warning"],
      ]);
      expect(QUALITY_CODES.return_without_purchase).toBe("warning");
      expect(found[0].message["zh-CN"]).toContain("退货 -300 没有对应的购买");
      expect(found[0].message["zh-CN"]).toContain("“1002”");
      expect(found[0].message["en-US"]).toContain("Return of -300 with no purchase");
      expect(found[1].message["en-US"]).toContain("“1003”");
      // Kept: every row is used, and the amounts still add up to the input's.
      expect(dataset.counts.transactions).toMatchObject({ read: 6, used: 6, rejected: 0 });
      const t = dataset.transactions;
      let sum = 0;
      for (let r = 0; r < t.count; r++) sum += t.amount[r];
      expect(sum).toBeCloseTo(1200 - 300 - 200 + 0 - 50.5 + 80, 6);
    },
  );

  test("returns after a purchase, and data without returns, say nothing", async () => {
    const s = sheets();
    s["交易"] = s["交易"].filter((r) => r[0] !== "1002" && r[0] !== "1003");
    const { findings } = await ingestWorkbook(memorySource(s), { asOf });
    expect(findings.filter((f) => f.code === "return_without_purchase")).toEqual([]);
  });
});

// tester43 #3: one typo'd −99,999,999 of a customer who had bought 3,638.24 passed with no finding,
// and the revenue became −98,146,508.61 with every share on the Overview meaningless.
describe("a return larger than all the customer's purchases", () => {
  test("is a warning naming the row and the purchases it exceeds; smaller returns say nothing", async () => {
    const s = sheets();
    s["交易"] = [
      ...s["交易"],
      ["1004", "2025-06-05", -99999999],
      // 80 bought in all: a return of exactly 80 (and a cent of rounding) is an ordinary return.
      ["1004", "2025-06-06", -80.004],
    ];
    const { dataset, findings } = await ingestWorkbook(memorySource(s), { asOf });
    const found = findings.filter((f) => f.code === "return_exceeds_purchases");
    expect(found.map((f) => [f.sheet, f.row, f.column, f.value, f.severity])).toEqual([
      ["交易", 8, "金额", "-99999999", "warning"],
    ]);
    expect(found[0].message["zh-CN"]).toBe(
      "退货 -99999999 超过客户“1004”在数据中的全部购买（共 80）。按原样计入，该客户在其日期所在期间的消费金额与收入合计都会因此减少（可能为负）；请核对金额是否多写了位数，或是否记在了别的客户编号下",
    );
    expect(found[0].message["en-US"]).toContain(
      "Return of -99999999 is more than everything customer “1004” bought in the data (80 in all)",
    );
    // 1001's −200 after 1,200 bought stays an ordinary return; the rows all count.
    expect(found).toHaveLength(1);
    expect(dataset.counts.transactions).toMatchObject({ read: 8, used: 8, rejected: 0 });
  });
});

// Review 44: three returns of 400 against 1,000 bought passed with no finding (none alone exceeds
// the purchases), and the customer's spend read −200. Measured over the whole data, not as a
// running balance: a return before the next purchase is routine (its purchase before the export).
describe("returns that together exceed the customer's purchases", () => {
  const book = (rows: (string | number)[][]): Record<string, Grid> => ({
    ...sheets(),
    交易: [["客户编号", "日期", "金额"], ...rows],
  });

  test("are one warning per customer, on the row that passes the purchases, naming every return row", async () => {
    const s = book([
      ["1001", "2025-03-07", 1000],
      ["1001", "2025-03-20", -400],
      ["1004", "2025-03-21", 80],
      ["1001", "2025-04-02", -400],
      ["1001", "2025-05-02", -400],
      // 1004: 80 bought, 80 returned in two rows (and a cent of rounding): no excess.
      ["1004", "2025-06-01", -40],
      ["1004", "2025-06-02", -40.004],
    ]);
    const { dataset, findings } = await ingestWorkbook(memorySource(s), { asOf });
    const found = findings.filter((f) => f.code.startsWith("return"));
    expect(
      found.map((f) => [f.sheet, f.kind, f.row, f.column, f.code, f.value, f.severity]),
    ).toEqual([
      // The value is row 6's own amount (reviewer44 D9: it was the total, -1200, which the
      // Data quality tab then showed against a cell holding -400); the total is in the words.
      ["交易", "transactions", 6, "金额", "returns_exceed_purchases", "-400", "warning"],
    ]);
    expect(found[0].message["zh-CN"]).toBe(
      "客户“1001”的 3 笔退货（第 3、5、6 行）合计 -1,200，超过其在数据中的全部购买（共 1,000），虽然每一笔单独都不超过。按原样计入，该客户的消费合计为 -200，收入合计也因此减少；请核对是否有退货重复录入、金额多写了位数，或记在了别的客户编号下",
    );
    expect(found[0].message["en-US"]).toContain(
      "Returns of customer “1001” on 3 rows (3, 5, 6) add up to -1,200, more than everything the customer bought in the data (1,000 in all)",
    );
    expect(found[0].message["en-US"]).toContain(
      "the customer's spend in the data is -200, below zero, and the revenue of the periods that hold these returns is lower with it",
    );
    expect(QUALITY_CODES.returns_exceed_purchases).toBe("warning");
    // Every row is still used.
    expect(dataset.counts.transactions).toMatchObject({ read: 7, used: 7, rejected: 0 });
  });

  test("over the whole data: a return before the purchase it is within is no finding", async () => {
    const s = book([
      ["1001", "2025-01-03", -300],
      ["1001", "2025-02-01", 500],
    ]);
    const { findings } = await ingestWorkbook(memorySource(s), { asOf });
    expect(findings.filter((f) => f.code.startsWith("return"))).toEqual([]);
  });

  test("a customer already said for one return too large is not said again in total", async () => {
    const s = book([
      ["1001", "2025-03-07", 100],
      ["1001", "2025-03-20", -500],
      ["1001", "2025-04-02", -50],
    ]);
    const { findings } = await ingestWorkbook(memoryColumnSource(s), { asOf });
    expect(findings.filter((f) => f.code.startsWith("return")).map((f) => [f.row, f.code])).toEqual(
      [[3, "return_exceeds_purchases"]],
    );
  });

  test("a long list of rows is cut after twelve", async () => {
    const rows: (string | number)[][] = [["1001", "2025-01-02", 100]];
    for (let d = 10; d < 30; d++) rows.push(["1001", `2025-03-${d}`, -10]);
    const { findings } = await ingestWorkbook(memorySource(book(rows)), { asOf });
    const found = findings.filter((f) => f.code === "returns_exceed_purchases");
    expect(found.map((f) => [f.row, f.value])).toEqual([[13, "-10"]]);
    expect(found[0].message["en-US"]).toContain("add up to -200, more than");
    expect(found[0].message["en-US"]).toContain(
      "on 20 rows (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, …)",
    );
    expect(found[0].message["zh-CN"]).toContain(
      "20 笔退货（第 3、4、5、6、7、8、9、10、11、12、13、14… 行）",
    );
  });
});

describe("the figures a return finding names", () => {
  test("are grouped and to the cent, as the other figures read; the value is the cell's", async () => {
    const { findings } = await ingestWorkbook(
      memorySource({
        ...sheets(),
        交易: [
          ["客户编号", "日期", "金额"],
          ["1001", "2025-03-07", 12345.678],
          ["1001", "2025-03-20", -6000.5],
          ["1001", "2025-04-02", -6400.25],
        ],
      }),
      { asOf },
    );
    const found = findings.filter((f) => f.code === "returns_exceed_purchases");
    expect(found.map((f) => [f.row, f.value])).toEqual([[4, "-6400.25"]]);
    expect(found[0].message["en-US"]).toContain(
      "add up to -12,400.75, more than everything the customer bought in the data (12,345.68 in all)",
    );
    expect(found[0].message["en-US"]).toContain("the customer's spend in the data is -55.07,");
    expect(found[0].message["zh-CN"]).toContain(
      "合计 -12,400.75，超过其在数据中的全部购买（共 12,345.68）",
    );
    expect(found[0].message["zh-CN"]).toContain("该客户的消费合计为 -55.07，");
  });
});

// Returns52: this check asked the sign itself (`a < 0`), not isReturn (aggregate/purchase.ts). It
// asks the owner now; what it measures is money. A -0 line is a return of nothing: no finding, and
// not among the rows a total names. A 0 line is a purchase with no spend (issue 9): its customer
// bought nothing a return could undo, so a −1 of theirs is "without purchase" (no positive amount).
describe("0, -0 and -1 lines in the return checks", () => {
  const book = (rows: (string | number)[][]): Record<string, Grid> => ({
    ...sheets(),
    交易: [["客户编号", "日期", "金额"], ...rows],
  });

  test("a -0 line is no finding; a 0 line buys nothing a return undoes", async () => {
    const s = book([
      ["1001", "2025-03-07", 1000],
      ["1001", "2025-03-08", "-0.00"],
      ["1001", "2025-03-20", -600],
      ["1001", "2025-04-02", -600],
      ["1002", "2025-04-03", "-0.00"],
      ["1003", "2025-05-01", 0],
      ["1003", "2025-05-02", -1],
    ]);
    const { findings } = await ingestWorkbook(memorySource(s), { asOf });
    const found = findings.filter((f) => f.code.startsWith("return"));
    expect(found.map((f) => [f.row, f.code, f.value])).toEqual([
      [5, "returns_exceed_purchases", "-600"],
      [8, "return_without_purchase", "-1"],
    ]);
    // The total names the two −600 rows, not the −0 line of nothing.
    expect(found[0].message["en-US"]).toContain("on 2 rows (4, 5) add up to -1,200");
    // The −0 lines are said as zero returns, each: the note the row needs, no warning.
    const zero = findings.filter((f) => f.code === "zero_return").map((f) => f.row);
    expect(zero).toEqual([3, 6]);
  });
});

// The analysis runs the check once today's model job is sent (IngestOptions.returnsLater, issue
// 11): the same findings in the same places, a finding added meanwhile (emptyOptionalSheets) after
// them as before.
test("checked later, the returns' findings are where ingest puts them", async () => {
  const now = await ingestWorkbook(memorySource(sheets()), { asOf });
  const later = await ingestWorkbook(memorySource(sheets()), { asOf, returnsLater: true });
  expect(later.findings.some((f) => f.code === "return_without_purchase")).toBe(false);
  const added = { ...now.findings[0], row: 999, value: "added meanwhile" };
  now.findings.push(added);
  later.findings.push(added);
  later.checkReturns!();
  later.checkReturns!(); // once
  expect(later.findings).toEqual(now.findings);
  const returns = later.findings.filter((f) => f.code === "return_without_purchase");
  expect(returns.map((f) => f.row)).toEqual([3, 6, 999]);
  expect(later.findings[later.findings.length - 1]).toBe(added);
});
