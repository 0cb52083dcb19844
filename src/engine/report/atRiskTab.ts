import type { Analysis } from "../analyze";
import type { CustomerAnalysis } from "../analysis";
import type { Cell } from "../cells";
import { churnReasonsText } from "../churn/reasons";
import { maskPhone } from "../followUp/mask";
import { churnProbabilityOf, valueAtStake } from "../followUp/valueAtStake";
import { labelsOf } from "../labels";
import type { Dataset } from "../model";
import type { Lang } from "../schema";
import { say, type Code } from "../words/catalog";
import { tabName } from "./outputTabs";
import { LEVEL_FILLS } from "./serviceText";
import { filledRows, fourDecimals, moneyCell, type ReportColumn, type ReportTable } from "./table";

/**
 * The At-risk customers tab (流失风险名单): every customer at high or medium churn risk, biggest
 * value at stake first, with why they are at risk and how to reach them — the printable list a
 * manager filters by owner. A view of what the analysis and the schedule already hold: the risk,
 * probability and reasons of the segments tab, the value at stake as the schedule ranks a win-back
 * (followUp/valueAtStake.ts: probability × 12-month spend), the next contact the schedule planned.
 * No cap: a list past a worksheet's rows continues on numbered tabs (OUTPUT_TABS rowLimit), and
 * its row count is the Overview's high + medium customers and the run log's row count.
 */

/** What the tab reads from a run. */
export interface AtRiskInputs {
  dataset: Dataset;
  /** The classified customers (risk level, probability, reasons, value tier, window spend). */
  analysis: CustomerAnalysis;
  /** The analysis window in months (rule set window.months): the spend column's header. */
  windowMonths: number;
  /** The schedule's next planned contact per customer (epoch day, NaN none). */
  nextFollowUp: Float64Array;
  /** Mask phone numbers (rule set followUp.maskContactDetails; --share), as the schedule does. */
  mask: boolean;
}

/**
 * The inputs of a run.
 *
 * @example atRiskTable(atRiskInputsOf(analysis), "zh-CN").sheetName // "流失风险名单"
 */
export function atRiskInputsOf(a: Analysis): AtRiskInputs {
  return {
    dataset: a.dataset,
    analysis: a.classification.analysis,
    windowMonths: a.classification.windowMonths,
    nextFollowUp: a.schedule.nextFollowUp,
    mask: a.rules.followUp.maskContactDetails,
  };
}

/** Risk levels listed (RISK_LEVELS codes 0 high, 1 medium). */
const HIGH = 0;
const MEDIUM = 1;

/**
 * The customers at high or medium churn risk, biggest value at stake first; ties by the higher
 * probability, then in the order of the Customers sheet.
 *
 * @example atRiskOrder(analysis) // Int32Array [17, 3, …]
 */
export function atRiskOrder(analysis: CustomerAnalysis): Int32Array {
  const level = analysis.churnLevel;
  let n = 0;
  for (let c = 0; c < level.length; c++) if (level[c] === HIGH || level[c] === MEDIUM) n++;
  const order = new Int32Array(n);
  const stake = new Float64Array(level.length);
  for (let c = 0, k = 0; c < level.length; c++)
    if (level[c] === HIGH || level[c] === MEDIUM) {
      order[k++] = c;
      stake[c] = valueAtStake(analysis, c, true);
    }
  return order.sort(
    (x, y) =>
      stake[y] - stake[x] ||
      churnProbabilityOf(analysis, y) - churnProbabilityOf(analysis, x) ||
      x - y,
  );
}

/**
 * The reasons texts of the listed customers, kept as the segments tab makes them (keepReasons), so
 * the at-risk tab, written after it, does not put the same reasons into words a second time (at
 * 100,000 customers 22,667 texts: the largest part of the tab's cost). A cache only: a text not
 * kept (the segments tab read by `rows`, or written later) is made here.
 */
export interface ReasonsKept {
  /** 1 for a customer on the list. */
  listed: Uint8Array;
  /** The segments tab's reasons cell of a listed customer, once written. */
  texts: (string | undefined)[];
}

/**
 * An empty cache of the listed customers' reasons.
 *
 * @example const kept = reasonsKept(analysis); kept.texts.length // 0
 */
export function reasonsKept(analysis: CustomerAnalysis): ReasonsKept {
  const level = analysis.churnLevel;
  const listed = new Uint8Array(level.length);
  for (let c = 0; c < level.length; c++)
    listed[c] = level[c] === HIGH || level[c] === MEDIUM ? 1 : 0;
  return { listed, texts: [] };
}

