import fc from "fast-check";
import type { Cell } from "../../../src/engine/cells";
import { numberAt } from "../../../src/workbook/file/cellBytes";
import { SheetScanner, type CellSink } from "../../../src/workbook/file/sheetScanner";
import { toJsDate } from "../../../src/engine/parse/date";
import { decodeXml, escapeXml } from "../../../src/workbook/file/xmlText";

/** Style 1 is a date format, the others are not. */
const STYLES = { isDate: (s: number) => s === 1 };
const SHARED = ["客户编号", "AT&T", "", "  spaced  "];

type Kind =
  | { kind: "number"; text: string; style: number }
  | { kind: "shared"; index: number }
  | { kind: "inline"; text: string; preserve: boolean }
  | { kind: "rich"; runs: string[] }
  | { kind: "formula"; text: string }
  | { kind: "bool"; value: boolean }
  | { kind: "empty" }
  | { kind: "date"; serial: number };

const numberText = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 999 }))
    .map(([a, b]) => `${a}.${String(b).padStart(3, "0")}`),
  fc.constantFrom("0", "-0", "007", "0.05", "1.", "1e3", "-2.5E-3", "12345678901234567890", "1.00"),
);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("笔记本电脑", "a & b < c", "line\r\nbreak", "_x000D_ literal", "  pad  ", ""),
);
const cell: fc.Arbitrary<Kind> = fc.oneof(
  fc.record({
    kind: fc.constant("number" as const),
    text: numberText,
    style: fc.constantFrom(0, 2),
  }),
  fc.record({ kind: fc.constant("shared" as const), index: fc.nat(SHARED.length - 1) }),
  fc.record({ kind: fc.constant("inline" as const), text, preserve: fc.boolean() }),
  fc.record({
    kind: fc.constant("rich" as const),
    runs: fc.array(text, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant("formula" as const), text }),
  fc.record({ kind: fc.constant("bool" as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant("empty" as const) }),
  fc.record({
    kind: fc.constant("date" as const),
    // A phone number formatted as a date is no date: read as the number.
    serial: fc.oneof(
      fc.integer({ min: 1, max: 80000 }),
      fc.constantFrom(13800138000, -5, 1, 60, 61),
    ),
  }),
);

/** Text as a sheet holds it: escaped, with XML-illegal characters as _xHHHH_. */
function xmlText(s: string): string {
  return escapeXml(s);
}

function cellXml(k: Kind, ref: string, p: string): string {
  switch (k.kind) {
    case "number":
      return `<${p}c r="${ref}" s="${k.style}"><${p}v>${k.text}</${p}v></${p}c>`;
    case "shared":
      return `<${p}c r="${ref}" t="s"><${p}v>${k.index}</${p}v></${p}c>`;
    case "inline":
      return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t${k.preserve ? ' xml:space="preserve"' : ""}>${xmlText(k.text)}</${p}t></${p}is></${p}c>`;
    case "rich":
      return `<${p}c r="${ref}" t="inlineStr"><${p}is>${k.runs.map((r) => `<${p}r><${p}rPr><${p}b/></${p}rPr><${p}t>${xmlText(r)}</${p}t></${p}r>`).join("")}</${p}is></${p}c>`;
    case "formula":
      return `<${p}c r="${ref}" t="str"><${p}f>A1&amp;"x"</${p}f><${p}v>${xmlText(k.text)}</${p}v></${p}c>`;
    case "bool":
      return `<${p}c r="${ref}" t="b"><${p}v>${k.value ? 1 : 0}</${p}v></${p}c>`;
    case "empty":
      return `<${p}c r="${ref}" s="3"/>`;
    case "date":
      return `<${p}c r="${ref}" s="1"><${p}v>${k.serial}</${p}v></${p}c>`;
  }
}

function expected(k: Kind): Cell {
  switch (k.kind) {
    case "number":
      return Number(k.text);
    case "shared":
      return SHARED[k.index];
    case "inline":
    case "formula":
      return k.text;
    case "rich":
      return k.runs.join("");
    case "bool":
      return k.value;
    case "empty":
      return null;
    case "date":
      return dateWant(k.serial);
  }
}

/** A CellSink that puts the cells back into rows (Dates from days), to compare with onRow's. */
function rowsSink(rows: Map<number, Cell[]>): CellSink {
  let n = 0;
  let cells: Cell[] = [];
  const put = (c: number, v: Cell) => {
    while (cells.length < c) cells.push(null);
    cells[c] = v;
  };
  return {
    row: (r) => {
      n = r;
      cells = [];
    },
    number: put,
    text: put,
    cell: put,
    day: (c, d) => put(c, toJsDate(d)),
    endRow: () => rows.set(n, cells),
  };
}

function scan(bytes: Buffer, cuts: number[]): Map<number, Cell[]> {
  const run = (byColumn: boolean) => {
    const rows = new Map<number, Cell[]>();
    const scanner = new SheetScanner(SHARED, STYLES, false, (n, cells) => rows.set(n, cells));
    if (byColumn) scanner.sink = rowsSink(rows);
    // Each piece is overwritten once fed, as a large sheet's worker reuses its ring's slots
    // (inflateWorker.ts): the scanner copies what it keeps.
    const feed = (piece: Buffer) => {
      const slot = Buffer.from(piece);
      scanner.feed(slot);
      slot.fill(0x3c); // "<"
    };
    let from = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      feed(bytes.subarray(from, cut));
      from = cut;
    }
    feed(bytes.subarray(from));
    scanner.end();
    return rows;
  };
  const rows = run(false);
  // Cells handed to a sink (the columnar fast path) are the same cells, dates to the millisecond.
  expect(run(true)).toEqual(rows);
  return rows;
}

describe("SheetScanner (on bytes)", () => {
  it("reads every kind of cell the same, whatever the chunk boundaries (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom("", "x:"),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom("plain", "apos", "spaced"),
        (rows, p, rawCuts, skipColumn, quoting) => {
          let xml = `<?xml version="1.0"?><${p}worksheet><${p}dimension ref="A1"/><${p}sheetData>`;
          const want = new Map<number, Cell[]>();
          rows.forEach((cells, i) => {
            const r = i * 2 + 1; // every other row is missing from the file
            xml += `<${p}row r="${r}" spans="1:6" x14ac:dyDescent="0.25">`;
            const values: Cell[] = [];
            cells.forEach((k, j) => {
              const column = skipColumn ? j * 2 : j; // gaps between cells
              xml += cellXml(k, `${String.fromCharCode(65 + column)}${r}`, p);
              const v = expected(k);
              if (v !== null) {
                while (values.length < column) values.push(null);
                values[column] = v;
              }
            });
            xml += `</${p}row>`;
            if (values.length > 0) want.set(r, values);
          });
          xml += `</${p}sheetData><${p}pageMargins left="0.7"/></${p}worksheet>`;
          // Attributes of rows and cells as other writers may quote and space them (the scanner
          // reads r="…" and s="…" directly, anything else by its general walk).
          if (quoting !== "plain") {
            const attribute = quoting === "apos" ? "$1='$2'" : '$1 =\n "$2"';
            xml = xml.replace(
              /<((?:x:)?(?:c|row)) ([^>]*)>/g,
              (_, name: string, attrs: string) =>
                `<${name} ${attrs.replace(/(\S+?)="([^"]*)"/g, attribute)}>`,
            );
          }
          const bytes = Buffer.from(xml, "utf8");
          const cuts = rawCuts.map((c) => c % (bytes.length + 1));
          expect(scan(bytes, cuts)).toEqual(want);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads numbers exactly as Number() does (property)", () => {
    fc.assert(
      fc.property(numberText, (t) => {
        const b = Buffer.from(`>${t}<`);
        expect(Object.is(numberAt(b, 1, b.length - 1), Number(t))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const t of ["", " ", ".", "-", "1e", "abc", " 12 ", "0x1F", "Infinity", "1.5.2"]) {
      const b = Buffer.from(t);
      const want = t.length === 0 ? NaN : Number(t);
      expect(Object.is(numberAt(b, 0, b.length), want)).toBe(true);
    }
  });

  it("keeps Excel's row numbers, counts rows without r, and reads a self-closed sheetData", () => {
    const rows = scan(
      Buffer.from(
        '<worksheet><sheetData><row r="3"><c><v>1</v></c><c><v>2</v></c></row><row><c r="C4"><v>3</v></c></row><row r="9"/></sheetData></worksheet>',
      ),
      [],
    );
    expect([...rows]).toEqual([
      [3, [1, 2]],
      [4, [null, null, 3]],
    ]);
    expect(scan(Buffer.from("<worksheet><sheetData/></worksheet>"), []).size).toBe(0);
  });

  it("joins a row longer than many chunks once, and cuts a UTF-8 character anywhere", () => {
    const long = "客".repeat(50_000);
    const bytes = Buffer.from(
      `<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>${long}</t></is></c></row></sheetData></worksheet>`,
    );
    const cuts = Array.from({ length: 200 }, (_, i) => 1 + i * 751);
    expect(scan(bytes, cuts).get(1)).toEqual([long]);
  });

  it("reads plain rows (the one-walk path) as the general walk does: empty text, numbers no date has told once, a row of many cells", () => {
    const plain =
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t></t></is></c><c s="1"><v>13800138000</v></c><c s="1"><v>44927</v></c><c t="s"><v>9</v></c><c r="F1" t="s"><v>1</v></c></row>' +
      `<row r="2">${Array.from({ length: 100 }, (_, i) => `<c><v>${i}</v></c>`).join("")}</row></sheetData></worksheet>`;
    // The same cells with a namespace prefix go through scanCells's general walk.
    const prefixed = plain.replace(/<(\/?)(worksheet|sheetData|row|c|v|is|t)\b/g, "<$1x:$2");
    for (const byColumn of [false, true]) {
      const read = (xml: string) => {
        const rows = new Map<number, Cell[]>();
        const told: number[] = [];
        const scanner = new SheetScanner(SHARED, STYLES, false, (n, cells) => rows.set(n, cells));
        if (byColumn) scanner.sink = rowsSink(rows);
        scanner.dates.onNotADate = (_row, _column, value) => told.push(value);
        scanner.feed(Buffer.from(xml));
        scanner.end();
        return { rows, told, count: scanner.dates.notDateCount };
      };
      const fast = read(plain);
      expect(fast).toEqual(read(prefixed));
      expect(fast.rows.get(1)).toEqual([
        "",
        13800138000,
        new Date(Date.UTC(2023, 0, 1)),
        null,
        null,
        "AT&T",
      ]);
      expect(fast.rows.get(2)).toEqual(Array.from({ length: 100 }, (_, i) => i));
      expect(fast.told).toEqual([13800138000]);
      expect(fast.count).toBe(1);
    }
  });
});

/**
 * A cell for the one-walk property: its XML (elements with prefix `p`, attributes `attrs` after
 * r) and the value onRow gives. Plain cells (read by plainRow) and cells it gives up on alike.
 */
interface MixedCell {
  xml: (p: string, attrs: string) => string;
  want: Cell;
  notADate: boolean;
  /** A formula with no saved result (read as empty, told to onUncalculated). */
  uncalculated?: boolean;
}

/** Inline or formula text as a sheet holds it: plain, escaped (&amp;), _x000D_ escapes. */
const rawText = fc.oneof(
  fc.string({ maxLength: 8 }).map(escapeXml),
  fc.constantFrom("客户", "A &amp; B", "a_x000D_b", "_", "  pad  ", "", "x&lt;y"),
);
const dateSerial = fc.oneof(
  fc.integer({ min: 0, max: 80000 }),
  fc.constantFrom(2_958_465, 2_958_466, 13800138000, -5, 45000.5, 1, 59, 60, 60.5, 61),
);
/**
 * A date cell as Excel shows it (1900 system): serial 1 is 1900-01-01, 61 is 1900-03-01; 60 is its
 * 1900-02-29, a day that never was, and no number past 9999-12-31 has a date: those stay numbers.
 */
function dateWant(serial: number): Cell {
  if (serial < 0 || serial >= 2_958_466 || (serial >= 60 && serial < 61)) return serial;
  return new Date(Math.round((serial - (serial < 60 ? 25568 : 25569)) * 86_400_000));
}
const formula = fc.constantFrom(
  "<f>D1*E1</f>",
  '<f t="shared" ref="F1:F9" si="0">D1*E1</f>',
  '<f t="shared" si="0"/>',
  "<f>IF(A1&gt;0,&quot;a&quot;,B1)</f>",
  "<f></f>",
);
const withPrefix = (f: string, p: string) => f.replace(/<(\/?)f\b/g, `<$1${p}f`);

const mixedCell: fc.Arbitrary<MixedCell> = fc.oneof(
  fc.record({ text: numberText, style: fc.constantFrom(0, 2) }).map(({ text, style }) => ({
    xml: (p: string, a: string) => `<${p}c${a} s="${style}"><${p}v>${text}</${p}v></${p}c>`,
    want: Number(text),
    notADate: false,
  })),
  fc.record({ serial: dateSerial, f: fc.option(formula) }).map(({ serial, f }) => ({
    xml: (p: string, a: string) =>
      `<${p}c${a} s="1">${f === null ? "" : withPrefix(f, p)}<${p}v>${serial}</${p}v></${p}c>`,
    want: dateWant(serial),
    notADate: dateWant(serial) === serial,
  })),
  fc.nat(SHARED.length).map((i) => ({
    xml: (p: string, a: string) => `<${p}c${a} t="s"><${p}v>${i}</${p}v></${p}c>`,
    want: SHARED[i] ?? null,
    notADate: false,
  })),
  fc.record({ raw: rawText, preserve: fc.boolean() }).map(({ raw, preserve }) => ({
    xml: (p: string, a: string) =>
      `<${p}c${a} t="inlineStr"><${p}is><${p}t${preserve ? ' xml:space="preserve"' : ""}>${raw}</${p}t></${p}is></${p}c>`,
    want: decodeXml(raw),
    notADate: false,
  })),
  fc
    .record({ f: formula, value: fc.option(numberText), style: fc.constantFrom("", ' s="2"') })
    .map(({ f, value, style }) => ({
      xml: (p: string, a: string) =>
        `<${p}c${a}${style}>${withPrefix(f, p)}${value === null ? "" : `<${p}v>${value}</${p}v>`}</${p}c>`,
      want: value === null ? null : Number(value),
      notADate: false,
      uncalculated: value === null,
    })),
  // A formula never calculated as openpyxl writes it (<v></v>), or <v/>: empty, told; but a text
  // formula's empty result (t="str") is the text "".
  fc
    .record({
      f: formula,
      v: fc.constantFrom("<v></v>", "<v/>"),
      type: fc.constantFrom("", ' t="n"', ' t="str"'),
    })
    .map(({ f, v, type }) => ({
      xml: (p: string, a: string) =>
        `<${p}c${a}${type}>${withPrefix(f, p)}${v.replace("<v", `<${p}v`).replace("</v", `</${p}v`)}</${p}c>`,
      want: type === ' t="str"' && v === "<v></v>" ? "" : null,
      notADate: false,
      uncalculated: !(type === ' t="str"' && v === "<v></v>"),
    })),
  fc.record({ raw: rawText, f: fc.option(formula) }).map(({ raw, f }) => ({
    xml: (p: string, a: string) =>
      `<${p}c${a} t="str">${f === null ? "" : withPrefix(f, p)}<${p}v>${raw}</${p}v></${p}c>`,
    want: decodeXml(raw),
    notADate: false,
  })),
  fc.constantFrom("1", "0", "true", "false").map((v) => ({
    xml: (p: string, a: string) => `<${p}c${a} t="b"><${p}v>${v}</${p}v></${p}c>`,
    want: v === "1" || v === "true",
    notADate: false,
  })),
  fc.constantFrom("#DIV/0!", "#N/A", "#VALUE!").map((v) => ({
    xml: (p: string, a: string) => `<${p}c${a} t="e"><${p}f>1/0</${p}f><${p}v>${v}</${p}v></${p}c>`,
    want: v,
    notADate: false,
  })),
  fc.constantFrom("/>", "></c>").map((end) => ({
    xml: (p: string, a: string) => `<${p}c${a} s="3"${end === "/>" ? "/>" : `></${p}c>`}`,
    want: null,
    notADate: false,
  })),
  fc.array(rawText, { minLength: 1, maxLength: 2 }).map((runs) => ({
    xml: (p: string, a: string) =>
      `<${p}c${a} t="inlineStr"><${p}is>${runs.map((r) => `<${p}r><${p}t>${r}</${p}t></${p}r>`).join("")}</${p}is></${p}c>`,
    want: runs.map(decodeXml).join(""),
    notADate: false,
  })),
  fc.constant({
    xml: (p: string, a: string) => `<${p}c${a} t="d"><${p}v>2024-01-02T00:00:00</${p}v></${p}c>`,
    want: new Date(Date.UTC(2024, 0, 2)),
    notADate: false,
  }),
);

/** Everything a scan hands over, in order: onRow's rows or the sink's calls, and the dates told. */
function scanLog(xml: string, cuts: number[], byColumn: boolean) {
  const log: unknown[] = [];
  const told: number[][] = [];
  const uncalculated: number[][] = [];
  const scanner = new SheetScanner(SHARED, STYLES, false, (n, cells) => log.push([n, cells]));
  scanner.onUncalculated = (row, column) => uncalculated.push([row, column]);
  if (byColumn) {
    scanner.sink = {
      row: (r) => log.push(["row", r]),
      number: (c, v) => log.push(["number", c, v]),
      text: (c, v) => log.push(["text", c, v]),
      day: (c, d) => log.push(["day", c, d]),
      cell: (c, v) => log.push(["cell", c, v]),
      endRow: () => log.push(["endRow"]),
    };
  }
  scanner.dates.onNotADate = (row, column, value) => told.push([row, column, value]);
  const bytes = Buffer.from(xml, "utf8");
  let from = 0;
  for (const cut of cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b)) {
    scanner.feed(Buffer.from(bytes.subarray(from, cut)));
    from = cut;
  }
  scanner.feed(Buffer.from(bytes.subarray(from)));
  scanner.end();
  return { log, told, uncalculated, count: scanner.dates.notDateCount };
}

