import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { crc32, deflateRawSync } from "node:zlib";
import type { Cell } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { fitCellText } from "../../../src/engine/report/limits";
import { tableOf } from "../../../src/engine/report/table";
import { openXlsx } from "../../../src/workbook/file/xlsxSource";
import { XlsxReportWriter } from "../../../src/workbook/file/xlsxWriter";
import { ZipReader } from "../../../src/workbook/file/zipReader";
import { ZipWriter } from "../../../src/workbook/file/zipWriter";

/**
 * Issue 14, the .xlsx reader/writer items: 3 (every part's CRC and size checked), 4 (bounded
 * inflation, shared strings read once), 5 (text cut at Excel's limit, no NaN/Infinity, numbers in
 * date formats that are no dates), 7 (1904 date system) and 8 (inline strings decoded once,
 * shared formulas kept as formulas).
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "xlsx-integrity-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rewrites an .xlsx part by part: `stored` parts are written uncompressed with the CRC given. */
async function rebuild(
  from: string,
  to: string,
  edits: Record<
    string,
    { data: Buffer; stored?: boolean; crc?: number } | ((raw: Buffer) => Buffer)
  >,
): Promise<void> {
  const zip = await ZipReader.open(from);
  const out = await ZipWriter.create(to);
  for (const name of zip.names()) {
    const edit = edits[name];
    const part = zip.part(name)!;
    if (typeof edit === "function") {
      const chunks: Buffer[] = [];
      for await (const c of await zip.openRaw(name)) chunks.push(c as Buffer);
      const raw = edit(Buffer.concat(chunks));
      await out.addRaw(name, { ...part, compressedSize: raw.length }, Readable.from([raw]));
    } else if (edit?.stored) {
      await out.addRaw(
        name,
        {
          ...part,
          method: 0,
          crc32: edit.crc ?? crc32(edit.data),
          size: edit.data.length,
          compressedSize: edit.data.length,
        },
        Readable.from([edit.data]),
      );
    } else if (edit) {
      await out.addBuffer(name, edit.data);
    } else {
      await out.addRaw(name, part, await zip.openRaw(name));
    }
  }
  await out.finish();
  zip.close();
}

async function readAll(path: string, sheet: string, options = {}): Promise<Map<number, Cell[]>> {
  const source = await openXlsx(path, options);
  const rows = new Map<number, Cell[]>();
  await source.readSheet(sheet, (block, first) => block.forEach((r, i) => rows.set(first + i, r)));
  return rows;
}

async function book(
  path: string,
  fill: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void,
) {
  const b = new ExcelJS.Workbook();
  fill(b.addWorksheet("客户"), b);
  await b.xlsx.writeFile(path);
}

