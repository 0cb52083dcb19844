import type { Cell } from "../cells";
import type { SlaCounts, ComplaintSummary } from "../complaints/summary";
import { COMPLAINT_CAUSES, type Dataset } from "../model";
import { isoDateTime } from "../parse/date";
import type { ComplaintRules } from "../rules/service";
import type { ComplaintCause, Lang } from "../schema";
import type { ReportTable } from "./table";
import { layoutTable, percentCell, type Words } from "./serviceText";
import { tabName } from "./outputTabs";

/** Words per complaint cause (also named by the follow-up schedule). */
export const CAUSE_WORDS: Record<ComplaintCause, Words> = {
  product_quality: { "zh-CN": "产品质量", "en-US": "Product quality" },
  service_attitude: { "zh-CN": "服务态度", "en-US": "Service attitude" },
  service_process: { "zh-CN": "服务流程", "en-US": "Service process" },
  information: { "zh-CN": "信息传递", "en-US": "Information" },
  price: { "zh-CN": "价格", "en-US": "Price" },
  other: { "zh-CN": "其他", "en-US": "Other" },
};

const SLA_HEADER: Words[] = [
  { "zh-CN": "时限", "en-US": "Service level" },
  { "zh-CN": "时限（小时）", "en-US": "Limit (hours)" },
  { "zh-CN": "达标", "en-US": "Met" },
  { "zh-CN": "超时", "en-US": "Missed" },
  { "zh-CN": "处理中（未超时）", "en-US": "Pending (within limit)" },
  { "zh-CN": "无记录", "en-US": "Not recorded" },
  { "zh-CN": "达标率（%）", "en-US": "Within SLA (%)" },
];

function slaRow(label: string, hours: number, s: SlaCounts): Cell[] {
  return [label, hours, s.met, s.missed, s.pending, s.notRecorded, percentCell(s.share)];
}

/** Label of an age bucket: "0–1 天" / "3–7 days" / "> 30 days". */
function ageLabel(buckets: ComplaintSummary["openByAge"], k: number, lang: Lang): string {
  const days = lang === "zh-CN" ? "天" : " days";
  const upper = buckets[k].upperDays;
  const lower = k > 0 ? buckets[k - 1].upperDays : 0;
  if (upper === Infinity) return `> ${lower}${days}`;
  return `${lower}–${upper}${days}`;
}

/**
 * The complaints tab (layout): how SLAs are judged, SLA outcomes, complaints by cause, open
 * complaints by age and repeat complainers.
 *
 * @example complaintsTable(summary, dataset, rules, "zh-CN").sheetName // "投诉分析"
 */
