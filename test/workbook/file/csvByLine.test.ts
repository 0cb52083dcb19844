import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cell } from "../../../src/engine/cells";
import { openCsv } from "../../../src/workbook/file/csvSource";
import { cellEncoding, utf8Evidence } from "../../../src/workbook/file/csvByLine";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "csv-by-line-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function file(content: Buffer): string {
  const path = join(dir, `f${files++}.csv`);
  writeFileSync(path, content);
  return path;
}

type Note = { row: number; code: string; encoding: string; column?: number; text?: string };
async function read(path: string) {
  const source = openCsv({ customers: path }, { blockRows: 3 });
  const byRow = new Map<number, Cell[]>();
  const notes: Note[] = [];
  await source.readSheet(
    "Customers",
    (rows, firstRow) => rows.forEach((r, i) => byRow.set(firstRow + i, r)),
    {
      decimalMark: () => undefined,
      encoding: (row, code, p) => notes.push({ row, code, ...p }),
    },
  );
  return { byRow, notes };
}

// GB18030 bytes of the characters the tests use, found by decoding every two-byte pair (Node has
// a GB18030 decoder but no encoder).
const CHARS = "广州东华科技集团有限公司企业是否张伟王芳李娜刘洋陈静上海北京客户编号名称类型城市";
const GB = new Map<string, Buffer>();
{
  const decoder = new TextDecoder("gb18030", { fatal: true });
  for (let lead = 0x81; lead <= 0xfe && GB.size < CHARS.length; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const pair = Buffer.from([lead, trail]);
      const char = decoder.decode(pair);
      if (CHARS.includes(char) && !GB.has(char)) GB.set(char, pair);
    }
}
const gbk = (text: string): Buffer =>
  Buffer.concat([...text].map((c) => GB.get(c) ?? Buffer.from(c, "latin1")));

describe("utf8Evidence / cellEncoding", () => {
  it("counts whole 3-byte characters and bad bytes", () => {
    expect(utf8Evidence(Buffer.from([0xff, 0xe7, 0xa7, 0x91, 0xe6, 0x8a, 0x80]))).toEqual({
      chars: 2,
      bad: 1,
    });
    // GBK text forms no 3-byte character here (a few 2-byte ones by chance: not counted)
    expect(utf8Evidence(gbk("广州东华"))).toMatchObject({ chars: 0 });
    // overlong / surrogate forms are no characters
    expect(utf8Evidence(Buffer.from([0xe0, 0x80, 0x80, 0xed, 0xa0, 0x80]))).toEqual({
      chars: 0,
      bad: 6,
    });
  });

  it("a spoilt UTF-8 cell reads as UTF-8; a GBK cell as GB18030, leaning either way", () => {
    const spoilt = Buffer.concat([Buffer.from([0xff, 0xfe, 0x81]), Buffer.from("科技集团")]);
    expect(cellEncoding(spoilt, false, "UTF-8")).toBe("utf-8-invalid");
    expect(cellEncoding(spoilt, false, "GB18030")).toBe("utf-8-invalid");
    expect(cellEncoding(gbk("广州东华科技"), true, "UTF-8")).toBe("gb18030");
    expect(cellEncoding(gbk("广州东华科技"), true, "GB18030")).toBe("gb18030");
    // invalid in both with no UTF-8 character: the lean decides
    expect(cellEncoding(Buffer.from([0x41, 0xff]), false, "GB18030")).toBe("gb18030-invalid");
    expect(cellEncoding(Buffer.from([0x41, 0xff]), false, "UTF-8")).toBe("utf-8-invalid");
  });
});

describe("a CSV that is not UTF-8 throughout, read cell by cell (tester13 #5)", () => {
  it("tester13's file: bytes FF FE 81 in one name spoil that name's first characters only, and the note names row and column", async () => {
    const header = "客户编号,客户名称,客户类型,同意营销联系\r\n";
    const bytes = Buffer.concat([
      Buffer.from(header + "1000001,"),
      Buffer.from([0xff, 0xfe, 0x81]),
      Buffer.from("科技集团有限公司,企业,是\r\n1000002,深圳东华科技集团有限公司,企业,否\r\n"),
    ]);
    const { byRow, notes } = await read(file(bytes));
    expect(byRow.get(2)).toEqual(["1000001", "\uFFFD\uFFFD\uFFFD科技集团有限公司", "企业", "是"]);
    expect(byRow.get(3)).toEqual(["1000002", "深圳东华科技集团有限公司", "企业", "否"]);
    expect(notes).toEqual([
      {
        row: 2,
        code: "invalid_encoding",
        encoding: "UTF-8",
        fileEncoding: "UTF-8",
        column: 1,
        text: "\uFFFD\uFFFD\uFFFD科技集团有限公司,",
      },
    ]);
  });

  const name = fc
    .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 8 })
    .map((c) => c.join(""));
  const cell = fc.oneof(name, fc.stringMatching(/^[A-Za-z0-9 .]{0,6}$/));
  const rows = fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 12 });

  it("property: one spoilt byte in a UTF-8 file's cell spoils that cell at that spot only, noted by row and column", async () => {
    const quoted = (c: string) => Buffer.from(`"${c}"`);
    await fc.assert(
      fc.asyncProperty(
        rows,
        fc.nat(),
        fc.nat(),
        fc.constantFrom(0xff, 0xfe, 0xc0, 0x80),
        async (data, pickRow, pickAt, badByte) => {
          // The spoilt cell: one with Chinese text in some row; the byte goes between characters.
          const r = pickRow % data.length;
          const target = data[r].findIndex((c) => /[^\x00-\x7f]/.test(c));
          fc.pre(target >= 0);
          const chars = [...data[r][target]];
          const at = pickAt % (chars.length + 1);
          const lines = [Buffer.from("客户编号,名称,类型\r\n")];
          data.forEach((pair, i) => {
            const cells = [quoted(`C${i + 1}`), ...pair.map(quoted)];
            if (i === r)
              cells[target + 1] = Buffer.concat([
                Buffer.from('"' + chars.slice(0, at).join("")),
                Buffer.from([badByte]),
                Buffer.from(chars.slice(at).join("") + '"'),
              ]);
            lines.push(...cells.flatMap((c, k) => [c, Buffer.from(k < 2 ? "," : "\r\n")]));
          });
          const { byRow, notes } = await read(file(Buffer.concat(lines)));
          data.forEach(([a, b], i) => {
            const want: Cell[] = [`C${i + 1}`, a || null, b || null];
            if (i === r)
              want[target + 1] = chars.slice(0, at).join("") + "\uFFFD" + chars.slice(at).join("");
            expect(byRow.get(i + 2)).toEqual(want);
          });
          expect(notes.map((n) => [n.row, n.code, n.column, n.encoding])).toEqual([
            [r + 2, "invalid_encoding", target + 1, "UTF-8"],
          ]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("property: a file wholly in GB18030 reads every cell right, with no note", async () => {
    await fc.assert(
      fc.asyncProperty(rows, async (data) => {
        // 城市 上海 on every line: no line is valid UTF-8 by chance (C9 CF is no UTF-8 pair).
        const text =
          "客户编号,名称,类型,城市\r\n" +
          data.map(([a, b], i) => `C${i + 1},${a},${b},上海\r\n`).join("");
        const { byRow, notes } = await read(file(gbk(text)));
        expect(byRow.get(1)).toEqual(["客户编号", "名称", "类型", "城市"]);
        data.forEach(([a, b], i) =>
          expect(byRow.get(i + 2)).toEqual([`C${i + 1}`, a || null, b || null, "上海"]),
        );
        expect(notes).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
