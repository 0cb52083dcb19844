import type { Grid } from "../cells";
import type { GridSource } from "./workbook";

/**
 * A GridSource over sheets held in memory, streamed in blocks like the real adapters do. Used by
 * tests and anywhere grids are already at hand.
 *
 * @example await ingestWorkbook(memorySource({ Customers: [["Customer ID"], [1]], Transactions: [...] }), { asOf })
 */
export function memorySource(
  sheets: Record<string, Grid>,
  blockRows = 1000,
  firstRow: Record<string, number> = {},
): GridSource {
  return {
    sheetNames: async () => Object.keys(sheets),
    readSheet: async (name, onRows) => {
      const grid = sheets[name];
      if (!grid) throw new Error(`No sheet ${name}`);
      const start = firstRow[name] ?? 1;
      for (let i = 0; i < grid.length; i += blockRows) {
        await onRows(grid.slice(i, i + blockRows), start + i);
      }
    },
  };
}