export function complaintsTable(
  summary: ComplaintSummary | null,
  dataset: Dataset,
  rules: ComplaintRules,
  lang: Lang,
): ReportTable {
  const zh = lang === "zh-CN";
  const rows: Cell[][] = [[zh ? "投诉分析" : "Complaint analysis"]];
  if (!summary) {
    rows.push([zh ? "工作簿中没有投诉表。" : "The workbook has no Complaints sheet."]);
    return layoutTable("complaints", tabName("complaints", lang), rows);
  }
  rows.push([
    zh
      ? "时限按自然小时计算（含周末和节假日），从接收时间起算；只有日期没有时间的按当天 0 点计。首次响应取首次响应时间与解决时间中较早者。未解决的投诉在分析日结束时超过时限记为超时，未超过记为处理中，不计入达标率；缺少时间的已解决投诉记为无记录，也不计入。"
      : "Limits are clock hours (weekends and holidays included) from the time received; a date without a time counts from 00:00. The first response is the earlier of the first-response and resolution times. An open complaint past its limit at the end of the analysis date is missed; within it, pending and not counted in the rate. Resolved complaints without times are not recorded and not counted.",
  ]);
  rows.push([
    zh ? "投诉总数" : "Complaints",
    summary.total,
    zh ? "未解决" : "Open",
    summary.open,
    zh ? "已解决" : "Resolved",
    summary.resolved,
  ]);
  rows.push([]);
  rows.push(SLA_HEADER.map((h) => h[lang]));
  rows.push(
    slaRow(zh ? "首次响应" : "First response", rules.firstResponseHours, summary.firstResponse),
  );
  rows.push(
    slaRow(
      zh ? "解决（一般）" : "Resolution (general)",
      rules.resolutionHours.general,
      summary.resolutionByComplexity[0],
    ),
  );
  rows.push(
    slaRow(
      zh ? "解决（复杂）" : "Resolution (complex)",
      rules.resolutionHours.complex,
      summary.resolutionByComplexity[1],
    ),
  );
  const r = summary.resolution;
  rows.push([
    zh ? "解决（全部）" : "Resolution (all)",
    "",
    r.met,
    r.missed,
    r.pending,
    r.notRecorded,
    percentCell(r.share),
  ]);
  rows.push([]);
  rows.push(
    zh
      ? ["投诉原因", "数量", "占比（%）", "未解决", "解决达标", "解决超时", "解决达标率（%）"]
      : [
          "Cause",
          "Complaints",
          "Share (%)",
          "Open",
          "Resolved in time",
          "Resolution late",
          "Within SLA (%)",
        ],
  );
  COMPLAINT_CAUSES.forEach((cause, k) => {
    const b = summary.byCause[k];
    rows.push([
      CAUSE_WORDS[cause][lang],
      b.count,
      percentCell(summary.total > 0 ? b.count / summary.total : NaN),
      b.open,
      b.resolution.met,
      b.resolution.missed,
      percentCell(b.resolution.share),
    ]);
  });
  rows.push([]);
  rows.push(zh ? ["未解决投诉账龄", "数量"] : ["Open complaints by age", "Complaints"]);
  summary.openByAge.forEach((b, k) => rows.push([ageLabel(summary.openByAge, k, lang), b.count]));
  rows.push([]);
  rows.push([
    zh
      ? `重复投诉客户（≥ ${rules.repeatComplainerMin} 次）：${summary.repeatComplainers.length}`
      : `Repeat complainers (${rules.repeatComplainerMin} or more complaints): ${summary.repeatComplainers.length}`,
  ]);
  if (summary.repeatComplainers.length > 0) {
    rows.push(
      zh
        ? ["客户编号", "客户名称", "负责人", "投诉次数", "未解决", "最近投诉时间"]
        : ["Customer ID", "Customer name", "Owner", "Complaints", "Open", "Last received"],
    );
    const cust = dataset.customers;
    for (const c of summary.repeatComplainers) {
      rows.push([
        cust.id[c.customer],
        cust.name[c.customer] ?? "",
        cust.owner[c.customer] ?? "",
        c.complaints,
        c.open,
        isoDateTime(c.lastReceived),
      ]);
    }
  }
  return layoutTable("complaints", tabName("complaints", lang), rows, undefined, [22, 14]);
}

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

function slaJson(s: SlaCounts) {
  return {
    met: s.met,
    missed: s.missed,
    pending: s.pending,
    notRecorded: s.notRecorded,
    withinSla: orNull(s.share),
  };
}

/**
 * The `complaints` JSON. `firstResponseWithinSla` and `resolvedWithinSla` are shares 0–1 of the
 * complaints whose outcome is decided (met or missed); null when none is.
 *
 * @example complaintsJson(summary, dataset)?.firstResponseWithinSla // 0.92
 */
export function complaintsJson(summary: ComplaintSummary | null, dataset: Dataset) {
  if (!summary) return null;
  const id = dataset.customers.id;
  return {
    total: summary.total,
    open: summary.open,
    resolved: summary.resolved,
    firstResponseWithinSla: orNull(summary.firstResponse.share),
    resolvedWithinSla: orNull(summary.resolution.share),
    firstResponse: slaJson(summary.firstResponse),
    resolution: slaJson(summary.resolution),
    resolutionByComplexity: {
      general: slaJson(summary.resolutionByComplexity[0]),
      complex: slaJson(summary.resolutionByComplexity[1]),
    },
    byCause: COMPLAINT_CAUSES.map((cause, k) => ({
      cause,
      count: summary.byCause[k].count,
      open: summary.byCause[k].open,
      resolution: slaJson(summary.byCause[k].resolution),
    })),
    openByAge: summary.openByAge.map((b) => ({
      maxDays: b.upperDays === Infinity ? null : b.upperDays,
      count: b.count,
    })),
    repeatComplainers: summary.repeatComplainers.map((c) => ({
      customerId: id[c.customer],
      complaints: c.complaints,
      open: c.open,
      lastReceived: isoDateTime(c.lastReceived),
    })),
  };
}
