import {
  applyPrintLayout,
  columnWidths,
  columnWraps,
  printSetup,
} from "../../../src/workbook/office/printLayout";
import { chartLooks } from "../../../src/workbook/office/charts";
import {
  tableOf,
  type ChartSpec,
  type ReportColumn,
  type ReportTable,
} from "../../../src/engine/report/table";

/** The Office adapter makes the print setup and chart axes the file adapter writes (issue 11). */

const column = (key: string, width?: number): ReportColumn => ({
  key,
  header: key,
  format: "text",
  width,
});

/** A stand-in for Excel.Worksheet's pageLayout: records what is set and called. */
function fakeSheet() {
  const calls: Record<string, unknown> = {};
  const footer: Record<string, string> = {};
  const layout = {
    headersFooters: { defaultForAllPages: footer },
    setPrintTitleRows: (r: string) => (calls.titleRows = r),
    setPrintTitleColumns: (c: string) => (calls.titleColumns = c),
    setPrintArea: (a: unknown) => (calls.area = a),
  } as Record<string, unknown>;
  const sheet = {
    pageLayout: layout,
    getRangeByIndexes: (r: number, c: number, rows: number, columns: number) => ({
      r,
      c,
      rows,
      columns,
    }),
  };
  return { sheet: sheet as unknown as Excel.Worksheet, layout, footer, calls };
}

describe("print layout in Excel", () => {
  test("the call sheet: landscape A4, one page wide, header row repeated, print area A:I", () => {
    const keys = [
      "dueDate",
      "owner",
      "customerId",
      "customerName",
      "phone",
      "reason",
      "talk",
      "channel",
      "priority",
      "more",
      "more2",
    ];
    const t = {
      ...tableOf(
        "followUps",
        "回访计划",
        keys.map((k) => column(k, 12)),
        [],
      ),
      printColumns: 9,
    };
    const { sheet, layout, footer, calls } = fakeSheet();
    applyPrintLayout(sheet, t, 120);
    expect(layout.orientation).toBe("Landscape");
    expect(layout.paperSize).toBe("A4");
    expect(layout.zoom).toEqual({ horizontalFitToPages: 1 });
    expect(footer).toEqual({ leftFooter: "&A", rightFooter: "&P / &N" });
    expect(calls.titleRows).toBe("$1:$1");
    expect(calls.titleColumns).toBeUndefined();
    expect(calls.area).toEqual({ r: 0, c: 0, rows: 120, columns: 9 });
  });

  test("the schedule's status and note print on the page beside the call sheet (tester46 H2)", () => {
    const keys = ["date", "owner", "customerId", "customerName", "phone", "reason", "talk"];
    const t = {
      ...tableOf(
        "followUps",
        "回访计划",
        [...keys.map((k) => column(k, 20)), column("from", 16), column("status", 10)],
        [],
      ),
      printColumns: 7,
      printBeside: 9,
    };
    const { sheet, layout, calls } = fakeSheet();
    const added: unknown[] = [];
    let removed = 0;
    (sheet as unknown as Record<string, unknown>).verticalPageBreaks = {
      add: (r: unknown) => added.push(r),
      removePageBreaks: () => removed++,
    };
    applyPrintLayout(sheet, t, 50);
    // 140 characters on the call sheet's page: 770 pt / (5.6 pt × 140) = 98%. A fixed scale:
    // Excel ignores a manual page break under Fit To.
    expect(layout.zoom).toEqual({ scale: 98 });
    expect(calls.area).toEqual({ r: 0, c: 0, rows: 50, columns: 9 });
    expect(calls.titleColumns).toBe("$C:$D");
    // The page beside starts at H; an earlier run's break is taken off first.
    expect(removed).toBe(1);
    expect(added).toEqual([{ r: 0, c: 7, rows: 1, columns: 1 }]);
  });

  test("a wide table prints pages wide with its key columns on each page", () => {
    const keys = ["id", "name", ...Array.from({ length: 20 }, (_, i) => `c${i}`)];
    const t = tableOf(
      "segments",
      "客户分类",
      keys.map((k) => column(k, 14)),
      [],
    );
    expect(printSetup(t)).toEqual({ pagesWide: 2, titleColumns: "$A:$B", printedColumns: 0 }); // 308 characters
    const { sheet, calls } = fakeSheet();
    applyPrintLayout(sheet, t, 10);
    expect(calls.titleColumns).toBe("$A:$B");
    expect(calls.area).toBeUndefined();
  });

  test("a layout tab gets page and footer only; the simulator (no pageLayout) is left alone", () => {
    const t = tableOf("overview", "概览", [column("c1")], [], { style: "layout" });
    const { sheet, layout, calls } = fakeSheet();
    applyPrintLayout(sheet, t, 40);
    expect(layout.zoom).toEqual({ horizontalFitToPages: 1 });
    expect(calls).toEqual({});
    expect(() => applyPrintLayout({} as Excel.Worksheet, t, 40)).not.toThrow();
  });

  test("a layout's print area (the Changes tab's matrices), heading row and page breaks (the Overview's)", () => {
    const t = {
      ...tableOf("changes", "变化", [column("c1"), column("c2"), column("c3")], [], {
        style: "layout",
      }),
      printRows: 30,
      pageBreaks: [12, 50, 400],
      printTitleRow: 20,
    };
    const { sheet, calls } = fakeSheet();
    const added: unknown[] = [];
    let removed = 0;
    (sheet as unknown as Record<string, unknown>).horizontalPageBreaks = {
      add: (r: unknown) => added.push(r),
      removePageBreaks: () => removed++,
    };
    applyPrintLayout(sheet, t, 120);
    expect(calls.area).toEqual({ r: 0, c: 0, rows: 30, columns: 3 });
    // The list's heading (row 21) on each page of the list.
    expect(calls.titleRows).toBe("$21:$21");
    // Last run's breaks go first; a break past the rows is left out.
    expect(removed).toBe(1);
    expect(added).toEqual([
      { r: 12, c: 0, rows: 1, columns: 3 },
      { r: 50, c: 0, rows: 1, columns: 3 },
    ]);
  });
});

