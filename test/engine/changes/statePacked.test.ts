import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cell, Grid } from "../../../src/engine/cells";
import { readPreviousSnapshot } from "../../../src/engine/changes/previous";
import { DIMENSIONS, DIMENSION_CODES, type Snapshot } from "../../../src/engine/changes/snapshot";
import { StateReader, indexCodes, stateTable } from "../../../src/engine/changes/state";
import {
  BLOCK_CHARS,
  MAX_TEXT,
  PACKED_FIELDS,
  blockStarts,
  codeListsText,
  packBlock,
  packCells,
  packedCell,
} from "../../../src/engine/changes/statePacked";
import { epochDay } from "../../../src/engine/parse/date";
import type { ReportTable } from "../../../src/engine/report/table";
import { openXlsx } from "../../../src/workbook/file/xlsxSource";
import { XlsxReportWriter } from "../../../src/workbook/file/xlsxWriter";

// The run-state tab's layout 3: customers packed as JSON into cells of at most BLOCK_CHARS
// characters, read back to the same snapshot whatever the texts hold.

/** Texts a cell of JSON must carry through XML and back: quotes, markup, escapes, controls. */
const NASTY = [
  '甲"乙',
  "a\\b",
  "line\nbreak\ttab\rreturn",
  "bell\u0007 nul\u0000",
  "<b>&amp;</b>",
  "_x0041_ and _x005F_",
  "lone \ud800 surrogate",
  "emoji 😀 pair",
  " leading and trailing ",
  '],["',
  "",
];

function snapshot(n: number, text: (i: number) => string = (i) => `客户${i}`): Snapshot {
  const id = Array.from({ length: n }, (_, i) => `C${i + 1}`);
  return {
    asOf: epochDay(2025, 12, 31),
    ruleSetHash: "h1",
    source: "run",
    count: n,
    key: id.slice(),
    id,
    name: id.map((_, i) => text(i)),
    owner: id.map((_, i) => text(i + 1)),
    codes: Object.fromEntries(
      DIMENSIONS.map((d, k) => [
        d,
        Int8Array.from({ length: n }, (_, i) => ((i + k) % (DIMENSION_CODES[d].length + 1)) - 1),
      ]),
    ) as Snapshot["codes"],
    churnProbability: Float64Array.from({ length: n }, (_, i) =>
      i % 5 === 0 ? NaN : i / 3 + 1e-7,
    ),
    spend: Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? -0.1 * i - 1 : 1e21 * i)),
    frequency: Float64Array.from({ length: n }, (_, i) => i % 9),
    lastPurchase: Float64Array.from({ length: n }, (_, i) =>
      i % 4 === 0 ? NaN : epochDay(2024, 1, 1) + i,
    ),
  };
}

function gridOf(t: ReportTable): Grid {
  return [t.columns.map((c) => c.header), ...t.rows(0, t.rowCount)];
}

function readBack(grid: Grid): Snapshot | null {
  const reader = new StateReader();
  reader.push(grid);
  return reader.finish();
}

function expectSame(a: Snapshot, b: Snapshot) {
  expect(b.count).toBe(a.count);
  expect(b.asOf).toBe(a.asOf);
  expect(b.ruleSetHash).toBe(a.ruleSetHash);
  expect(b.id).toEqual(a.id);
  expect(b.name).toEqual(a.name);
  expect(b.owner).toEqual(a.owner);
  for (const d of DIMENSIONS) expect(Array.from(b.codes[d])).toEqual(Array.from(a.codes[d]));
  expect(Array.from(b.churnProbability)).toEqual(Array.from(a.churnProbability));
  expect(Array.from(b.spend)).toEqual(Array.from(a.spend));
  expect(Array.from(b.frequency)).toEqual(Array.from(a.frequency));
  expect(Array.from(b.lastPurchase)).toEqual(Array.from(a.lastPurchase));
}

