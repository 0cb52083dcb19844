import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { listRows } from "../../../src/engine/report/jsonSink";
import { resultJsonChunks, resultJsonParts } from "../../../src/engine/report/resultJson";
import { defaultRules } from "../../../src/engine/rules";
import { sampleSource } from "../../../src/sample/source";
import { ByteFile, JsonBytes, writeTextPieces } from "../../../src/workbook/file/byteFile";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "byte-file-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeTextPieces", () => {
  it("writes any pieces as their UTF-8 text, whatever their sizes", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), {
          maxLength: 30,
        }),
        async (pieces) => {
          const file = join(dir, `p${n++}.txt`);
          await writeTextPieces(file, pieces);
          expect(readFileSync(file).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("writes pieces past the block size in order (several flushes)", async () => {
    const file = join(dir, "big.txt");
    const pieces = Array.from({ length: 3000 }, (_, i) => `${i}:` + "客户".repeat(200) + "\n");
    await writeTextPieces(file, pieces);
    expect(readFileSync(file, "utf8")).toBe(pieces.join(""));
  });

  it("closes the file when the pieces fail, and passes the error on", async () => {
    function* failing(): Generator<string> {
      yield "start";
      throw new Error("bug in a generator");
    }
    await expect(writeTextPieces(join(dir, "fail.txt"), failing())).rejects.toThrow(
      "bug in a generator",
    );
  });
});

describe("ByteFile", () => {
  it("writes the blocks given, in order, whole", async () => {
    const path = join(dir, "bytes.txt");
    const file = await ByteFile.open(path);
    const out = new JsonBytes();
    out.raw("a,");
    out.num(12.5);
    await file.write(out.take());
    out.raw("，客户\r\n");
    await file.write(out.take());
    await file.close();
    expect(readFileSync(path, "utf8")).toBe("a,12.5，客户\r\n");
  });
});

describe("JsonBytes", () => {
  const bytesOf = (write: (out: JsonBytes) => void) => {
    const out = new JsonBytes();
    write(out);
    return Buffer.from(out.take());
  };
  const utf8 = (text: string) => Buffer.from(text, "utf8");
  // Text with what JSON escapes (quotes, backslashes, control characters, lone and paired
  // surrogates) and what it does not (U+2028, U+FFFF, CJK).
  const odd = fc.string({
    unit: fc.constantFrom(
      "a",
      '"',
      "\\",
      "\n",
      "\u0000",
      "\u001f",
      "\u007f",
      "é",
      "客",
      "\u2028",
      "\uffff",
      "\ud83d",
      "\ude00",
      "😀",
    ),
  });

  it("writes a string as JSON.stringify's text in UTF-8", () => {
    fc.assert(
      fc.property(
        fc.oneof(odd, fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string()),
        (s) => {
          expect(bytesOf((out) => out.str(s)).equals(utf8(JSON.stringify(s)))).toBe(true);
          expect(bytesOf((out) => out.raw(s)).equals(utf8(s))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("writes a number as JSON.stringify does", () => {
    const figure = (scale: number) =>
      fc.integer({ min: -1e12, max: 1e12 }).map((k) => Math.round((k / scale) * scale) / scale);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          fc.integer(),
          figure(100),
          figure(10000),
          figure(1e6),
          fc.double({ min: -1e10, max: 1e10 }),
          fc.constantFrom(-0, NaN, Infinity, -Infinity, 2 ** 31, -(2 ** 31), 2 ** 53, 1e21, 5e-324),
          fc.constantFrom(999999999.9999, 1e9 + 0.5, 0.0001, 0.00001, 1e-7, 0.1 + 0.2, 4708.22),
          // Six decimals (churn probabilities to a millionth) and the edges of the digit path.
          fc.constantFrom(0.000001, 0.0000015, 0.258798, 0.999999, 999999999.999999, 1e9 - 1e-6),
          fc.integer({ min: 0, max: 1e6 }).map((k) => k / 1e6),
        ),
        (n) => {
          expect(bytesOf((out) => out.num(n)).toString()).toBe(JSON.stringify(n));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("grows past its buffer and keeps what was written", () => {
    const long = "客户".repeat(1 << 20);
    const out = new JsonBytes();
    out.raw("[");
    out.str(long);
    out.raw(",");
    out.num(0.5);
    out.raw("]");
    expect(Buffer.from(out.take()).equals(utf8(JSON.stringify([long, 0.5])))).toBe(true);
  });
});

describe("writeTextPieces with rows", () => {
  it("writes rows among the text pieces, past the block size, as their JSON text", async () => {
    const file = join(dir, "rows.json");
    const names = ["甲", 'a"b', "x\ny", "😀"];
    const rows = listRows(40000, (out, i) => {
      out.raw("[");
      out.num(i / 4);
      out.raw(",");
      out.str(names[i % 4]);
      out.raw("]");
    });
    await writeTextPieces(file, ['{"rows":[', rows, "\n]}\n"]);
    const expected = Array.from({ length: 40000 }, (_, i) => JSON.stringify([i / 4, names[i % 4]]));
    expect(readFileSync(file, "utf8")).toBe(`{"rows":[\n${expected.join(",\n")}\n]}\n`);
  });
});

describe("writeTextPieces of the JSON result", () => {
  it("writes resultJsonChunks' text, byte for byte, in both languages", async () => {
    const sample = sampleSource({ seed: 4, customers: 200, transactions: 1500 });
    const a = await analyzeWorkbook(sample.source, { rules: defaultRules(), asOf: sample.asOf });
    for (const lang of ["zh-CN", "en-US"] as const) {
      const file = join(dir, `result-${lang}.json`);
      await writeTextPieces(file, resultJsonParts(a, lang, new Date(0)));
      const text = [...resultJsonChunks(a, lang, new Date(0))].join("");
      expect(readFileSync(file).equals(Buffer.from(text, "utf8"))).toBe(true);
      expect(JSON.parse(text).customers.data).toHaveLength(a.dataset.customers.count);
    }
  });
});
