import type { Validation } from "../backtest/validation";
import { validationPointer } from "./validationTab";
import { LIFECYCLE_STAGES, RFM_SEGMENTS, RISK_LEVELS, VALUE_TIERS } from "../analysis";
import type { Cell } from "../cells";
import type { ComplaintSummary } from "../complaints/summary";
import type { RelationshipKpis } from "../overview/kpis";
import { isoDate } from "../parse/date";
import type { SatisfactionSummary } from "../satisfaction/summary";
import type { Lang } from "../schema";
import { moneyCell, type ChartSpec, type LayoutLook, type ReportTable } from "./table";
import {
  NO_SEGMENT_LABEL,
  SEGMENT_LABELS,
  STAGE_LABELS,
  VALUE_TIER_LABELS,
  riskPhrase,
} from "../labels";
import {
  HEADLINE_KPIS,
  KPI_IS_RATE,
  KPI_WORDS,
  kpiFormat,
  type HistoryPoint,
} from "../changes/history";
import {
  blockLooks,
  layoutTable,
  LayoutRows,
  FEW_RESPONSES,
  numberCell,
  rateCell,
  type RowLooks,
} from "./serviceText";
import { say, type Code } from "../words/catalog";
import { npsWhole, type WordParams } from "../words/format";
import { sheetOf, tabName, type OutputTab, type TabSheets } from "./outputTabs";
import { blockPageBreaks } from "./layoutPages";
import { HEADING_WIDTH, INDENT_CHARS, ONE_LINE_MOST, oneLineWidth } from "./textMeasure";
import { scheduleOverviewRows } from "./scheduleOverview";
import type { ScheduleSummary } from "../followUp/summary";
import type { RunWarning } from "../followUp/warnings";
import type { RunChanges } from "../changes";
import { overviewChangesLine } from "./changesTab";
import { stageMeaning, type StageMeaningRules } from "../lifecycle/meaning";
import { visitWords } from "../words/visitKind";

export interface OverviewInput {
  kpis: RelationshipKpis;
  satisfaction: SatisfactionSummary | null;
  complaints: ComplaintSummary | null;
  asOf: number;
  /** The headline KPIs per analysis date (the run log's history), oldest first. */
  history?: HistoryPoint[];
  /** The churn-risk backtest (churn/risk.ts): its sentence and a pointer to the Validation tab. */
  validation?: Validation;
  /** The follow-up schedule at a glance (issue 10, 9): planned, overdue, unscheduled, per owner and week. */
  schedule?: ScheduleSummary;
  /** The run's warnings (calendar ends, stale data: followUp/warnings.ts), shown under the title. */
  warnings?: readonly RunWarning[];
  /** The comparison with the previous run, when there is one: its line goes under the warnings. */
  changes?: Pick<RunChanges, "comparison"> | null;
  /**
   * Why churn risk is scored with the default weights (ChurnModel.note, in both languages), or
   * which features a learned model weighs with their default weight (ChurnModel.keptNote); null or
   * absent when neither: said under the risk levels' counts, where the workbook reads them
   * (tester53 N16: only the console and the JSON said the % are not calibrated).
   */
  churnDefaultNote?: Record<Lang, string> | null;
  /** The rule set's stage thresholds: each stage's count is shown with what it means (tester #15). */
  stageRules?: StageMeaningRules;
  /** The names our tabs are written under, which its pointers name (default: the usual ones). */
  sheets?: TabSheets;
  /** Whether the visits were read from an appointments sheet (Visits.appointments; fix67e). */
  visitsAppointments?: boolean;
}

/**
 * A share of a total; blank (NaN) when the total is not above zero: a share of a negative revenue
 * (a typo'd return) read 194% and −94% (review 44), and the warning revenue_not_positive says why.
 */
const share = (part: number, whole: number): number => (whole > 0 ? part / whole : NaN);

