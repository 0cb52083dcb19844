/**
 * The CDNOW master file (../shared/data/cdnow/lifetimes_CDNOW_master.txt, or $CDNOW) as a workbook
 * of Customers and Transactions, for the developers' checks that score it (alive-check.ts,
 * churn-judgment-check.ts). Not a test fixture: ../shared is beside the repo, not in it.
 *
 * @example await analyzeWorkbook(cdnowSource(), rules, { asOf })
 */
import { readFileSync } from "fs";
import type { Grid } from "../src/engine/cells";
import { memorySource } from "../src/engine/ingest/memorySource";
import type { GridSource } from "../src/engine/ingest/workbook";

export function cdnowSource(): GridSource {
  const lines = readFileSync(
    process.env.CDNOW ?? "../shared/data/cdnow/lifetimes_CDNOW_master.txt",
    "utf8",
  )
    .trim()
    .split(/\r?\n/)
    .slice(1);
  const ids = new Set<number>();
  const transactions: Grid = [["Customer ID", "Date", "Amount"]];
  for (const line of lines) {
    const [id, date, , dollars] = line.trim().split(/\s+/);
    transactions.push([
      Number(id),
      `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
      Number(dollars),
    ]);
    ids.add(Number(id));
  }
  const customers: Grid = [["Customer ID"], ...[...ids].sort((a, b) => a - b).map((id) => [id])];
  return memorySource({ Customers: customers, Transactions: transactions });
}
