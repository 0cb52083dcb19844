import type { Validation } from "../backtest/validation";
import { validationPointer } from "./validationTab";
import { LIFECYCLE_STAGES, RFM_SEGMENTS, RISK_LEVELS, VALUE_TIERS } from "../analysis";
import type { Cell } from "../cells";
import type { ComplaintSummary } from "../complaints/summary";
import type { RelationshipKpis } from "../overview/kpis";
import { isoDate } from "../parse/date";
import type { SatisfactionSummary } from "../satisfaction/summary";
import type { Lang } from "../schema";
import type { ChartSpec, ReportTable } from "./table";
import {
  NO_SEGMENT_LABEL,
  SEGMENT_LABELS,
  STAGE_LABELS,
  VALUE_TIER_LABELS,
  riskPhrase,
} from "../labels";
import { HEADLINE_KPIS, KPI_IS_RATE, KPI_WORDS, type HistoryPoint } from "../changes/history";
import { layoutTable, numberCell, percentCell, type Words } from "./serviceText";
import { tabName } from "./outputTabs";
import { scheduleOverviewRows } from "./scheduleOverview";
import type { ScheduleSummary } from "../followUp/summary";
import type { RunWarning } from "../followUp/warnings";

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
}

const share = (part: number, whole: number): number => (whole !== 0 ? part / whole : NaN);

/**
 * The overview tab (layout): key figures with their definitions, then small blocks by value tier,
 * RFM segment, lifecycle stage, churn risk and quarter, each with a chart the Office adapter draws.
 *
 * @example overviewTable({ kpis, satisfaction, complaints, asOf }, "zh-CN").charts?.length // 4
 */