async function error(run: () => Promise<unknown>): Promise<InputError> {
  const e = await run().then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe("item 3: every part's checksum and size are checked", () => {
  it("refuses a stored part whose CRC fails, naming the part", async () => {
    const good = join(dir, "crc-good.xlsx");
    await book(good, (s) => {
      s.addRow(["客户编号", "金额"]);
      s.addRow(["C1", 22977]);
    });
    const zip = await ZipReader.open(good);
    const sheet = await zip.readBuffer("xl/worksheets/sheet1.xml");
    zip.close();
    const crc = crc32(sheet);
    const tampered = Buffer.from(sheet.toString("latin1").replace("22977", "1022459"), "latin1");
    const bad = join(dir, "crc-bad.xlsx");
    await rebuild(good, bad, { "xl/worksheets/sheet1.xml": { data: tampered, stored: true, crc } });
    const ok = join(dir, "crc-restored.xlsx");
    await rebuild(good, ok, { "xl/worksheets/sheet1.xml": { data: tampered, stored: true } });
    // On this thread and in a worker thread (what large sheets take: inflateWorker.ts).
    for (const workerBytes of [Infinity, 0]) {
      const e = await error(() => readAll(bad, "客户", { workerBytes }));
      expect(e.message).toContain("xl/worksheets/sheet1.xml");
      expect(e.message).toMatch(/checksum|CRC/);
      // the same bytes with their true CRC read fine (the check is what refuses)
      expect((await readAll(ok, "客户", { workerBytes })).get(2)).toEqual(["C1", 1022459]);
    }
  });

  it("refuses every one of ten bit-flipped compressed sheets (never rows read as blank)", async () => {
    const good = join(dir, "flip-good.xlsx");
    await book(good, (s) => {
      for (let r = 1; r <= 400; r++) s.addRow([`C${r}`, r * 3.5, `客户${r}`]);
    });
    for (let k = 0; k < 10; k++) {
      const bad = join(dir, `flip-${k}.xlsx`);
      await rebuild(good, bad, {
        "xl/worksheets/sheet1.xml": (raw) => {
          const copy = Buffer.from(raw);
          const at = Math.floor(((k + 1) * copy.length) / 12);
          copy[at] ^= 1 << (k % 8);
          return copy;
        },
      });
      const e = await error(() => readAll(bad, "客户"));
      expect(e.message).toContain("xl/worksheets/sheet1.xml");
      // Read in a worker thread: refused with the same message.
      expect((await error(() => readAll(bad, "客户", { workerBytes: 0 }))).message).toBe(e.message);
    }
  });
});

describe("a large sheet read, inflated and checked in a worker thread (inflateWorker.ts)", () => {
  let good: string;
  beforeAll(async () => {
    good = join(dir, "worker-good.xlsx");
    await book(good, (s) => {
      // 30,000 rows: a sheet of several of the worker's pieces (256 KB), more than it sends ahead.
      for (let r = 1; r <= 30000; r++)
        s.addRow([`C${r % 97}`, r * 3.5, `客户${r}`, new Date(r * 1e9)]);
    });
  });

  it("gives the same rows as reading on this thread, and leaves no thread behind", async () => {
    const here = await readAll(good, "客户", { workerBytes: Infinity });
    const there = await readAll(good, "客户", { workerBytes: 0 });
    expect(here.size).toBe(30000);
    expect([...there]).toEqual([...here]);
  });

  it("ends the thread when the reader stops early", async () => {
    const threads = () =>
      process.getActiveResourcesInfo().filter((r) => r === "MessagePort").length;
    const before = threads();
    const source = await openXlsx(good, { workerBytes: 0, blockRows: 100 });
    const stop = new Error("stop");
    await expect(
      source.readSheet("客户", () => {
        throw stop;
      }),
    ).rejects.toBe(stop);
    for (let i = 0; i < 50 && threads() > before; i++) await new Promise((r) => setTimeout(r, 20));
    expect(threads()).toBe(before);
  });

  it("stops a sheet inflating past its declared size, naming it", async () => {
    const zip = await ZipReader.open(good);
    const sheet = await zip.readBuffer("xl/worksheets/sheet1.xml");
    const names = zip.names();
    const lying = join(dir, "worker-lying.xlsx");
    const out = await ZipWriter.create(lying);
    for (const name of names) {
      if (name !== "xl/worksheets/sheet1.xml") {
        await out.addRaw(name, zip.part(name)!, await zip.openRaw(name));
        continue;
      }
      const raw = deflateRawSync(sheet);
      const part = { name, method: 8, crc32: crc32(sheet), compressedSize: raw.length, size: 1000 };
      await out.addRaw(name, part, Readable.from([raw]));
    }
    await out.finish();
    zip.close();
    for (const workerBytes of [Infinity, 0]) {
      const e = await error(() => readAll(lying, "客户", { workerBytes }));
      expect(e.message).toMatch(
        /sheet1\.xml is not intact \(it unpacks to more than the 1,000 bytes/,
      );
    }
  });
});

describe("item 4: inflation is bounded, shared strings are read once", () => {
  let bomb: string;
  beforeAll(async () => {
    bomb = join(dir, "bomb.xlsx");
    const base = join(dir, "bomb-base.xlsx");
    await book(base, (s) => {
      s.addRow(["客户编号"]);
      s.addRow(["C1"]);
    });
    // Shared strings of 8 MB that compress 1,000-fold.
    const sst = Buffer.from(
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>客户编号</t></si><si><t>C1</t></si><si><t>${"A".repeat(8 * 1024 * 1024)}</t></si></sst>`,
    );
    await rebuild(base, bomb, { "xl/sharedStrings.xml": { data: sst } });
  });

  it("refuses a part past the ratio bound, with the figures (exit 2, not a crash)", async () => {
    const e = await error(() =>
      readAll(bomb, "客户", { limits: { ratioFloorBytes: 1024 * 1024, maxRatio: 100 } }),
    );
    expect(e.message).toContain("xl/sharedStrings.xml");
    expect(e.message).toMatch(/more than 100 times/);
    expect(e.message).toMatch(/too large/);
  });

  it("refuses a part past the absolute bound", async () => {
    const e = await error(() =>
      readAll(bomb, "客户", { limits: { maxPartBytes: 4 * 1024 * 1024 } }),
    );
    expect(e.message).toMatch(/xl\/sharedStrings\.xml inflates to \d+ MB, more than 4 MB/);
  });

  it("reads the same file within the default bounds", async () => {
    expect((await readAll(bomb, "客户")).get(2)).toEqual(["C1"]);
  });

  it("inflates the shared strings once for all sheets", async () => {
    const path = join(dir, "two-sheets.xlsx");
    await book(path, (s, b) => {
      s.addRow(["客户编号"]);
      b.addWorksheet("交易").addRow(["客户编号"]);
    });
    const spy = jest.spyOn(ZipReader.prototype, "open");
    const source = await openXlsx(path);
    await source.readSheet("客户", () => undefined);
    await source.readSheet("交易", () => undefined);
    const opened = spy.mock.calls.map((c) => c[0]).filter((n) => n.endsWith("sharedStrings.xml"));
    spy.mockRestore();
    expect(opened).toEqual(["xl/sharedStrings.xml"]);
  });
});

describe("item 5 (file writer): Excel's limits on what is written", () => {
  it("cuts text at 32,767 characters with a marker, writes no NaN or Infinity", async () => {
    const out = join(dir, "limits.xlsx");
    const long = "长".repeat(40_000);
    const [w] = await new XlsxReportWriter(out, { lang: "zh-CN" }).writeTables([
      tableOf(
        "segments",
        "客户分类",
        [
          { key: "a", header: "备注", format: "text" },
          { key: "b", header: "金额", format: "money" },
        ],
        [
          [long, Number.NaN],
          ["x", Number.POSITIVE_INFINITY],
          ["y", 5],
        ],
      ),
    ]);
    expect(w.cutCells).toBe(1);
    const zip = await ZipReader.open(out);
    const xml = await zip.readText("xl/worksheets/sheet1.xml");
    zip.close();
    expect(xml).not.toMatch(/NaN|Infinity/);
    const rows = await readAll(out, "客户分类");
    const cut = rows.get(2)![0] as string;
    expect(cut.length).toBe(32_767);
    // The engine's one marker (report/limits.ts fitCellText), as on the engine's own tables.
    expect(cut).toBe(fitCellText(long, "zh-CN"));
    expect(cut).toMatch(/已截断：原文 40000 字符.*全文见 JSON 结果］$/);
    expect(rows.get(3)).toEqual(["x"]);
    expect(rows.get(4)).toEqual(["y", 5]);
  });

  it("reads a number in a date-formatted cell that no date has as the number, and says so", async () => {
    const path = join(dir, "phone-as-date.xlsx");
    await book(path, (s) => {
      s.addRow(["电话", "日期"]);
      s.getCell("A2").value = 13800138000;
      s.getCell("A2").numFmt = "yyyy-mm-dd";
      s.getCell("B2").value = 45723;
      s.getCell("B2").numFmt = "yyyy-mm-dd";
    });
    const told: Array<[string, number, number]> = [];
    const rows = await readAll(path, "客户", {
      onNotADate: (sheet: string, cells: Array<{ row: number; column: number }>, count: number) =>
        told.push([sheet, cells[0].row, count]),
    });
    expect(rows.get(2)).toEqual([13800138000, new Date(Date.UTC(2025, 2, 7))]);
    expect(told).toEqual([["客户", 2, 1]]);
  });
});

describe("item 7: the 1904 date system", () => {
  it("reads dates in the 1904 system and writes ours in it, keeping the setting", async () => {
    const path = join(dir, "1904.xlsx");
    await book(path, (s, b) => {
      b.properties.date1904 = true;
      s.addRow(["客户编号", "日期"]);
      s.addRow(["C1", 0]);
      s.getCell("B2").numFmt = "yyyy-mm-dd";
    });
    expect((await readAll(path, "客户")).get(2)).toEqual(["C1", new Date(Date.UTC(1904, 0, 1))]);
    const out = join(dir, "1904-out.xlsx");
    await new XlsxReportWriter(out, { copyFrom: path, lang: "zh-CN" }).writeTables([
      tableOf(
        "segments",
        "客户分类",
        [{ key: "d", header: "最近购买", format: "date" }],
        [[20154]],
      ),
    ]);
    const zip = await ZipReader.open(out);
    expect(await zip.readText("xl/workbook.xml")).toMatch(/date1904="1"/);
    zip.close();
    // 20154 epoch days = 2025-03-07, read back in the workbook's own system
    expect((await readAll(out, "客户分类")).get(2)).toEqual([new Date(Date.UTC(2025, 2, 7))]);
    expect((await readAll(out, "客户")).get(2)).toEqual(["C1", new Date(Date.UTC(1904, 0, 1))]);
  });
});

describe("item 8: copies are exact", () => {
  it("decodes an inline string once, and keeps shared formulas as formulas, byte for byte", async () => {
    const base = join(dir, "inline-base.xlsx");
    await book(base, (s) => s.addRow(["x"]));
    const sheet =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>客户</t></is></c><c r="B1" t="inlineStr"><is><t>金额</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>AT&amp;amp;T</t></is></c><c r="B2"><v>1</v></c><c r="C2"><f t="shared" ref="C2:C3" si="0">B2*2</f><v>2</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><r><t>a</t></r><r><t xml:space="preserve"> &lt;b&gt;</t></r></is></c><c r="B3"><v>2</v></c><c r="C3"><f t="shared" si="0"/><v>4</v></c></row>' +
      "</sheetData></worksheet>";
    const path = join(dir, "inline.xlsx");
    await rebuild(base, path, { "xl/worksheets/sheet1.xml": { data: Buffer.from(sheet) } });
    const rows = await readAll(path, "客户");
    expect(rows.get(2)).toEqual(["AT&amp;T", 1, 2]);
    expect(rows.get(3)).toEqual(["a <b>", 2, 4]);
    const out = join(dir, "inline-out.xlsx");
    await new XlsxReportWriter(out, { copyFrom: path, lang: "zh-CN" }).writeTables([
      tableOf("segments", "客户分类", [{ key: "a", header: "a", format: "text" }], [["x"]]),
    ]);
    const zip = await ZipReader.open(out);
    const copied = await zip.readText("xl/worksheets/sheet1.xml");
    zip.close();
    expect(copied).toBe(sheet);
    expect((await readAll(out, "客户")).get(2)).toEqual(["AT&amp;T", 1, 2]);
  });
});

describe("the zip writer", () => {
  it("writes parts other tools read (compressed in parallel pieces)", async () => {
    const path = join(dir, "pieces.zip");
    const zip = await ZipWriter.create(path);
    const text = Array.from({ length: 300_000 }, (_, i) => `<r>${i}</r>`).join("");
    await zip.addPieces("a.xml", [text.slice(0, 1_000_000), text.slice(1_000_000), ""]);
    await zip.addBuffer("b.xml", "<b/>");
    await zip.finish();
    const read = await ZipReader.open(path);
    expect(await read.readText("a.xml")).toBe(text);
    expect(await read.readText("b.xml")).toBe("<b/>");
    read.close();
    expect(deflateRawSync(Buffer.from("x")).length).toBeGreaterThan(0);
    expect(readFileSync(path).readUInt32LE(0)).toBe(0x04034b50);
    writeFileSync(join(dir, "unused"), "");
  });
});
