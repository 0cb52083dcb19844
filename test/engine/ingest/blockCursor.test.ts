import { BlockCursor } from "../../../src/engine/ingest/blockCursor";
import { ColumnBlockBuilder } from "../../../src/engine/ingest/columnBlock";
import { RowKinds } from "../../../src/engine/ingest/rowKinds";

/**
 * A block of `rows` rows whose column 0 holds `items` in turn as raw cells (a CSV's bytes), and a
 * count of the texts made from its bytes.
 */
function itemBlock(items: readonly string[], rows: number) {
  const encoded = items.map((t) => new TextEncoder().encode(t));
  const bytes = new Uint8Array(encoded.reduce((n, b) => n + b.length, 0));
  const spans: [number, number][] = [];
  let at = 0;
  for (const b of encoded) {
    bytes.set(b, at);
    spans.push([at, at + b.length]);
    at += b.length;
  }
  const made = { count: 0 };
  const builder = new ColumnBlockBuilder(rows);
  builder.useBytes(bytes, (start, end) => {
    made.count++;
    return new TextDecoder().decode(bytes.subarray(start, end));
  });
  for (let r = 0; r < rows; r++) {
    const [start, end] = spans[r % spans.length];
    builder.raw(0, start, end);
    builder.nextRow();
  }
  return { block: builder.take(), made };
}

describe("BlockCursor.cellAt", () => {
  test("a raw cell's text is made once per distinct text, as cell() makes it (issue 11)", () => {
    // An item column read for its top-ups (RowKinds "topUps": fix63h, tester63 U162) beside
    // 1,000,000 transactions of a few dozen products decoded every row's item on the CSV thread.
    const items = ["洁牙", "会员卡充值", "补牙"];
    const { block, made } = itemBlock(items, 1000);
    const cursor = new BlockCursor({ product: 0 });
    const kinds = new RowKinds(0, "项目", "topUps");
    const read: string[] = [];
    for (let i = 0; i < block.rows; i++) {
      cursor.atBlock(block, i, i + 2);
      read.push(String(cursor.cellAt(0)));
      expect(cursor.cell("product")).toBe(read[i]);
      expect(kinds.kindOf(cursor, i + 2)).toBe(i % 3 === 1 ? "topUp" : "blank");
    }
    expect(read.slice(0, 4)).toEqual(["洁牙", "会员卡充值", "补牙", "洁牙"]);
    expect(kinds.tallies.topUp?.count).toBe(333);
    expect(made.count).toBe(items.length);
  });
});
