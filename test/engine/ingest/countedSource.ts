import type { GridSource } from "../../../src/engine/ingest/workbook";

// A source that counts the rows it hands over of one sheet, by row or by column block: the tests
// that a read stops at the header (sheetRead.test.ts, customersAreOther.test.ts) check how many
// rows were read past it.

/**
 * `inner` with the rows it hands over of `sheet` counted in `handed.rows`.
 *
 * @example const { source, handed } = countedSource(memorySource(sheets, 100), "交易")
 */
export function countedSource(
  inner: GridSource,
  sheet: string,
): { source: GridSource; handed: { rows: number } } {
  const handed = { rows: 0 };
  const source: GridSource = {
    ...inner,
    readSheet: (name, onRows, ...rest) =>
      inner.readSheet(
        name,
        (rows, first) => {
          if (name === sheet) handed.rows += rows.length;
          return onRows(rows, first);
        },
        ...rest,
      ),
    readColumns:
      inner.readColumns &&
      ((name, onBlock, ...rest) =>
        inner.readColumns!(
          name,
          (block, first) => {
            if (name === sheet) handed.rows += block.rows;
            return onBlock(block, first);
          },
          ...rest,
        )),
  };
  return { source, handed };
}
