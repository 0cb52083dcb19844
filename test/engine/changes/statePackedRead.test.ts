import { DIMENSIONS, DIMENSION_CODES } from "../../../src/engine/changes/snapshot";
import { PackedCellParser } from "../../../src/engine/changes/statePackedRead";

// The packed run state's cells read field by field (statePackedRead.ts) give what JSON.parse of
// the same text gives, value for value, or the parser declines and JSON.parse decides.

const dims = DIMENSIONS.length;

/** What the reader takes from JSON.parse's fields (state.ts addParsed), per customer. */
function viaJson(text: string) {
  const f = JSON.parse(text) as unknown[][];
  const none: unknown[] = [];
  const ids = f[0] ?? none;
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : NaN);
  return ids.map((id, r) => ({
    id: typeof id === "string" || typeof id === "number" ? id : null,
    name: typeof f[1]?.[r] === "string" ? f[1][r] : "",
    owner: typeof f[2]?.[r] === "string" ? f[2][r] : "",
    codes: DIMENSIONS.map((d, k) => {
      const v = f[3 + k]?.[r];
      return typeof v === "string" ? DIMENSION_CODES[d].indexOf(v) : -1;
    }),
    numbers: [0, 1, 2, 3].map((k) => num(f[3 + dims + k]?.[r])),
  }));
}

function viaParser(p: PackedCellParser) {
  return Array.from({ length: p.idCount }, (_, r) => ({
    id: p.ids[r],
    name: r < p.nameCount ? p.names[r] : "",
    owner: r < p.ownerCount ? p.owners[r] : "",
    codes: DIMENSIONS.map((_, d) => (r < p.codeCount[d] ? p.codes[d][r] : -1)),
    numbers: [0, 1, 2, 3].map((k) => (r < p.numberCount[k] ? p.numbers[k][r] : NaN)),
  }));
}

function expectSameAsJson(text: string, parser = new PackedCellParser()) {
  expect(parser.parse(text)).toBe(true);
  // Object.is through toEqual: -0 and 0 differ, NaN equals NaN.
  expect(viaParser(parser)).toEqual(viaJson(text));
}

test("numbers read as JSON.parse reads them, in every JSON spelling", () => {
  const numbers = [
    "0",
    "-0",
    "1",
    "-17",
    "123456789012345",
    "1234567890123456789",
    "0.1",
    "0.30000000000000004",
    "0.6180339887498949",
    "-0.000001234",
    "12345.67",
    "99999999.99",
    "1e21",
    "1E+2",
    "-2.5e-7",
    "1e999",
    "4.9e-324",
    "0.0000000000000000000001",
    "123456.78901234567890123",
  ];
  const list = `[${numbers.join(",")}]`;
  const n = numbers.length;
  const ids = JSON.stringify(numbers.map((_, i) => `C${i}`));
  expectSameAsJson(
    `[${ids},[],[],${Array(dims).fill("[]").join(",")},${list},${list},${list},${list}]`,
  );
  // Doubles as JSON writes them (what the writer packs), many of them.
  let seed = 7;
  const random = () =>
    ((seed = (seed * 48271) % 2147483647) / 2147483647) * 10 ** ((seed % 13) - 6);
  const xs = Array.from({ length: 5000 }, (_, i) => (i % 3 ? random() : -Math.round(random())));
  const packed = JSON.stringify(xs);
  const idList = JSON.stringify(xs.map((_, i) => String(i)));
  const p = new PackedCellParser();
  expectSameAsJson(`[${idList},[],[],${Array(dims).fill("[]").join(",")},${packed}]`, p);
  expect(p.numbers[0].subarray(0, n).length).toBe(n);
});

test("texts, codes, literals, whitespace and appended fields read as JSON.parse reads them", () => {
  const codes = DIMENSIONS.map(
    (d) =>
      `[${JSON.stringify(DIMENSION_CODES[d][0])}, "nonsense", null, 3, "${DIMENSION_CODES[d][1].replace(/^./, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}"]`,
  );
  const text = ` [ ["1001", 1002 , "C\\"3", null],
    ["甲", "a\\\\b\\nc\\t", "lone \\ud800", "a long name of many characters, longer than a slice"],
    ["王伟", "王伟", "", true],
    ${codes.join(",\n")},
    [0.5, null, false, "0.7"], [1, 2], [], [20000, 20001, 20002, 20003],
    ["an appended field", 1, null, true, false], [] ] `;
  expectSameAsJson(text);
});

test("an empty cell of fields and fields with no values read as none", () => {
  expectSameAsJson("[]");
  expectSameAsJson('[["1"]]');
  expectSameAsJson("[[],[],[]]");
});

test("anything else is declined, for JSON.parse to read or to find broken", () => {
  const p = new PackedCellParser();
  for (const text of [
    "",
    "[",
    "[[1,2]",
    '[["a"],[["nested"]]]',
    '[["a"],[{"x":1}]]',
    '[["a"] x]',
    '[["a"],]',
    '[["a",]]',
    "[[01]]",
    "[[1.]]",
    "[[.5]]",
    "[[1e]]",
    "[[+1]]",
    '[["a\u0001b"]]',
    '[["open]]',
    "[[nul]]",
    "{}",
    '"text"',
    "[1]",
    '[["a"]] ]',
  ]) {
    expect([text, p.parse(text)]).toEqual([text, false]);
  }
});
