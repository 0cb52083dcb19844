import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { CsvRecords } from "../../../src/workbook/file/csvRecords";
import { Utf8Check } from "../../../src/workbook/file/csvSource";

/** What the file adapter asked csv-parse for before CsvRecords replaced it, "" as null. */
function byCsvParse(text: string, delimiter: string): (string | null)[][] {
  const records = parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    bom: true,
    record_delimiter: ["\r\n", "\n", "\r"],
  }) as string[][];
  return records.map((r) => r.map((c) => (c === "" ? null : c)));
}

/** CsvRecords over `text` cut into pieces at `cuts`. */
function bySplitter(text: string, delimiter: string, cuts: number[] = []): (string | null)[][] {
  const out: (string | null)[][] = [];
  const split = new CsvRecords(delimiter);
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    split.push(text.slice(from, cut), (r) => out.push(r));
    from = cut;
  }
  split.push(text.slice(from), (r) => out.push(r));
  split.end((r) => out.push(r));
  return out;
}

/** Either the records or the error code. */
function outcome(read: () => (string | null)[][]): unknown {
  try {
    return read();
  } catch (error) {
    return { error: (error as { code?: string }).code };
  }
}

// The characters that matter to a CSV reader, plus text: quotes, every delimiter, every line break,
// NUL (closes a quote in csv-parse), CJK and a surrogate pair.
const PIECES = [
  '"',
  '""',
  ",",
  ";",
  "\t",
  "\r",
  "\n",
  "\r\n",
  "\0",
  "a",
  "bc",
  "中文",
  " ",
  "😀",
  "\ufeff",
];
const csvText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(""));

describe("CsvRecords", () => {
  it("splits as csv-parse did (relax_quotes, relax_column_count, bom), in any pieces", () => {
    fc.assert(
      fc.property(
        csvText,
        fc.constantFrom(",", ";", "\t"),
        fc.array(fc.nat(60), { maxLength: 6 }),
        (text, delimiter, cuts) => {
          const expected = outcome(() => byCsvParse(text, delimiter));
          expect(outcome(() => bySplitter(text, delimiter))).toEqual(expected);
          const inRange = cuts.map((c) => Math.min(c, text.length));
          expect(outcome(() => bySplitter(text, delimiter, inRange))).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("reads the usual cases", () => {
    expect(
      bySplitter('id,note\r\nC1,"line one\r\nline two"\r\n\r\nC2,"say ""hi"""\r\nC3,ok', ","),
    ).toEqual([
      ["id", "note"],
      ["C1", "line one\r\nline two"],
      [null],
      ["C2", 'say "hi"'],
      ["C3", "ok"],
    ]);
    // Stray quotes stay as the file shows them; rows may be ragged.
    expect(bySplitter('a,b"c,"d"e\n1\n', ",")).toEqual([["a", 'b"c', '"d"e'], ["1"]]);
    expect(bySplitter("\ufeffx;y\n", ";")).toEqual([["x", "y"]]);
  });

  it("reports a quote left open at the end, as csv-parse did", () => {
    expect(() => bySplitter('a\n"open,\nb', ",")).toThrow(/Quote Not Closed.*row 2/);
  });

  it("reads a long quoted cell cut into many pieces", () => {
    const long = "x".repeat(50_000) + '"",\n' + "y".repeat(50_000);
    const text = `id,"${long.replace(/"/g, '""')}"\n1,2\n`;
    const cuts = Array.from({ length: 40 }, (_, k) => k * 2_600);
    expect(bySplitter(text, ",", cuts)).toEqual([
      ["id", long],
      ["1", "2"],
    ]);
  });
});

describe("Utf8Check", () => {
  it("agrees with a fatal TextDecoder over any bytes cut anywhere", () => {
    const utf8ish = fc.array(
      fc.oneof(
        fc.string({ unit: "binary", maxLength: 6 }).map((t) => [...Buffer.from(t)]),
        fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 3 }),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(utf8ish, fc.array(fc.nat(80), { maxLength: 5 }), (parts, cuts) => {
        const bytes = Buffer.from(parts.flat());
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        const check = new Utf8Check();
        let from = 0;
        let ok = true;
        for (const cut of [...cuts.map((c) => Math.min(c, bytes.length)), bytes.length].sort(
          (a, b) => a - b,
        )) {
          ok = check.push(bytes.subarray(from, cut)) && ok;
          from = cut;
        }
        expect(ok && check.end()).toBe(valid);
      }),
      { numRuns: 1000 },
    );
  });

  it("agrees with a fatal TextDecoder when pieces are a few bytes each (a character across pieces)", () => {
    const bytesOf = fc.array(
      fc.oneof(
        fc.constantFrom(..."a,\n张三𝐀é€".split("")).map((t) => [...Buffer.from(t)]),
        fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 0xff }), { minLength: 1, maxLength: 2 }),
      ),
      { maxLength: 16 },
    );
    fc.assert(
      fc.property(
        bytesOf,
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 40 }),
        (parts, sizes) => {
          const bytes = Buffer.from(parts.flat());
          let valid = true;
          try {
            new TextDecoder("utf-8", { fatal: true }).decode(bytes);
          } catch {
            valid = false;
          }
          const check = new Utf8Check();
          let from = 0;
          let ok = true;
          for (const size of sizes) {
            ok = check.push(bytes.subarray(from, Math.min(from + size, bytes.length))) && ok;
            from = Math.min(from + size, bytes.length);
          }
          ok = check.push(bytes.subarray(from)) && ok;
          expect(ok && check.end()).toBe(valid);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
