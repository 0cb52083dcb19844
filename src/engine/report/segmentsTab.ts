import { levelRounded } from "../churn/combine";
import { PROBABILITY_DECIMALS } from "../changes/words";
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
import { filledRows, moneyCell, type ReportColumn, type ReportTable } from "./table";
import { tabName } from "./outputTabs";

/**
 * The classified-customers tab (客户分类 / Customer segments): one row per customer in the order of
 * the Customers sheet, every measure and category of the analysis, labels in the run's language,
 * risk level coloured. Rows are made on demand from the columns, block by block.
 */

/** A column another analysis adds to the tab (next follow-up, expected purchases, CLV …): header and a cell per customer. */
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
    { key: "name", header: h("name"), format: "text", width: 26 },
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
  const extras = extraColumns.length;
  const standard = columns.length - extras;
  /** Customer i's cells into `row` (every slot written): no per-row garbage but the texts. */
  const fill = (i: number, row: Cell[]): void => {
    row[0] = c.id[i];
    row[1] = c.name[i];
    // The user's own type (酒店) where it is none of ours (tester55 U14).
    row[2] = types[c.type[i]] ?? c.ownType?.[i] ?? "";
    row[3] = c.owner[i];
    row[4] = c.region[i];
    row[5] = dateCell(summary.firstPurchase[i]);
    row[6] = dateCell(summary.lastPurchase[i]);
    row[7] = summary.orders[i];
    const recency = a.recencyDays[i];
    row[8] = Number.isFinite(recency) ? recency : null;
    row[9] = a.frequency[i];
    row[10] = moneyCell(a.monetary[i]); // to the cent, as in the JSON
    row[11] = scoreCell(a.rScore[i]);
    row[12] = scoreCell(a.fScore[i]);
    row[13] = scoreCell(a.mScore[i]);
    row[14] = segments[a.rfmSegment[i]] ?? "";
    row[15] = classes[a.valueClass[i]] ?? "";
    row[16] = tiers[a.valueTier[i]] ?? "";
    row[17] = stages[a.lifecycleStage[i]] ?? "";
    row[18] = levelRounded(
      a.churnProbability[i],
      a.churnLevel[i],
      result.churnLevels,
      PROBABILITY_DECIMALS,
    ); // as in the JSON
    row[19] = risks[a.churnLevel[i]] ?? "";
    row[20] = churnReasonsText(a, i, lang);
    for (let e = 0; e < extras; e++) row[standard + e] = extraColumns[e].value(i);
  };
  return {
    tab: "segments",
    sheetName: tabName("segments", lang),
    columns,
    rowCount: c.count,
    rows: filledRows(c.count, columns.length, fill),
    fillRow: fill,
    style: "table",
    // Printed: who, their figures and classes up to the churn-risk level (two pages wide, ID and
    // name on each, rows one line high); the reasons and the model's columns stay on screen (a
    // printout of every column was three strips of tall rows, 36 pages for 300 customers).
    printColumns: riskColumn + 1,
    // The input's texts; the rest are figures, labels and reasons in the engine's words.
    inputTextColumns: ["id", "name", "owner", "region"].map((k) =>
      columns.findIndex((col) => col.key === k),
    ),
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
