import type { Grid } from "../cells";
import type { GridSource } from "./workbook";
import { gridBlocks } from "./columnBlock";

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

/**
 * memorySource with the columnar fast path as well: readColumns hands the same rows over as column
 * blocks, so ingest takes the path the file sources take (tests compare both paths).
 *
 * @example await ingestWorkbook(memoryColumnSource({ Customers: [...], Transactions: [...] }), { asOf })
 */
export function memoryColumnSource(
  sheets: Record<string, Grid>,
  blockRows = 1000,
  firstRow: Record<string, number> = {},
): GridSource {
  return {
    ...memorySource(sheets, blockRows, firstRow),
    readColumns: async (name, onBlock) => {
      const grid = sheets[name];
      if (!grid) throw new Error(`No sheet ${name}`);
      for (const [block, first] of gridBlocks(grid, blockRows, firstRow[name] ?? 1))
        await onBlock(block, first);
    },
  };
}
