import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cell, Grid } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { openXlsx } from "../../../src/workbook/file/xlsxSource";
import { dimensionRows } from "../../../src/workbook/file/sheetScanner";
import { blockRow } from "../../../src/engine/ingest/columnBlock";
import { readTopRows } from "../../../src/engine/ingest/workbook";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "xlsx-source-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(
  path: string,
  sheet: string,
  blockRows?: number,
): Promise<{ blocks: Array<{ firstRow: number; rows: Grid }>; byRow: Map<number, Cell[]> }> {
  const source = await openXlsx(path, { blockRows });
  const blocks: Array<{ firstRow: number; rows: Grid }> = [];
  const byRow = new Map<number, Cell[]>();
  await source.readSheet(sheet, (rows, firstRow) => {
    blocks.push({ firstRow, rows });
    rows.forEach((r, i) => byRow.set(firstRow + i, r));
  });
  // The columnar fast path hands over the same blocks: the same first rows, rows and cells.
  const byColumns: Array<{ firstRow: number; rows: Grid }> = [];
  await source.readColumns!(sheet, (block, firstRow) => {
    const rows: Grid = [];
    for (let i = 0; i < block.rows; i++) rows.push(blockRow(block, i));
    byColumns.push({ firstRow, rows });
  });
  expect(byColumns).toEqual(blocks);
  return { blocks, byRow };
}