/** An NPS cell: whole points (npsWhole, as the console and the pane); blank when not finite. */
const npsCell = (nps: number): Cell => (Number.isFinite(nps) ? npsWhole(nps) : "");

/**
 * The overview tab (layout): key figures with their definitions, then small blocks by value tier,
 * RFM segment, lifecycle stage, churn risk and quarter, each with a chart the Office adapter draws.
 *
 * @example overviewTable({ kpis, satisfaction, complaints, asOf }, "zh-CN").charts?.length // 4
 */
export function overviewTable(input: OverviewInput, lang: Lang): ReportTable {
  const { kpis: k, satisfaction: sat, complaints: comp } = input;
  const w = (code: Code<"overviewTab">, params?: WordParams) =>
    say(lang, "overviewTab", code, params);
  const rows = new LayoutRows();
  const charts: ChartSpec[] = [];
  const sheet = (tab: OutputTab) => sheetOf(tab, lang, input.sheets);
  // The visits input's words: an appointments sheet's (预约就诊, 到诊) or a check-in sheet's.
  const visit = visitWords(lang, input.visitsAppointments);
  // The windows by their dates (the window is start < day ≤ asOf: its first day is start + 1).
  const from = isoDate(k.windowStart + 1);
  const to = isoDate(input.asOf);
  const prevFrom = isoDate(k.previousWindowStart + 1);
  const prevTo = isoDate(k.windowStart);
  const m = k.windowMonths;
  // The title spills over the empty B; the analysis date beside it, as a date.
  rows.push([w("title"), null, w("analysisDate"), input.asOf], [null, null, null, "date"]);
  // Warnings first: a stale data set or a calendar that has run out changes how to read all below.
  // Each on the warning fill with its label in bold, so it is not read as one more line of figures
  // (stop 42 tester #17).
  for (const x of input.warnings ?? [])
    rows.push([w("warning"), warningText(x, lang, sheet("runLog"))], ["warning", "note"]);
  // What moved since the previous run, as the console summary says it (tester12 #4, stop 36).
  if (input.changes)
    rows.push(
      [w("changes"), overviewChangesLine(input.changes, lang, sheet("changes"))],
      [null, "note"],
    );
  rows.push([]);
  // Each figure with the format of its kind: amounts with separators, rates as percentages.
  // 数值 right-aligned over its figures (as the blocks' headings), 说明 one indent in like its notes.
  rows.push([w("measure"), w("value"), w("definition")], ["heading", "integer", "heading"]);
  const kpi = (label: string, value: Cell, note: string, look: LayoutLook = "integer"): void => {
    rows.push([label, value, note], [null, look, "note"]);
  };
  const rate = (label: string, value: number, note: string) =>
    kpi(label, rateCell(value), note, "percent");
  kpi(w("customers"), k.customers, w("customersNote"));
  const activeNote = w("activeNote", { from, to, m });
  kpi(
    w("active"),
    k.activeCustomers,
    k.activeByVisits > 0
      ? w("activeVisitsNote", { note: activeNote, count: k.activeByVisits, ...visit })
      : activeNote,
  );
  kpi(w("revenue"), numberCell(k.revenue), w("revenueNote", { from, to }), "money");
  kpi(w("orders"), k.orders, w("ordersNote"));
  kpi(w("aov"), numberCell(k.averageOrderValue), w("aovNote"), "money");
  rate(w("repeat"), k.repeatPurchaseRate, w("repeatNote"));
  // Customers who left by status are churned; where most customers buy once, only they are
  // (overview/oneOff.ts): the notes say which reading the rates follow (tester61 U116).
  const oneOff = k.reading.kind === "one_off";
  let retentionNote = w("retentionNote", {
    m,
    prevFrom,
    prevTo,
    retained: k.retained,
    previousActive: k.previousActive,
  });
  if (k.retainedByVisits > 0)
    retentionNote = w("retentionVisitsNote", {
      note: retentionNote,
      count: k.retainedByVisits,
      ...visit,
    });
  if (k.previousLeft > 0)
    retentionNote = w("retentionLeftNote", { note: retentionNote, left: k.previousLeft });
  if (oneOff) retentionNote = w("retentionOneOffNote", { note: retentionNote });
  rate(w("retention"), k.retentionRate, retentionNote);
  rate(
    w("churn"),
    k.churnRate,
    oneOff
      ? w("churnOneOffNote", {
          once: k.reading.once,
          buyers: k.reading.buyers,
          m,
          left: k.previousLeft,
          previousActive: k.previousActive,
        })
      : w("churnNote"),
  );
  if (sat) {
    // The window's satisfaction is the headline (as every KPI above); all time is its own row.
    const window = { from: isoDate(sat.window.from), to: isoDate(sat.window.to) };
    const ws = sat.window.stats;
    // A figure from a handful of answers says so (stop-19 #17: 3 answers shown as a fact).
    const rough = (note: string, responses: number) =>
      responses > 0 && responses < FEW_RESPONSES
        ? w("roughNote", { note, min: FEW_RESPONSES })
        : note;
    rate(
      w("csat"),
      ws.csat,
      rough(w("csatNote", { ...window, responses: ws.responses }), ws.responses),
    );
    // NPS is a whole number on a −100…100 scale (as NPS tools and the console show it), written
    // whole: −0.2 kept to a decimal under the integer look showed "-0" in Excel (tester43 #10).
    kpi(w("nps"), npsCell(ws.nps), rough(w("npsNote", window), ws.responses));
    const all = rough(
      w("allResponses", { responses: sat.overall.responses }),
      sat.overall.responses,
    );
    rate(w("csatAll"), sat.overall.csat, all);
    kpi(w("npsAll"), npsCell(sat.overall.nps), all);
  }
  if (comp) {
    kpi(w("openComplaints"), comp.open, w("openComplaintsNote", { total: comp.total }));
    const see = w("seeTab", { tab: sheet("complaints") });
    rate(w("firstResponse"), comp.firstResponse.share, see);
    rate(w("resolved"), comp.resolution.share, see);
  }

  const block = (
    title: string,
    header: string[],
    items: Cell[][],
    chart?: Pick<ChartSpec, "title" | "type" | "valueAxis">,
    given?: readonly (LayoutLook | null | undefined)[],
  ): void => {
    const looks = blockLooks(items, given);
    rows.push([]);
    rows.push([title]);
    const top = rows.length;
    rows.push(header, looks.header);
    for (const it of items) rows.push(it, looks.row);
    if (chart && items.length > 0) {
      charts.push({
        ...chart,
        row: top,
        column: 0,
        rowCount: items.length + 1,
        columnCount: 2,
      });
    }
  };

  const tierRevenue = k.revenueByTier.reduce((a, b) => a + b, 0);
  block(
    w("byTier"),
    [w("tier"), w("revenueShare"), w("customers"), w("revenue")],
    VALUE_TIERS.map((t, i) => [
      VALUE_TIER_LABELS[t][lang],
      rateCell(share(k.revenueByTier[i], tierRevenue)),
      k.customersByTier[i],
      numberCell(k.revenueByTier[i]),
    ]),
    // No shares without a positive base: a pie of blank shares drew an empty frame with a legend,
    // the segment bars none on a 0%–1200% axis (tester44 #5); a note says why in their place.
    tierRevenue > 0 ? { title: w("tierChart"), type: "pie" } : undefined,
    [null, "percent", "integer", "money"],
  );
  if (!(tierRevenue > 0)) rows.push([w("noShareChart")], ["note"]);
  const segRevenue = k.revenueBySegment.reduce((a, b) => a + b, 0);
  const segItems: Cell[][] = [];
  [...RFM_SEGMENTS, null].forEach((g, i) => {
    if (k.customersBySegment[i] === 0) return;
    segItems.push([
      g ? SEGMENT_LABELS[g][lang] : NO_SEGMENT_LABEL[lang],
      rateCell(share(k.revenueBySegment[i], segRevenue)),
      k.customersBySegment[i],
      numberCell(k.revenueBySegment[i]),
    ]);
  });
  // The value tiers' order (share of revenue, customers, revenue), so the two blocks read alike;
  // the chart shows the share, as the tiers' pie does.
  block(
    w("bySegment"),
    [w("segment"), w("revenueShare"), w("customers"), w("revenue")],
    segItems,
    segRevenue > 0
      ? { title: w("segmentChart"), type: "bar", valueAxis: { min: 0, format: "percent" } }
      : undefined,
    [null, "percent", "integer", "money"],
  );
  if (!(segRevenue > 0) && segItems.length > 0) rows.push([w("noShareChart")], ["note"]);
  // Each stage with what it means, from the rule set's thresholds (stop 42 tester #15: the counts
  // alone left a manager to guess what 衰退期 is); the line spills over the row as the KPIs' notes.
  const rules = input.stageRules;
  block(
    w("byStage"),
    [w("stage"), w("customers"), ...(rules ? [w("definition")] : [])],
    LIFECYCLE_STAGES.map((s, i) => [
      STAGE_LABELS[s][lang],
      k.customersByStage[i],
      ...(rules ? [stageMeaning(s, rules, lang)] : []),
    ]),
    undefined,
    [null, "integer", ...(rules ? ["note" as const] : [])],
  );
  block(
    w("byRisk"),
    [w("risk"), w("customers")],
    RISK_LEVELS.map((r, i) => [riskPhrase(r, lang), k.customersByRisk[i]]),
    { title: w("riskChart"), type: "column" },
  );
  if (input.churnDefaultNote) rows.push([input.churnDefaultNote[lang]], ["note"]);
  if (input.schedule) {
    for (const part of scheduleOverviewRows(input.schedule, lang, sheet("followUps")))
      block(part.title, part.header, part.rows);
  }
  if (sat && sat.byQuarter.length > 0) {
    // A quarter of a few answers (one just begun) is marked in a Note column, only when there is one.
    const few = (n: number) => n < FEW_RESPONSES;
    const anyFew = sat.byQuarter.some((q) => few(q.stats.responses));
    const fewNote = w("fewResponses", { min: FEW_RESPONSES });
    block(
      w("byQuarter"),
      [w("quarter"), w("nps"), w("csat"), w("responses"), ...(anyFew ? [w("note")] : [])],
      sat.byQuarter.map((q) => [
        q.quarter,
        npsCell(q.stats.nps),
        rateCell(q.stats.csat),
        q.stats.responses,
        ...(anyFew ? [few(q.stats.responses) ? fewNote : null] : []),
      ]),
      // NPS runs −100…100: an automatic axis went to 150 over a quarter at 100.
      { title: w("quarterChart"), type: "line", valueAxis: { min: -100, max: 100 } },
      // The note spills over the rest of its row: as a plain cell it made column E 40 wide,
      // splitting the owner table and the trend over runs below with a wide gap.
      [null, "integer", "percent", "integer", ...(anyFew ? ["note" as const] : [])],
    );
  }
  if (input.validation) {
    rows.push([]);
    // Title, the sentence wrapped over the row, then where the figures are.
    for (const [title, text, where] of validationPointer(
      input.validation,
      lang,
      sheet("validation"),
    )) {
      rows.push([title]);
      rows.push([text], ["note"]);
      rows.push([where]);
    }
  }
  if (input.history && input.history.length > 0) {
    const t = trendBlock(input.history, lang);
    rows.push([]);
    rows.push([t.title]);
    // A line needs two runs: a first run's chart was one dot on an empty axis.
    if (input.history.length >= 2) charts.push({ ...t.chart, row: rows.length, column: 0 });
    t.rows.forEach((r, i) => rows.push(r, i === 0 ? t.looks.header : t.looks.row));
  }
  // B is 18 so the blocks' "Revenue share (%)" heading prints on one line (it took two at 16).
  // C and D give the notes (merged C:J) 5 characters more: the retention rate's note, about 90
  // characters with its counts (…的比例（5460 / 9679）), took two lines at 14 and 16 (its row two
  // lines tall, the text one line in LibreOffice, 56.4% at the top and its label lower: stop 27
  // tester #3); it keeps one line up to 5-digit counts.
  const widths: number[] = [26, 18, 17, 18];
  const given = widths.length;
  // Past D, a heading gets its column on one line where one a little wider holds it: the en
  // weekly contacts printed "Week of 12-29" … on one line in B:D and "Week" / "of 01-19" in E:F
  // (14), its header row two lines tall.
  rows.rows.forEach((r, i) => {
    const looks = rows.looks[i];
    if (!looks) return;
    for (let k = given; k < r.length; k++) {
      const v = r[k];
      const look = looks[k] ?? null;
      if (typeof v !== "string" || v === "" || look === null || look === "note") continue;
      const one = oneLineWidth(v, INDENT_CHARS);
      if (one > HEADING_WIDTH && one <= ONE_LINE_MOST) widths[k] = Math.max(widths[k] ?? 0, one);
    }
  });
  const table = layoutTable("overview", sheet("overview"), rows, charts, widths);
  // Its notes (definitions, the changes line, the schedule's reasons) are written broken where they
  // wrap (ReportColumn.breakLines), as the Changes list's are: LibreOffice printed "（559 /" /
  // "988）" and "（流失概率 × 近 12 个" / "月消费）" on the December refresh of the samples.
  for (const c of table.columns) c.breakLines = true;
  table.pageBreaks = blockPageBreaks(
    rows,
    widths,
    table.columns.length,
    charts.length,
    table.columns.map((c) => c.breakLines === true),
  );
  return table;
}

