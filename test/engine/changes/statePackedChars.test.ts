import fc from "fast-check";
import { levelRounded } from "../../../src/engine/churn/combine";
import { toCents } from "../../../src/engine/cents";
import { DIMENSIONS, DIMENSION_CODES, type Snapshot } from "../../../src/engine/changes/snapshot";
import {
  MAX_TEXT,
  PackedChars,
  blockStarts,
  packBlock,
  packCells,
} from "../../../src/engine/changes/statePacked";
import { PROBABILITY_DECIMALS } from "../../../src/engine/changes/words";

// A packed cell written character by character (PackedChars, stop 71) is the text the fields' arrays
// gave JSON.stringify before (the reference below is statePacked.ts's packBlock as it was), and
// packCells hands its cells on as code units as well as texts.

const NASTY = [
  '甲"乙',
  "a\\b",
  "line\nbreak\ttab\rreturn\b\f",
  "bell\u0007 nul\u0000 \u001f",
  "<b>&amp;</b>",
  "lone \ud800 surrogate",
  "low \udc00 alone",
  "emoji 😀 pair",
  "é ÿ Latin-1",
  "",
];

/** Numbers JSON writes in every way it does: whole, decimals, exponents, null. */
const NUMBERS = [
  0,
  -0,
  1,
  -1,
  7,
  10,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  2 ** 32 * 19 + 4294967295,
  2 ** 53 - 1,
  2 ** 53,
  2 ** 53 + 2,
  1e21,
  -1e21,
  1e-7,
  5e-7,
  0.1 + 0.2,
  0.123456,
  0.1234565,
  12.5,
  -5.25,
  123456789.123456,
  999999999.999999,
  1e9 + 0.5,
  NaN,
  Infinity,
  -Infinity,
  1 / 3,
  12.34,
];

/** statePacked.ts's packBlock before stop 71: each field an array given to JSON.stringify. */
function referenceBlock(
  s: Snapshot,
  start: number,
  end: number,
  levels?: { high: number; medium: number },
): string {
  const texts = (of: readonly string[], blank = false) =>
    of
      .slice(start, end)
      .map((t) =>
        t === undefined || t.length > MAX_TEXT ? (blank ? "" : (t ?? "").slice(0, MAX_TEXT)) : t,
      );
  const numbers = (of: Float64Array | Int32Array) => Array.from(of.subarray(start, end));
  const parts = [
    "[" + JSON.stringify(texts(s.id, true)),
    JSON.stringify(texts(s.name)),
    JSON.stringify(texts(s.owner)),
  ];
  for (const d of DIMENSIONS) {
    const out: string[] = [];
    for (let i = start; i < end; i++)
      out.push(DIMENSION_CODES[d][s.codes[d][i]] === undefined ? "null" : String(s.codes[d][i]));
    parts.push("[" + out.join(",") + "]");
  }
  if (levels) {
    const p: Array<number | null> = [];
    const spend: number[] = [];
    for (let i = start; i < end; i++) {
      p.push(
        levelRounded(
          s.churnProbability[i],
          s.codes.churnRiskLevel[i],
          levels,
          PROBABILITY_DECIMALS,
        ),
      );
      spend.push(toCents(s.spend[i]));
    }
    parts.push(JSON.stringify(p), JSON.stringify(spend));
  } else parts.push(JSON.stringify(numbers(s.churnProbability)), JSON.stringify(numbers(s.spend)));
  parts.push(JSON.stringify(numbers(s.frequency)), JSON.stringify(numbers(s.lastPurchase)));
  parts.push(s.service ? JSON.stringify(numbers(s.service)) : "[]");
  parts.push((s.purchaseRows ? JSON.stringify(numbers(s.purchaseRows)) : "[]") + "]");
  return parts.join(",");
}