describe("openXlsx", () => {
  let typesPath: string;

  beforeAll(async () => {
    // A workbook with every kind of cell value exceljs reads, written by exceljs's full writer.
    const book = new ExcelJS.Workbook();
    book.addWorksheet("说明").getCell("A1").value = "readme";
    const sheet = book.addWorksheet("客户");
    sheet.getRow(1).values = ["客户编号", "金额", "日期", "会员", "备注"];
    sheet.getCell("A2").value = "C001";
    sheet.getCell("B2").value = 12.5;
    sheet.getCell("C2").value = new Date(Date.UTC(2025, 2, 7, 13, 30));
    sheet.getCell("C2").numFmt = "yyyy-mm-dd hh:mm";
    sheet.getCell("D2").value = true;
    sheet.getCell("E2").value = {
      richText: [{ text: "重要", font: { bold: true } }, { text: "客户" }],
    };
    sheet.getCell("A3").value = { formula: 'A2&"x"', result: "C001x" };
    sheet.getCell("B3").value = { formula: "B2*2", result: 25 };
    sheet.getCell("C3").value = { formula: "C2+1", result: 45724.5625 };
    sheet.getCell("C3").numFmt = "yyyy-mm-dd";
    sheet.getCell("D3").value = { error: "#N/A" };
    sheet.getCell("E3").value = { text: "官网", hyperlink: "https://example.com" };
    sheet.getCell("B4").value = {
      formula: "B3+1",
      result: 26,
      shareType: "shared",
      ref: "B4:B5",
    } as ExcelJS.CellValue;
    sheet.getCell("B5").value = { sharedFormula: "B4", result: 27 };
    sheet.getCell("A5").value = "=not a formula";
    sheet.getCell("D6").value = 0;
    typesPath = join(dir, "types.xlsx");
    await book.xlsx.writeFile(typesPath);
  });

  it("lists worksheet names in tab order", async () => {
    const source = await openXlsx(typesPath);
    expect(await source.sheetNames()).toEqual(["说明", "客户"]);
  });

  it("converts every kind of cell value to a Cell", async () => {
    const { byRow, blocks } = await readAll(typesPath, "客户");
    expect(blocks.map((b) => b.firstRow)).toEqual([1]);
    expect(byRow.get(1)).toEqual(["客户编号", "金额", "日期", "会员", "备注"]);
    expect(byRow.get(2)).toEqual([
      "C001",
      12.5,
      new Date(Date.UTC(2025, 2, 7, 13, 30)),
      true,
      "重要客户",
    ]);
    // formulas give their cached results; a date-formatted formula result is a Date
    expect(byRow.get(3)).toEqual([
      "C001x",
      25,
      new Date(Date.UTC(2025, 2, 8, 13, 30)),
      "#N/A",
      "官网",
    ]);
    expect(byRow.get(4)).toEqual([null, 26]);
    expect(byRow.get(5)).toEqual(["=not a formula", 27]);
    expect(byRow.get(6)).toEqual([null, null, null, 0]);
  });

  it("keeps Excel's row numbers for rows missing from the file", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Data");
    for (const r of [3, 4, 7, 300, 301]) sheet.getCell(`B${r}`).value = `row ${r}`;
    const path = join(dir, "sparse.xlsx");
    await book.xlsx.writeFile(path);
    const { blocks, byRow } = await readAll(path, "Data");
    for (const r of [3, 4, 7, 300, 301]) expect(byRow.get(r)).toEqual([null, `row ${r}`]);
    expect(byRow.get(5)).toEqual([]);
    expect(byRow.has(100)).toBe(false);
    // small gaps are filled with blank rows; a long one starts a new block
    expect(blocks.map((b) => [b.firstRow, b.rows.length])).toEqual([
      [3, 5],
      [300, 2],
    ]);
  });

  it("streams in blocks of blockRows and awaits onRows", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Data");
    for (let r = 1; r <= 23; r++) sheet.getCell(`A${r}`).value = r;
    const path = join(dir, "blocks.xlsx");
    await book.xlsx.writeFile(path);
    const source = await openXlsx(path, { blockRows: 10 });
    const seen: string[] = [];
    await source.readSheet("Data", async (rows, firstRow) => {
      seen.push(`start ${firstRow}`);
      await new Promise((r) => setTimeout(r, 5));
      expect(rows.map((row) => row[0])).toEqual(rows.map((_, i) => firstRow + i));
      seen.push(`end ${firstRow}`);
    });
    expect(seen).toEqual(["start 1", "end 1", "start 11", "end 11", "start 21", "end 21"]);
  });

  it("tells the sheet's rows from its <dimension> before the rows, by row and by column", async () => {
    const path = join(dir, "blocks.xlsx"); // the 23 rows of the test above
    const source = await openXlsx(path, { blockRows: 10 });
    for (const read of ["readSheet", "readColumns"] as const) {
      const told: number[] = [];
      let firstBlockAfter = -1;
      const notes = {
        decimalMark: () => undefined,
        encoding: () => undefined,
        rowsExpected: (rows: number) => void told.push(rows),
      };
      const onBlock = () => {
        if (firstBlockAfter < 0) firstBlockAfter = told.length;
      };
      if (read === "readSheet") await source.readSheet("Data", onBlock, notes);
      else await source.readColumns!("Data", onBlock, notes);
      expect(firstBlockAfter).toBeGreaterThan(0);
      expect(new Set(told)).toEqual(new Set([23]));
    }
  });

  it("reads Chinese text intact across decompression chunk boundaries", async () => {
    const words = ["客户", "满意度调查", "跟进记录", "投诉处理中", "北京市朝阳区"];
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: join(dir, "cjk.xlsx"),
      useSharedStrings: false,
    });
    const sheet = book.addWorksheet("客户");
    const expected: string[] = [];
    for (let r = 1; r <= 6000; r++) {
      const text = `${words[r % words.length]}${r}${"编号".repeat(r % 7)}`;
      expected.push(text);
      sheet.getRow(r).getCell(1).value = text;
      sheet.getRow(r).commit();
    }
    sheet.commit();
    await book.commit();
    const { byRow } = await readAll(join(dir, "cjk.xlsx"), "客户");
    expect([...byRow.values()].map((r) => r[0])).toEqual(expected);
    // Told in every chunk: never below the rows seen, never far above the sheet's, exact at the end.
    const told: number[] = [];
    const notes = {
      decimalMark: () => undefined,
      encoding: () => undefined,
      rowsExpected: (rows: number) => void told.push(rows),
    };
    await (await openXlsx(join(dir, "cjk.xlsx"))).readSheet("客户", () => undefined, notes);
    expect(told.length).toBeGreaterThan(1);
    for (const rows of told) expect(rows).toBeLessThanOrEqual(6000 * 1.5);
    expect(told[told.length - 1]).toBe(6000);
  });

  it("rejects a sheet name the workbook does not have", async () => {
    const source = await openXlsx(typesPath);
    await expect(source.readSheet("Nope", () => undefined)).rejects.toThrow(InputError);
  });

  it("lets an error from onRows through unchanged", async () => {
    const source = await openXlsx(typesPath);
    const bug = new RangeError("bug in the caller");
    await expect(
      source.readSheet("客户", () => {
        throw bug;
      }),
    ).rejects.toBe(bug);
  });

  describe("unreadable files give one-line InputErrors naming the file", () => {
    const expectInputError = async (path: string, pattern: RegExp, read = false) => {
      const run = async () => {
        const source = await openXlsx(path);
        if (read) await source.readSheet("客户", () => undefined);
      };
      const error = await run().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputError);
      const message = (error as InputError).message;
      expect(message).toContain(path);
      expect(message).toMatch(pattern);
      expect(message).not.toMatch(/\n|\bat .*\(/);
      expect((error as InputError).messageZh).toContain(path);
    };

    it("a missing file", async () => {
      await expectInputError(join(dir, "missing.xlsx"), /does not exist/);
    });

    it("random bytes", async () => {
      const path = join(dir, "random.xlsx");
      writeFileSync(
        path,
        Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
      );
      await expectInputError(path, /not an Excel workbook/);
    });

    it("a CSV renamed .xlsx", async () => {
      const path = join(dir, "renamed.xlsx");
      writeFileSync(path, "客户编号,姓名\r\nC001,张三\r\n");
      await expectInputError(path, /not an Excel workbook/);
    });

    // tester47 L5: an empty file is said empty, as an empty CSV is (22eb54c).
    it("an empty file", async () => {
      const path = join(dir, "empty.xlsx");
      writeFileSync(path, "");
      await expectInputError(path, /is empty \(nothing in it at all\)/);
    });

    it("an old .xls or encrypted workbook", async () => {
      const path = join(dir, "old.xlsx");
      writeFileSync(
        path,
        Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(512)]),
      );
      await expectInputError(path, /password-protected or an old \.xls/);
    });

    it("a truncated zip", async () => {
      const path = join(dir, "truncated.xlsx");
      const bytes = readFileSync(typesPath);
      writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await expectInputError(path, /damaged/);
    });

    it("a zip whose sheet data is corrupt", async () => {
      const path = join(dir, "corrupt.xlsx");
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet("客户");
      for (let r = 1; r <= 2000; r++) sheet.getRow(r).values = [r, `客户${r}`, r * 1.5];
      await book.xlsx.writeFile(path);
      const bytes = readFileSync(path);
      // Overwrite the middle of the compressed sheet with noise; the directory stays intact.
      const at = bytes.indexOf(Buffer.from("xl/worksheets/sheet1.xml")) + 200;
      for (let i = 0; i < 400; i++) bytes[at + i] = (i * 31 + 7) % 256;
      writeFileSync(path, bytes);
      await expectInputError(path, /damaged/, true);
    });

    // tester52: a sheet part written short in an intact zip was read up to its cut (343 of 684 rows,
    // exit 0). It is refused, naming the sheet and the row where it stops.
    it("a sheet whose XML stops inside its rows (the zip intact)", async () => {
      const path = join(dir, "cut.xlsx");
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet("客户");
      for (let r = 1; r <= 600; r++) sheet.getRow(r).values = [r, `客户${r}`, r * 1.5];
      await book.xlsx.writeFile(path);
      const zip = await JSZip.loadAsync(readFileSync(path));
      const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      zip.file("xl/worksheets/sheet1.xml", xml.slice(0, xml.indexOf('<row r="301"') + 30));
      writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
      await expectInputError(
        path,
        /damaged: the sheet “客户” breaks off without closing its rows: the last row read is row 300,/,
        true,
      );
      // Cut right after <sheetData>: no "row 0" (reviewer52).
      zip.file("xl/worksheets/sheet1.xml", xml.slice(0, xml.indexOf("<sheetData>") + 11));
      writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
      await expectInputError(path, /the sheet “客户” breaks off before its first row/, true);
      // The same rows closed read as before: the whole sheet, no error.
      zip.file("xl/worksheets/sheet1.xml", xml);
      writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
      expect((await readAll(path, "客户")).byRow.size).toBe(600);
    });

    it("a zip that is not a workbook", async () => {
      const path = join(dir, "notbook.xlsx");
      const book = new ExcelJS.Workbook();
      book.addWorksheet("x");
      await book.xlsx.writeFile(path);
      // rename the workbook part inside the zip (same length keeps offsets valid)
      const bytes = readFileSync(path);
      let at = -1;
      while ((at = bytes.indexOf(Buffer.from("xl/workbook.xml"), at + 1)) >= 0) {
        bytes.write("xl/workbooq.xml", at);
      }
      writeFileSync(path, bytes);
      await expectInputError(path, /not an Excel workbook/);
    });
  });
});