/**
 * A run warning as a manager reads it, on the Overview and in the pane: its brief (what it means
 * for the figures, what to do) with where its precise words are (the run log), or, without a
 * brief, its message (tester #9, stop 42).
 *
 * `runLog`: the sheet the run log is written under (default: its usual name).
 *
 * @example warningText(unsettled, "zh-CN") // "预期购买次数…只是粗略估计：…详见“运行日志”表。"
 */
export function warningText(
  x: Pick<RunWarning, "message" | "brief">,
  lang: Lang,
  runLog: string = tabName("runLog", lang),
): string {
  return x.brief
    ? say(lang, "overviewTab", "warningBrief", {
        brief: x.brief[lang],
        tab: runLog,
      })
    : x.message[lang];
}

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * The `overview` JSON: the KPIs with rates as shares 0–1 (null when the base is empty).
 *
 * @example overviewJson({ kpis, satisfaction, complaints, asOf }).retentionRate // 0.62
 */
export function overviewJson(input: OverviewInput) {
  const { kpis: k, satisfaction: sat, complaints: comp } = input;
  const tierRevenue = k.revenueByTier.reduce((a, b) => a + b, 0);
  const segRevenue = k.revenueBySegment.reduce((a, b) => a + b, 0);
  return {
    analysisDate: isoDate(input.asOf),
    windowDays: k.windowDays,
    // The window is start < day ≤ asOf: its first day is start + 1 (as segmentation.window).
    window: { months: k.windowMonths, from: isoDate(k.windowStart + 1), to: isoDate(input.asOf) },
    previousWindow: { from: isoDate(k.previousWindowStart + 1), to: isoDate(k.windowStart) },
    customers: k.customers,
    activeCustomers: k.activeCustomers,
    // Sums of floats to the cent, as every amount of the JSON (40639124.01000009 at 20k: tester,
    // stop 31).
    revenue: moneyCell(k.revenue),
    orders: k.orders,
    averageOrderValue: moneyCell(k.averageOrderValue),
    repeatPurchaseRate: orNull(k.repeatPurchaseRate),
    retentionRate: orNull(k.retentionRate),
    churnRate: orNull(k.churnRate),
    // How the churn rate reads (overview/oneOff.ts): 1 − retention, or only those who left where
    // most customers buy once (tester61 U116).
    churnReading: k.reading.kind,
    byTier: VALUE_TIERS.map((tier, i) => ({
      tier,
      customers: k.customersByTier[i],
      revenue: moneyCell(k.revenueByTier[i]),
      revenueShare: orNull(share(k.revenueByTier[i], tierRevenue)),
    })),
    bySegment: [...RFM_SEGMENTS, null].map((segment, i) => ({
      segment,
      customers: k.customersBySegment[i],
      revenue: moneyCell(k.revenueBySegment[i]),
      revenueShare: orNull(share(k.revenueBySegment[i], segRevenue)),
    })),
    byStage: Object.fromEntries(LIFECYCLE_STAGES.map((s, i) => [s, k.customersByStage[i]])),
    byRisk: Object.fromEntries(RISK_LEVELS.map((r, i) => [r, k.customersByRisk[i]])),
    // Over the analysis window (satisfactionWindow), as the other KPIs; all time beside them.
    csat: sat ? orNull(sat.window.stats.csat) : null,
    nps: sat ? orNull(sat.window.stats.nps) : null,
    satisfactionWindow: sat
      ? {
          from: isoDate(sat.window.from),
          to: isoDate(sat.window.to),
          responses: sat.window.stats.responses,
        }
      : null,
    csatAllTime: sat ? orNull(sat.overall.csat) : null,
    npsAllTime: sat ? orNull(sat.overall.nps) : null,
    npsByQuarter: sat
      ? sat.byQuarter.map((q) => ({ quarter: q.quarter, nps: orNull(q.stats.nps) }))
      : [],
    openComplaints: comp ? comp.open : null,
  };
}

