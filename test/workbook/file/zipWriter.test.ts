import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { constants, crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { DeflateWorker } from "../../../src/workbook/file/deflateWorker";
import { ZipWriter } from "../../../src/workbook/file/zipWriter";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zipwriter-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Stored {
  name: string;
  method: number;
  crc: number;
  size: number;
  data: Buffer;
}

/** The entries of a zip as stored, walked through the local headers. */
function storedEntries(file: Buffer): Stored[] {
  const out: Stored[] = [];
  let at = 0;
  while (file.readUInt32LE(at) === 0x04034b50) {
    const method = file.readUInt16LE(at + 8);
    const crc = file.readUInt32LE(at + 14);
    const compressed = file.readUInt32LE(at + 18);
    const size = file.readUInt32LE(at + 22);
    const nameLength = file.readUInt16LE(at + 26);
    const extra = file.readUInt16LE(at + 28);
    const name = file.toString("utf8", at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extra;
    out.push({ name, method, crc, size, data: file.subarray(start, start + compressed) });
    at = start + compressed;
  }
  return out;
}

/** The scheme the writer promises (pigz's): each piece deflated alone, sync-flushed, then an empty final block. */
function expectedDeflate(pieces: Buffer[], level = 1): Buffer {
  return Buffer.concat([
    ...pieces.map((p) => deflateRawSync(p, { level, finishFlush: constants.Z_SYNC_FLUSH })),
    deflateRawSync(Buffer.alloc(0), { level, finishFlush: constants.Z_FINISH }),
  ]);
}

describe("ZipWriter (crc32 + deflate in a worker)", () => {
  it("stores the same bytes as deflating each piece on the main thread, and the CRC of the whole part", async () => {
    const path = join(dir, "same.zip");
    const rows = (from: number, n: number): string =>
      Array.from(
        { length: n },
        (_, i) => `<row r="${from + i}"><c><v>${(from + i) * 7}</v></c></row>`,
      ).join("");
    const pieceA = Buffer.from(rows(0, 30_000), "utf8");
    const pieceB = `客户${rows(30_000, 20_000)}`; // a string piece, not ASCII
    // A producer that reuses its buffer once the next piece is asked for (as reportSheet.ts does).
    const scratch = Buffer.alloc(pieceA.length + 10);
    async function* produce(): AsyncGenerator<Buffer | string> {
      pieceA.copy(scratch);
      yield scratch.subarray(0, pieceA.length);
      scratch.fill(0x41);
      yield pieceB;
      yield "";
    }
    const zip = await ZipWriter.create(path);
    await zip.addPieces("xl/worksheets/sheet1.xml", produce());
    await zip.addBuffer("b.xml", "<b/>");
    await zip.addPieces("empty.xml", []);
    await zip.finish();

    const entries = storedEntries(readFileSync(path));
    expect(entries.map((e) => e.name)).toEqual(["xl/worksheets/sheet1.xml", "b.xml", "empty.xml"]);
    const whole = Buffer.concat([pieceA, Buffer.from(pieceB, "utf8")]);
    const [sheet, b, empty] = entries;
    expect(sheet.method).toBe(8);
    expect(sheet.data.equals(expectedDeflate([pieceA, Buffer.from(pieceB, "utf8")]))).toBe(true);
    expect(sheet.crc).toBe(crc32(whole));
    expect(sheet.size).toBe(whole.length);
    expect(inflateRawSync(sheet.data).equals(whole)).toBe(true);
    // The CRC starts again with every part.
    expect(b.crc).toBe(crc32(Buffer.from("<b/>")));
    expect(b.data.equals(expectedDeflate([Buffer.from("<b/>")]))).toBe(true);
    expect(empty.crc).toBe(0);
    expect(empty.size).toBe(0);
    expect(empty.data.equals(expectedDeflate([]))).toBe(true);
  });

  it("keeps many pieces in order through the reused buffers", async () => {
    const path = join(dir, "many.zip");
    const pieces = Array.from({ length: 12 }, (_, k) =>
      Buffer.from(`${String(k).repeat(3)}|`.repeat(300_000), "latin1"),
    );
    const zip = await ZipWriter.create(path);
    await zip.addPieces("a.xml", pieces);
    await zip.finish();
    const [a] = storedEntries(readFileSync(path));
    expect(a.crc).toBe(crc32(Buffer.concat(pieces)));
    expect(a.data.equals(expectedDeflate(pieces))).toBe(true);
  });

  it("sends pieces written into its lent buffers as they are, with the same bytes", async () => {
    const path = join(dir, "lent.zip");
    const pieces = Array.from({ length: 9 }, (_, k) =>
      Buffer.from(`<r>${k}</r>`.repeat(90_000 + k), "latin1"),
    );
    const zip = await ZipWriter.create(path);
    const sent: ArrayBufferLike[] = [];
    async function* produce(): AsyncGenerator<Buffer> {
      for (const p of pieces) {
        const buffer = zip.pieceBuffer(); // as XmlBytes with `fresh` does
        p.copy(buffer);
        sent.push(buffer.buffer);
        yield buffer.subarray(0, p.length);
      }
    }
    await zip.addPieces("a.xml", produce());
    await zip.finish();
    const [a] = storedEntries(readFileSync(path));
    expect(a.crc).toBe(crc32(Buffer.concat(pieces)));
    expect(a.data.equals(expectedDeflate(pieces))).toBe(true);
    // Handed over, not copied: each buffer was transferred to the worker (detached here).
    expect(sent.map((b) => b.byteLength)).toEqual(pieces.map(() => 0));
  });
});

describe("DeflateWorker", () => {
  it("gives the deflated bytes back in the piece's buffer, or in one of their own when they do not fit", async () => {
    const w = new DeflateWorker();
    try {
      const text = Buffer.from("<row><c><v>42</v></c></row>".repeat(40_000), "latin1");
      const input = new ArrayBuffer(text.length + 100);
      Buffer.from(input).set(text);
      const a = await w.deflate(input, text.length, {
        first: true,
        level: 1,
        flush: constants.Z_SYNC_FLUSH,
      });
      expect(a.out.buffer).toBe(a.input); // written over the piece
      expect(
        a.out.equals(deflateRawSync(text, { level: 1, finishFlush: constants.Z_SYNC_FLUSH })),
      ).toBe(true);
      // Random bytes deflate to more than they are: a buffer of their own.
      let seed = 12345;
      const noise = Buffer.from(
        Array.from(
          { length: 70_000 },
          () => (seed = (Math.imul(seed, 1103515245) + 12345) | 0) >>> 24,
        ),
      );
      const full = new ArrayBuffer(noise.length);
      Buffer.from(full).set(noise);
      const b = await w.deflate(full, noise.length, {
        first: false,
        level: 1,
        flush: constants.Z_FINISH,
      });
      expect(b.out.buffer).not.toBe(b.input);
      expect(
        b.out.equals(deflateRawSync(noise, { level: 1, finishFlush: constants.Z_FINISH })),
      ).toBe(true);
      expect(b.crc).toBe(crc32(noise, crc32(text)));
      // The stream is reset before each piece: the same piece again gives the same bytes.
      const again = new ArrayBuffer(text.length);
      Buffer.from(again).set(text);
      const c = await w.deflate(again, text.length, {
        first: true,
        level: 1,
        flush: constants.Z_SYNC_FLUSH,
      });
      expect(
        c.out.equals(deflateRawSync(text, { level: 1, finishFlush: constants.Z_SYNC_FLUSH })),
      ).toBe(true);
    } finally {
      await w.close();
    }
  });

  it("rejects a piece zlib refuses, with zlib's message", async () => {
    const w = new DeflateWorker();
    try {
      await expect(
        w.deflate(new ArrayBuffer(8), 8, { first: true, level: 99, flush: constants.Z_SYNC_FLUSH }),
      ).rejects.toThrow(/level/i);
      // and goes on working
      const data = Buffer.from("hello");
      const input = new ArrayBuffer(16);
      Buffer.from(input).set(data);
      const done = await w.deflate(input, data.length, {
        first: true,
        level: 1,
        flush: constants.Z_FINISH,
      });
      expect(inflateRawSync(done.out).toString()).toBe("hello");
      expect(done.crc).toBe(crc32(data));
      expect(done.input.byteLength).toBe(16); // handed back for reuse
    } finally {
      await w.close();
    }
  });
});
