import { convertWithLibreOffice, hasOpenpyxl, hasSoffice, runPython } from "./otherReaders";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cell } from "../../../src/engine/cells";
import { tableOf, type ReportTable } from "../../../src/engine/report/table";
import { repetitive } from "../../../src/workbook/file/reportSheet";
import { readSharedStrings, SharedStringTable } from "../../../src/workbook/file/sharedStrings";
import { openXlsx } from "../../../src/workbook/file/xlsxSource";
import { XlsxReportWriter } from "../../../src/workbook/file/xlsxWriter";
import { ZipReader } from "../../../src/workbook/file/zipReader";
import { Readable } from "node:stream";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shared-strings-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Labels that repeat (one with white space at its ends, one with XML's special characters and an
// escape-like "_x0041_"), beside ids that do not.
const LABELS = ["高价值", " 流失 ", "A&B <c> _x0041_", "低"];

function labelled(rowCount: number): ReportTable {
  const data: Cell[][] = [];
  for (let i = 0; i < rowCount; i++) data.push([`C${i}`, LABELS[i % LABELS.length], i, "中"]);
  return tableOf(
    "segments",
    "客户分类",
    [
      { key: "id", header: "客户编号", format: "text" },
      { key: "label", header: "分类", format: "text" },
      { key: "n", header: "序号", format: "integer" },
      { key: "level", header: "等级", format: "text" },
    ],
    data,
    { highlight: { column: 3, fills: { 中: "#FFEB9C" } } },
  );
}

describe("SharedStringTable", () => {
  it("gives each text one index, refuses long texts and texts past its limit", () => {
    const t = new SharedStringTable(2);
    expect(t.index("a")).toBe(0);
    expect(t.index("b")).toBe(1);
    expect(t.index("a")).toBe(0);
    expect(t.index("c")).toBe(-1); // full
    expect(new SharedStringTable().index("x".repeat(256))).toBe(-1);
    expect(t.size).toBe(2);
  });

  it("writes a part that reads back as the same texts", async () => {
    const t = new SharedStringTable();
    for (const s of LABELS) t.index(s);
    const xml = t.toXml().toString("utf8");
    expect(xml).toContain('count="4" uniqueCount="4"');
    expect(xml).toContain('<si><t xml:space="preserve"> 流失 </t></si>');
    expect(await readSharedStrings(Readable.from([t.toXml()]))).toEqual(LABELS);
  });
});

// tester52: a shared-strings part cut in half (the zip intact) read its first half; cells referring
// past it read as empty and 309 of 684 sales were refused row by row, a report of the rest.
describe("a shared-strings part that breaks off before </sst>", () => {
  const xml = new SharedStringTable();
  for (const s of LABELS) xml.index(s);
  const whole = xml.toXml().toString("utf8");

  it("is refused at any cut, in one piece or many; whole (with or without a prefix) it reads", async () => {
    const read = (text: string, piece: number) => {
      const pieces: string[] = [];
      for (let i = 0; i < text.length; i += piece) pieces.push(text.slice(i, i + piece));
      return readSharedStrings(Readable.from(pieces.map((p) => Buffer.from(p))));
    };
    for (let cut = 0; cut < whole.length; cut += 7) {
      for (const piece of [5, 64, 1 << 20])
        await expect(read(whole.slice(0, cut), piece)).rejects.toMatchObject({
          code: "SHARED_STRINGS_CUT_SHORT",
        });
    }
    expect(await read(`${whole}\r\n`, 5)).toEqual(LABELS);
    // An empty part as one empty element (SheetJS writes it so: reviewer52 #9).
    const empty =
      '<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';
    expect(await read(empty, 7)).toEqual([]);
    await expect(read(empty.slice(0, -2), 7)).rejects.toMatchObject({
      code: "SHARED_STRINGS_CUT_SHORT",
    });
    const prefixed = whole.replace(/<(\/?)(sst|si|t)\b/g, "<$1x:$2");
    expect(await read(prefixed, 3)).toEqual(LABELS);
  });

  it("is said as a damaged file, naming it and the part", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sst-cut-"));
    try {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet("客户");
      for (let r = 1; r <= 50; r++) sheet.getRow(r).values = [`C${r}`, `客户${r}`];
      const file = join(dir, "cut.xlsx");
      await book.xlsx.writeFile(file);
      const JSZip = (await import("jszip")).default;
      const zip = await JSZip.loadAsync(readFileSync(file));
      const sst = await zip.file("xl/sharedStrings.xml")!.async("string");
      zip.file("xl/sharedStrings.xml", sst.slice(0, sst.length >> 1));
      writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
      const source = await openXlsx(file);
      const error = await source.readSheet("客户", () => undefined).catch((e: unknown) => e);
      expect((error as Error).message).toBe(
        `“${file}” is damaged: its list of texts (xl/sharedStrings.xml) breaks off before its end, so cells whose text is past the break would read as empty. Open the workbook in Excel (it repairs what it can), check it, save it and run again.`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("repetitive", () => {
  it("shares a column of few distinct texts, not ids, numbers or a short sample", () => {
    const rows = labelled(100).rows(0, 100);
    expect(repetitive(rows, 4)).toEqual([false, true, false, true]);
    expect(repetitive(rows.slice(0, 10), 4)).toEqual([false, false, false, false]);
  });

  it("shares notes of many distinct texts used about three times each, not reasons used once or twice", () => {
    // The 100k schedule's status notes: 586 distinct in the sample's 1,697 (an overdue note per
    // number of days); its reasons: 1,163 distinct of 1,587 (speed63).
    const rows: Cell[][] = [];
    for (let r = 0; r < 1800; r++)
      rows.push([
        `到回访日期逾期 ${r % 600} 天；计划期内电话名额已满，改为邮件`,
        `原因 ${r % 1300}`,
      ]);
    expect(repetitive(rows, 2)).toEqual([true, false]);
  });
});

describe("a package written whole shares its repeated labels", () => {
  let file: string;
  const table = labelled(300);
  beforeAll(async () => {
    file = join(dir, "ours.xlsx");
    await new XlsxReportWriter(file, { lang: "zh-CN" }).writeTables([table]);
  });

  it("writes xl/sharedStrings.xml, listed in the content types and the workbook's relationships", async () => {
    const zip = await ZipReader.open(file);
    try {
      expect(zip.has("xl/sharedStrings.xml")).toBe(true);
      expect(await zip.readText("[Content_Types].xml")).toContain(
        'PartName="/xl/sharedStrings.xml"',
      );
      expect(await zip.readText("xl/_rels/workbook.xml.rels")).toContain(
        'Target="sharedStrings.xml"',
      );
      const sheet = await zip.readText("xl/worksheets/sheet1.xml");
      // B2 follows A2 in its row: written without its reference (reportSheet.ts).
      expect(sheet).toMatch(
        /<c r="A2" s="\d+" t="inlineStr"><is><t>C0<\/t><\/is><\/c><c s="\d+" t="s"><v>0<\/v><\/c>/,
      );
    } finally {
      zip.close();
    }
  });

  it("reads back cell for cell (our reader, exceljs)", async () => {
    const source = await openXlsx(file);
    const got: Cell[][] = [];
    await source.readSheet("客户分类", (block) => {
      got.push(...block);
    });
    expect(got.slice(1)).toEqual(table.rows(0, 300));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet("客户分类")!;
    expect(sheet.getCell("B3").value).toBe(" 流失 ");
    expect(sheet.getCell("B4").value).toBe("A&B <c> _x0041_");
    expect(sheet.getCell("D300").value).toBe("中");
  });

  (hasOpenpyxl ? it : it.skip)("reads in openpyxl", () => {
    const script =
      "import sys, openpyxl\n" +
      "ws = openpyxl.load_workbook(sys.argv[1])['客户分类']\n" +
      "print(repr(ws['B3'].value), ws['B4'].value, ws['D301'].value, ws.max_row)\n";
    const r = runPython(script, file);
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.stdout.trim()).toBe("' 流失 ' A&B <c> _x0041_ 中 301");
  });

  (hasSoffice ? it : it.skip)(
    "opens in LibreOffice headless with the same texts",
    () => {
      const r = convertWithLibreOffice(file, dir, "csv:Text - txt - csv (StarCalc):44,34,76");
      expect(r.status).toBe(0);
      const csv = readFileSync(join(dir, "ours.csv"), "utf8").split(/\r?\n/);
      expect(csv[1]).toBe("C0,高价值,0,中");
      expect(csv[2]).toBe("C1, 流失 ,1,中");
      expect(csv[3]).toBe("C2,A&B <c> _x0041_,2,中");
    },
    300_000,
  );
});
