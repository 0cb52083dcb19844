import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  binaryAsCsv,
  binaryKind,
  fileError,
  legacyCjkEncoding,
  readingStopped,
} from "../../../src/workbook/file/fileErrors";
import { quoteNotClosed } from "../../../src/workbook/file/csvRecords";
import { openXlsx } from "../../../src/workbook/file/xlsxSource";
import { ZipFormatError, ZipPartError } from "../../../src/workbook/file/zipReader";
import { InputError } from "../../../src/engine/errors";

describe("fileError: a file that cannot be read, said as what to do", () => {
  test("a CSV given as the workbook (analyze c.csv) says to use --customers/--transactions, in both languages", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fileErrors-"));
    const csv = path.join(dir, "c.csv");
    writeFileSync(csv, "客户编号,客户名称\n1,甲\n");
    const error = await openXlsx(csv).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.in("en-US")).toContain("is a CSV file, not an Excel workbook");
    expect(e.in("en-US")).toContain("--customers");
    expect(e.in("en-US")).toContain("--transactions");
    expect(e.in("zh-CN")).toContain("是 CSV 文件");
    expect(e.in("zh-CN")).toContain("--customers");
    expect(e.in("zh-CN")).toContain(csv);
  });

  test("a CSV saved as .xlsx is told by its content, not its name (stop 33 tester #7)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fileErrors-"));
    const named = path.join(dir, "cust.xlsx");
    writeFileSync(named, "\uFEFF客户编号,客户名称\n1,甲\n");
    const e = (await openXlsx(named).catch((x: unknown) => x)) as InputError;
    expect(e).toBeInstanceOf(InputError);
    expect(e.in("en-US")).toContain("holds CSV text, not an Excel workbook");
    expect(e.in("en-US")).toContain("--customers");
    expect(e.in("zh-CN")).toContain("内容却是 CSV 文本");
    // Not text (a NUL byte): the plain message.
    const other = path.join(dir, "other.xlsx");
    writeFileSync(other, Buffer.from([0x41, 0x2c, 0x00, 0x42, 0x0a]));
    const o = (await openXlsx(other).catch((x: unknown) => x)) as InputError;
    expect(o.in("en-US")).toBe(
      `“${other}” is not an Excel workbook (.xlsx). It may be damaged, or another kind of file renamed .xlsx: open it in Excel, save it as an Excel workbook (.xlsx) and run again.`,
    );
    // A sentence with a comma is not a table (tester8's notzip.xlsx).
    const prose = path.join(dir, "notzip.xlsx");
    writeFileSync(prose, "hello, this is not a workbook\n");
    const p = (await openXlsx(prose).catch((x: unknown) => x)) as InputError;
    expect(p.in("en-US")).toBe(
      `“${prose}” is not an Excel workbook (.xlsx). It may be damaged, or another kind of file renamed .xlsx: open it in Excel, save it as an Excel workbook (.xlsx) and run again.`,
    );
  });

  test("a reading thread that stopped is said in the run's language, not the worker's English (stop 30 tester #2)", () => {
    const e = fileError("t.csv", readingStopped(), "csv");
    expect(e.in("zh-CN")).toBe(
      "无法读取“t.csv”：读取线程在读完文件之前意外停止（可能是内存不足）。请关闭其他程序后重新运行。",
    );
    expect(e.in("en-US")).toContain("the reading thread stopped before the end of the file");
  });

  test("any other file that is not a workbook gets the plain message", () => {
    const e = fileError("notes.docx", new ZipFormatError("no", "not_zip"));
    expect(e.in("en-US")).toBe(
      "“notes.docx” is not an Excel workbook (.xlsx). It may be damaged, or another kind of file renamed .xlsx: open it in Excel, save it as an Excel workbook (.xlsx) and run again.",
    );
    expect(e.in("zh-CN")).toBe(
      "“notes.docx”不是 Excel 工作簿（.xlsx）。文件可能已损坏，或是改了扩展名的其他文件：请在 Excel 中打开，另存为 Excel 工作簿（.xlsx）后重新运行。",
    );
  });

  test("system errors are named, never raw", () => {
    const e = fileError("in.xlsx", Object.assign(new Error("x"), { code: "ENOENT" }));
    expect(e.in("en-US")).toBe("Cannot open “in.xlsx”: the file does not exist.");
    expect(e.in("zh-CN")).toBe("无法打开“in.xlsx”：文件不存在。");
  });

  test("an unclosed quote and a part that unpacks too far are said in the user's language, row named", () => {
    const quote = fileError("t.csv", quoteNotClosed(235), "csv");
    expect(quote.in("zh-CN")).toBe(
      '无法读取“t.csv”：第 235 行有一个以英文双引号（"）开头的单元格没有闭合，文件其余部分都被读成了这个单元格。请检查第 235 行多出或缺少的双引号。',
    );
    expect(quote.in("en-US")).toContain("row 235 opens with a double quote");
    // As it arrives from a CSV worker: a plain Error with the message and the code.
    const { message, code } = quoteNotClosed(7) as Error & { code: string };
    expect(
      fileError("t.csv", Object.assign(new Error(message), { code }), "csv").in("en-US"),
    ).toContain("Check row 7");
    const part = new ZipPartError(
      "xl/worksheets/sheet2.xml",
      "size",
      "part xl/worksheets/sheet2.xml inflates past the 26490052 bytes the archive says",
    );
    expect(fileError("b.xlsx", part).in("zh-CN")).toBe(
      "“b.xlsx”已损坏：其中的部件 xl/worksheets/sheet2.xml 不完整（解压后超过文件为它记录的 26,490,052 字节）。",
    );
  });

  test("a workbook cut short, a part whose data does not inflate, a short part, a bad checksum: no English in the Chinese message (stop-26 tester 4)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fileErrors-"));
    const book = new ExcelJS.Workbook();
    book
      .addWorksheet("客户")
      .addRows([["客户编号"], ...Array.from({ length: 500 }, (_, i) => [`C${i}`])]);
    const whole = Buffer.from(await book.xlsx.writeBuffer());
    const cut = path.join(dir, "cut.xlsx");
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const error = await openXlsx(cut).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).in("zh-CN")).toBe(
      `“${cut}”已损坏或不完整：文件末尾缺失（下载或复制没有完成？）。请重新导出或复制该文件。`,
    );
    expect((error as InputError).in("en-US")).toContain("the end of the file is missing");
    const part = "xl/worksheets/sheet1.xml";
    const cases: [ZipPartError, string][] = [
      [
        new ZipPartError(part, "size", `part ${part} is damaged (invalid distance too far back)`),
        `“b.xlsx”已损坏：其中的部件 ${part} 的压缩数据有误，无法解压。`,
      ],
      [
        new ZipPartError(
          part,
          "size",
          `part ${part} has 1200 bytes where the archive says 26490052`,
        ),
        `“b.xlsx”已损坏：其中的部件 ${part} 不完整（解压后只有 1,200 字节，文件为它记录的是 26,490,052 字节）。`,
      ],
      [
        new ZipPartError(part, "crc", `part ${part} fails its CRC-32 checksum`),
        `“b.xlsx”已损坏：其中的部件 ${part} 校验和（CRC-32）不符。`,
      ],
    ];
    for (const [e, zh] of cases) {
      expect(fileError("b.xlsx", e).in("zh-CN")).toBe(zh);
      expect(fileError("b.xlsx", e).in("en-US")).toMatch(
        /^“b\.xlsx” is damaged: .*xl\/worksheets\/sheet1\.xml/,
      );
    }
    expect(fileError("b.xlsx", cases[1][0]).in("en-US")).toContain(
      "1,200 bytes where the file records 26,490,052",
    );
  });
});