export function overviewTable(input: OverviewInput, lang: Lang): ReportTable {
  const { kpis: k, satisfaction: sat, complaints: comp } = input;
  const zh = lang === "zh-CN";
  const rows: Cell[][] = [];
  const charts: ChartSpec[] = [];
  // The windows by their dates (the window is start < day ≤ asOf: its first day is start + 1).
  const from = isoDate(k.windowStart + 1);
  const to = isoDate(input.asOf);
  const prevFrom = isoDate(k.previousWindowStart + 1);
  const prevTo = isoDate(k.windowStart);
  const m = k.windowMonths;
  rows.push([
    zh ? "客户概览" : "Customer overview",
    zh ? "分析日期" : "Analysis date",
    isoDate(input.asOf),
  ]);
  // Warnings first: a stale data set or a calendar that has run out changes how to read all below.
  for (const w of input.warnings ?? []) rows.push([zh ? "注意" : "Warning", w.message[lang]]);
  rows.push([]);
  rows.push(zh ? ["指标", "数值", "说明"] : ["Measure", "Value", "Definition"]);
  const kpi = (label: Words, value: Cell, note: Words): void => {
    rows.push([label[lang], value, note[lang]]);
  };
  kpi({ "zh-CN": "客户数", "en-US": "Customers" }, k.customers, {
    "zh-CN": "客户表中的客户",
    "en-US": "Customers on the Customers sheet",
  });
  kpi({ "zh-CN": "活跃客户", "en-US": "Active customers" }, k.activeCustomers, {
    "zh-CN": `${from} 至 ${to}（${m} 个月）内有购买`,
    "en-US": `Bought from ${from} to ${to} (${m} ${m === 1 ? "month" : "months"})`,
  });
  kpi({ "zh-CN": "收入", "en-US": "Revenue" }, numberCell(k.revenue), {
    "zh-CN": `${from} 至 ${to} 的净金额（扣除退货）`,
    "en-US": `Net amount from ${from} to ${to} (returns deducted)`,
  });
  kpi({ "zh-CN": "订单数", "en-US": "Orders" }, k.orders, {
    "zh-CN": "按订单号计，无订单号时每行一单",
    "en-US": "By order id; one per row without order ids",
  });
  kpi({ "zh-CN": "客单价", "en-US": "Average order value" }, numberCell(k.averageOrderValue), {
    "zh-CN": "购买金额 ÷ 订单数",
    "en-US": "Purchase amount ÷ orders",
  });
  kpi(
    { "zh-CN": "复购率（%）", "en-US": "Repeat-purchase rate (%)" },
    percentCell(k.repeatPurchaseRate),
    {
      "zh-CN": "活跃客户中在两天或以上有购买的比例",
      "en-US": "Share of active customers who bought on two or more days",
    },
  );
  kpi({ "zh-CN": "留存率（%）", "en-US": "Retention rate (%)" }, percentCell(k.retentionRate), {
    "zh-CN": `上一期 ${m} 个月（${prevFrom} 至 ${prevTo}）有购买的客户中，本期再次购买的比例（${k.retained} / ${k.previousActive}）`,
    "en-US": `Of customers who bought in the previous ${m} ${m === 1 ? "month" : "months"} (${prevFrom} to ${prevTo}), the share who bought again in this period (${k.retained} / ${k.previousActive})`,
  });
  kpi({ "zh-CN": "流失率（%）", "en-US": "Churn rate (%)" }, percentCell(k.churnRate), {
    "zh-CN": "1 − 留存率",
    "en-US": "1 − retention rate",
  });
  if (sat) {
    // The window's satisfaction is the headline (as every KPI above); all time is its own row.
    const sf = isoDate(sat.window.from);
    const st = isoDate(sat.window.to);
    const w = sat.window.stats;
    kpi({ "zh-CN": "CSAT（%）", "en-US": "CSAT (%)" }, percentCell(w.csat), {
      "zh-CN": `${sf} 至 ${st} 的调查中总体评分 4–5 分的比例（1–5 分制，${w.responses} 份）`,
      "en-US": `Share of overall scores of 4–5 (on 1–5) in surveys from ${sf} to ${st} (${w.responses} responses)`,
    });
    kpi({ "zh-CN": "NPS", "en-US": "NPS" }, numberCell(w.nps, 1), {
      "zh-CN": `${sf} 至 ${st}：推荐者（9–10）% − 贬损者（0–6）%`,
      "en-US": `${sf} to ${st}: % promoters (9–10) − % detractors (0–6)`,
    });
    kpi(
      { "zh-CN": "CSAT（%，全部时间）", "en-US": "CSAT (%, all time)" },
      percentCell(sat.overall.csat),
      {
        "zh-CN": `全部 ${sat.overall.responses} 份调查`,
        "en-US": `All ${sat.overall.responses} survey responses`,
      },
    );
    kpi({ "zh-CN": "NPS（全部时间）", "en-US": "NPS (all time)" }, numberCell(sat.overall.nps, 1), {
      "zh-CN": `全部 ${sat.overall.responses} 份调查`,
      "en-US": `All ${sat.overall.responses} survey responses`,
    });
  }
  if (comp) {
    kpi({ "zh-CN": "未解决投诉", "en-US": "Open complaints" }, comp.open, {
      "zh-CN": `共 ${comp.total} 件投诉`,
      "en-US": `of ${comp.total} complaints`,
    });
    kpi(
      { "zh-CN": "首次响应达标率（%）", "en-US": "First response within SLA (%)" },
      percentCell(comp.firstResponse.share),
      {
        "zh-CN": `见“${tabName("complaints", "zh-CN")}”`,
        "en-US": `See ${tabName("complaints", "en-US")}`,
      },
    );
    kpi(
      { "zh-CN": "解决达标率（%）", "en-US": "Resolved within SLA (%)" },
      percentCell(comp.resolution.share),
      {
        "zh-CN": `见“${tabName("complaints", "zh-CN")}”`,
        "en-US": `See ${tabName("complaints", "en-US")}`,
      },
    );
  }

  const block = (
    title: string,
    header: string[],
    items: Cell[][],
    chart?: { title: string; type: ChartSpec["type"] },
  ): void => {
    rows.push([]);
    rows.push([title]);
    const top = rows.length;
    rows.push(header);
    for (const it of items) rows.push(it);
    if (chart && items.length > 0) {
      charts.push({
        title: chart.title,
        type: chart.type,
        row: top,
        column: 0,
        rowCount: items.length + 1,
        columnCount: 2,
      });
    }
  };

  const tierRevenue = k.revenueByTier.reduce((a, b) => a + b, 0);
  block(
    zh ? "按价值层级" : "By value tier",
    zh
      ? ["价值层级", "收入占比（%）", "客户数", "收入"]
      : ["Value tier", "Revenue share (%)", "Customers", "Revenue"],
    VALUE_TIERS.map((t, i) => [
      VALUE_TIER_LABELS[t][lang],
      percentCell(share(k.revenueByTier[i], tierRevenue)),
      k.customersByTier[i],
      numberCell(k.revenueByTier[i]),
    ]),
    { title: zh ? "各价值层级收入占比" : "Revenue share by value tier", type: "pie" },
  );
  const segRevenue = k.revenueBySegment.reduce((a, b) => a + b, 0);
  const segItems: Cell[][] = [];
  [...RFM_SEGMENTS, null].forEach((g, i) => {
    if (k.customersBySegment[i] === 0) return;
    segItems.push([
      g ? SEGMENT_LABELS[g][lang] : NO_SEGMENT_LABEL[lang],
      k.customersBySegment[i],
      percentCell(share(k.revenueBySegment[i], segRevenue)),
      numberCell(k.revenueBySegment[i]),
    ]);
  });
  block(
    zh ? "按 RFM 分类" : "By RFM segment",
    zh
      ? ["RFM 分类", "客户数", "收入占比（%）", "收入"]
      : ["RFM segment", "Customers", "Revenue share (%)", "Revenue"],
    segItems,
    { title: zh ? "各 RFM 分类客户数" : "Customers by RFM segment", type: "bar" },
  );
  block(
    zh ? "按生命周期阶段" : "By lifecycle stage",
    zh ? ["生命周期阶段", "客户数"] : ["Lifecycle stage", "Customers"],
    LIFECYCLE_STAGES.map((s, i) => [STAGE_LABELS[s][lang], k.customersByStage[i]]),
  );
  block(
    zh ? "按流失风险" : "By churn risk",
    zh ? ["流失风险", "客户数"] : ["Churn risk", "Customers"],
    RISK_LEVELS.map((r, i) => [riskPhrase(r, lang), k.customersByRisk[i]]),
    { title: zh ? "各流失风险等级客户数" : "Customers by churn risk", type: "column" },
  );
  if (input.schedule) {
    for (const part of scheduleOverviewRows(input.schedule, lang))
      block(part.title, part.header, part.rows);
  }
  if (sat && sat.byQuarter.length > 0) {
    block(
      zh ? "按季度满意度" : "Satisfaction by quarter",
      zh ? ["季度", "NPS", "CSAT（%）", "回答数"] : ["Quarter", "NPS", "CSAT (%)", "Responses"],
      sat.byQuarter.map((q) => [
        q.quarter,
        numberCell(q.stats.nps, 1),
        percentCell(q.stats.csat),
        q.stats.responses,
      ]),
      { title: zh ? "各季度 NPS" : "NPS by quarter", type: "line" },
    );
  }
  if (input.validation) {
    rows.push([]);
    for (const r of validationPointer(input.validation, lang)) rows.push(r);
  }
  if (input.history && input.history.length > 0) {
    const t = trendBlock(input.history, lang);
    rows.push([]);
    rows.push([t.title]);
    charts.push({ ...t.chart, row: rows.length, column: 0 });
    rows.push(...t.rows);
  }
  return layoutTable("overview", tabName("overview", lang), rows, charts, [24, 16, 14, 16]);
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
    revenue: k.revenue,
    orders: k.orders,
    averageOrderValue: orNull(k.averageOrderValue),
    repeatPurchaseRate: orNull(k.repeatPurchaseRate),
    retentionRate: orNull(k.retentionRate),
    churnRate: orNull(k.churnRate),
    byTier: VALUE_TIERS.map((tier, i) => ({
      tier,
      customers: k.customersByTier[i],
      revenue: k.revenueByTier[i],
      revenueShare: orNull(share(k.revenueByTier[i], tierRevenue)),
    })),
    bySegment: [...RFM_SEGMENTS, null].map((segment, i) => ({
      segment,
      customers: k.customersBySegment[i],
      revenue: k.revenueBySegment[i],
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
  const zh = lang === "zh-CN";
  const header: Cell[] = [
    zh ? "分析日期" : "Analysis date",
    ...HEADLINE_KPIS.map((k) =>
      KPI_IS_RATE[k] ? `${KPI_WORDS[k][lang]}${zh ? "（%）" : " (%)"}` : KPI_WORDS[k][lang],
    ),
  ];
  const rows: Cell[][] = [header];
  for (const p of history) {
    rows.push([
      isoDate(p.asOf),
      ...HEADLINE_KPIS.map((k) =>
        KPI_IS_RATE[k]
          ? percentCell(p.kpis[k])
          : numberCell(p.kpis[k], k === "backtestAuc" ? 3 : 2),
      ),
    ]);
  }
  // Revenue is the second column: the chart reads the date and revenue columns.
  const order = [0, 1 + HEADLINE_KPIS.indexOf("revenue")];
  const swapped = rows.map((r) => [
    r[order[0]],
    r[order[1]],
    ...r.filter((_, k) => !order.includes(k)),
  ]);
  return {
    title: zh ? "历次运行趋势（每个分析日期一行）" : "Trend over runs (one row per analysis date)",
    rows: swapped,
    chart: {
      title: zh ? "历次运行收入" : "Revenue over runs",
      type: "line" as const,
      rowCount: swapped.length,
      columnCount: 2,
    },
  };
}
