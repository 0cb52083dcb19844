import { overviewKpis, overviewStageRules } from "../overview/overviewKpis";
import {
  afterFigure,
  CHART_ROWS,
  chartTops,
  layoutWidths,
  linesPerPage,
  pageBreaksFor,
  rowLineEstimates,
} from "../../../src/engine/report/layoutPages";
import { overviewTable } from "../../../src/engine/report/overviewTab";
import { INDENT_CHARS, layoutHeading } from "../../../src/engine/report/textMeasure";
import type { Cell } from "../../../src/engine/cells";

/** No chart may straddle a page break (issue 11: the Overview's NPS chart at the foot of page 1). */

const crosses = (tops: number[], breaks: number[]) =>
  tops.some((t) => breaks.some((b) => t < b && b < t + CHART_ROWS));

describe("charts and page breaks", () => {
  test("charts stack 16 rows apart until one would cross a break, which it then starts", () => {
    expect(chartTops(4)).toEqual([0, 16, 32, 48]);
    expect(chartTops(4, [40])).toEqual([0, 16, 40, 56]);
    // A page shorter than a chart is passed over.
    expect(chartTops(2, [10, 20])).toEqual([20, 36]);
  });

  test("a wider tab prints smaller, so a page holds more lines", () => {
    expect(linesPerPage([26, 16, 14, 16], 4, true)).toBeLessThan(
      linesPerPage([26, 16, 14, 16], 10, true),
    );
    // Narrower than the page: printed at 100 %, 29 lines of 16 pt in 92 % of 508.9 pt.
    expect(linesPerPage([10], 1, false)).toBe(29);
  });

  test("widths the engine does not give are estimated from the values, as the writer fits them", () => {
    const rows: Cell[][] = [["Title"], ["Date", "Revenue"], [20453, 40639124.01]];
    // 8 digits, 2 separators, 3 decimals and 3 more (columnWidths.ts numberWidth).
    expect(layoutWidths(rows, [], [26], 2)).toEqual([26, 16]);
  });

  test("a heading widens a column the engine gave a width, up to 14; plain text wraps in it", () => {
    // The Changes tab's RFM matrix: columns of 10 under headings like 潜在忠诚客户 (12 wide).
    const rows: Cell[][] = [
      ["Title"],
      ["上次 \\ 本次", "潜在忠诚客户", "未分类（无购买）", "新客户"],
      ["潜在忠诚客户", 4, 4, 7],
      ["这是一段很长的说明文字", "x"],
    ];
    const looks = [undefined, ["heading", "integer", "integer", "integer"], null, null] as never;
    // Column A: its own width (the long text wraps in it); B and C capped at 14 (潜在忠诚客户 on
    // one line, one indent in, would take 16: it is written 潜在忠诚 / 客户, textMeasure.ts
    // layoutHeading); D 10.
    expect(layoutWidths(rows, looks, [22, 10, 10, 10], 4)).toEqual([22, 14, 14, 10]);
  });

  test("a note wraps over the rest of its row; a lone title spills right", () => {
    const rows: Cell[][] = [
      ["Title"],
      ["Rate", 0.5, "x".repeat(60)],
      ["A block title that is long"],
    ];
    const lines = rowLineEstimates(
      [...rows, ["一个区块标题"]],
      [undefined, [null, "percent", "note"]],
      [26, 16, 14],
      5,
    );
    // The note spans C:E (14 + 6 + 6 characters): 60 x's, 54.6 wide in Calibri, over 25.3 → 3
    // lines of Latin, 15 pt each (as the writer sizes it: textHeight), in lines of 16; a row of
    // one line of Calibri is 15 pt, of Chinese 16.
    expect(lines).toEqual([1.5, 45 / 16, 15 / 16, 1]);
  });

  test("pages break between blocks; no chart crosses a break; charts below the data get a page", () => {
    // 30 blocks of 1 title + 3 rows + a blank row, one line each: 150 rows.
    const lines: number[] = [];
    const starts: boolean[] = [];
    for (let b = 0; b < 30; b++)
      for (let r = 0; r < 5; r++) {
        lines.push(1);
        starts.push(b > 0 && r === 0);
      }
    const breaks = pageBreaksFor(lines, starts, 12, 42);
    for (const b of breaks) expect(starts[b] || b >= lines.length).toBe(true);
    let from = 0;
    for (const b of [...breaks, lines.length]) {
      if (b <= lines.length) expect(b - from).toBeLessThanOrEqual(42);
      from = b;
    }
    const tops = chartTops(12, breaks);
    expect(crosses(tops, breaks)).toBe(false);
    // The last page holds the last chart within 42 lines.
    const last = breaks[breaks.length - 1];
    expect(tops[11] + CHART_ROWS - last).toBeLessThanOrEqual(42);
  });
});

