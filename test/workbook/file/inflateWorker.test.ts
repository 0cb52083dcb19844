import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { inflateInWorker, type PieceCheck } from "../../../src/workbook/file/inflateWorker";
import { READING_STOPPED } from "../../../src/workbook/file/readingStopped";

/**
 * The worker's ring (inflateWorker.ts): a part larger than the ring (8 slots of 1 MB) comes out
 * whole and in order however slowly or quickly it is read, its CRC-32 and size are what the worker
 * says, and a reader that stops while the worker waits for room ends the thread.
 */

let dir: string;
/** 21 MB of sheet-like text: not one slot repeats another. */
let original: Buffer;
let deflated: string;
let stored: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "inflate-ring-"));
  const rows: string[] = [];
  for (let r = 1; rows.length < 160_000; r++)
    rows.push(
      `<row r="${r}"><c r="A${r}"><v>${(r * 7919) % 100003}</v></c><c t="inlineStr"><is><t>客户${r}</t></is></c></row>`,
    );
  original = Buffer.from(rows.join(""), "utf8");
  deflated = join(dir, "deflated.bin");
  stored = join(dir, "stored.bin");
  writeFileSync(deflated, deflateRawSync(original));
  writeFileSync(stored, original);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tally() {
  const seen = { pieces: 0, bytes: 0, crc: -1 };
  const check: PieceCheck = {
    piece: (bytes) => {
      seen.pieces++;
      seen.bytes += bytes;
      return null;
    },
    end: (crc) => {
      seen.crc = crc;
      return null;
    },
    failed: (message) => new Error(message),
  };
  return { seen, check };
}

function part(path: string, method: number, length: number) {
  return { path, start: 0, length, method, chunkSize: 256 * 1024 };
}

const sha = (b: Buffer) => createHash("sha1").update(b).digest("hex");

describe("inflateInWorker's ring", () => {
  it.each([
    ["deflated, read quickly", 8, false],
    ["deflated, read slowly (the worker waits for room)", 8, true],
    ["stored", 0, false],
  ])("gives a part larger than the ring whole and in order: %s", async (_, method, slow) => {
    const file = method === 8 ? deflated : stored;
    const length = statSync(file).size;
    const { seen, check } = tally();
    const copies: Buffer[] = [];
    for await (const piece of inflateInWorker(part(file, method, length), check)) {
      expect(piece.length).toBeLessThanOrEqual(1 << 20);
      // A piece is valid until the next is asked for, however long the reader takes.
      if (slow) await new Promise((resolve) => setTimeout(resolve, 5));
      copies.push(Buffer.from(piece));
    }
    const all = Buffer.concat(copies);
    expect(all.length).toBe(original.length);
    expect(sha(all)).toBe(sha(original));
    expect(seen.bytes).toBe(original.length);
    expect(seen.pieces).toBe(copies.length);
    expect(seen.crc >>> 0).toBe(crc32(original) >>> 0);
  });

  it("ends its thread when the reader stops while the worker waits for room", async () => {
    const threads = () =>
      process.getActiveResourcesInfo().filter((r) => r === "MessagePort").length;
    const before = threads();
    const { check } = tally();
    const length = statSync(deflated).size;
    const stream = inflateInWorker(part(deflated, 8, length), check);
    const it = stream[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.done).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the ring fills; the worker waits
    stream.destroy();
    for (let i = 0; i < 50 && threads() > before; i++) await new Promise((r) => setTimeout(r, 20));
    expect(threads()).toBe(before);
  });

  it("a read waiting, or asked for, when the stream is destroyed stops with readingStopped (reviewer8 D1)", async () => {
    const { check } = tally();
    const length = statSync(deflated).size;
    const stream = inflateInWorker(part(deflated, 8, length), check);
    const it = stream[Symbol.asyncIterator]();
    // The first read waits for the worker's first piece: destroyed meanwhile, it stops (it hung).
    const waiting = it.next();
    stream.destroy();
    await expect(waiting).rejects.toMatchObject({ code: READING_STOPPED });
    // A read after it stops too, not handing out the slots left in the ring.
    await expect(it.next()).rejects.toMatchObject({ code: READING_STOPPED });
  });

  it("stops with the check's error at the piece that passes a bound", async () => {
    const length = statSync(deflated).size;
    let bytes = 0;
    const check: PieceCheck = {
      piece: (n) => ((bytes += n) > 3_000_000 ? new Error("past the bound") : null),
      end: () => null,
      failed: (message) => new Error(message),
    };
    let read = 0;
    const reading = (async () => {
      for await (const piece of inflateInWorker(part(deflated, 8, length), check))
        read += piece.length;
    })();
    await expect(reading).rejects.toThrow("past the bound");
    expect(read).toBeLessThanOrEqual(3_000_000);
  });
});
