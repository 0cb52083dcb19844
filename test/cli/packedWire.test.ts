import fc from "fast-check";
import { fromWire, toWire, unitCells } from "../../src/cli/packedWire";
import { DIMENSION_CODES, SnapshotBuilder } from "../../src/engine/changes/snapshot";
import { packCells, type PackedCells } from "../../src/engine/changes/statePacked";

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

  test("cells packCells wrote as code units go as their bytes: no text made or asked, the same wire", () => {
    for (const names of [
      ['甲"乙', "lone \ud800", "😀"],
      ["Zoë", "plain", "a\\b\n"],
    ]) {
      // Built record by record (as a JSON result or a state tab is read).
      const b = new SnapshotBuilder();
      for (let i = 0; i < 2500; i++)
        b.add({
          id: `C${i}`,
          name: names[i % names.length].repeat(1 + (i % 9)),
          codes: { valueTier: DIMENSION_CODES.valueTier[i % 4] ?? null },
          churnProbability: i % 5 ? i / 7 : null,
          spend: i * 1.25,
          frequency: i % 9,
          lastPurchase: 20000 + i,
        });
      const s = b.finish(20453, "h", "run");
      const packed = packCells(s, { high: 0.7, medium: 0.4 });
      const cells = unitCells(packed);
      const texts = Array.from({ length: packed.count }, (_, k) => packed.cell(k));
      expect(texts.length).toBeGreaterThan(1);
      expect(texts.map((_, k) => cells.cell(k))).toEqual(texts);
      let asked = 0;
      const counted: PackedCells = { ...cells, cell: (k) => (asked++, cells.cell(k)) };
      const { wire, transfer } = toWire(counted);
      expect(asked).toBe(0);
      const asTexts = toWire(cellsOf(texts)).wire;
      expect(wire.wide).toBe(asTexts.wide);
      expect(Buffer.from(wire.bytes).equals(Buffer.from(asTexts.bytes))).toBe(true);
      expect(Array.from(wire.ends)).toEqual(Array.from(asTexts.ends));
      const back = fromWire(structuredClone(wire, { transfer }));
      expect(texts.map((_, k) => back.cell(k))).toEqual(texts);
      // The sender's cells still read after the wire's buffers moved.
      expect(cells.cell(0)).toBe(texts[0]);
    }
  });
});