describe("dimensionRows", () => {
  it("reads the last row of a sheet's dimension, with or without a prefix; 0 without one", () => {
    expect(dimensionRows('<sheetPr/><dimension ref="A1:F1004113"/>')).toBe(1004113);
    expect(dimensionRows("<x:dimension ref='B3:C20'/>")).toBe(20);
    expect(dimensionRows('<dimension ref="A1"/>')).toBe(1);
    expect(dimensionRows("<sheetViews/>")).toBe(0);
  });
});

test("the top rows of a large sheet are inflated here, its full read's worker started beside them", async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("客户");
  sheet.addRow(["客户编号", "客户名称", "地区"]);
  for (let i = 0; i < 3000; i++) sheet.addRow([1000 + i, `客户${i}`, i % 2 ? "华东" : "华南"]);
  const path = join(dir, "top.xlsx");
  await book.xlsx.writeFile(path);
  // Every sheet counts as large (workerBytes 0): a full read inflates it in a worker.
  const source = await openXlsx(path, { workerBytes: 0 });
  const threads = jest.requireActual<typeof import("node:worker_threads")>("node:worker_threads");
  const RealWorker = threads.Worker;
  const started = jest
    .spyOn(threads, "Worker")
    .mockImplementation((...args) => new RealWorker(...args));
  try {
    // The top rows come after the first piece, not after a block of 5,000 rows (all 3,001 here).
    let firstBlock = 0;
    await source
      .readSheet(
        "客户",
        (rows) => {
          firstBlock = rows.length;
          throw new Error("enough");
        },
        undefined,
        { top: true },
      )
      .catch(() => undefined);
    expect(firstBlock).toBeGreaterThan(30);
    expect(firstBlock).toBeLessThan(3001);
    const top = await readTopRows(source, "客户");
    // One worker: the full read's, started ahead (the top rows were not inflated in one).
    expect(started).toHaveBeenCalledTimes(1);
    const all: Grid = [];
    await source.readSheet("客户", (rows) => void all.push(...rows));
    expect(started).toHaveBeenCalledTimes(1);
    expect(top).toEqual(all.slice(0, top.length));
    expect(top.length).toBeGreaterThan(5);
    // A second full read starts its own.
    const again: Grid = [];
    await source.readSheet("客户", (rows) => void again.push(...rows));
    expect(started).toHaveBeenCalledTimes(2);
    expect(again).toEqual(all);
  } finally {
    started.mockRestore();
  }
});

