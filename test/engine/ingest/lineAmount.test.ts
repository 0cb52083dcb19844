import fc from "fast-check";
import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester54 T10 (noamt): 14 of 40 lines with 数量 and 单价 but a blank 金额 were dropped (26,000 of
// 40,000 read) with no warning, and the one warning there was asked whether 单价 should be 单号.

const customers: Grid = [["客户编号"], ["K001"]];
const asOf = epochDay(2025, 12, 31);
const read = async (rows: Grid, columns = false) =>
  ingestWorkbook((columns ? memoryColumnSource : memorySource)({ 客户: customers, 销售: rows }), {
    asOf,
  });

test.each([false, true])(
  "a blank amount beside a quantity and a unit price is their product, said once (column blocks: %s)",
  async (columns) => {
    const { dataset, findings } = await read(
      [
        ["日期", "客户编号", "产品", "数量", "单价", "金额"],
        ["2025-03-01", "K001", "茶", 2, 500, null],
        ["2025-03-02", "K001", "茶", 2, 500, 1000],
        ["2025-03-03", "K001", "茶", "3", "19.9", ""],
        ["2025-03-04", "K001", "茶", 2, null, null], // no price: refused, as before
      ],
      columns,
    );
    expect(Array.from(dataset.transactions.amount)).toEqual([1000, 1000, 59.7]);
    const notes = findings.filter((f) => f.code === "amount_from_quantity_price");
    expect(notes.map((f) => [f.row, f.column, f.severity])).toEqual([[2, "金额", "info"]]);
    expect(notes[0].message["zh-CN"]).toBe(
      "2 行的“金额”为空，已按“数量”×“单价”计算（第一行为第 2 行）",
    );
    expect(notes[0].message["en-US"]).toBe(
      "2 rows with “金额” blank: computed as “数量” × “单价” (the first is row 2)",
    );
    expect(findings.filter((f) => f.code === "missing_required").map((f) => f.row)).toEqual([5]);
    // 单价 is a column we read now, not a misspelt 单号.
    expect(
      findings.some((f) => /单价/.test(f.message["zh-CN"]) && /单号/.test(f.message["zh-CN"])),
    ).toBe(false);
  },
);

test("the product of any plain quantity and price, to the cent; anything else is no amount", () =>
  fc.assert(
    fc.asyncProperty(
      fc.integer({ min: -50, max: 1000 }),
      fc.integer({ min: 0, max: 10_000_00 }),
      fc.boolean(),
      fc.constantFrom("", "1,234", "abc", "12元"),
      async (quantity, cents, asText, notPlain) => {
        const price = cents / 100;
        const { dataset, findings } = await read([
          ["日期", "客户编号", "数量", "单价", "金额"],
          [
            "2025-03-01",
            "K001",
            asText ? String(quantity) : quantity,
            asText ? String(price) : price,
            null,
          ],
          ["2025-03-02", "K001", quantity, notPlain, null],
        ]);
        expect(Array.from(dataset.transactions.amount)).toEqual([
          Math.round(quantity * price * 100) / 100,
        ]);
        expect(findings.filter((f) => f.code === "missing_required").map((f) => f.row)).toEqual([
          3,
        ]);
      },
    ),
  ));