describe("the run-state tab's packed customers (layout 4)", () => {
  test("one field array per packed field, a value per customer", () => {
    const s = snapshot(3);
    const fields = JSON.parse(packBlock(s, 0, 3)) as unknown[][];
    expect(fields.length).toBe(PACKED_FIELDS.length);
    expect(fields[0]).toEqual(["C1", "C2", "C3"]);
    expect(fields[PACKED_FIELDS.indexOf("churnProbability")][0]).toBeNull(); // NaN
  });

  test("texts with quotes, markup, controls and surrogates come back the same", () => {
    const s = snapshot(200, (i) => NASTY[i % NASTY.length]);
    expectSame(s, readBack(gridOf(stateTable(s)))!);
  });

  test("no cell passes BLOCK_CHARS, even for texts JSON escapes six-fold", () => {
    const worst = ["\u0001".repeat(MAX_TEXT), '"'.repeat(MAX_TEXT), "\\".repeat(400)];
    for (const text of [(i: number) => worst[i % 3], (i: number) => `客户${i}`]) {
      const s = snapshot(3000, text);
      const starts = blockStarts(s);
      expect(starts[0]).toBe(0);
      expect(starts[starts.length - 1]).toBe(3000);
      for (let k = 0; k + 1 < starts.length; k++) {
        expect(starts[k + 1]).toBeGreaterThan(starts[k]);
        expect(packBlock(s, starts[k], starts[k + 1]).length).toBeLessThanOrEqual(BLOCK_CHARS);
      }
    }
  });

  test("a name or owner past MAX_TEXT is cut; a customer whose id is that long is left out", () => {
    const s = snapshot(3);
    s.name[0] = "名".repeat(MAX_TEXT + 5);
    s.id[1] = "9".repeat(MAX_TEXT + 1);
    s.key[1] = s.id[1];
    const back = readBack(gridOf(stateTable(s)))!;
    expect(back.id).toEqual(["C1", "C3"]);
    expect(back.name[0]).toBe("名".repeat(MAX_TEXT));
  });

  test("no customers: one row with the date and the hash", () => {
    const t = stateTable(snapshot(0));
    expect(t.rowCount).toBe(1);
    const back = readBack(gridOf(t))!;
    expect(back.count).toBe(0);
    expect(back.ruleSetHash).toBe("h1");
    expect(back.asOf).toBe(epochDay(2025, 12, 31));
  });

  test("a packed cell that is not JSON (edited by hand): the tab is not read", async () => {
    const grid = gridOf(stateTable(snapshot(5)));
    grid[1][2] = String(grid[1][2]).slice(0, -3);
    expect(readBack(grid)).toBeNull();
  });

  test("fields a later layout appends are ignored; a field left out reads as none", () => {
    const s = snapshot(2);
    const fields = JSON.parse(packBlock(s, 0, 2)) as unknown[][];
    const longer = JSON.stringify([...fields, ["later", "field"]]);
    const shorter = JSON.stringify(fields.slice(0, 3));
    const header: Cell[] = ["analysisDate", "ruleSetHash", "packedCustomers", "codeLists"];
    const lists = codeListsText();
    expectSame(s, readBack([header, ["2025-12-31", "h1", longer, lists]])!);
    const back = readBack([header, ["2025-12-31", "h1", shorter, lists]])!;
    expect(back.name).toEqual(s.name);
    expect(Array.from(back.spend)).toEqual([NaN, NaN]);
    expect(Array.from(back.codes.valueTier)).toEqual([-1, -1]);
  });
});

/**
 * A layout-4 tab as layout 3 wrote it (stop 31 and before): the codes as their words in
 * `customers` cells, no code lists.
 */
function layout3Grid(s: Snapshot): Grid {
  const rows = gridOf(stateTable(s)).slice(1);
  const dims = DIMENSIONS.length;
  return [
    ["analysisDate", "ruleSetHash", "customers"],
    ...rows.map((r) => {
      if (typeof r[2] !== "string") return [r[0], r[1], r[2]];
      const fields = JSON.parse(r[2]) as unknown[][];
      for (let d = 0; d < dims; d++)
        fields[3 + d] = fields[3 + d].map((k) =>
          k === null ? null : DIMENSION_CODES[DIMENSIONS[d]][k as number],
        );
      return [r[0], r[1], JSON.stringify(fields)];
    }),
  ];
}

describe("the cells packed elsewhere (the command line's aside thread: packCells)", () => {
  const levels = { high: 0.7, medium: 0.4 };

  test("are packBlock's cells, block by block", () => {
    const s = snapshot(3000, (i) => NASTY[i % NASTY.length] + i);
    const p = packCells(s, levels);
    const starts = blockStarts(s);
    expect(Array.from(p.starts)).toEqual(Array.from(starts));
    expect(p.count).toBe(starts.length - 1);
    expect(starts.length).toBeGreaterThan(2); // several cells
    for (let k = 0; k + 1 < starts.length; k++)
      expect(packedCell(p, starts, k)).toBe(packBlock(s, starts[k], starts[k + 1], levels));
    expect(packCells(snapshot(0)).count).toBe(0);
  });

  test("the state tab takes them, else packs its own: the same rows either way", () => {
    const s = snapshot(3000);
    const p = packCells(s, levels);
    let asked = 0;
    const given = stateTable(s, null, levels, undefined, () => (asked++, p));
    const own = stateTable(s, null, levels);
    expect(given.rows(0, given.rowCount)).toEqual(own.rows(0, own.rowCount));
    expect(asked).toBe(blockStarts(s).length - 1);
    // Cells of other blocks (another snapshot's) are not taken; none yet: packed here.
    const other = packCells(snapshot(2000), levels);
    const wrong = stateTable(s, null, levels, undefined, () => other);
    expect(wrong.rows(0, wrong.rowCount)).toEqual(own.rows(0, own.rowCount));
    expect(packedCell(other, blockStarts(s), blockStarts(s).length - 2)).toBeNull();
    const none = stateTable(s, null, levels, undefined, () => null);
    expect(none.rows(0, none.rowCount)).toEqual(own.rows(0, own.rowCount));
  });
});

