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
