import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Cell } from "../../../src/engine/cells";
import { applyOutputLimits, CELL_MAX_CHARS } from "../../../src/engine/report/limits";
import { filledRows, rowReader, tableOf, type ReportTable } from "../../../src/engine/report/table";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import type { Lang } from "../../../src/engine/schema";
import { sampleSource, SAMPLE_AS_OF } from "../../../src/sample/source";

/** Every row as rows() gives it, and as rowReader gives it (copied: the reader reuses its array). */
function bothWays(table: ReportTable): { viaRows: Cell[][]; viaReader: Cell[][] } {
  const viaRows = table.rows(0, table.rowCount);
  const read = rowReader(table, 7); // a small block, so the fallback crosses blocks
  const viaReader: Cell[][] = [];
  for (let i = 0; i < table.rowCount; i++) viaReader.push([...read(i)]);
  return { viaRows, viaReader };
}

/** A table of rows made on demand, with fillRow as well as rows (as the segments tab). */
function filled(n: number, cell: (i: number) => Cell): ReportTable {
  const base = tableOf(
    "segments",
    "Segments",
    [
      { key: "n", header: "N", format: "integer" },
      { key: "x", header: "X", format: "text" },
    ],
    Array.from({ length: n }, (_, i) => [i + 1, cell(i)]),
  );
  return {
    ...base,
    fillRow(i, cells) {
      cells[0] = i + 1;
      cells[1] = cell(i);
    },
  };
}

describe("filledRows", () => {
  test("rows start..end clipped to the count, each a fresh array filled by index", () => {
    const rows = filledRows(3, 2, (i, cells) => {
      cells[0] = i;
      cells[1] = `r${i}`;
    });
    const got = rows(-1, 10);
    expect(got).toEqual([
      [0, "r0"],
      [1, "r1"],
      [2, "r2"],
    ]);
    expect(got[0]).not.toBe(got[1]);
    expect(rows(1, 2)).toEqual([[1, "r1"]]);
    expect(rows(3, 5)).toEqual([]);
  });
});

describe("rowReader", () => {
  test.each<Lang>(["zh-CN", "en-US"])(
    "gives the same rows as rows() for every tab of a run (%s)",
    async (lang) => {
      const { source } = sampleSource({ seed: 3, customers: 400, transactions: 3000, lang });
      const a = await analyzeWorkbook(source, { rules: defaultRules(), asOf: SAMPLE_AS_OF });
      const tables = analysisTables(a, lang, {
        at: SAMPLE_AS_OF,
        durationSeconds: 1,
        source: "cli",
      });
      const segments = tables.find((t) => t.tab === "segments")!;
      expect(segments.fillRow).toBeDefined(); // the long tab takes the row-free path
      for (const table of tables) {
        const { viaRows, viaReader } = bothWays(table);
        expect({ tab: table.tab, rows: viaReader }).toEqual({ tab: table.tab, rows: viaRows });
      }
    },
  );

  test("reuses one array when the table fills rows", () => {
    const read = rowReader(filled(3, (i) => `t${i}`));
    const first = read(0);
    expect(read(1)).toBe(first);
    expect([...first]).toEqual([2, "t1"]);
  });

  test("the output limits keep fillRow and rows alike: safe cells, numbered parts, capped lists", () => {
    const long = "x".repeat(CELL_MAX_CHARS + 5);
    const cell = (i: number): Cell => (i % 3 === 0 ? NaN : i % 3 === 1 ? long : `t${i}`);
    const parts = applyOutputLimits([filled(10, cell)], {
      lang: "en-US",
      worklistRows: 4,
      fullListsAt: () => "the JSON result",
      sheetRows: 5,
    }).tables;
    expect(parts.map((t) => t.sheetName)).toEqual(["Segments", "Segments (2)", "Segments (3)"]);
    for (const part of parts) {
      expect(part.fillRow).toBeDefined();
      const { viaRows, viaReader } = bothWays(part);
      expect(viaReader).toEqual(viaRows);
    }
    const first = bothWays(parts[0]).viaReader;
    expect(first[0]).toEqual([1, null]); // NaN: an empty cell
    expect((first[1][1] as string).length).toBeLessThanOrEqual(CELL_MAX_CHARS);
    expect(bothWays(parts[1]).viaReader[0][0]).toBe(5); // the second part starts at row 5

    const list = { ...filled(10, cell), tab: "dataQuality" as const, sheetName: "Data quality" };
    const [capped] = applyOutputLimits([list], {
      lang: "en-US",
      worklistRows: 4,
      fullListsAt: () => "the JSON result",
    }).tables;
    expect(capped.rowCount).toBe(5);
    const { viaRows, viaReader } = bothWays(capped);
    expect(viaReader).toEqual(viaRows);
    expect(viaReader[4][0]).toMatch(/^6 more rows not shown/);
  });
});
