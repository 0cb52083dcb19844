import fc from "fast-check";
import { crc32 } from "node:zlib";
import { crc32Combine } from "../../../src/workbook/file/crc32Combine";

describe("crc32Combine", () => {
  it("gives the CRC-32 of two byte strings one after the other, as zlib computes it straight", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (a, b) => {
        const whole = crc32(Buffer.concat([a, b]));
        expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(whole);
      }),
    );
  });

  it("chains over many pieces, as a part's pieces are combined", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 100 }), { maxLength: 12 }), (pieces) => {
        let crc = 0;
        for (const p of pieces) crc = crc32Combine(crc, crc32(p), p.length);
        expect(crc).toBe(crc32(Buffer.concat(pieces)));
      }),
    );
  });

  it("handles a megabyte piece and the empty piece", () => {
    const a = Buffer.from("<row/>".repeat(10_000));
    const b = Buffer.alloc(1 << 20, 0x5a);
    expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(Buffer.concat([a, b])));
    expect(crc32Combine(0x12345678, 0, 0)).toBe(0x12345678);
  });
});
