// tester59 U81: Square's walk-ins paying by card are lines with a blank Customer ID and a
// Transaction ID of their own: sales to nobody known, left out and said as such, not "fill those
// cells in"; the line above's customer is not given them.
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2026, 11, 30);

async function read(head: string[], lines: Grid) {
  return ingestWorkbook(
    memorySource({ Customers: [["Customer ID"], ["C1"]], Transactions: [head, ...lines] }),
    { asOf },
  );
}

const lines = (order: boolean): Grid => {
  const rows: Grid = [];
  for (let i = 0; i < 6; i++) {
    const own = order ? [`T${i}`] : [];
    rows.push(["2026-09-01", ...own, "C1", 5]);
    rows.push(["2026-09-01", ...(order ? [`W${i}`] : []), "", 3]);
  }
  return rows;
};

test("blank customers with their own Transaction ID: anonymous sales, left out and said so", async () => {
  const r = await read(["Date", "Transaction ID", "Customer ID", "Net Sales"], lines(true));
  expect(r.dataset.transactions.count).toBe(6);
  const f = r.findings.find((x) => x.code === "many_blank_required")!;
  expect(f.message["en-US"]).toContain("sales with no customer recorded (walk-ins");
  expect(f.message["en-US"]).not.toContain("Fill those cells in");
  expect(f.message["zh-CN"]).toContain("没有登记客户的销售（散客、匿名刷卡）");
});

test("without order IDs the advice is as before", async () => {
  const r = await read(["Date", "Customer ID", "Amount"], lines(false));
  const f = r.findings.find((x) => x.code === "many_blank_required");
  if (f) expect(f.message["en-US"]).toContain("Fill those cells in and run again");
});
