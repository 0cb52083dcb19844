import fc from "fast-check";
import { fromWire, toWire } from "../../src/cli/packedWire";
import type { PackedCells } from "../../src/engine/changes/statePacked";

// The run state's cells as bytes between the threads: the same texts back, whatever they hold.

const cellsOf = (texts: string[]): PackedCells => ({
  starts: Int32Array.from({ length: texts.length + 1 }, (_, i) => i * 10),
  count: texts.length,
  cell: (k) => texts[k],
});

/** Sent as postMessage sends it: the buffers moved to a copy. */
const sent = (texts: string[]) => {
  const { wire, transfer } = toWire(cellsOf(texts));
  return { wire, back: fromWire(structuredClone(wire, { transfer })) };
};

describe("toWire / fromWire", () => {
  test("Latin-1 cells a byte a character, wider ones two; every cell back as it was", () => {
    const narrow = sent(['[["1","Zoë",3.5]]', "", "\u00ff\u0000\n"]);
    expect(narrow.wire.wide).toBe(false);
    expect(narrow.back.count).toBe(3);
    expect([0, 1, 2].map(narrow.back.cell)).toEqual(['[["1","Zoë",3.5]]', "", "\u00ff\u0000\n"]);
    const texts = ["客户1", "lone \ud800 surrogate", "emoji 😀 pair", "plain"];
    const wide = sent(texts);
    expect(wide.wire.wide).toBe(true);
    expect(texts.map((_, k) => wide.back.cell(k))).toEqual(texts);
    expect(Array.from(wide.back.starts)).toEqual([0, 10, 20, 30, 40]);
  });

  test("the buffers are moved, not copied", () => {
    const { wire, transfer } = toWire(cellsOf(["a", "b"]));
    expect(transfer).toContain(wire.bytes.buffer);
    expect(transfer).toContain(wire.starts.buffer);
    expect(transfer).toContain(wire.ends.buffer);
  });

  test("any texts come back the same (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { maxLength: 8 }), (texts) => {
        const { back } = sent(texts);
        expect(back.count).toBe(texts.length);
        for (let k = 0; k < texts.length; k++) expect(back.cell(k)).toBe(texts[k]);
      }),
    );
  });
});
