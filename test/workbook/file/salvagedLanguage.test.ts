/**
 * A workbook cut short (a download that did not finish) cannot be opened, but its first parts can
 * still say its language: the refusal is said in it (stop-28 tester #5: a truncated Chinese
 * workbook answered in English on an English system).
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { cli, scratchFolder } from "../../cli/harness";
import { partTexts, salvagedLanguage } from "../../../src/workbook/file/salvagedLanguage";

const scratch = scratchFolder("ca-salvaged-");

/**
 * A workbook of customers and 3,000 transactions headed in `headers`, cut where its theme part
 * starts: exceljs writes the sheets and shared strings first, then the theme, styles, workbook
 * part and the zip's directory (Excel writes the workbook part first).
 */
async function cutBook(name: string, headers: string[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet(headers[0]).addRow([headers[1], headers[2]]);
  const sheet = book.addWorksheet(headers[3]);
  sheet.addRow([headers[1], headers[4], headers[5]]);
  for (let i = 0; i < 3000; i++) sheet.addRow([`C${i}`, `2025-01-${(i % 28) + 1}`, i * 1.5]);
  const whole = Buffer.from(await book.xlsx.writeBuffer());
  const cut = whole.indexOf(Buffer.from("xl/theme/")) - 30;
  expect(cut).toBeGreaterThan(whole.length / 2);
  return scratch.write(name, whole.subarray(0, cut));
}

const ZH = ["客户", "客户编号", "客户名称", "交易", "日期", "金额"];
const EN = ["Customers", "Customer ID", "Name", "Transactions", "Date", "Amount"];

describe("the language of a workbook that cannot be opened", () => {
  test("a cut Chinese workbook speaks Chinese, an English one English, a few bytes nothing", async () => {
    expect(salvagedLanguage(await cutBook("zh.xlsx", ZH))).toBe("zh-CN");
    expect(salvagedLanguage(await cutBook("en.xlsx", EN))).toBe("en-US");
    expect(salvagedLanguage(scratch.write("tiny.xlsx", Buffer.from("PK\x03\x04")))).toBeNull();
    expect(salvagedLanguage(scratch.path("missing.xlsx"))).toBeNull();
  });

  test("the texts are the shared strings and cell texts of the parts there", async () => {
    const texts = partTexts(readFileSync(await cutBook("zh2.xlsx", ZH)));
    expect(texts).toEqual(expect.arrayContaining(["客户编号", "客户名称", "金额", "C0"]));
    expect(texts.length).toBe(200); // enough to tell, not the whole part
  });

  test("the CLI refuses a cut Chinese workbook in Chinese on an English system, --lang winning", async () => {
    const book = await cutBook("cut.xlsx", ZH);
    const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL };
    process.env.LANG = "en_US.UTF-8";
    delete process.env.LC_ALL;
    try {
      const out = scratch.path("out.xlsx");
      const r = await cli("analyze", book, "--as-of", "2025-12-31", "-o", out, "-q");
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^错误：“.*cut\.xlsx”已损坏或不完整/);
      const en = await cli(
        "analyze",
        book,
        "--as-of",
        "2025-12-31",
        "-o",
        out,
        "-q",
        "--lang",
        "en",
      );
      expect(en.err).toMatch(/^error: “.*cut\.xlsx” is damaged or incomplete/);
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  });

  test("a cut workbook written by openpyxl speaks Chinese: its texts are character references", () => {
    // openpyxl writes a sheet's inline strings as &#23458;&#25143;… and its workbook part (the
    // sheet names) near the end: cut before it, the texts held no CJK and the refusal came in
    // English under LANG=C.UTF-8 (stop 30). The fixture is openpyxl's (make-rich-workbook.py).
    const whole = readFileSync(path.join(__dirname, "fixtures", "rich-workbook.xlsx"));
    expect(whole.includes(Buffer.from("&#23458;&#25143;"))).toBe(false); // deflated: read, not grepped
    const cut = whole.indexOf(Buffer.from("xl/workbook.xml")) - 30;
    expect(cut).toBeGreaterThan(0);
    const texts = partTexts(whole.subarray(0, cut));
    expect(texts).toEqual(expect.arrayContaining(["客户编号", "客户名称", "C001"]));
    expect(texts.some((t) => t.includes("&#"))).toBe(false);
    expect(salvagedLanguage(scratch.write("openpyxl-cut.xlsx", whole.subarray(0, cut)))).toBe(
      "zh-CN",
    );
  });

  test("character references and entities are read as the characters they stand for", () => {
    const xml =
      "<sst><si><t>&#23458;&#x6237; &amp; &lt;A&gt; &quot;B&quot; &apos;C&apos;</t></si></sst>";
    const name = Buffer.from("xl/sharedStrings.xml", "latin1");
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(name.length, 26); // stored
    expect(partTexts(Buffer.concat([header, name, Buffer.from(xml, "utf8")]))).toEqual([
      "客户 & <A> \"B\" 'C'",
    ]);
  });

  test("a part that inflates ~1,000-fold (a shared-strings bomb) gives its first texts, not all of it", () => {
    // Without a cap on what a part inflates to, its 16 KB here became 16 MB of text, and the
    // issue14 bomb (48 MB in an 80 MB heap) ended the refusal in "heap out of memory".
    const xml = `<sst><si><t>客户编号</t></si><si><t>${"A".repeat(16 << 20)}</t></si></sst>`;
    const data = deflateRawSync(Buffer.from(xml, "utf8"));
    const name = Buffer.from("xl/sharedStrings.xml", "latin1");
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(name.length, 26);
    const texts = partTexts(Buffer.concat([header, name, data]));
    expect(texts[0]).toBe("客户编号");
    expect(texts.reduce((n, t) => n + t.length, 0)).toBeLessThanOrEqual(1 << 20);
  });
});
