/**
 * speed68: rawBlank (a raw CSV field's blankness, asked of each row's cells by the footnote check)
 * decoded every field with a byte beyond ASCII to tell it from a full-width space: a Customers
 * sheet's Chinese name on each of its 100,000 rows. A byte that starts no space ends it now; the
 * answer is still the decoded text's trim() on every byte string.
 */
import { rawBlank } from "../../../src/engine/ingest/rawCells";
import type { ColumnBlock } from "../../../src/engine/ingest/columnBlock";

function blockOf(bytes: Buffer, decoded: { count: number }): ColumnBlock {
  return {
    rows: 1,
    columns: [],
    bytes,
    decode: (start: number, end: number) => {
      decoded.count++;
      return bytes.toString("utf8", start, end);
    },
  } as unknown as ColumnBlock;
}

function blank(bytes: Buffer, decoded = { count: 0 }): boolean {
  return rawBlank(blockOf(bytes, decoded), 0, bytes.length);
}

test("a field with a CJK character is not blank without being decoded", () => {
  const decoded = { count: 0 };
  for (const t of ["魏涛芳", " 王芳", "西南-云南", "한국", "Ünal", "😀"])
    expect([t, blank(Buffer.from(t), decoded)]).toEqual([t, false]);
  // Before: 4 decodings (each but 西南-云南 and Ünal, whose ASCII letters end it).
  expect(decoded.count).toBe(0);
});

test("spaces beyond ASCII are still told by decoding", () => {
  for (const t of ["\u3000", " \u00a0 ", "\ufeff", "\u2003\u3000", "\u1680", "\u202f\u205f"])
    expect([t, blank(Buffer.from(t))]).toEqual([t, true]);
  for (const t of ["\u3000。", "\u00a0é", "\u2003x", "\u3000魏"])
    expect([t, blank(Buffer.from(t))]).toEqual([t, false]);
});

test("the answer is the decoded text's trim() for any bytes, UTF-8 or not", () => {
  // A small generator (no clock, no Math.random): bytes around the space characters' lead bytes.
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const pool = [0x20, 0x09, 0x0a, 0x41, 0x80, 0x9a, 0xa0, 0xbb, 0xbf, 0xc2, 0xc3, 0xdf, 0xe0];
  pool.push(0xe1, 0xe2, 0xe3, 0xe4, 0xe9, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x81, 0x85);
  for (let k = 0; k < 20000; k++) {
    const bytes = Buffer.alloc(1 + (next() % 5));
    for (let i = 0; i < bytes.length; i++) bytes[i] = pool[next() % pool.length];
    const want = bytes.toString("utf8").trim() === "";
    if (blank(bytes) !== want) expect([bytes.toString("hex"), blank(bytes)]).toEqual(["", want]);
  }
  // Every valid space character beyond ASCII, alone and between others.
  for (let c = 0x80; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const t = String.fromCharCode(c);
    if (t.trim() !== "") continue;
    expect([c, blank(Buffer.from(` ${t}\t`))]).toEqual([c, true]);
    expect([c, blank(Buffer.from(`${t}魏`))]).toEqual([c, false]);
  }
});
