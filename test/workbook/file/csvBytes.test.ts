import {
  blockRow,
  ColumnBlockBuilder,
  type ColumnBlock,
} from "../../../src/engine/ingest/columnBlock";
import type { CsvByteRecords as Split } from "../../../src/workbook/file/csvBytes";

// CsvByteRecords warms its split once per thread (a small text cut at every byte) before the first
// file: the warm-up must leave nothing behind in the caller's builder or records, whatever the
// delimiter, and never throw.

/** A fresh copy of the module, so its first instance warms again. */
function freshSplit(): typeof Split {
  let out: typeof Split | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    out = require("../../../src/workbook/file/csvBytes").CsvByteRecords;
  });
  return out!;
}

/** The records of `text` pushed in two pieces, a block taken after each (as the readers do). */
function rows(delimiter: string, text: string, cut: number): unknown[][] {
  const CsvByteRecords = freshSplit();
  const builder = new ColumnBlockBuilder(100);
  const blocks: ColumnBlock[] = [];
  const split = new CsvByteRecords(delimiter, builder, () => builder.nextRow());
  const bytes = Buffer.from(text);
  const take = () => {
    if (builder.row > 0) blocks.push(builder.take());
  };
  split.push(bytes.subarray(0, cut));
  take();
  split.push(bytes.subarray(cut));
  take();
  split.end();
  take();
  expect(split.records).toBe(blocks.reduce((n, b) => n + b.rows, 0));
  return blocks.flatMap((b) => Array.from({ length: b.rows }, (_, i) => blockRow(b, i)));
}

describe("CsvByteRecords' warm-up", () => {
  it.each([",", ";", "\t", "|"])(
    "leaves the first file's records as they are (delimiter %j)",
    (d) => {
      const text = `id${d}名称${d}note\r\n1001${d}"a${d} ""b"""${d}\r\n1002${d}华东${d}x`;
      for (const cut of [0, 3, 9, 20, text.length]) {
        expect(rows(d, text, cut)).toEqual([
          ["id", "名称", "note"],
          ["1001", `a${d} "b"`],
          ["1002", "华东", "x"],
        ]);
      }
    },
  );

  it("does not throw for a quote as delimiter", () => {
    const CsvByteRecords = freshSplit();
    expect(() => new CsvByteRecords('"', new ColumnBlockBuilder(4), () => undefined)).not.toThrow();
  });
});