describe("widths and wraps fitted once per table (reviewer11 D2)", () => {
  // A call sheet of customer-specific reasons: fitWidths (its shareWidths) cost tenths of a second
  // a call, and a commit asked for the widths two or three times.
  const reasons = Array.from(
    { length: 300 },
    (_, i) =>
      `Retention call (signs of leaving); churn risk ${i % 90}% since 2025-${(i % 12) + 1}-01, ` +
      `RFM segment dropped from Loyal to Can't lose them, ${i} days past its own rhythm`,
  );
  const make = () => {
    let reads = 0;
    const t = tableOf(
      "followUps",
      "Calls",
      [
        { key: "id", header: "Customer ID", format: "text", width: 12 },
        { key: "reason", header: "Reason", format: "text", width: 24, sharesWidth: true },
        { key: "point", header: "Talking point", format: "text", width: 40, sharesWidth: true },
        { key: "note", header: "Note", format: "text" },
      ],
      reasons.map((r, i) => [`C${i}`, i % 3 ? r : "Regular contact", `Last bought: P${i}`, "n"]),
    );
    const table: ReportTable = {
      ...t,
      printColumns: 3,
      rows: (a, b) => {
        reads++;
        return t.rows(a, b);
      },
    };
    return { table, reads: () => reads };
  };

  test("a commit's calls read and fit the rows once, with the widths a fresh fit gives", () => {
    const { table, reads } = make();
    const first = columnWidths(table);
    for (let k = 0; k < 3; k++) expect(columnWidths(table)).toEqual(first);
    printSetup(table);
    expect(columnWraps(table)).toEqual([false, true, false, false]);
    expect(reads()).toBe(1);
    // Another table object of the same rows: fitted afresh, to the same widths.
    const other = make();
    expect(columnWidths(other.table)).toEqual(first);
    expect(other.reads()).toBe(1);
    // The shared columns got their split from content: the long reasons the room.
    expect(first[1]).toBeGreaterThan(24);
    expect(first[1] + first[2]).toBe(64);
  });
});

describe("chart looks in Excel", () => {
  const chart = () => {
    const valueAxis: Record<string, unknown> = {};
    const categoryAxis: Record<string, unknown> = {};
    const legend: Record<string, unknown> = {};
    return {
      chart: { axes: { valueAxis, categoryAxis }, legend } as unknown as Excel.Chart,
      valueAxis,
      categoryAxis,
      legend,
    };
  };
  const spec = (s: Partial<ChartSpec>): ChartSpec => ({
    title: "t",
    type: "line",
    row: 0,
    column: 0,
    rowCount: 3,
    columnCount: 2,
    ...s,
  });
  test("NPS by quarter: the axis runs −100…100, no legend", () => {
    const c = chart();
    chartLooks(c.chart, spec({ valueAxis: { min: -100, max: 100 } }));
    expect(c.valueAxis).toEqual({ minimum: -100, maximum: 100, numberFormat: "#,##0" });
    expect(c.legend.visible).toBe(false);
  });
  test("shares by segment: bars top to bottom in the table's order, from 0 as 0%", () => {
    const c = chart();
    chartLooks(c.chart, spec({ type: "bar", valueAxis: { min: 0, format: "percent" } }));
    expect(c.valueAxis).toEqual({ minimum: 0, numberFormat: "0%" });
    expect(c.categoryAxis).toEqual({ reversePlotOrder: true, position: "Maximum" });
  });
  test("runs by date: each run labelled with its own date (a text axis, not months)", () => {
    const c = chart();
    chartLooks(c.chart, spec({ dateCategories: true }));
    expect(c.categoryAxis).toEqual({ numberFormat: "yyyy-mm-dd", categoryType: "TextAxis" });
  });
  test("a pie has a legend and no axes; the simulator's chart (no axes) is left alone", () => {
    const c = chart();
    chartLooks(c.chart, spec({ type: "pie" }));
    expect(c.legend.visible).toBe(true);
    expect(c.valueAxis).toEqual({});
    expect(() => chartLooks({} as Excel.Chart, spec({}))).not.toThrow();
  });
});