describe("the codes as indexes into the tab's code lists (layout 4; layout 3 held the words)", () => {
  test("the codes' fields are indexes, the first row holds the lists they index", () => {
    const s = snapshot(40);
    const grid = gridOf(stateTable(s));
    const fields = JSON.parse(String(grid[1][2])) as unknown[][];
    const tiers = fields[PACKED_FIELDS.indexOf("valueTier")];
    expect(tiers).toEqual(
      Array.from(s.codes.valueTier, (k) => (DIMENSION_CODES.valueTier[k] === undefined ? null : k)),
    );
    expect(JSON.parse(String(grid[1][3])).valueTier).toEqual([...DIMENSION_CODES.valueTier]);
    expect(grid.slice(2).every((r) => r[3] === null)).toBe(true);
  });

  test("an earlier run's layout-3 tab (codes as words) reads as the same snapshot", () => {
    for (const text of [(i: number) => `客户${i}`, (i: number) => NASTY[i % NASTY.length]]) {
      const s = snapshot(3000, text);
      const old = layout3Grid(s);
      expect(String(old[1][2])).toContain(`"${DIMENSION_CODES.rfmSegment[1]}"`);
      expectSame(s, readBack(old)!);
      // Read by JSON.parse too (a cell the field parser declines): the same codes.
      const spaced = old.map((r, k) =>
        k > 0 && typeof r[2] === "string"
          ? [r[0], r[1], JSON.stringify(JSON.parse(r[2]), null, 1)]
          : r,
      );
      expectSame(s, readBack(spaced)!);
    }
  });

  test("lists in another order or with codes this version does not know map by the code", () => {
    const s = snapshot(30);
    const grid = gridOf(stateTable(s));
    // A writer whose tier list was reversed and had a code more: its indexes name its own list.
    const lists = JSON.parse(String(grid[1][3])) as Record<string, string[]>;
    const theirs = ["gone", ...[...lists.valueTier].reverse()];
    lists.valueTier = theirs;
    const tier = PACKED_FIELDS.indexOf("valueTier");
    for (const row of grid.slice(1)) {
      if (typeof row[2] !== "string") continue;
      const fields = JSON.parse(row[2]) as (number | null)[][];
      fields[tier] = fields[tier].map((k) =>
        k === null ? null : theirs.indexOf(DIMENSION_CODES.valueTier[k]),
      );
      fields[tier][0] = 0; // "gone": not a code of this version
      row[2] = JSON.stringify(fields);
    }
    grid[1][3] = JSON.stringify(lists);
    const back = readBack(grid)!;
    const expected = Array.from(s.codes.valueTier);
    expected[0] = -1;
    expect(Array.from(back.codes.valueTier)).toEqual(expected);
    expect(Array.from(back.codes.rfmSegment)).toEqual(Array.from(s.codes.rfmSegment));
    expect(Array.from(indexCodes(JSON.stringify({ valueTier: theirs }))![2])).toEqual([
      -1,
      ...[2, 1, 0],
    ]);
  });

  test("without its code lists (or lists that are not lists) the tab is not read", () => {
    const grid = gridOf(stateTable(snapshot(5)));
    for (const lists of [null, "", "not json", "[1]", '{"valueTier":"high"}']) {
      const edited = grid.map((r, k) => (k === 1 ? [r[0], r[1], r[2], lists] : r));
      expect(readBack(edited)).toBeNull();
    }
  });
});

