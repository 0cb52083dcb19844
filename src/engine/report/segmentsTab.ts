import type { CustomerSummary } from "../aggregate/customerSummary";
import type { Cell } from "../cells";
import { churnReasonsText } from "../churn/reasons";
import type { ClassifyResult } from "../classify";
import { labelsOf } from "../labels";
import type { Dataset } from "../model";
import type { Lang } from "../schema";
import { say, type Code } from "../words/catalog";
import type { WordParams } from "../words/format";
import { LEVEL_FILLS } from "./serviceText";
import type { ReportColumn, ReportTable } from "./table";
import { tabName } from "./outputTabs";

/**
 * The classified-customers tab (客户分类 / Customer segments): one row per customer in the order of
 * the Customers sheet, every measure and category of the analysis, labels in the run's language,
 * risk level coloured. Rows are made on demand from the columns, block by block.
 */

/** A column another analysis adds to the tab (next follow-up, pAlive, CLV …): header and a cell per customer. */
export interface ExtraColumn {
  column: ReportColumn;
  value(customer: number): Cell;
}

/** The standard columns, in order (keys as in the JSON output where the JSON has the field). */
export function segmentColumns(lang: Lang, windowMonths: number): ReportColumn[] {
  const h = (key: Code<"segmentColumns">, params?: WordParams) =>
    say(lang, "segmentColumns", key, params);
  const window = h("months", { months: windowMonths });
  return [
    { key: "id", header: h("id"), format: "text", width: 14 },
    { key: "name", header: h("name"), format: "text", width: 24 },
    { key: "type", header: h("type"), format: "text", width: 10 },
    { key: "owner", header: h("owner"), format: "text", width: 12 },
    { key: "region", header: h("region"), format: "text", width: 12 },
    {
      key: "firstPurchase",
      header: h("firstPurchase"),
      format: "date",
      width: 12,
    },
    {
      key: "lastPurchase",
      header: h("lastPurchase"),
      format: "date",
      width: 12,
    },
    { key: "orders", header: h("orders"), format: "integer", width: 8 },
    {
      key: "recencyDays",
      header: h("recencyDays"),
      format: "integer",
      width: 10,
    },
    {
      key: "frequency",
      header: h("frequency", { window }),
      format: "integer",
      width: 10,
    },
    {
      key: "monetary",
      header: h("monetary", { window }),
      format: "money",
      width: 14,
    },
    { key: "rScore", header: h("rScore"), format: "integer", width: 6 },
    { key: "fScore", header: h("fScore"), format: "integer", width: 6 },
    { key: "mScore", header: h("mScore"), format: "integer", width: 6 },
    { key: "rfmSegment", header: h("rfmSegment"), format: "text", width: 14 },
    { key: "valueClass", header: h("valueClass"), format: "text", width: 14 },
    { key: "valueTier", header: h("valueTier"), format: "text", width: 10 },
    {
      key: "lifecycleStage",
      header: h("lifecycleStage"),
      format: "text",
      width: 10,
    },
    {
      key: "churnRiskProbability",
      header: h("churnRiskProbability"),
      format: "percent",
      width: 12,
    },
    {
      key: "churnRiskLevel",
      header: h("churnRiskLevel"),
      format: "text",
      width: 8,
    },
    {
      key: "churnRiskReasons",
      header: h("churnRiskReasons"),
      format: "text",
      width: 60,
    },
  ];
}

const dateCell = (d: number): Cell => (Number.isFinite(d) ? d : null);
const scoreCell = (s: number): Cell => (s > 0 ? s : null);

/**
 * The classified-customers tab as a report table.
 *
 * @example
 * const tab = segmentsTable(dataset, summary, classifyCustomers(dataset, summary, rules), "zh-CN");
 * tab.sheetName // "客户分类"
 * tab.rows(0, 1)[0][0] // the first customer's id
 */
export function segmentsTable(
  dataset: Dataset,
  summary: CustomerSummary,
  result: ClassifyResult,
  lang: Lang,
  extraColumns: ExtraColumn[] = [],
): ReportTable {
  const c = dataset.customers;
  const a = result.analysis;
  const columns = [
    ...segmentColumns(lang, result.windowMonths),
    ...extraColumns.map((e) => e.column),
  ];
  const types = labelsOf("customerType", lang);
  const segments = labelsOf("segment", lang);
  const classes = labelsOf("valueClass", lang);
  const tiers = labelsOf("valueTier", lang);
  const stages = labelsOf("stage", lang);
  const risks = labelsOf("risk", lang);
  const riskColumn = columns.findIndex((col) => col.key === "churnRiskLevel");
  return {
    tab: "segments",
    sheetName: tabName("segments", lang),
    columns,
    rowCount: c.count,
    rows(start, end) {
      const out: Cell[][] = [];
      const stop = Math.min(end, c.count);
      for (let i = Math.max(0, start); i < stop; i++) {
        const row: Cell[] = [
          c.id[i],
          c.name[i],
          types[c.type[i]] ?? "",
          c.owner[i],
          c.region[i],
          dateCell(summary.firstPurchase[i]),
          dateCell(summary.lastPurchase[i]),
          summary.orders[i],
          Number.isFinite(a.recencyDays[i]) ? a.recencyDays[i] : null,
          a.frequency[i],
          a.monetary[i],
          scoreCell(a.rScore[i]),
          scoreCell(a.fScore[i]),
          scoreCell(a.mScore[i]),
          segments[a.rfmSegment[i]] ?? "",
          classes[a.valueClass[i]] ?? "",
          tiers[a.valueTier[i]] ?? "",
          stages[a.lifecycleStage[i]] ?? "",
          Number.isFinite(a.churnProbability[i]) ? a.churnProbability[i] : null,
          risks[a.churnLevel[i]] ?? "",
          churnReasonsText(a, i, lang),
        ];
        for (const e of extraColumns) row.push(e.value(i));
        out.push(row);
      }
      return out;
    },
    style: "table",
    highlight: {
      column: riskColumn,
      fills: {
        [risks[0]]: LEVEL_FILLS.high,
        [risks[1]]: LEVEL_FILLS.medium,
        [risks[2]]: LEVEL_FILLS.low,
        [risks[3]]: "#D9D9D9", // churned: grey, gone rather than at risk
      },
    },
    mode: "replace",
  };
}
