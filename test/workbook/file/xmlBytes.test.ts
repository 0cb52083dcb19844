import fc from "fast-check";
import { digitsInto, Fragment, utf8Into, XmlBytes } from "../../../src/workbook/file/xmlBytes";
import { decodeXml, escapeContent, escapeXml } from "../../../src/workbook/file/xmlText";

function written(write: (out: XmlBytes) => void, capacity = 8): string {
  const out = new XmlBytes(capacity);
  write(out);
  return out.take().toString("utf8");
}

describe("XmlBytes", () => {
  it("writes every number exactly as String(n) prints it (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
          // whole numbers either side of the int32 digits' shortcut
          fc.integer({ min: -(2 ** 33), max: 2 ** 33 }),
          fc.constantFrom(2 ** 31 - 2, 2 ** 31 - 1, 2 ** 31, 999_999_999, 1_000_000_000, 9, 10),
          fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 1e6),
          // 1 to 8 decimals: either side of the 6-decimal shortcut to String(n)
          fc
            .tuple(fc.integer({ min: -1e14, max: 1e14 }), fc.integer({ min: 1, max: 8 }))
            .map(([m, k]) => m / 10 ** k),
          fc.constantFrom(0, -0, 0.05, 1e-6, 1.5e-7, 0.1 + 0.2, 1e15 + 0.5, 1e21, 2 ** 53, -12.3),
          // either side of the int32 path for 4 decimals (below 214,748): cents, 4-decimal figures
          fc.integer({ min: -(2 ** 31), max: 2 ** 31 }).map((m) => m / 1e4),
          fc.integer({ min: -3e7, max: 3e7 }).map((m) => m / 100),
          fc.constantFrom(214_747.9999, 214_748.0001, 214_748.5, -214_747.99, 0.0001, 0.001, 99.99),
        ),
        (n) => expect(written((o) => o.number(n))).toBe(String(n)),
      ),
      { numRuns: 2000 },
    );
  });

  it("writes text as escapeXml's UTF-8 bytes, growing as needed (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80, unit: "binary" }),
          fc.constantFrom("笔记本电脑", 'a<b & "c"', "_x000D_", "\u0001", "😀 ok", "\ud800", "é"),
        ),
        (s) => {
          expect(written((o) => o.text(s), 4)).toBe(escapeXml(s));
          expect(written((o) => o.utf8(s), 4)).toBe(Buffer.from(s, "utf8").toString("utf8"));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("writes content as escapeXml does but for quotes, which stay quotes (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200, unit: "binary" }),
          fc.constantFrom('["a","b"]', 'a<b & "c"', '_x0022_"', '\ud800"', '😀 "ok"'),
        ),
        (s) => {
          expect(escapeContent(s)).toBe(escapeXml(s).replaceAll("&quot;", '"'));
          expect(written((o) => o.content(s), 4)).toBe(escapeContent(s));
          // Text without lone surrogates comes back as it was.
          if (!/[\ud800-\udfff]/u.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, "")))
            expect(decodeXml(escapeContent(s))).toBe(s);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("hands over a view and starts again at the beginning of the same buffer", () => {
    const out = new XmlBytes(16);
    out.ascii("<row>");
    const first = Buffer.from(out.take());
    out.int(12345);
    expect(first.toString()).toBe("<row>");
    expect(out.take().toString()).toBe("12345");
  });

  it("takes a fresh buffer after each piece but the last", () => {
    let taken = 0;
    const out = new XmlBytes(64, () => {
      taken++;
      return Buffer.alloc(64);
    });
    out.ascii("<a>");
    expect(out.take().toString()).toBe("<a>");
    out.ascii("</a>");
    expect(out.take(true).toString()).toBe("</a>");
    expect(taken).toBe(2); // the first buffer and the one after "<a>"
    out.ascii("more"); // still writable: grows from nothing
    expect(out.take(true).toString()).toBe("more");
    expect(taken).toBe(2);
  });

  it("writes a cell's start (reference, row digits, fragment) and a prefix of bytes, growing as needed", () => {
    const out = new XmlBytes(4);
    const digits = Uint8Array.from(Buffer.from("1048576xyz"));
    out.cellStart(Fragment.of('<c r="AB'), digits, 7, Fragment.of('" s="3"><v>'));
    out.prefix(digits, 2);
    expect(out.take().toString()).toBe('<c r="AB1048576" s="3"><v>10');
  });

  it("writes fragments of any length a word at a time, the padding overwritten by what follows", () => {
    const texts = ["", "<", "</", "</v", "</v>", '<c s="3"><v>', "</t></is></c>", '<row r="'];
    const out = new XmlBytes(4);
    let expected = "";
    for (let round = 0; round < 50; round++) {
      for (const t of texts) {
        out.frag(Fragment.of(t));
        out.int(round);
        expected += t + String(round);
      }
    }
    expect(out.take().toString()).toBe(expected);
    out.frag(Fragment.of("</row>"));
    expect(out.take().toString()).toBe("</row>");
  });
});

describe("the one UTF-8 encoder and digit writer of the byte buffers (XmlBytes, JsonBytes)", () => {
  it("utf8Into writes what Buffer.from writes, from any start (surrogates by Node's encoder)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.nat(4), (text, skip) => {
        const from = Math.min(skip, text.length);
        const buf = Buffer.alloc(text.length * 3 + 4);
        const end = utf8Into(buf, 2, text, from);
        expect(buf.subarray(2, end)).toEqual(Buffer.from(text.slice(from), "utf8"));
      }),
    );
  });

  it("digitsInto writes String(x) for 0 <= x < 2^31", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (x) => {
        const buf = Buffer.alloc(12);
        const end = digitsInto(buf, 1, x);
        expect(buf.subarray(1, end).toString("latin1")).toBe(String(x));
      }),
    );
    for (const x of [0, 9, 10, 99, 100, 999_999_999, 1_000_000_000, 2 ** 31 - 1]) {
      const buf = Buffer.alloc(10);
      expect(buf.subarray(0, digitsInto(buf, 0, x)).toString("latin1")).toBe(String(x));
    }
  });
});
