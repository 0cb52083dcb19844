import type { ChartSpec } from "../../engine/report/table";
import { columnLetters } from "../../engine/a1";

const CHART_TYPES: Record<ChartSpec["type"], string> = {
  pie: "Pie",
  bar: "BarClustered",
  column: "ColumnClustered",
  line: "Line",
};

/** Our charts are named so a refresh replaces them and never a chart the user added to the tab. */
export const CHART_NAME_PREFIX = "CA chart ";

/** A native chart beside the data: charts stack downwards, 8 columns wide and 15 rows high. */
export function addChart(
  sheet: Excel.Worksheet,
  spec: ChartSpec,
  index: number,
  dataWidth: number,
): void {
  if (spec.rowCount < 1 || spec.columnCount < 1) return;
  const source = sheet.getRangeByIndexes(spec.row, spec.column, spec.rowCount, spec.columnCount);
  const chart = sheet.charts.add(CHART_TYPES[spec.type] as Excel.ChartType, source, "Auto");
  chart.name = `${CHART_NAME_PREFIX}${index + 1}`;
  chart.title.text = spec.title;
  const left = dataWidth + 1;
  const top = 1 + index * 16;
  chart.setPosition(`${columnLetters(left)}${top}`, `${columnLetters(left + 7)}${top + 14}`);
}