/**
 * The segments tab keeping the reasons cells of the listed customers as its rows are filled (one
 * byte read a row; the texts are the tab's own, not copies).
 *
 * @example keepReasons(segmentsTable(dataset, summary, result, "zh-CN"), kept)
 */
export function keepReasons(segments: ReportTable, kept: ReasonsKept): ReportTable {
  const column = segments.columns.findIndex((c) => c.key === "churnRiskReasons");
  const fill = segments.fillRow;
  if (column < 0 || !fill) return segments;
  const { listed, texts } = kept;
  return {
    ...segments,
    fillRow(i, cells) {
      fill(i, cells);
      if (listed[i] === 1) texts[i] = cells[column] as string;
    },
  };
}

type ColumnKey = Code<"atRiskColumns">;

/** The columns in order (keys as on the segments and schedule tabs), widths for one printed page. */
const COLUMNS: { key: ColumnKey; format: ReportColumn["format"]; width?: number }[] = [
  { key: "id", format: "text", width: 12 },
  { key: "name", format: "text", width: 18 },
  { key: "owner", format: "text", width: 12 },
  { key: "valueTier", format: "text", width: 10 },
  { key: "monetary", format: "money", width: 13 },
  { key: "valueAtStake", format: "money", width: 13 },
  { key: "churnRiskProbability", format: "percent", width: 9 },
  { key: "churnRiskLevel", format: "text", width: 8 },
  // Wrapped at this width (the tab prints every column: held widths, columnWidths.ts).
  { key: "churnRiskReasons", format: "text", width: 40 },
  // Room for "+86 137-3141-5926" on one line.
  { key: "phone", format: "text", width: 18 },
  { key: "nextFollowUp", format: "date", width: 12 },
];

/**
 * The At-risk customers tab as a report table; rows made on demand in list order.
 *
 * @example
 * const tab = atRiskTable(atRiskInputsOf(analysis), "en-US");
 * tab.sheetName // "At-risk customers"
 * tab.rows(0, 1)[0][5] // the biggest value at stake
 */
export function atRiskTable(inputs: AtRiskInputs, lang: Lang, kept?: ReasonsKept): ReportTable {
  const { dataset, analysis: an, nextFollowUp, mask } = inputs;
  const cust = dataset.customers;
  const order = atRiskOrder(an);
  const tiers = labelsOf("valueTier", lang);
  const risks = labelsOf("risk", lang);
  const columns: ReportColumn[] = COLUMNS.map((c) => ({
    key: c.key,
    header: say(lang, "atRiskColumns", c.key, { months: inputs.windowMonths }),
    format: c.format,
    width: c.width,
  }));
  const fill = (i: number, row: Cell[]): void => {
    const c = order[i];
    const phone = cust.phone[c] ?? "";
    const next = nextFollowUp[c];
    row[0] = cust.id[c];
    row[1] = cust.name[c] ?? "";
    row[2] = cust.owner[c] ?? "";
    row[3] = tiers[an.valueTier[c]] ?? "";
    row[4] = moneyCell(an.monetary[c]); // to the cent, as on the segments tab
    row[5] = moneyCell(valueAtStake(an, c, true)); // the schedule's win-back figure, to the cent
    row[6] = fourDecimals(an.churnProbability[c]); // as in the JSON
    row[7] = risks[an.churnLevel[c]] ?? "";
    row[8] = kept?.texts[c] ?? churnReasonsText(an, c, lang);
    row[9] = mask ? maskPhone(phone) : phone;
    row[10] = Number.isFinite(next) ? next : null;
  };
  /** The writer's pass (fillRow, once a row): a kept text is let go once written. */
  const fillOnce = (i: number, row: Cell[]): void => {
    fill(i, row);
    if (kept) kept.texts[order[i]] = undefined;
  };
  const levelColumn = COLUMNS.findIndex((c) => c.key === "churnRiskLevel");
  return {
    tab: "atRisk",
    sheetName: tabName("atRisk", lang),
    columns,
    rowCount: order.length,
    rows: filledRows(order.length, columns.length, fill),
    fillRow: fillOnce,
    style: "table",
    // Every column prints, one page wide: the widths above are held and the reasons wrap.
    printColumns: columns.length,
    highlight: {
      column: levelColumn,
      fills: { [risks[HIGH]]: LEVEL_FILLS.high, [risks[MEDIUM]]: LEVEL_FILLS.medium },
    },
    mode: "replace",
  };
}
