import ExcelJS from "exceljs";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { deflateRawSync } from "node:zlib";
import { InputError } from "../../../src/engine/errors";
import { openXlsx } from "../../../src/workbook/file/xlsxSource";
import { XlsxReportWriter } from "../../../src/workbook/file/xlsxWriter";
import { tableOf } from "../../../src/engine/report/table";
import { ZipReader } from "../../../src/workbook/file/zipReader";
import { ZipWriter } from "../../../src/workbook/file/zipWriter";

// Issue 14 item 4: memory is bounded up front. A file whose parts would inflate past the bounds
// (one part, all parts together, a part read whole, shared strings this process's heap could not
// hold) is refused with the figures and exit 2 before the bytes are inflated, never with V8's
// "heap out of memory"; and no temp file is left behind on any of these paths.

const root = path.join(__dirname, "../../..");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "memory-bounds-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function baseBook(file: string): Promise<void> {
  const b = new ExcelJS.Workbook();
  const s = b.addWorksheet("客户");
  s.addRow(["客户编号", "客户名称"]);
  s.addRow(["C1", "张伟"]);
  const t = b.addWorksheet("交易");
  t.addRow(["客户编号", "日期", "金额"]);
  t.addRow(["C1", "2025-03-07", 10]);
  await b.xlsx.writeFile(file);
}

/** A copy of `from` with parts replaced (`data`) or added raw with the directory record given. */
async function rebuild(
  from: string,
  to: string,
  replace: Record<string, Buffer>,
  addRaw: Record<string, { raw: Buffer; size: number; crc32: number }> = {},
): Promise<void> {
  const zip = await ZipReader.open(from);
  const out = await ZipWriter.create(to);
  for (const name of zip.names()) {
    if (replace[name]) await out.addBuffer(name, replace[name]);
    else await out.addRaw(name, zip.part(name)!, await zip.openRaw(name));
  }
  for (const [name, p] of Object.entries(addRaw))
    await out.addRaw(
      name,
      { name, method: 8, crc32: p.crc32, compressedSize: p.raw.length, size: p.size },
      Readable.from([p.raw]),
    );
  await out.finish();
  zip.close();
}

function sharedStrings(bytes: number): Buffer {
  return Buffer.from(
    `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>客户编号</t></si><si><t>客户名称</t></si><si><t>C1</t></si><si><t>张伟</t></si><si><t>${"A".repeat(bytes)}</t></si></sst>`,
  );
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
  const e = await run().then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(InputError);
  return (e as InputError).message;
}

async function readFirstSheet(file: string, limits = {}): Promise<void> {
  const source = await openXlsx(file, { limits });
  await source.readSheet("客户", () => undefined);
}

let base: string;
let big: string;
beforeAll(async () => {
  base = path.join(dir, "base.xlsx");
  await baseBook(base);
  // 8 MB of shared strings, compressing about 1,000-fold.
  big = path.join(dir, "big.xlsx");
  const sst = sharedStrings(8 * 1024 * 1024);
  await rebuild(base, big, { "xl/sharedStrings.xml": sst });
});

test("all parts together: refused on their declared sizes before a byte is inflated", async () => {
  const open = jest.spyOn(ZipReader.prototype, "open");
  const message = await refusal(() => readFirstSheet(big, { maxTotalBytes: 4 * 1024 * 1024 }));
  const opened = open.mock.calls.length;
  open.mockRestore();
  expect(message).toMatch(
    /too large to read safely: its parts inflate to 8 MB in all, more than the limit of 4 MB/,
  );
  expect(opened).toBe(0);
  // Within the default bounds the same file reads.
  await expect(readFirstSheet(big)).resolves.toBeUndefined();
});

