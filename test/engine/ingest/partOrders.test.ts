import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

// fix61m (stop 61, noticed): sales kept one sheet per year (2025销售, 2026销售) or per store are
// joined into one table (sheetParts.ts joinTransactions). A part with no order-ID column gave each
// of its rows order 0; joined with a part that has 订单号, the table has order IDs, so all the
// ID-less part's rows were one order "0": every later day of it a further payment (an installment)
// of the customer's first day, and blank IDs (each row its own order, hashed by row number) of two
// parts shared their row's order.

const customers: Grid = [["客户编号"], ["C1"], ["C2"]];
/** C1 buys on the 1st of each month of 2025, C2 on the 15th: no order ID column. */
const noIds: Grid = [
  ["客户编号", "日期", "金额"],
  ...Array.from({ length: 12 }, (_, m) => [
    ["C1", `2025-${String(m + 1).padStart(2, "0")}-01`, 100],
    ["C2", `2025-${String(m + 1).padStart(2, "0")}-15`, 50],
  ]).flat(),
];
const withIds = (ids: (m: number, c: string) => string): Grid => [
  ["客户编号", "订单号", "日期", "金额"],
  ...Array.from({ length: 6 }, (_, m) => [
    ["C1", ids(m, "C1"), `2026-${String(m + 1).padStart(2, "0")}-01`, 100],
    ["C2", ids(m, "C2"), `2026-${String(m + 1).padStart(2, "0")}-15`, 50],
  ]).flat(),
];
const run = (sheets: Record<string, Grid>) =>
  analyzeWorkbook(memorySource({ 客户: customers, ...sheets }), {
    rules: defaultRules(),
    asOf: epochDay(2026, 7, 1),
  });

describe("a part of the sales with no order IDs, joined with one that has them", () => {
  test("each row of the ID-less part is its own order, no installment", async () => {
    const a = await run({ "2025销售": noIds, "2026销售": withIds((m, c) => `${c}-${m}`) });
    expect(a.dataset.sources.transactions!.parts).toEqual(["2025销售", "2026销售"]);
    const i = a.dataset.customers.id.indexOf("C1");
    // Before: 1 + 6 = 7 orders (2025's twelve were one order "0"); its days stood only because C2
    // shared the "0", read as a recycled ID (recycledOrders.ts).
    expect(a.summary.orders[i]).toBe(18);
    expect(a.summary.purchaseDays[i]).toBe(18);
    // C1 alone in 2025: before, 2025's later eleven days were installments: 7 purchase days.
    const alone = noIds.filter((r) => r[0] !== "C2");
    const b = await run({ "2025销售": alone, "2026销售": withIds((m, c) => `${c}-${m}`) });
    expect(b.summary.purchaseDays[b.dataset.customers.id.indexOf("C1")]).toBe(18);
    expect(b.summary.orders[b.dataset.customers.id.indexOf("C1")]).toBe(18);
  });

  test("blank order IDs of two parts are not one order", async () => {
    // Both parts' row 2 has a blank 订单号: each row is its own order, whatever the sheet.
    const blank = withIds((m, c) => (m === 0 && c === "C1" ? "" : `${c}-${m}`));
    const y2025 = withIds((m, c) => (m === 0 && c === "C1" ? "" : `Y25-${c}-${m}`)).map((r, k) =>
      k === 0 ? r : [r[0], r[1], String(r[2]).replace("2026", "2025"), r[3]],
    );
    const a = await run({ "2025销售": y2025, "2026销售": blank });
    const i = a.dataset.customers.id.indexOf("C1");
    // Before: 2026-01-01 was a further payment of 2025-01-01's blank order: 11 days, 11 orders.
    expect(a.summary.purchaseDays[i]).toBe(12);
    expect(a.summary.orders[i]).toBe(12);
  });
});