function snapshot(n: number, withKeys = true): Snapshot {
  const id = Array.from({ length: n }, (_, i) =>
    i % 13 === 5 ? "x".repeat(MAX_TEXT + 1) : `C${i}${NASTY[i % NASTY.length]}`,
  );
  const num = (i: number) => NUMBERS[i % NUMBERS.length];
  return {
    asOf: 20453,
    ruleSetHash: "h",
    source: "run",
    count: n,
    key: id.slice(),
    id,
    name: id.map((_, i) =>
      i % 17 === 3 ? "名".repeat(MAX_TEXT + 5) : NASTY[(i + 3) % NASTY.length],
    ),
    owner: id.map((_, i) => (i % 11 === 0 ? (undefined as unknown as string) : `王${i % 4}`)),
    codes: Object.fromEntries(
      DIMENSIONS.map((d, k) => [
        d,
        // Past the list's end and below -1 too: no code (null).
        Int8Array.from(
          { length: n },
          (_, i) => ((i * (k + 3)) % (DIMENSION_CODES[d].length + 4)) - 2,
        ),
      ]),
    ) as Snapshot["codes"],
    churnProbability: Float64Array.from({ length: n }, (_, i) =>
      i % 3 === 0 ? num(i) : (i % 1000) / 999 + 1e-9 * (i % 7),
    ),
    spend: Float64Array.from({ length: n }, (_, i) => num(i + 1) * (i % 2 ? 1 : 0.01)),
    frequency: Float64Array.from({ length: n }, (_, i) => num(i + 2)),
    lastPurchase: Float64Array.from({ length: n }, (_, i) => num(i + 3)),
    ...(withKeys
      ? {
          service: Int32Array.from(
            { length: n },
            (_, i) => (i % 5) - 1 + (i % 50 === 0 ? 2 ** 30 : 0),
          ),
          purchaseRows: Float64Array.from(
            { length: n },
            (_, i) => num(i + 4) * (i % 3 ? 1 : 2 ** 32),
          ),
        }
      : {}),
  };
}

describe("a packed cell written character by character (PackedChars)", () => {
  const levels = { high: 0.7, medium: 0.4 };

  test("is the text JSON.stringify of its fields' arrays gave, with levels or without", () => {
    for (const withKeys of [true, false]) {
      const s = snapshot(600, withKeys);
      const starts = blockStarts(s);
      for (let k = 0; k + 1 < starts.length; k++)
        for (const l of [levels, undefined])
          expect(packBlock(s, starts[k], starts[k + 1], l)).toBe(
            referenceBlock(s, starts[k], starts[k + 1], l),
          );
      expect(packBlock(s, 7, 7)).toBe(referenceBlock(s, 7, 7));
    }
  });

  test("a number as JSON.stringify writes it (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          fc.integer(),
          fc.integer({ min: 0, max: 10 ** 9 }).map((m) => m / 1e6),
          fc.integer({ min: -(10 ** 8), max: 10 ** 8 }).map((c) => c / 100),
          fc.maxSafeInteger(),
        ),
        (n) => {
          const out = new PackedChars(4);
          out.num(n);
          expect(out.text(0, out.pos)).toBe(JSON.stringify(n));
        },
      ),
      { numRuns: 5000 },
    );
  });

  test("packCells gives its cells as code units too: the same texts, and whether one is past Latin-1", () => {
    const s = snapshot(3000);
    const p = packCells(s, levels);
    const units = p.units!;
    expect(units.ends.length).toBe(p.count);
    let text = "";
    for (let k = 0; k < p.count; k++) text += p.cell(k);
    expect(units.units.length).toBe(text.length);
    expect(String.fromCharCode(...units.units.subarray(0, 5000))).toBe(text.slice(0, 5000));
    expect(units.ends[p.count - 1]).toBe(text.length);
    expect(units.wide).toBe(true); // 甲, 王
    const latin: Snapshot = { ...s, name: s.id.map(() => "Zoë"), owner: s.id.map(() => "") };
    latin.id = s.id.map((_, i) => `C${i}`);
    expect(packCells(latin, levels).units!.wide).toBe(false);
  });
});