test("a part inflating past the size the archive declares is stopped there, naming the part", async () => {
  const lying = path.join(dir, "lying.xlsx");
  const sst = sharedStrings(4 * 1024 * 1024);
  const zip = await ZipReader.open(base);
  const names = zip.names().filter((n) => n !== "xl/sharedStrings.xml");
  zip.close();
  // The same workbook with its shared strings declared as 100 bytes (the total bound trusts it).
  const stripped = path.join(dir, "stripped.xlsx");
  await rebuild(base, stripped, {});
  const out = await ZipWriter.create(lying);
  const src = await ZipReader.open(stripped);
  for (const name of names) await out.addRaw(name, src.part(name)!, await src.openRaw(name));
  const raw = deflateRawSync(sst);
  await out.addRaw(
    "xl/sharedStrings.xml",
    { name: "xl/sharedStrings.xml", method: 8, crc32: 0, compressedSize: raw.length, size: 100 },
    Readable.from([raw]),
  );
  await out.finish();
  src.close();
  const message = await refusal(() => readFirstSheet(lying));
  expect(message).toContain("xl/sharedStrings.xml");
  expect(message).toMatch(/unpacks to more than the 100 bytes|超过文件为它记录的 100 字节/);
});

test("a part read whole (the workbook part) past maxHeldBytes is refused before it is read", async () => {
  const padded = path.join(dir, "padded.xlsx");
  const zip = await ZipReader.open(base);
  const workbook = await zip.readText("xl/workbook.xml");
  zip.close();
  await rebuild(base, padded, {
    "xl/workbook.xml": Buffer.from(workbook + `<!--${"x".repeat(2 * 1024 * 1024)}-->`),
  });
  const message = await refusal(() => readFirstSheet(padded, { maxHeldBytes: 1024 * 1024 }));
  expect(message).toMatch(
    /part xl\/workbook\.xml inflates to 2 MB, more than the 1 MB a part read whole may take in memory/,
  );
});

test("a damaged part found only while copying the workbook: exit 2 naming it, no output, no temp file", async () => {
  const damaged = path.join(dir, "damaged.xlsx");
  const item = Buffer.from("<root>custom xml the analysis never reads</root>");
  await rebuild(
    base,
    damaged,
    {},
    { "customXml/item1.xml": { raw: deflateRawSync(item), size: item.length, crc32: 12345 } },
  );
  const outDir = mkdtempSync(path.join(dir, "out-"));
  const out = path.join(outDir, "out.xlsx");
  const writer = new XlsxReportWriter(out, { copyFrom: damaged, lang: "en-US" });
  const message = await refusal(() => writer.writeTables([tableOf("runLog", "Run log", [], [])]));
  expect(message).toMatch(/customXml\/item1\.xml fails its checksum/);
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(outDir)).toEqual([]);
});

/** Runs the CLI in a child process with a small heap (V8's --max-old-space-size, in MB). */
function cliWithHeap(
  heapMb: number,
  args: string[],
): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(
      process.execPath,
      [`--max-old-space-size=${heapMb}`, "--import", "tsx", "src/cli/main.ts", ...args],
      { cwd: root, stdio: ["ignore", "ignore", "pipe"] },
    );
    let err = "";
    p.stderr.on("data", (d: Buffer) => (err += String(d)));
    p.on("error", reject);
    p.on("exit", (code) => resolve({ code, err }));
  });
}

test("shared strings a small heap cannot hold: the CLI exits 2 with the figures, never V8's heap out of memory", async () => {
  const strings = path.join(dir, "strings.xlsx");
  // 48 MB of shared strings: under the ratio bound's 64 MB floor, so only memory can refuse them.
  await rebuild(base, strings, { "xl/sharedStrings.xml": sharedStrings(48 * 1024 * 1024) });
  const outDir = mkdtempSync(path.join(dir, "cli-"));
  const r = await cliWithHeap(80, [
    "analyze",
    strings,
    "-o",
    path.join(outDir, "out.xlsx"),
    "--lang",
    "en-US",
    "--quiet",
  ]);
  expect(r.err).toMatch(
    /too large to read safely: its shared strings \(xl\/sharedStrings\.xml\) take 48 MB/,
  );
  expect(r.err).not.toMatch(/heap out of memory|internal error/i);
  expect(r.code).toBe(2);
  expect(readdirSync(outDir)).toEqual([]);
}, 120_000);
