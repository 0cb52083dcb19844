import { RFM_SEGMENTS, VALUE_TIERS } from "../analysis";
import type { Cell } from "../cells";
import type { Dataset } from "../model";
import { isoDate } from "../parse/date";
import type { SatisfactionRules } from "../rules/service";
import type { Lang } from "../schema";
import {
  SATISFACTION_DIMENSIONS,
  type SatisfactionDimension,
  type SatisfactionStats,
} from "../satisfaction/stats";
import type { SatisfactionSummary } from "../satisfaction/summary";
import type { ReportTable } from "./table";
import { SEGMENT_LABELS, VALUE_TIER_LABELS } from "../labels";
import { dateText, layoutTable, numberCell, percentCell, type Words } from "./serviceText";
import { tabName } from "./outputTabs";

const DIMENSION_WORDS: Record<"overall" | SatisfactionDimension, Words> = {
  overall: { "zh-CN": "总体满意度", "en-US": "Overall" },
  quality: { "zh-CN": "质量", "en-US": "Quality" },
  price: { "zh-CN": "价格", "en-US": "Price" },
  afterSales: { "zh-CN": "售后服务", "en-US": "After-sales service" },
  delivery: { "zh-CN": "交付时间", "en-US": "Delivery" },
};

const GROUP_WORDS = {
  all: { "zh-CN": "全部", "en-US": "All" },
  tier: { "zh-CN": "价值层级", "en-US": "Value tier" },
  segment: { "zh-CN": "RFM 分类", "en-US": "RFM segment" },
  owner: { "zh-CN": "负责人", "en-US": "Owner" },
  quarter: { "zh-CN": "季度", "en-US": "Quarter" },
  noOwner: { "zh-CN": "（未分配）", "en-US": "(no owner)" },
} satisfies Record<string, Words>;

const STATS_HEADER: Words[] = [
  { "zh-CN": "分组", "en-US": "Breakdown" },
  { "zh-CN": "组别", "en-US": "Group" },
  { "zh-CN": "回答数", "en-US": "Responses" },
  { "zh-CN": "CSAT（%）", "en-US": "CSAT (%)" },
  { "zh-CN": "NPS", "en-US": "NPS" },
  { "zh-CN": "推荐者", "en-US": "Promoters" },
  { "zh-CN": "被动者", "en-US": "Passives" },
  { "zh-CN": "贬损者", "en-US": "Detractors" },
  { "zh-CN": "总体均分", "en-US": "Average overall" },
  DIMENSION_WORDS.quality,
  DIMENSION_WORDS.price,
  DIMENSION_WORDS.afterSales,
  DIMENSION_WORDS.delivery,
  { "zh-CN": "最弱维度", "en-US": "Weakest dimension" },
];

const LOW_HEADER: Words[] = [
  { "zh-CN": "客户编号", "en-US": "Customer ID" },
  { "zh-CN": "客户名称", "en-US": "Customer name" },
  { "zh-CN": "负责人", "en-US": "Owner" },
  { "zh-CN": "调查日期", "en-US": "Survey date" },
  { "zh-CN": "总体评分", "en-US": "Overall" },
  { "zh-CN": "推荐意愿", "en-US": "Likelihood to recommend" },
  { "zh-CN": "最低项", "en-US": "Lowest score on" },
  { "zh-CN": "最低分", "en-US": "Lowest score" },
  { "zh-CN": "评论", "en-US": "Comment" },
];

function statsRow(breakdown: string, group: string, s: SatisfactionStats, lang: Lang): Cell[] {
  return [
    breakdown,
    group,
    s.responses,
    percentCell(s.csat),
    numberCell(s.nps, 1),
    s.promoters,
    s.passives,
    s.detractors,
    numberCell(s.averageOverall),
    ...SATISFACTION_DIMENSIONS.map((d) => numberCell(s.averages[d])),
    s.weakest ? DIMENSION_WORDS[s.weakest][lang] : "",
  ];
}

/**
 * The satisfaction tab (layout): a note defining CSAT and NPS, one table of figures overall, by
 * value tier, RFM segment, owner and quarter, then the customers with a recent low score.
 * Null summary (no Surveys sheet): a tab that says so.
 *
 * @example satisfactionTable(summary, dataset, rules, "en-US").sheetName // "Satisfaction"
 */
