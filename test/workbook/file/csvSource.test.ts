import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cell, Grid } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { detectDelimiter, detectEncoding, openCsv } from "../../../src/workbook/file/csvSource";
import { utf16Unmarked } from "../../../src/workbook/file/csvEncoding";
import { blockRow } from "../../../src/engine/ingest/columnBlock";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "csv-source-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function readCustomers(path: string, blockRows?: number) {
  const source = openCsv({ customers: path }, { blockRows });
  const blocks: Array<{ firstRow: number; rows: Grid }> = [];
  const byRow = new Map<number, Cell[]>();
  await source.readSheet("Customers", (rows, firstRow) => {
    blocks.push({ firstRow, rows });
    rows.forEach((r, i) => byRow.set(firstRow + i, r));
  });
  return { blocks, byRow };
}

// 客户编号,姓名 / C001,张三 in GBK (what Chinese Excel's "Save as CSV" writes):
// 客 BF CD, 户 BB A7, 编 B1 E0, 号 BA C5, 姓 D0 D5, 名 C3 FB, 张 D5 C5, 三 C8 FD.
const GBK_CSV = Buffer.from(
  "BFCDBBA7B1E0BAC5 2C D0D5C3FB 0D0A 43303031 2C D5C5C8FD 0D0A".replace(/\s/g, ""),
  "hex",
);