describe("binaryAsCsv: a file given as a CSV file that is no text (tester50 M2)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "binaryAsCsv-"));
  const file = (name: string, bytes: Buffer | string) => {
    const f = path.join(dir, name);
    writeFileSync(f, bytes);
    return f;
  };
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

  test("a PNG renamed .csv is told to be a PNG file, not CSV text, in both languages", () => {
    const e = binaryAsCsv(file("png.csv", png), "png.csv")!;
    expect(e.in("en-US")).toContain("is not a CSV text file: it is a PNG file");
    expect(e.in("zh-CN")).toContain("不是 CSV 文本文件：它是 PNG 文件");
  });

  test("a workbook renamed .csv: give it by itself, its name quoted as a shell takes it (no curly quotes)", () => {
    const f = file("my book.csv", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]));
    const e = binaryAsCsv(f, `'${f}'`)!;
    expect(e.in("en-US")).toContain(`analyze '${f}' (`);
    expect(e.in("en-US")).not.toContain(`analyze “`);
    expect(e.in("zh-CN")).toContain(`analyze '${f}'（`);
  });

  test("NUL bytes say binary; UTF-16 (with or without a BOM) and plain text are text", () => {
    expect(
      binaryKind(file("nul.csv", Buffer.from([0x41, 0x00, 0x01, 0x02, 0x00, 0x00, 0x00, 0xff]))),
    ).toBe("binary");
    expect(binaryKind(file("u16.csv", Buffer.from("id,name\n1,a\n", "utf16le")))).toBeNull();
    expect(
      binaryKind(
        file("bom.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("id\n", "utf16le")])),
      ),
    ).toBeNull();
    expect(binaryKind(file("t.csv", "客户编号,金额\n1,2\n"))).toBeNull();
    // A stray NUL below the header (inside a field, padding after an interrupted copy) is left to
    // the reader, as before (reviewer50 M1); one in the header line is binary.
    const text = Buffer.from("\ufeff客户编号,客户名称\n1000001,张三\n1000002,李\u0000四\n");
    expect(binaryKind(file("stray.csv", text))).toBeNull();
    expect(
      binaryKind(file("padded.csv", Buffer.concat([Buffer.from("id\n1\n"), Buffer.alloc(3000)]))),
    ).toBeNull();
    expect(binaryKind(file("head.csv", Buffer.from("i\u0000d\n1\n")))).toBe("binary");
    expect(binaryAsCsv(file("t2.csv", "id\n1\n"), "t2.csv")).toBeNull();
    expect(
      binaryAsCsv(file("nul2.csv", Buffer.from([0x41, 0, 0, 0, 0x42])), "x")!.in("en-US"),
    ).toContain("binary content (NUL bytes)");
  });
});