describe("the Overview's pages", () => {
  const kpis = overviewKpis();

  test("no chart of the Overview crosses one of its page breaks", () => {
    const t = overviewTable(
      { kpis, satisfaction: null, complaints: null, asOf: 20453, stageRules: overviewStageRules() },
      "zh-CN",
    );
    const breaks = t.pageBreaks ?? [];
    const tops = chartTops(t.charts?.length ?? 0, breaks);
    expect(t.charts?.length).toBe(3);
    expect(crosses(tops, breaks)).toBe(false);
    // Every break starts a block (the row above it is blank).
    const rows = t.rows(0, t.rowCount);
    // The Overview as every run writes it: with the stages' meanings (review D11).
    expect(rows.flat()).toContain("还没有购买");
    for (const b of breaks) expect(rows[b - 1].every((c) => c === null || c === "")).toBe(true);
  });

  // Stop 27 tester #3: the 20k's retention row was two lines tall, its note one line (in
  // LibreOffice), 56.4% at the top and its label lower. With the Overview's C and D now 17 and 18
  // (were 14 and 16) its note fits one line up to 5-digit counts (…（54600 / 96790）). The 20k's
  // columns E:J as written: 12, 12, 10, 6, 11, 9.
  test("the retention rate's note is one line with counts of up to 5 digits", () => {
    const t = overviewTable(
      { kpis, satisfaction: null, complaints: null, asOf: 20453, stageRules: overviewStageRules() },
      "zh-CN",
    );
    const given = t.columns.map((c) => c.width);
    expect(given.slice(0, 4)).toEqual([26, 18, 17, 18]);
    const note = (a: number, b: number) =>
      `上一期 12 个月（2024-01-01 至 2024-12-31）有购买的客户中，本期再次购买的比例（${a} / ${b}）`;
    const lines = (widths: number[], text: string) =>
      rowLineEstimates(
        [["概览"], ["留存率（%）", 0.564, text]],
        [undefined, [null, "percent", "note"]],
        widths,
        widths.length,
      )[1];
    const rest = [12, 12, 10, 6, 11, 9];
    expect(lines([26, 18, 17, 18, ...rest], note(5460, 9679))).toBe(1);
    expect(lines([26, 18, 17, 18, ...rest], note(54600, 96790))).toBe(1);
    expect(lines([26, 18, 14, 17, ...rest], note(5460, 9679))).toBe(2); // the widths before
  });

  // The en weekly contacts printed "Week of 12-29" … on one line in B:D and "Week" / "of 01-19" in
  // E:F (14 wide). Past D a heading gets its column on one line where 16 or less holds it.
  test("past column D, a heading a little wider than 14 gets its column on one line", () => {
    const point = (asOf: number) => ({ asOf, kpis: { revenue: 1e6, churnRate: 0.4 } });
    const t = overviewTable(
      {
        kpis,
        satisfaction: null,
        complaints: null,
        asOf: 20453,
        stageRules: overviewStageRules(),
        history: [point(20422), point(20453)],
      } as never,
      "en-US",
    );
    const rows = t.rows(0, t.rowCount);
    const r = rows.findIndex((row) => row[4] === "Churn rate (%)");
    expect(r).toBeGreaterThan(0);
    const width = t.columns[4].width!;
    expect(width).toBeGreaterThan(14);
    expect(layoutHeading("Churn rate (%)", width, INDENT_CHARS)).toBe("Churn rate (%)");
    expect(layoutHeading("Churn rate (%)", 14, INDENT_CHARS)).toContain("\n");
  });

  test("the trend over runs gets its chart from the second run (one run was one dot)", () => {
    const point = (asOf: number) => ({ asOf, kpis: { revenue: 1e6 } });
    const charts = (history: unknown[]) =>
      overviewTable(
        {
          kpis,
          satisfaction: null,
          complaints: null,
          asOf: 20453,
          stageRules: overviewStageRules(),
          history,
        } as never,
        "en-US",
      ).charts ?? [];
    expect(charts([point(20453)]).some((c) => c.dateCategories)).toBe(false);
    expect(charts([point(20422), point(20453)]).some((c) => c.dateCategories)).toBe(true);
  });

  test("the revenue over runs is drawn from 0 (an axis from 10.9 M made a 3% fall a cliff)", () => {
    const point = (asOf: number, revenue: number) => ({ asOf, kpis: { revenue } });
    for (const lang of ["zh-CN", "en-US"] as const) {
      const trend = (
        overviewTable(
          {
            kpis,
            satisfaction: null,
            complaints: null,
            asOf: 20453,
            history: [point(20422, 11.3e6), point(20453, 10.95e6)],
          } as never,
          lang,
        ).charts ?? []
      ).find((c) => c.dateCategories)!;
      expect(trend.valueAxis?.min).toBe(0);
    }
  });
});

describe("afterFigure: a note or heading indented off the figure before it", () => {
  test("after a number, or a heading over numbers: indented", () => {
    expect(afterFigure(["客户数", 3002, "客户表中的客户"], [null, "integer", "note"], 2)).toBe(
      true,
    );
    expect(afterFigure(["指标", "数值", "说明"], ["heading", "integer", "heading"], 2)).toBe(true);
    // A figure without a look goes by its value.
    expect(afterFigure(["A", 5, "note"], undefined, 2)).toBe(true);
  });
  test("after a label, a date, a heading or at the margin: flush", () => {
    expect(afterFigure(["规则集", "规则未变"], [null, "note"], 1)).toBe(false);
    expect(afterFigure(["上次", 45990, "x"], [null, "date", "note"], 2)).toBe(false);
    expect(afterFigure(["指标", "说明"], ["heading", "heading"], 1)).toBe(false);
    expect(afterFigure(["一句话"], ["note"], 0)).toBe(false);
  });
});