describe("the service signals in the state (refresh8: a survey edit at the same date read as a refit)", () => {
  const withService = (n: number) => {
    const s = snapshot(n);
    s.service = Int32Array.from({ length: n }, (_, i) =>
      i % 11 === 0 ? -1 : i % 3 === 0 ? 0 : i % 3 === 1 ? i % 64 : 2 ** 31 - 1 - i,
    );
    return s;
  };

  test("written after the last purchase (the rows' keys appended after it since fix64f), read back the same (either parser)", () => {
    const s = withService(3000);
    const grid = gridOf(stateTable(s));
    const fields = JSON.parse(String(grid[1][2])) as unknown[][];
    expect(PACKED_FIELDS.slice(-3)).toEqual(["lastPurchaseDay", "serviceSignals", "purchaseRows"]);
    expect(fields[PACKED_FIELDS.indexOf("serviceSignals")].slice(0, 3)).toEqual([
      -1,
      1,
      2 ** 31 - 3,
    ]);
    const back = readBack(grid)!;
    expectSame(s, back);
    expect(Array.from(back.service!)).toEqual(Array.from(s.service!));
    const spaced = grid.map((r, k) =>
      k > 0 && typeof r[2] === "string"
        ? [r[0], r[1], JSON.stringify(JSON.parse(r[2]), null, 1), r[3]]
        : r,
    );
    expect(Array.from(readBack(spaced)!.service!)).toEqual(Array.from(s.service!));
  });

  test("no cell passes BLOCK_CHARS with the field at its longest", () => {
    const s = snapshot(3000);
    s.service = new Int32Array(3000).fill(2 ** 31 - 1);
    const starts = blockStarts(s);
    for (let k = 0; k + 1 < starts.length; k++)
      expect(packBlock(s, starts[k], starts[k + 1]).length).toBeLessThanOrEqual(BLOCK_CHARS);
  });

  test("a state written before the field (or by a snapshot without it) has none: not known", () => {
    const s = withService(20);
    const fields = JSON.parse(packBlock(s, 0, 20)) as unknown[][];
    const header: Cell[] = ["analysisDate", "ruleSetHash", "packedCustomers", "codeLists"];
    const before = JSON.stringify(fields.slice(0, PACKED_FIELDS.indexOf("serviceSignals")));
    const back = readBack([header, ["2025-12-31", "h1", before, codeListsText()]])!;
    expectSame(s, back);
    expect(back.service).toBeUndefined();
    // A snapshot without service signals writes an empty field.
    const none = snapshot(2);
    expect(
      (JSON.parse(packBlock(none, 0, 2)) as unknown[][])[PACKED_FIELDS.indexOf("serviceSignals")],
    ).toEqual([]);
    expect(readBack(gridOf(stateTable(none)))!.service).toBeUndefined();
  });
});

describe("the purchase rows' keys in the state (fix64f: the row a correction changed named)", () => {
  const withRows = (n: number) => {
    const s = snapshot(n);
    s.purchaseRows = Float64Array.from({ length: n }, (_, i) =>
      i % 7 === 0 ? NaN : (i % 5) * 2 ** 32 + ((i * 2654435761) % 2 ** 32),
    );
    return s;
  };

  test("written as the last packed field, read back the same (either parser); none without", () => {
    const s = withRows(3000);
    const grid = gridOf(stateTable(s));
    const fields = JSON.parse(String(grid[1][2])) as unknown[][];
    expect(fields[PACKED_FIELDS.indexOf("purchaseRows")].slice(0, 3)).toEqual([
      null,
      s.purchaseRows![1],
      s.purchaseRows![2],
    ]);
    const back = readBack(grid)!;
    expectSame(s, back);
    expect(Array.from(back.purchaseRows!)).toEqual(Array.from(s.purchaseRows!));
    const spaced = grid.map((r, k) =>
      k > 0 && typeof r[2] === "string"
        ? [r[0], r[1], JSON.stringify(JSON.parse(r[2]), null, 1), r[3]]
        : r,
    );
    expect(Array.from(readBack(spaced)!.purchaseRows!)).toEqual(Array.from(s.purchaseRows!));
    expect(readBack(gridOf(stateTable(snapshot(5))))!.purchaseRows).toBeUndefined();
  });

  test("no cell passes BLOCK_CHARS with the keys at their longest", () => {
    const s = snapshot(3000);
    s.service = new Int32Array(3000).fill(2 ** 31 - 1);
    s.purchaseRows = new Float64Array(3000).fill(2 ** 20 * 2 ** 32 + 2 ** 32 - 1);
    const starts = blockStarts(s);
    for (let k = 0; k + 1 < starts.length; k++)
      expect(packBlock(s, starts[k], starts[k + 1]).length).toBeLessThanOrEqual(BLOCK_CHARS);
  });
});

describe("the packed run state through a workbook file", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "state-packed-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("written as an .xlsx and read back by the file reader: the same snapshot", async () => {
    const s = snapshot(5000, (i) => (i % 3 ? `客户${i}` : NASTY[i % NASTY.length]));
    const file = join(dir, "state.xlsx");
    await new XlsxReportWriter(file, { lang: "zh-CN" }).writeTables([stateTable(s)]);
    const back = await readPreviousSnapshot(await openXlsx(file));
    expect(back!.source).toBe("state");
    expectSame(s, back!);
  });
});