describe("openCsv", () => {
  it("names each file's sheet by its input's English label", async () => {
    const source = openCsv({ transactions: file("t.csv", "a\n"), customers: file("c.csv", "a\n") });
    expect(await source.sheetNames()).toEqual(["Customers", "Transactions"]);
  });

  it("reads UTF-8 with a BOM; empty cells are null, the rest stay strings", async () => {
    const { byRow } = await readCustomers(
      file("bom.csv", "\ufeff客户编号,姓名,积分\r\nC001,张三,100\r\nC002,,\r\n"),
    );
    expect([...byRow.entries()]).toEqual([
      [1, ["客户编号", "姓名", "积分"]],
      [2, ["C001", "张三", "100"]],
      [3, ["C002", null, null]],
    ]);
  });

  it("reads GB18030/GBK bytes (not valid UTF-8)", async () => {
    const path = file("gbk.csv", GBK_CSV);
    expect(await detectEncoding(path)).toBe("gb18030");
    const { byRow } = await readCustomers(path);
    expect([...byRow.values()]).toEqual([
      ["客户编号", "姓名"],
      ["C001", "张三"],
    ]);
  });

  // tester43 #4: Western Excel's "CSV (Comma delimited)" writes Windows-1252; an English file with
  // `Hélène Müller` was read as GBK, `H閘鑞e M黮ler`, with no word.
  it("reads Windows-1252 (Western Excel's CSV) as Windows-1252, not GBK", async () => {
    const latin = (text: string) => Buffer.from(text, "latin1");
    const path = file(
      "cp1252.csv",
      latin("Customer ID,Name,City\r\n1001,Hélène Müller,Zürich\r\n1002,José Ñúñez,São Paulo\r\n"),
    );
    expect(await detectEncoding(path)).toBe("windows-1252");
    const { byRow } = await readCustomers(path);
    expect([...byRow.values()]).toEqual([
      ["Customer ID", "Name", "City"],
      ["1001", "Hélène Müller", "Zürich"],
      ["1002", "José Ñúñez", "São Paulo"],
    ]);
    // GBK text, also among plenty of ASCII, stays GBK.
    expect(await detectEncoding(file("gbk-again.csv", GBK_CSV))).toBe("gb18030");
  });

  // reviewer43 D1–D3: what 4ded8aa read as Windows-1252 wrongly.
  it("keeps a UTF-8 file with a Windows-1252 row, a BOM-ed file and a near-ASCII GBK file off Windows-1252", async () => {
    const utf8Rows = Buffer.from("Customer ID,Name,City\r\n1001,Zoë Brontë,Köln\r\n");
    const latinRow = Buffer.from(
      "1002,Hélène Müller-Dürrenmatt Séverine Éloïse,Zürich Genève Besançon Nîmes Orléans\r\n",
      "latin1",
    );
    const mixed = file("mixed.csv", Buffer.concat([utf8Rows, latinRow]));
    expect(await detectEncoding(mixed)).toBe("gb18030");
    const { byRow } = await readCustomers(mixed);
    // Line by line: the UTF-8 rows stay right (before: `ZoÃ« BrontÃ«`).
    expect(byRow.get(2)).toEqual(["1001", "Zoë Brontë", "Köln"]);
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("Customer ID,Name\r\n"),
      latinRow,
    ]);
    expect(await detectEncoding(file("bom-latin.csv", bom))).toBe("gb18030");
    // 昇 in GBK is 95 4E (a trail byte in ASCII's range): a lone byte below C0 is no Latin letter.
    const rare = Buffer.concat([
      Buffer.from("id,name,note\r\n1,Acme,"),
      Buffer.from([0x95, 0x4e]),
      Buffer.from("\r\n"),
    ]);
    expect(await detectEncoding(file("gbk-rare.csv", rare))).toBe("gb18030");
  });

  // reviewer43 D14: b3aa485 counted Windows-1252's punctuation (’ – € and the no-break space) against
  // it, and one chance UTF-8 character (É then a no-break space) sent the file to GB18030:
  // `McDonald抯 Caf�`.
  it("reads Windows-1252 with typographic punctuation as Windows-1252", async () => {
    const latin = (text: string) => Buffer.from(text, "latin1");
    const cp1252 = Buffer.concat([
      latin("Customer ID,Name,Note\r\n1001,McDonald"),
      Buffer.from([0x92]),
      latin("s Café,Cable "),
      Buffer.from([0x96]),
      latin(" 2 m\r\n1002,O"),
      Buffer.from([0x92]),
      latin("Brien Ltd,CAFÉ\u00a0bar\r\n"),
    ]);
    const path = file("cp1252-punct.csv", cp1252);
    expect(await detectEncoding(path)).toBe("windows-1252");
    const { byRow } = await readCustomers(path);
    expect(byRow.get(2)).toEqual(["1001", "McDonald’s Café", "Cable – 2 m"]);
    expect(byRow.get(3)).toEqual(["1002", "O’Brien Ltd", "CAFÉ\u00a0bar"]);
  });

  it("finds GBK text far down a file that starts as plain ASCII", async () => {
    const ascii = "id,name\r\n" + Array.from({ length: 20000 }, (_, i) => `C${i},x\r\n`).join("");
    const path = file("late-gbk.csv", Buffer.concat([Buffer.from(ascii), GBK_CSV.subarray(15)]));
    const { byRow } = await readCustomers(path);
    expect(byRow.get(20002)).toEqual(["C001", "张三"]);
  });

  it("reads UTF-16 with a BOM (Excel's Unicode text)", async () => {
    const text = "客户编号\t姓名\r\nC001\t张三\r\n";
    const path = file(
      "utf16.csv",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    );
    const { byRow } = await readCustomers(path);
    expect(byRow.get(2)).toEqual(["C001", "张三"]);
  });

  it("reads a UTF-16 character cut at a piece's end (its pieces read into one buffer)", async () => {
    // A surrogate pair (😀, 4 bytes) across the end of the first 256 KB piece, the next piece read
    // into the buffer of the last: the decoder keeps the pair's first half itself.
    const row = (k: number) => `C${String(k).padStart(5, "0")},张三😀\r\n`; // 26 bytes
    // The BOM, the header (padded) and 10,080 rows put a pair's middle at 262,144.
    let text = `客户编号,姓名${"x".repeat(12)}\r\n`;
    for (let k = 1; k <= 12000; k++) text += row(k);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const end = 256 * 1024;
    expect(bytes.subarray(end - 2, end + 2)).toEqual(Buffer.from("😀", "utf16le"));
    const { byRow } = await readCustomers(file("utf16cut.csv", bytes));
    const rows = [...byRow.values()];
    expect(rows).toHaveLength(12001);
    const wrong = rows
      .slice(1)
      .filter((r, k) => r[0] !== `C${String(k + 1).padStart(5, "0")}` || r[1] !== "张三😀");
    expect(wrong).toEqual([]);
  });

  it("reads UTF-16 without a BOM, either byte order (NULs at every other byte tell it)", async () => {
    const text = "客户编号,姓名,积分\r\n1000001,张三,100\r\n1000002,李四,7\r\n";
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    for (const [name, bytes, encoding] of [
      ["le.csv", le, "utf-16le"],
      ["be.csv", be, "utf-16be"],
    ] as const) {
      const path = file(name, bytes);
      expect(await detectEncoding(path)).toBe(encoding);
      const { byRow } = await readCustomers(path);
      expect([...byRow.values()]).toEqual([
        ["客户编号", "姓名", "积分"],
        ["1000001", "张三", "100"],
        ["1000002", "李四", "7"],
      ]);
      const columns = openCsv({ customers: path });
      const heads: Cell[] = [];
      await columns.readColumns!("Customers", (block) => {
        if (heads.length === 0) heads.push(...blockRow(block, 0));
      });
      expect(heads).toEqual(["客户编号", "姓名", "积分"]);
    }
    // UTF-8 and GBK text has no NUL bytes: not taken for UTF-16.
    expect(utf16Unmarked(Buffer.from(text))).toBeNull();
    expect(utf16Unmarked(GBK_CSV)).toBeNull();
    // Chinese text alone in UTF-16 has few NULs; one comma and line break per row is enough.
    expect(utf16Unmarked(Buffer.from("客户编号,姓名\r\n", "utf16le"))).toBe("utf-16le");
  });

  it("detects semicolon and tab delimiters", async () => {
    const semi = await readCustomers(file("semi.csv", "id;amount\nC1;1,5\nC2;2,25\n"));
    expect(semi.byRow.get(2)).toEqual(["C1", "1,5"]);
    const tab = await readCustomers(file("tab.csv", "id\tname, title\nC1\tZhang, Mr\n"));
    expect(tab.byRow.get(2)).toEqual(["C1", "Zhang, Mr"]);
  });

  it("keeps quoted line breaks in their cell and numbers rows as a spreadsheet shows them", async () => {
    const csv = 'id,note\r\nC1,"line one\r\nline two"\r\n\r\nC2,"say ""hi"""\r\nC3,ok';
    const { byRow } = await readCustomers(file("quoted.csv", csv));
    expect([...byRow.entries()]).toEqual([
      [1, ["id", "note"]],
      [2, ["C1", "line one\r\nline two"]],
      [3, [null]],
      [4, ["C2", 'say "hi"']],
      [5, ["C3", "ok"]],
    ]);
  });

  it("tolerates ragged rows and stray quotes", async () => {
    const { byRow } = await readCustomers(file("ragged.csv", 'a,b,c\n1\n2,3,4,5\n6,7"x,8\n'));
    expect(byRow.get(2)).toEqual(["1"]);
    expect(byRow.get(3)).toEqual(["2", "3", "4", "5"]);
    expect(byRow.get(4)).toEqual(["6", '7"x', "8"]);
  });

  it("streams in blocks with the right first rows", async () => {
    const csv = Array.from({ length: 23 }, (_, i) => `r${i + 1}`).join("\n");
    const { blocks } = await readCustomers(file("blocks.csv", csv), 10);
    expect(blocks.map((b) => [b.firstRow, b.rows.length, b.rows[0][0]])).toEqual([
      [1, 10, "r1"],
      [11, 10, "r11"],
      [21, 3, "r21"],
    ]);
  });

  it("tells the rows it expects from the bytes read so far, exactly at the end", async () => {
    // 300,000 records over several 256 KB pieces: an estimate per piece, the count at the end.
    const csv = Array.from(
      { length: 300_000 },
      (_, i) => `C${String(i).padStart(6, "0")},${i % 7 ? "张三" : ""}`,
    ).join("\n");
    const source = openCsv({ customers: file("big.csv", csv) }, { blockRows: 5000 });
    const told: number[] = [];
    let rows = 0;
    await source.readColumns!("Customers", (block) => void (rows += block.rows), {
      decimalMark: () => undefined,
      encoding: () => undefined,
      rowsExpected: (n) => void told.push(n),
    });
    expect(rows).toBe(300_000);
    expect(told.length).toBeGreaterThan(3);
    // Rows are the same length here, so every estimate is close; the last is the count.
    for (const n of told) expect(Math.abs(n - 300_000)).toBeLessThan(300_000 * 0.05);
    expect(told[told.length - 1]).toBe(300_000);
  });

  it("names a missing file in an InputError", async () => {
    const missing = join(dir, "missing.csv");
    const source = openCsv({ customers: missing });
    await expect(source.sheetNames()).rejects.toThrow(InputError);
    await expect(source.sheetNames()).rejects.toThrow(`“${missing}”`);
    await expect(source.readSheet("Customers", () => undefined)).rejects.toThrow(/does not exist/);
    await expect(openCsv({ customers: dir }).sheetNames()).rejects.toThrow(/folder/);
  });

  it("rejects a sheet it has no file for", async () => {
    await expect(openCsv({}).readSheet("Customers", () => undefined)).rejects.toThrow(InputError);
  });
});

