import fc from "fast-check";
import { shortAscii, TextCells } from "../../../src/workbook/file/textCells";

function read(texts: TextCells, b: Buffer, from: number, to: number, column = 0): string {
  let high = 0;
  for (let i = from; i < to; i++) high |= b[i];
  return texts.text(b, from, to, texts.hashOf(b, from, to), (high & 0x80) === 0, column);
}

describe("TextCells", () => {
  it("makes a repeated text once (the same string) and any text exactly as UTF-8 reads it", () => {
    const texts = new TextCells();
    const b = Buffer.from("<t>显示器</t><t>显示器</t><t>C1</t>");
    const first = read(texts, b, 3, 12);
    expect(first).toBe("显示器");
    expect(read(texts, b, 19, 28)).toBe("显示器");
    expect(read(texts, b, 35, 37)).toBe("C1");
    expect(read(texts, b, 3, 3)).toBe("");
  });

  it("never confuses texts: property over random texts, columns and repeats", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.oneof(
              fc.constantFrom("a", "b", "客户", "Ü", "1000012", "x".repeat(48), "y".repeat(49)),
              fc.string({ maxLength: 60, unit: "binary" }),
            ),
            column: fc.integer({ min: 0, max: 80 }),
          }),
          { maxLength: 300 },
        ),
        (cells) => {
          const texts = new TextCells();
          for (const { text, column } of cells) {
            const b = Buffer.concat([Buffer.from("<t>"), Buffer.from(text, "utf8")]);
            expect(read(texts, b, 3, b.length, column)).toBe(b.toString("utf8", 3));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("keeps one hash's look-alikes apart, and stops caching a column that never repeats", () => {
    const texts = new TextCells();
    // Unique texts in column 3 (order numbers): after a trial of 4,096 the column is skipped,
    // and what it reads stays right.
    for (let i = 0; i < 10_000; i++) {
      const b = Buffer.from(`SO${1e12 + i}`);
      expect(read(texts, b, 0, b.length, 3)).toBe(`SO${1e12 + i}`);
    }
    // Two texts given the same hash: checked byte for byte, each read as itself.
    const a = Buffer.from("AB");
    const c = Buffer.from("BA");
    expect(texts.text(a, 0, 2, 7, true, 0)).toBe("AB");
    expect(texts.text(c, 0, 2, 7, true, 0)).toBe("BA");
    expect(texts.text(a, 0, 2, 7, true, 0)).toBe("AB");
  });

  it("leaves out a column of short ASCII texts hitting less than seven times in eight, keeps one that repeats a few, and other texts at one in eight", () => {
    const texts = new TextCells();
    // Each text three times in a row (two hits in three): customer ids in column 0, the same
    // shape in Chinese in column 1, and three short codes cycling in column 2.
    for (let i = 0; i < 5000; i++) {
      const id = Buffer.from(`${1_000_000 + Math.floor(i / 3)}`);
      expect(read(texts, id, 0, id.length, 0)).toBe(id.toString());
      const name = Buffer.from(`客户${Math.floor(i / 3)}`);
      expect(read(texts, name, 0, name.length, 1)).toBe(name.toString());
      const code = Buffer.from(["VIP", "A", "B"][i % 3]);
      expect(read(texts, code, 0, code.length, 2)).toBe(code.toString());
    }
    expect(texts.hashed(0)).toBe(false);
    expect(texts.hashed(1)).toBe(true);
    expect(texts.hashed(2)).toBe(true);
  });

  it("makes a short ASCII text from its bytes as latin1Slice does, at any offset and length (property)", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ min: 0, max: 0x7f, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (bytes, a, c) => {
          const b = Buffer.from(bytes);
          const from = b.length === 0 ? 0 : a % b.length;
          const length = (c % 20) % (b.length - from + 1);
          const s = shortAscii(b, from, length);
          expect(s).toBe(b.toString("latin1", from, from + length));
          expect(s).toBe(b.toString("utf8", from, from + length));
        },
      ),
      { numRuns: 500 },
    );
  });
});