describe("legacyCjkEncoding: a CSV file in an encoding not read (tester50 M4)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "legacyCjk-"));
  const file = (name: string, ...parts: (number[] | string)[]) => {
    const f = path.join(dir, name);
    writeFileSync(
      f,
      Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p)))),
    );
    return f;
  };
  // 客戶名單 in Big5, 顧客番号 in Shift-JIS, 客户编号 in GB18030.
  const BIG5 = [0xab, 0xc8, 0xa4, 0xe1, 0xa6, 0x57, 0xb3, 0xe6];
  const SJIS = [0x8c, 0xda, 0x8b, 0x71, 0x94, 0xd4, 0x8d, 0x86];
  const GB = [0xbf, 0xcd, 0xbb, 0xa7, 0xb1, 0xe0, 0xba, 0xc5];

  test("Shift-JIS is named; Big5 (read as Big5 now: tester51 C2), GB18030, UTF-8 and Windows-1252 are not", () => {
    expect(legacyCjkEncoding(file("b.csv", BIG5, ",x\n1,2\n"))).toBeNull();
    expect(legacyCjkEncoding(file("s.csv", SJIS, ",x\n1,2\n"))).toBe("Shift-JIS");
    expect(legacyCjkEncoding(file("g.csv", GB, ",x\n1,2\n"))).toBeNull();
    // input53: Japanese names that also decode as Big5-HKSCS were named Big5.
    const NAMES = [
      140, 218, 139, 113, 73, 68, 44, 140, 218, 139, 113, 150, 188, 10, 67, 49, 44, 142, 82, 147,
      99, 145, 190, 152, 89, 10, 67, 50, 44, 141, 178, 147, 161, 137, 212, 142, 113, 10,
    ]; // 顧客ID,顧客名 / C1,山田太郎 / C2,佐藤花子
    expect(legacyCjkEncoding(file("names.csv", NAMES))).toBe("Shift-JIS");
    expect(legacyCjkEncoding(file("u.csv", "客户编号,x\n1,2\n"))).toBeNull();
    expect(
      legacyCjkEncoding(file("w.csv", "Name\nCaf", [0xe9], " Soci", [0xe9], "t", [0xe9], "\n")),
    ).toBeNull();
  });
});
