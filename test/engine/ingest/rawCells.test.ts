import fc from "fast-check";
import { amountReading, readAmount } from "../../../src/engine/parse/number";
import { parseDate } from "../../../src/engine/parse/date";
import { dateOrderClue } from "../../../src/engine/parse/dateOrder";
import { FirstSeen, hashKey } from "../../../src/engine/ingest/firstSeen";
import { hashText } from "../../../src/engine/ingest/transactionsBuilder";
import { ColumnBlockBuilder } from "../../../src/engine/ingest/columnBlock";
import {
  AMOUNT_MARKS,
  ByBytes,
  INTERN_LIMIT,
  parseRaw,
  PARSE_AMOUNT,
  PARSE_DIGITS,
  PARSE_HASH,
  PARSE_ISO_KEY,
  rawAmount,
  rawDigits,
  rawHashAscii,
  rawIsoKey,
  rawIsoShape,
} from "../../../src/engine/ingest/rawCells";

// A raw cell's bytes read as the text parsers read its text (the CSV byte path, issue 11).
const utf8 = (text: string) => new TextEncoder().encode(text);
const shaped = (chars: string[], maxLength: number) =>
  fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength }).map((a) => a.join(""));

describe("raw cells read as their text", () => {
  test("rawAmount: readAmount's value and evidence for every text it takes", () => {
    const text = fc.oneof(
      shaped(["1", "2", "0", "9", ".", "-"], 20),
      shaped(["1", "0", "5", ".", "-", " ", ",", "e", "中"], 8),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const out = amountReading();
        if (!rawAmount(utf8(t), 0, utf8(t).length, out)) return;
        const want = readAmount(t, amountReading());
        expect(Object.is(out.value, want.value)).toBe(true);
        expect(out.evidence).toBe(want.evidence);
        if (want.evidence === "ambiguous") {
          expect(out.asGrouping).toBe(want.asGrouping);
          expect(out.asDecimal).toBe(want.asDecimal);
          expect(out.separator).toBe(want.separator);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test("rawDigits, rawIsoKey, rawIsoShape and rawHashAscii against the text paths", () => {
    const text = fc.oneof(
      shaped(["1", "0", "7"], 17),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.nat(14), fc.nat(33))
        .map(([y, m, d]) =>
          [String(y).padStart(4, "0"), String(m).padStart(2, "0"), String(d).padStart(2, "0")].join(
            "-",
          ),
        ),
      shaped(["2", "0", "-", "1", " ", "中", "a"], 11),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const b = utf8(t);
        const n = rawDigits(b, 0, b.length);
        expect(n).toBe(/^(0|[1-9]\d{0,14})$/.test(t) ? Number(t) : -1);
        if (rawIsoShape(b, 0, b.length)) expect(dateOrderClue(t)).toBe("none");
        const key = rawIsoKey(b, 0, b.length);
        if (key >= 0) expect(parseDate(t, "dayFirst")).toBe(parseDate(t, "monthFirst"));
        else expect(/^\d{4}-\d{2}-\d{2}$/.test(t)).toBe(false);
        const h = rawHashAscii(b, 0, b.length);
        if (h !== undefined) expect(h).toBe(hashText(t.trim()));
      }),
      { numRuns: 3000 },
    );
  });
});

test("parseRaw: each raw cell read ahead as the reader it stands for reads it", () => {
  const text = fc.oneof(
    shaped(["1", "2", "0", "9", ".", "-"], 18),
    shaped(["2", "0", "1", "-", "3"], 10),
    shaped(["S", "O", "1", " ", "中", "é"], 16),
    fc.string({ maxLength: 6 }),
  );
  fc.assert(
    fc.property(fc.array(fc.option(text, { nil: undefined }), { maxLength: 30 }), (texts) => {
      const builder = new ColumnBlockBuilder(texts.length || 1);
      const bytes = utf8(texts.map((t) => t ?? "").join(""));
      builder.useBytes(bytes, () => "");
      let at = 0;
      for (const t of texts) {
        const n = utf8(t ?? "").length;
        if (t !== undefined && n > 0) for (let c = 0; c < 4; c++) builder.raw(c, at, at + n);
        else if (t !== undefined) builder.text(0, t);
        at += n;
        builder.nextRow();
      }
      const block = builder.take();
      parseRaw(block, [PARSE_DIGITS, PARSE_ISO_KEY, PARSE_AMOUNT, PARSE_HASH]);
      const [digits, iso, amount, hash] = block.columns;
      for (let i = 0; i < block.rows; i++) {
        if (digits?.kinds[i] !== 5) continue; // raw cells only
        const [s, e] = [digits.starts![i], digits.ends![i]];
        const none = (v: number | undefined, missing: number | undefined) =>
          v === missing ? NaN : v;
        expect(digits.parsed![i]).toBe(none(rawDigits(bytes, s, e), -1));
        expect(iso!.parsed![i]).toBe(none(rawIsoKey(bytes, s, e), -1));
        expect(hash!.parsed![i]).toBe(none(rawHashAscii(bytes, s, e), undefined));
        const out = amountReading();
        const plain = rawAmount(bytes, s, e, out);
        const mark = amount!.marks![i];
        expect(mark).toBe(plain ? AMOUNT_MARKS[out.evidence as "none"] : AMOUNT_MARKS.other);
        if (plain) expect(Object.is(amount!.parsed![i], out.value)).toBe(true);
      }
    }),
    { numRuns: 500 },
  );
});

describe("FirstSeen", () => {
  test("the first customer per key, as a Map of the keys says, colliding hashes included", () => {
    // Few distinct keys over a small alphabet, and many: hashes of different keys collide in the
    // table's slots, and a key met again finds its first customer.
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 3000 }), (keys) => {
        const seen = new FirstSeen((i) => keys[i]);
        const exact = new Map<string, number>();
        keys.forEach((key, i) => {
          let want = -1;
          if (key !== "") {
            const first = exact.get(key);
            if (first === undefined) exact.set(key, i);
            else want = first;
          }
          expect(seen.check(key, i)).toBe(want);
        });
      }),
      { numRuns: 60 },
    );
  });
});