describe("a sheet read ahead (readAhead: inflated in its worker before its read)", () => {
  let path: string;
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const customers = book.addWorksheet("客户");
    customers.addRow(["客户编号", "客户名称"]);
    for (let i = 0; i < 2000; i++) customers.addRow([1000 + i, `客户${i}`]);
    const orders = book.addWorksheet("交易");
    orders.addRow(["客户编号", "日期", "金额"]);
    for (let i = 0; i < 4000; i++) orders.addRow([1000 + (i % 2000), 45000 + (i % 300), i * 0.5]);
    // More than the worker sends before it waits for its reader (8 pieces of 256 KB): ~3.5 MB.
    const large = book.addWorksheet("大表");
    for (let i = 0; i < 30000; i++) large.addRow([i, i * 0.25, 45000 + (i % 300), i % 7]);
    path = join(dir, "ahead.xlsx");
    await book.xlsx.writeFile(path);
  });

  const columns = async (source: Awaited<ReturnType<typeof openXlsx>>, name: string) => {
    const rows: Grid = [];
    await source.readColumns!(name, (block) => {
      for (let i = 0; i < block.rows; i++) rows.push(blockRow(block, i));
    });
    return rows;
  };

  it("gives the same rows, from the one worker started ahead", async () => {
    const plain = await columns(await openXlsx(path, { workerBytes: Infinity }), "交易");
    const source = await openXlsx(path, { workerBytes: 0 });
    const threads = jest.requireActual<typeof import("node:worker_threads")>("node:worker_threads");
    const RealWorker = threads.Worker;
    const started = jest
      .spyOn(threads, "Worker")
      .mockImplementation((...args) => new RealWorker(...args));
    try {
      source.readAhead!("交易");
      source.readAhead!("交易"); // once per sheet
      expect(await columns(source, "客户")).toHaveLength(2001);
      expect(started).toHaveBeenCalledTimes(2); // 交易's, then 客户's
      expect(await columns(source, "交易")).toEqual(plain);
      expect(started).toHaveBeenCalledTimes(2);
    } finally {
      started.mockRestore();
    }
  });

  it("does not keep the process alive while no read has taken it", async () => {
    const source = await openXlsx(path, { workerBytes: 0 });
    // Threads' ports keeping the process alive (the earlier tests' workers have ended by then).
    const ports = () => process.getActiveResourcesInfo().filter((r) => r === "MessagePort").length;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
    await settle();
    const before = ports();
    const threads = jest.requireActual<typeof import("node:worker_threads")>("node:worker_threads");
    const RealWorker = threads.Worker;
    const started = jest
      .spyOn(threads, "Worker")
      .mockImplementation((...args) => new RealWorker(...args));
    try {
      source.readAhead!("大表");
      await settle(); // long enough for the worker to start and send its pieces, then wait
      expect(started).toHaveBeenCalledTimes(1);
      expect(ports()).toBe(before);
      expect(await columns(source, "大表")).toHaveLength(30000);
    } finally {
      started.mockRestore();
    }
  });

  it("leaves a damaged sheet's error to its read: an InputError naming the file", async () => {
    const damaged = join(dir, "ahead-damaged.xlsx");
    const bytes = readFileSync(path);
    const at = bytes.indexOf(Buffer.from("xl/worksheets/sheet2.xml")) + 200;
    for (let i = 0; i < 400; i++) bytes[at + i] = (i * 31 + 7) % 256;
    writeFileSync(damaged, bytes);
    const source = await openXlsx(damaged, { workerBytes: 0 });
    source.readAhead!("交易");
    await new Promise((resolve) => setTimeout(resolve, 300)); // the worker meets the damage first
    const error = await columns(source, "交易").then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain(damaged);
    expect((error as InputError).message).toMatch(/damaged/);
  });
});
