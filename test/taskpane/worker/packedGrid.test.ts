import fc from "fast-check";
import type { Cell } from "../../../src/engine/cells";
import { lookRow, type ReportTable } from "../../../src/engine/report/table";
import { packedBuffers, packGrid, unpackRows } from "../../../src/taskpane/worker/packedGrid";
import { packTable, tableBuffers, unpackTable } from "../../../src/taskpane/worker/packedTable";

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.double(), // NaN, ±Infinity and -0 included
  fc.string({ unit: "grapheme" }),
  fc.string(),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
);
const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 });

describe("packGrid", () => {
  test("unpacks to the same cells, ragged rows and all", () => {
    fc.assert(
      fc.property(grid, (rows) => {
        expect(unpackRows(packGrid(rows), 0, rows.length)).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });

  test("any slice of rows", () => {
    fc.assert(
      fc.property(grid, fc.nat(), fc.nat(), (rows, a, b) => {
        const [start, end] = [a % (rows.length + 1), b % (rows.length + 2)];
        expect(unpackRows(packGrid(rows), start, end)).toEqual(rows.slice(start, end));
      }),
      { numRuns: 100 },
    );
  });

  test("survives a structured clone with its buffers transferred", () => {
    const rows: Cell[][] = [
      ["客户编号", 1.5, true, null],
      ["", -0, false, new Date(Date.UTC(2025, 0, 2))],
    ];
    const packed = packGrid(rows);
    const copy = structuredClone(packed, { transfer: packedBuffers(packed) });
    expect(packed.kind.byteLength).toBe(0); // moved, not copied
    expect(unpackRows(copy, 0, 2)).toEqual(rows);
  });
});

describe("packTable", () => {
  test("rows(start, end) across block boundaries equals the table's own", () => {
    const n = 95;
    const table: ReportTable = {
      tab: "segments",
      sheetName: "客户分类",
      columns: [
        { key: "id", header: "客户编号", format: "text" },
        { key: "spend", header: "消费", format: "money" },
      ],
      rowCount: n,
      rows: (start, end) =>
        Array.from({ length: Math.min(end, n) - start }, (_, i) => [`C${start + i}`, start + i]),
      style: "table",
      mode: "replace",
      highlight: { column: 1, fills: { 高: "#FF0000" } },
      // The schedule's rows kept past the worklist cap, as data: they travel (a function did not:
      // the pane's refresh failed with a DataCloneError when it did).
      typedRows: [3, 7],
    };
    const packed = packTable(table, 10);
    expect(packed.blocks).toHaveLength(10);
    const copy = unpackTable(structuredClone(packed, { transfer: tableBuffers([packed]) }));
    expect(copy.highlight).toEqual(table.highlight);
    expect(copy.typedRows).toEqual([3, 7]);
    for (const [s, e] of [
      [0, 95],
      [9, 11],
      [10, 20],
      [37, 64],
      [90, 200],
    ])
      expect(copy.rows(s, e)).toEqual(table.rows(s, e));
  });
});

describe("packTable of a layout tab", () => {
  test("its looks cross to the page as data (structured clone) and read the same", () => {
    const looks = {
      rows: [undefined, [null, "percent", "note"] as const, ["heading", "integer"] as const],
      rest: ["money", null] as const,
    };
    const table: ReportTable = {
      tab: "changes",
      sheetName: "变化",
      columns: [0, 1, 2].map((k) => ({ key: `c${k}`, header: "", format: "text" as const })),
      rowCount: 5,
      rows: (start, end) => Array.from({ length: end - start }, () => ["a", 0.5, "b"]),
      style: "layout",
      mode: "replace",
      looks,
    };
    const copy = unpackTable(structuredClone(packTable(table)));
    for (let r = 0; r < 6; r++) expect(lookRow(copy.looks, r)).toEqual(lookRow(table.looks, r));
    expect(lookRow(copy.looks, 4)).toEqual(["money", null]);
  });
});