/**
 * The trend over runs (issue 12): one row per analysis date with the headline KPIs, and a line
 * chart of revenue over the runs (its first two columns).
 */
function trendBlock(history: HistoryPoint[], lang: Lang) {
  const header: Cell[] = [
    say(lang, "overviewTab", "analysisDate"),
    ...HEADLINE_KPIS.map((k) =>
      KPI_IS_RATE[k]
        ? say(lang, "overviewTab", "rate", { label: KPI_WORDS[k][lang] })
        : KPI_WORDS[k][lang],
    ),
  ];
  const rows: Cell[][] = [header];
  for (const p of history) {
    rows.push([
      p.asOf,
      ...HEADLINE_KPIS.map((k) =>
        KPI_IS_RATE[k] ? rateCell(p.kpis[k]) : numberCell(p.kpis[k], k === "backtestAuc" ? 3 : 2),
      ),
    ]);
  }
  // The run log's formats (kpiFormat): the trend and the log show a figure the same way.
  const kinds: LayoutLook[] = ["date", ...HEADLINE_KPIS.map(kpiFormat)];
  // Revenue is the second column: the chart reads the date and revenue columns.
  const order = [0, 1 + HEADLINE_KPIS.indexOf("revenue")];
  const swapped = rows.map((r) => [
    r[order[0]],
    r[order[1]],
    ...r.filter((_, k) => !order.includes(k)),
  ]);
  const row = [kinds[order[0]], kinds[order[1]], ...kinds.filter((_, k) => !order.includes(k))];
  const looks: { header: RowLooks; row: RowLooks } = {
    header: row.map((l) => (l === "date" ? "heading" : l)),
    row,
  };
  return {
    title: say(lang, "overviewTab", "trendTitle"),
    rows: swapped,
    looks,
    chart: {
      title: say(lang, "overviewTab", "trendChart"),
      type: "line" as const,
      // Money from 0: an automatic axis from 10.9 M made a 3% fall look like a cliff (stop 33
      // tester #9).
      valueAxis: { min: 0 },
      rowCount: swapped.length,
      columnCount: 2,
      dateCategories: true,
    },
  };
}
