import { runInNewContext } from "node:vm";
import {
  CELL_WORDS,
  EMPTY_ROW,
  NOT_ASCII,
  ROW_WORDS,
  TAPE_HEAD,
  WALK_ROW,
  tapeCells,
  tapeRows,
} from "../../../src/workbook/file/cellTape";
import { T_INLINE, T_NUMBER, T_SHARED } from "../../../src/workbook/file/cellBytes";

/**
 * The cell tape (cellTape.ts): a worksheet's rows as the inflating worker records them. The
 * scanner's property tests (sheetScanner.test.ts) check that rows read from tapes are the rows the
 * general walk reads; here, what a tape holds, and that the two functions run from their source
 * alone, as the worker runs them.
 */

const sheet = Buffer.from(
  '<row r="2" spans="1:3"><c r="A2" t="inlineStr"><is><t>客户</t></is></c><c s="5"><v>45000</v></c><c/><c t="s"><v>3</v></c></row>' +
    '<row r="3"/>' +
    '<row><c t="inlineStr"><is><t>A &amp; B</t></is></c></row>' +
    '<row r="9"><c><v>1</v></c></row></sheetData><row r="99"></row>',
);

function record(tape: Int32Array) {
  const rows: unknown[] = [];
  for (let w = TAPE_HEAD; w < tape[0];) {
    const kind = tape[w];
    const cells: unknown[] = [];
    for (let i = 0; i < Math.max(kind, 0); i++) {
      const h = w + ROW_WORDS + i * CELL_WORDS;
      cells.push([
        tape[h],
        tape[h + 1],
        tape[h + 2],
        sheet.toString("utf8", tape[h + 3], tape[h + 4]),
      ]);
    }
    rows.push([kind, tape[w + 1], cells]);
    w += ROW_WORDS + Math.max(kind, 0) * CELL_WORDS;
  }
  return rows;
}

describe("tapeRows", () => {
  it("records plain rows with their cells, <row/> as empty, other rows for the general walk, up to </sheetData>", () => {
    const tape = new Int32Array(1000);
    tapeRows(sheet, sheet.length, tape, 0, tape.length);
    expect(record(tape)).toEqual([
      [
        3,
        2,
        [
          [T_INLINE + NOT_ASCII, 1, -1, "客户"],
          [T_NUMBER, 2, 5, "45000"],
          [T_SHARED, 4, -1, "3"],
        ],
      ],
      [EMPTY_ROW, 3, []],
      [WALK_ROW, 0, []],
      [1, 9, [[T_NUMBER, 1, -1, "1"]]],
    ]);
    // The bytes covered end at </sheetData>: what follows is the row walk's.
    expect(tape[1]).toBe(sheet.indexOf("</sheetData>"));
  });

  it("stops at a row its tape has no room for, covering the rows before it", () => {
    const tape = new Int32Array(TAPE_HEAD + ROW_WORDS + 3 * CELL_WORDS + ROW_WORDS);
    tapeRows(sheet, sheet.length, tape, 0, tape.length);
    expect(record(tape).map((r) => (r as unknown[])[0])).toEqual([3, EMPTY_ROW]);
    expect(tape[1]).toBe(sheet.indexOf("<row><c"));
    // A row cut by the end of the bytes is not recorded either.
    const cut = sheet.indexOf("<c s=");
    tapeRows(sheet, cut, tape, 0, tape.length);
    expect(tape[0]).toBe(TAPE_HEAD);
    expect(tape[1]).toBe(0);
  });

  it("runs from its source alone, as the worker runs it (uses nothing outside its body)", () => {
    const tape = new Int32Array(1000);
    const there = new Int32Array(1000);
    tapeRows(sheet, sheet.length, tape, 0, tape.length);
    runInNewContext(
      `${tapeCells.toString()}\n${tapeRows.toString()}\n${tapeRows.name}(b, n, t, 0, 1000);`,
      {
        b: new Uint8Array(sheet),
        n: sheet.length,
        t: there,
      },
    );
    expect(Array.from(there)).toEqual(Array.from(tape));
  });
});