describe("detectDelimiter", () => {
  it("finds the delimiter a grid was written with", () => {
    const field = fc.stringMatching(/^[A-Za-z0-9 .客户张三]{0,8}$/);
    fc.assert(
      fc.property(
        fc.constantFrom(",", ";", "\t"),
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.constant(0), { minLength: 1, maxLength: 8 }),
        fc.infiniteStream(field),
        (d, columns, rows, fields) => {
          const lines = [...rows, 0].map(() =>
            Array.from({ length: columns }, () => fields.next().value).join(d),
          );
          return detectDelimiter(lines.join("\n") + "\n") === d;
        },
      ),
    );
  });

  it("ignores delimiters inside quotes", () => {
    expect(detectDelimiter('"a;b;c",x\n"d;e;f",y\n')).toBe(",");
  });

  it("is not fooled by a title line above the header (stop 21)", () => {
    const body = "客户编号;客户名称;城市\nC001;张三;上海\nC002;李四;北京\n";
    expect(detectDelimiter("客户名单\n" + body)).toBe(";");
    expect(detectDelimiter("2025年客户名单, 华东区\n" + body)).toBe(";");
    expect(detectDelimiter("Customers\n" + body.replace(/;/g, "\t"))).toBe("\t");
    expect(detectDelimiter("Report;2025\nid,name,city\n1,a,b\n2,c,d\n")).toBe(",");
  });
});

