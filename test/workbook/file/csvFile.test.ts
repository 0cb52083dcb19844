import { build } from "esbuild";
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { fileSize, openPieces } from "../../../src/workbook/file/csvFile";

// csvFile.ts: a file read piece by piece with plain synchronous reads: in a worker thread,
// fs/promises (and the readline it loads) must never load (issue 11: ~0.1-0.3 CPU-s of each CSV
// worker's start-up); on the main thread, its event loop turns between reads.

let dir: string;
let probe: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "csv-file-"));
  // A worker that reads a file with csvFile.ts in the pieces it is told, and says what it read.
  const entry = join(dir, "probe.ts");
  const csvFile = join(__dirname, "../../../src/workbook/file/csvFile").replace(/\\/g, "/");
  writeFileSync(
    entry,
    `import { parentPort, workerData } from "node:worker_threads";
import { fileSize, openPieces } from "${csvFile}";
async function main() {
  const { file, sizes } = workerData as { file: string; sizes: number[] };
  try {
    const out = await readAll(file, sizes);
    const size = await fileSize(file);
    const loaded = process.moduleLoadList.filter((m) => /fs\\/promises|readline/.test(m));
    parentPort!.postMessage({ bytes: out, size, loaded });
  } catch (e) {
    parentPort!.postMessage({ error: (e as { code?: string }).code ?? String(e) });
  }
}
async function readAll(file: string, sizes: number[]): Promise<number[]> {
  const reader = await openPieces(file);
  const out: number[] = [];
  const buffer = new Uint8Array(64);
  for (let k = 0; ; k++) {
    const size = sizes[k % sizes.length];
    const n = await reader.read(buffer, 3, size);
    if (n === 0) break;
    out.push(...buffer.subarray(3, 3 + n));
  }
  await reader.close();
  await reader.close(); // a second close does nothing
  return out;
}
void main();
`,
  );
  probe = join(dir, "probe.js");
  await build({
    entryPoints: [entry],
    outfile: probe,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
  });
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the probe worker read from `file` in pieces of `sizes` (in turn), or the error's code. */
function inWorker(
  file: string,
  sizes: number[],
): Promise<{ bytes?: number[]; size?: number; loaded?: string[]; error?: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(probe, { workerData: { file, sizes } });
    worker.once("message", (m) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once("error", reject);
  });
}

/** The file's bytes as openPieces reads them on this thread, in pieces of `sizes` (in turn). */
async function onMain(file: string, sizes: number[]): Promise<number[]> {
  const reader = await openPieces(file);
  const out: number[] = [];
  const buffer = new Uint8Array(64);
  try {
    for (let k = 0; ; k++) {
      const size = sizes[k % sizes.length];
      const n = await reader.read(buffer, 5, size);
      expect(n).toBeLessThanOrEqual(size);
      if (n === 0) break;
      out.push(...buffer.subarray(5, 5 + n));
    }
  } finally {
    await reader.close();
  }
  return out;
}

describe("csvFile: a file read in pieces", () => {
  test("on the main thread: each read goes on where the last ended, 0 at the end", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }),
        async (content, sizes) => {
          const file = join(dir, `m${Math.random().toString(36).slice(2)}.csv`);
          writeFileSync(file, content);
          expect(await onMain(file, sizes)).toEqual([...content]);
          expect(await fileSize(file)).toBe(content.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("on the main thread: the event loop turns before each read", async () => {
    const file = join(dir, "turns.csv");
    writeFileSync(file, Buffer.alloc(100, 0x41));
    let turns = 0;
    let reading = true;
    const tick = () => {
      turns++;
      if (reading) setImmediate(tick);
    };
    setImmediate(tick);
    const reader = await openPieces(file);
    const buffer = new Uint8Array(10);
    const seen: number[] = [];
    for (;;) {
      const n = await reader.read(buffer, 0, 10);
      seen.push(turns);
      if (n === 0) break;
    }
    reading = false;
    await reader.close();
    // 11 reads (the last one 0), each after a turn of its own: the tick ran between any two.
    expect(seen).toHaveLength(11);
    for (let k = 1; k < seen.length; k++) expect(seen[k]).toBeGreaterThan(seen[k - 1]);
  });

  test("in a worker thread: the same bytes and size, without loading fs/promises", async () => {
    const content = Buffer.from("客户编号,日期\n1001,2025-03-01\n".repeat(20));
    const file = join(dir, "w.csv");
    writeFileSync(file, content);
    for (const sizes of [[7], [1, 13, 40], [64 - 3]]) {
      const read = await inWorker(file, sizes);
      expect(read.error).toBeUndefined();
      expect(Buffer.from(read.bytes!)).toEqual(content);
      expect(read.size).toBe(content.length);
      expect(read.loaded).toEqual([]);
    }
  });

  test("a missing file: fs's error on either thread", async () => {
    const missing = join(dir, "none.csv");
    await expect(openPieces(missing)).rejects.toMatchObject({ code: "ENOENT" });
    await expect(fileSize(missing)).rejects.toMatchObject({ code: "ENOENT" });
    expect((await inWorker(missing, [8])).error).toBe("ENOENT");
  });
});