export function satisfactionTable(
  summary: SatisfactionSummary | null,
  dataset: Dataset,
  rules: SatisfactionRules,
  lang: Lang,
): ReportTable {
  const zh = lang === "zh-CN";
  const rows: Cell[][] = [[zh ? "客户满意度" : "Customer satisfaction"]];
  if (!summary) {
    rows.push([zh ? "工作簿中没有满意度调查表。" : "The workbook has no Surveys sheet."]);
    return layoutTable("satisfaction", tabName("satisfaction", lang), rows, undefined, [14, 18]);
  }
  rows.push([
    zh
      ? `CSAT = 总体评分（1–5 分）中 ${rules.csatPositiveMin}–5 分的比例；NPS = 推荐者（${rules.npsPromoterMin}–10 分）% − 贬损者（0–${rules.npsDetractorMax} 分）%，范围 −100…100。维度均分为 1–5 分。`
      : `CSAT = share of overall scores (1–5) of ${rules.csatPositiveMin}–5; NPS = % promoters (${rules.npsPromoterMin}–10) − % detractors (0–${rules.npsDetractorMax}), from −100 to 100. Dimension averages are on 1–5.`,
  ]);
  rows.push([]);
  rows.push(STATS_HEADER.map((h) => h[lang]));
  rows.push(statsRow(GROUP_WORDS.all[lang], GROUP_WORDS.all[lang], summary.overall, lang));
  VALUE_TIERS.forEach((t, k) => {
    if (summary.byTier[k].responses > 0)
      rows.push(
        statsRow(GROUP_WORDS.tier[lang], VALUE_TIER_LABELS[t][lang], summary.byTier[k], lang),
      );
  });
  RFM_SEGMENTS.forEach((g, k) => {
    if (summary.bySegment[k].responses > 0)
      rows.push(
        statsRow(GROUP_WORDS.segment[lang], SEGMENT_LABELS[g][lang], summary.bySegment[k], lang),
      );
  });
  for (const o of summary.byOwner) {
    rows.push(
      statsRow(GROUP_WORDS.owner[lang], o.owner || GROUP_WORDS.noOwner[lang], o.stats, lang),
    );
  }
  for (const q of summary.byQuarter)
    rows.push(statsRow(GROUP_WORDS.quarter[lang], q.quarter, q.stats, lang));
  rows.push([]);
  rows.push([
    zh
      ? `近 ${rules.lowScoreLookbackDays} 天内有低分（任一 1–5 分项 ≤ ${rules.lowScoreMax} 分）的客户：${summary.lowScores.length}`
      : `Customers with a low score (any 1–5 score ≤ ${rules.lowScoreMax}) in the last ${rules.lowScoreLookbackDays} days: ${summary.lowScores.length}`,
  ]);
  if (summary.lowScores.length > 0) {
    rows.push(LOW_HEADER.map((h) => h[lang]));
    const cust = dataset.customers;
    for (const l of summary.lowScores) {
      const known = l.customer >= 0 && l.customer < cust.count;
      rows.push([
        known ? cust.id[l.customer] : "",
        known ? (cust.name[l.customer] ?? "") : "",
        known ? (cust.owner[l.customer] ?? "") : "",
        dateText(l.day),
        numberCell(l.overall, 0),
        numberCell(l.recommend, 0),
        DIMENSION_WORDS[l.lowest][lang],
        numberCell(l.lowestScore, 0),
        l.comment,
      ]);
    }
  }
  return layoutTable("satisfaction", tabName("satisfaction", lang), rows, undefined, [14, 18]);
}

/** Figures of one group in the JSON output: rates as numbers or null when nobody answered. */
export interface SatisfactionStatsJson {
  responses: number;
  csat: number | null;
  nps: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  averageOverall: number | null;
  averages: Record<SatisfactionDimension, number | null>;
  weakestDimension: SatisfactionDimension | null;
}

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

function statsJson(s: SatisfactionStats): SatisfactionStatsJson {
  return {
    responses: s.responses,
    csat: orNull(s.csat),
    nps: orNull(s.nps),
    promoters: s.promoters,
    passives: s.passives,
    detractors: s.detractors,
    averageOverall: orNull(s.averageOverall),
    averages: Object.fromEntries(
      SATISFACTION_DIMENSIONS.map((d) => [d, orNull(s.averages[d])]),
    ) as Record<SatisfactionDimension, number | null>,
    weakestDimension: s.weakest,
  };
}

/**
 * The `satisfaction` JSON: CSAT as a share 0–1, NPS on −100…100, per group; null when there is no
 * Surveys sheet.
 *
 * @example satisfactionJson(summary, dataset)?.overall.csat // 0.75
 */
export function satisfactionJson(summary: SatisfactionSummary | null, dataset: Dataset) {
  if (!summary) return null;
  const id = dataset.customers.id;
  return {
    overall: statsJson(summary.overall),
    byTier: VALUE_TIERS.map((tier, k) => ({ tier, ...statsJson(summary.byTier[k]) })),
    bySegment: RFM_SEGMENTS.map((segment, k) => ({
      segment,
      ...statsJson(summary.bySegment[k]),
    })).filter((s) => s.responses > 0),
    byOwner: summary.byOwner.map((o) => ({ owner: o.owner, ...statsJson(o.stats) })),
    byQuarter: summary.byQuarter.map((q) => ({ quarter: q.quarter, ...statsJson(q.stats) })),
    lowScores: summary.lowScores.map((l) => ({
      customerId: l.customer >= 0 && l.customer < id.length ? id[l.customer] : "",
      date: isoDate(l.day),
      overall: orNull(l.overall),
      recommend: orNull(l.recommend),
      lowest: l.lowest,
      lowestScore: orNull(l.lowestScore),
      comment: l.comment,
    })),
  };
}