test("FirstSeen keeps keys whose hashes collide apart", () => {
  // Two keys with one 32-bit hash (found by a birthday search over random keys).
  const [a, b] = ["12i247b@328", "igxwch@914"];
  expect(hashKey(a)).toBe(hashKey(b));
  const keys = [a, b, b, a, "c", b];
  const seen = new FirstSeen((i) => keys[i]);
  expect(keys.map((key, i) => seen.check(key, i))).toEqual([-1, -1, 1, 0, -1, 1]);
});

describe("ByBytes", () => {
  test("gives back the value kept for the same bytes, wherever they lie, as its table grows", () => {
    // Texts over a small alphabet (many repeats) at random places of a buffer, up to 600 distinct:
    // the table grows from 16 slots several times while values are kept and looked up.
    const text = fc.string({ unit: fc.constantFrom("a", "b", "中", "1", ",", " "), maxLength: 9 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.nat(7)), { maxLength: 1200 }), (cells) => {
        const seen = new ByBytes<number>();
        // What each text met has: its value, or undefined when a text with its hash came first.
        const kept = new Map<string, number | undefined>();
        cells.forEach(([t, pad], i) => {
          const bytes = utf8("~".repeat(pad) + t + "~");
          const start = pad;
          const end = bytes.length - 1;
          const got = seen.get(bytes, start, end);
          expect(got).toBe(kept.get(t));
          if (kept.has(t)) return;
          seen.keep(bytes, start, end, i);
          const now = seen.get(bytes, start, end);
          if (now !== undefined) expect(now).toBe(i);
          kept.set(t, now);
        });
        expect(seen.on).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  test("two texts of the same hash and length stay apart (reviewer D2, stop 32)", () => {
    // 产品130009 and 产品180004 hash alike (12 bytes each): without the byte check, the second
    // product would take the first one's value.
    const seen = new ByBytes<number>();
    const a = utf8("产品130009");
    const b = utf8("产品180004");
    seen.keep(a, 0, a.length, 1);
    expect(seen.get(b, 0, b.length)).toBeUndefined();
    // The second may go unkept (a slot whose hash is taken), never answered with the first's value.
    seen.keep(b, 0, b.length, 2);
    expect([undefined, 2]).toContain(seen.get(b, 0, b.length));
    expect(seen.get(a, 0, a.length)).toBe(1);
  });

  test("keeps INTERN_LIMIT texts, then none (on: false)", () => {
    const seen = new ByBytes<number>();
    const bytesOf = (i: number) => utf8(`客户${i}`);
    for (let i = 0; i < INTERN_LIMIT; i++) {
      const b = bytesOf(i);
      seen.keep(b, 0, b.length, i);
    }
    expect(seen.on).toBe(true);
    for (let i = 0; i < INTERN_LIMIT; i += 97) {
      const b = bytesOf(i);
      expect(seen.get(b, 0, b.length)).toBe(i);
    }
    const next = bytesOf(INTERN_LIMIT);
    seen.keep(next, 0, next.length, INTERN_LIMIT);
    expect(seen.on).toBe(false);
    const first = bytesOf(0);
    expect(seen.get(first, 0, first.length)).toBeUndefined();
  });
});
