// reviewer66 M6: an Etsy Sold Orders export's order refunded in part has Adjusted Order Total
// filled (what the order came to after the refund) and Order Total the first charge; e1e6d0a8
// read Order Total alone, so the refunded order counted in full. The rule: the row's amount is the
// adjusted total where filled, else Order Total; an adjusted total of 0 is a whole refund, not used.
// Fixture: the Sold Orders columns as the fix67b brief lists them (Etsy's CSV export), five
// orders, two refunded in part and one whole; dates written yyyy-mm-dd so the CSV rows take the
// raw fast path (transactionsRaw.ts), which must agree with the row path.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Grid } from "../../../src/engine/cells";
import { mapColumns } from "../../../src/engine/ingest/header";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook, type GridSource } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { SHEETS } from "../../../src/engine/schema";
import { SOLD_ORDERS } from "./etsySoldOrders";
import { openCsv } from "../../../src/workbook/file/csvSource";

const asOf = epochDay(2025, 12, 31);

/** Orders: date, id, buyer, Order Total, Adjusted Order Total ("" unless adjusted). */
const ORDERS: [string, string, string, number, number | ""][] = [
  ["2025-10-05", "3101", "48213001", 45, ""], // 45
  ["2025-11-02", "3102", "48213001", 80, 50], // refunded 30 of 80: 50
  ["2025-10-20", "3103", "48213002", 30, ""], // 30
  ["2025-11-09", "3104", "48213002", 25.5, 0], // refunded whole: not used
  ["2025-12-01", "3105", "48213003", 60.25, 45.25], // refunded 15 of 60.25: 45.25
];

function soldOrders(): Grid {
  const rows: Grid = [SOLD_ORDERS];
  for (const [date, id, buyer, total, adjusted] of ORDERS) {
    const fees = Math.round(total * 3) / 100;
    const row: Record<string, string | number> = {
      "Sale Date": date,
      "Order ID": id,
      "Buyer User ID": buyer,
      "Full Name": `Buyer ${buyer}`,
      "Number of Items": 1,
      Currency: "USD",
      "Order Value": total,
      Shipping: 0,
      "Sales Tax": 0,
      "Order Total": total,
      Status: "Completed",
      "Card Processing Fees": fees,
      "Order Net": total - fees,
      "Adjusted Order Total": adjusted,
      "Adjusted Card Processing Fees": adjusted === "" ? "" : fees,
      "Adjusted Net Order Amount": adjusted === "" ? "" : adjusted - fees,
      Buyer: buyer,
      "Order Type": "online",
      "Payment Type": "online_cc",
    };
    rows.push(SOLD_ORDERS.map((h) => row[h] ?? ""));
  }
  return rows;
}

const customers: Grid = [["Customer ID"], ["48213001"], ["48213002"], ["48213003"]];

/** The CSV files of the same rows (a cell with a comma quoted), as `--customers`, `--transactions`. */
function csvSource(dir: string): GridSource {
  const csv = (grid: Grid) =>
    grid
      .map((row) =>
        row.map((c) => (String(c ?? "").includes(",") ? `"${c}"` : String(c ?? ""))).join(","),
      )
      .join("\n") + "\n";
  const c = join(dir, "customers.csv");
  const t = join(dir, "EtsySoldOrders2025.csv");
  writeFileSync(c, csv(customers));
  writeFileSync(t, csv(soldOrders()));
  return openCsv({ customers: c, transactions: t }, { workerScript: null });
}

describe("an adjusted total beside the order's total (reviewer66 M6)", () => {
  test("Adjusted Order Total is read beside Order Total, not as the amount", () => {
    const { columns } = mapColumns(SOLD_ORDERS, SHEETS.transactions);
    expect(SOLD_ORDERS[columns.amount!]).toBe("Order Total");
    expect(SOLD_ORDERS[columns.adjustedAmount!]).toBe("Adjusted Order Total");
    // Alone, an adjusted total is the amount.
    const alone = mapColumns(["Customer ID", "Date", "Adjusted Order Total"], SHEETS.transactions);
    expect(alone.columns.amount).toBe(2);
    expect(alone.columns.adjustedAmount).toBeUndefined();
  });

  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "adjusted-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const sources: [string, () => GridSource][] = [
    ["rows", () => memorySource({ Customers: customers, Orders: soldOrders() })],
    ["columns", () => memoryColumnSource({ Customers: customers, Orders: soldOrders() })],
    ["CSV files (the raw fast path)", () => csvSource(dir)],
  ];
  test.each(sources)("the adjusted total where filled, else Order Total (%s)", async (_, make) => {
    const { dataset, findings } = await ingestWorkbook(make(), { asOf });
    const t = dataset.transactions;
    // Before: [45, 80, 30, 25.5, 60.25] (240.75 for the buyers' 170.25).
    expect([...t.amount]).toEqual([45, 50, 30, 45.25]);
    expect(dataset.counts.transactions).toMatchObject({ read: 5, used: 4, rejected: 1 });
    // An adjusted total below the order's: a price change or a part refund (fix69f: 改价 was said
    // 部分退款), counted at it.
    const part = findings.find((f) => f.code === "adjusted_amount_lowered")!;
    expect([part.row, part.column]).toEqual([3, "Adjusted Order Total"]);
    expect(part.message["en-US"]).toContain(
      "at the adjusted total (a price change or a part refund), 45 less in all",
    );
    expect(part.message["zh-CN"]).toContain("按调整后的金额计入（改价或部分退款，共少 45）");
    const whole = findings.find((f) => f.code === "refund_amount_whole")!;
    expect([whole.row, whole.column]).toEqual([5, "Adjusted Order Total"]);
  });
});