describe("encodings line by line (issue 14 item 2)", () => {
  type Note = {
    row: number;
    code: string;
    encoding: string;
    fileEncoding: string;
    column?: number;
  };
  async function readWithNotes(path: string) {
    const source = openCsv({ customers: path }, { blockRows: 4 });
    const byRow = new Map<number, Cell[]>();
    const notes: Note[] = [];
    const marks: string[] = [];
    await source.readSheet(
      "Customers",
      (rows, firstRow) => rows.forEach((r, i) => byRow.set(firstRow + i, r)),
      {
        decimalMark: (m) => marks.push(m),
        encoding: (row, code, p) => notes.push({ row, code, ...p }),
      },
    );
    return { byRow, notes, marks };
  }
  const NAMES =
    "张伟 王芳 李娜 刘洋 陈静 杨磊 赵敏 黄强 周杰 吴倩 徐涛 孙丽 马超 朱琳 胡斌 郭颖 何平 高翔 林峰".split(
      " ",
    );

  it("a UTF-8 file with one GBK line appended keeps its 19 UTF-8 names and notes the GBK row", async () => {
    const utf8 = "客户编号,姓名\r\n" + NAMES.map((n, i) => `C${i + 1},${n}\r\n`).join("");
    const path = file("mixed.csv", Buffer.concat([Buffer.from(utf8), GBK_CSV.subarray(15)]));
    const { byRow, notes } = await readWithNotes(path);
    expect(byRow.get(1)).toEqual(["客户编号", "姓名"]);
    NAMES.forEach((n, i) => expect(byRow.get(i + 2)).toEqual([`C${i + 1}`, n]));
    expect(byRow.get(21)).toEqual(["C001", "张三"]);
    expect(notes).toEqual([
      {
        row: 21,
        code: "encoding_fallback",
        encoding: "GB18030",
        fileEncoding: "UTF-8",
        // the cell, by its column (tester13 #5): the row's other cells are UTF-8
        column: 1,
        text: "张三",
      },
    ]);
  });

  it("a UTF-8 file with a BOM and one GBK line: the GBK row read right and noted (not garbled)", async () => {
    const utf8 = "\ufeff客户编号,姓名\r\n" + NAMES.map((n, i) => `C${i + 1},${n}\r\n`).join("");
    const path = file("bom-mixed.csv", Buffer.concat([Buffer.from(utf8), GBK_CSV.subarray(15)]));
    expect(await detectEncoding(path)).toBe("gb18030");
    const { byRow, notes } = await readWithNotes(path);
    expect(byRow.get(1)).toEqual(["客户编号", "姓名"]);
    NAMES.forEach((n, i) => expect(byRow.get(i + 2)).toEqual([`C${i + 1}`, n]));
    expect(byRow.get(21)).toEqual(["C001", "张三"]);
    expect(notes).toEqual([
      {
        row: 21,
        code: "encoding_fallback",
        encoding: "GB18030",
        fileEncoding: "UTF-8",
        // the cell, by its column (tester13 #5): the row's other cells are UTF-8
        column: 1,
        text: "张三",
      },
    ]);
  });

  it("a GBK file with one UTF-8 line notes the UTF-8 row; quoted line breaks keep rows right", async () => {
    const gbkLines = Buffer.concat([
      GBK_CSV, // header + C001,张三 (rows 1-2)
      Buffer.from('C002,"two\r\nlines"\r\n'), // row 3, two lines
      GBK_CSV.subarray(15), // row 4
      GBK_CSV.subarray(15), // row 5
      Buffer.from("C003,李娜\r\n"), // row 6: UTF-8
    ]);
    const { byRow, notes } = await readWithNotes(file("gbk-utf8.csv", gbkLines));
    expect(byRow.get(6)).toEqual(["C003", "李娜"]);
    expect(byRow.get(5)).toEqual(["C001", "张三"]);
    expect(notes).toEqual([
      {
        row: 6,
        code: "encoding_fallback",
        encoding: "UTF-8",
        fileEncoding: "GB18030",
        text: "C003,李娜",
      },
    ]);
  });

  it("bytes invalid in both encodings are noted on their row", async () => {
    const bytes = Buffer.concat([Buffer.from("id,name\nC1,张三\nC2,"), Buffer.from([0xff, 0x0a])]);
    const { notes } = await readWithNotes(file("invalid.csv", bytes));
    expect(notes.map((n) => [n.row, n.code, n.column])).toEqual([[3, "invalid_encoding", 1]]);
  });

  it("a wholly GBK file gets no notes; a ;-separated file suggests a decimal comma", async () => {
    expect((await readWithNotes(file("gbk2.csv", GBK_CSV))).notes).toEqual([]);
    expect((await readWithNotes(file("semi2.csv", "id;amount\nC1;1,5\n"))).marks).toEqual([","]);
    expect((await readWithNotes(file("comma2.csv", "id,amount\nC1,1.5\n"))).marks).toEqual([]);
  });
});
