import type { ChartSpec } from "../../engine/report/table";
import { columnLetters } from "../../engine/a1";
import { CHART_COLUMNS, CHART_ROWS, CHART_STEP } from "../../engine/report/layoutPages";

const CHART_TYPES: Record<ChartSpec["type"], string> = {
  pie: "Pie",
  bar: "BarClustered",
  column: "ColumnClustered",
  line: "Line",
};

/** Our charts are named so a refresh replaces them and never a chart the user added to the tab. */
export const CHART_NAME_PREFIX = "CA chart ";

/** A native chart beside the data: charts stack downwards, 8 columns wide and 15 rows high, never across a page break. */
export function addChart(
  sheet: Excel.Worksheet,
  spec: ChartSpec,
  index: number,
  dataWidth: number,
  /** Its first row (0-based): layoutPages.ts chartTops, as the file adapter places it. */
  top0: number = index * CHART_STEP,
): void {
  if (spec.rowCount < 1 || spec.columnCount < 1) return;
  const source = sheet.getRangeByIndexes(spec.row, spec.column, spec.rowCount, spec.columnCount);
  const chart = sheet.charts.add(CHART_TYPES[spec.type] as Excel.ChartType, source, "Auto");
  chart.name = `${CHART_NAME_PREFIX}${index + 1}`;
  chart.title.text = spec.title;
  const left = dataWidth + 1;
  const top = 1 + top0;
  chart.setPosition(
    `${columnLetters(left)}${top}`,
    `${columnLetters(left + CHART_COLUMNS - 1)}${top + CHART_ROWS - 1}`,
  );
  chartLooks(chart, spec);
}

/**
 * What the file adapter's chart parts say beyond type and title (file/chartParts.ts), through
 * Excel.Chart's axes and legend: the value axis's fixed range and format where the automatic one
 * misleads (NPS −100…100, shares from 0 as 0%: ChartAxis.minimum / maximum, ExcelApi 1.1;
 * numberFormat, 1.8), date categories as dates, a horizontal bar's categories top to bottom in the table's order
 * (reversePlotOrder 1.7, with the value axis at the bottom: position "Maximum", 1.8), and a legend
 * only on a pie or over several series (ChartLegend.visible, 1.1). All within the manifest's ExcelApi 1.9.
 *
 * The simulator has no axes nor legend: there only type, title and position are checked (when it
 * and Excel differ, Excel is right).
 */
export function chartLooks(chart: Excel.Chart, spec: ChartSpec): void {
  const excel = chart as Partial<Pick<Excel.Chart, "axes" | "legend">>;
  // A legend where it names what the axis does not: pie slices, or several series.
  if (excel.legend) excel.legend.visible = spec.type === "pie" || spec.columnCount > 2;
  if (!excel.axes || spec.type === "pie") return;
  const value = excel.axes.valueAxis;
  const axis = spec.valueAxis;
  if (axis?.min !== undefined) value.minimum = axis.min;
  if (axis?.max !== undefined) value.maximum = axis.max;
  value.numberFormat = axis?.format === "percent" ? "0%" : "#,##0";
  const categories = excel.axes.categoryAxis;
  // Dates held as epoch days in the cells (the trend over runs) labelled as dates, each run its
  // own date: a text axis (categoryType, ExcelApi 1.7), since an automatic one reads dates as a
  // date axis in months and labels runs of 11-30 and 12-31 as 2025-11-01 and 2025-12-01.
  if (spec.dateCategories) {
    categories.numberFormat = "yyyy-mm-dd";
    categories.categoryType = "TextAxis";
  }
  if (spec.type === "bar") {
    categories.reversePlotOrder = true;
    categories.position = "Maximum";
  }
}