describe("SheetScanner's one-walk path for plain rows", () => {
  it("hands over the same rows, cells and not-a-date findings as the general walk, each once, whatever the mix of cells and the chunk cuts (property)", () => {
    const row = fc.array(fc.record({ cell: mixedCell, withRef: fc.boolean(), gap: fc.nat(2) }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom("", "\n"),
        (rows, cuts, between) => {
          const sheet = (p: string) => {
            let xml = `<${p}worksheet><${p}sheetData>`;
            rows.forEach((cells, i) => {
              const r = i + 1;
              let column = 0;
              xml += `<${p}row r="${r}">`;
              for (const { cell, withRef, gap } of cells) {
                column += withRef ? 1 + gap : 1;
                const ref = withRef ? ` r="${String.fromCharCode(64 + column)}${r}"` : "";
                xml += between + cell.xml(p, ref);
              }
              xml += `</${p}row>`;
            });
            return `${xml}</${p}sheetData></${p}worksheet>`;
          };
          // What onRow should give, and how many numbers in date cells no date has.
          const want: unknown[] = [];
          const uncalculated: number[][] = [];
          let notDates = 0;
          rows.forEach((cells, i) => {
            const values: Cell[] = [];
            let column = 0;
            for (const { cell, withRef, gap } of cells) {
              column += withRef ? 1 + gap : 1;
              if (cell.notADate) notDates++;
              if (cell.uncalculated) uncalculated.push([i + 1, column]);
              if (cell.want === null) continue;
              while (values.length < column - 1) values.push(null);
              values[column - 1] = cell.want;
            }
            if (values.length > 0) want.push([i + 1, values]);
          });
          for (const byColumn of [false, true]) {
            const plain = scanLog(sheet(""), cuts, byColumn);
            // With a namespace prefix every row goes through the general walk (scanCells).
            expect(plain).toEqual(scanLog(sheet("x:"), cuts, byColumn));
            expect(plain.count).toBe(notDates);
            expect(plain.told).toHaveLength(notDates);
            // Each formula with no saved result told once, at its cell (1-based column).
            expect(plain.uncalculated).toEqual(uncalculated);
            // Strictly: a row is a dense array (plainRow makes it at the last row's width, then
            // fills gaps with null and cuts it to this row's width), no holes, no undefined.
            if (!byColumn) expect(plain.log).toStrictEqual(want);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("leaves rows it mostly gives up on to the general walk for a while, then tries again, with the same cells", () => {
    const rows = 66_000;
    const parts = ["<worksheet><sheetData>"];
    const want: unknown[] = [];
    for (let r = 1; r <= rows; r++) {
      // The first 300 rows hold an escape (plainRow gives up on them), the rest are plain.
      if (r <= 300) {
        parts.push(`<row r="${r}"><c t="inlineStr"><is><t>A &amp; B</t></is></c></row>`);
        want.push([r, ["A & B"]]);
      } else {
        parts.push(`<row r="${r}"><c><v>${r}</v></c></row>`);
        want.push([r, [r]]);
      }
    }
    parts.push("</sheetData></worksheet>");
    const proto = SheetScanner.prototype as unknown as { plainRow: () => number };
    const tried = jest.spyOn(proto, "plainRow");
    try {
      const read = scanLog(parts.join(""), [], false);
      // As text: jest's deep comparison of 66,000 rows takes half a minute on a busy machine.
      expect(JSON.stringify(read.log)).toBe(JSON.stringify(want));
      // Tried on a first window of rows, left out for the next 65,536, tried again after them.
      expect(tried.mock.calls.length).toBeGreaterThan(256);
      expect(tried.mock.calls.length).toBeLessThan(1000);
    } finally {
      tried.mockRestore();
    }
  });
});
