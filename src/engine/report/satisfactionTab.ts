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
import type { ReportTable, RowLooks } from "./table";
import { SEGMENT_LABELS, VALUE_TIER_LABELS } from "../labels";
import {
  dateCell,
  FEW_RESPONSES,
  layoutTable,
  LayoutRows,
  numberCell,
  rateCell,
  EMPTY_SHEET_CODES,
} from "./serviceText";
import type { Finding } from "../quality";
import { say, type Code } from "../words/catalog";
import { lookalikeText } from "../ingest/optionalLookalikes";
import { tabName } from "./outputTabs";
import { labelsFitWidth, NOTE_INDENT_CHARS } from "./textMeasure";
import { fileName } from "./dataQualityTab";

const STATS_HEADER = [
  "breakdown",
  "group",
  "responses",
  "csat",
  "nps",
  "promoters",
  "passives",
  "detractors",
  "averageOverall",
  "quality",
  "price",
  "afterSales",
  "delivery",
  "weakest",
] as const;

const LOW_HEADER = [
  "customerId",
  "customerName",
  "owner",
  "surveyDate",
  "overallScore",
  "recommend",
  "lowestOn",
  "lowestScore",
  "comment",
] as const;

/** Columns A and B (the group, and the low scorers' names). */
const NAME_WIDTHS = [14, 26];

/**
 * How the figures are shown (as the Overview): counts as integers, CSAT as a percentage, NPS as a
 * whole number on −100…100 (the cell keeps one decimal), average scores with one decimal.
 */
const STATS_LOOKS: RowLooks = [
  null,
  null,
  "integer",
  "percent",
  "integer",
  "integer",
  "integer",
  "integer",
  "score",
  ...SATISFACTION_DIMENSIONS.map(() => "score" as const),
  // The weakest dimension's name, right of the last score: a note, which the writer indents one
  // step off a figure (3.6价格 touched: stop 33 tester #8); a single word, it keeps one line.
  "note",
];
const STATS_HEADER_LOOKS: RowLooks = STATS_LOOKS.map((l) =>
  l === null || l === "note" ? "heading" : l,
);
const LOW_LOOKS: RowLooks = [
  null,
  null,
  null,
  "date",
  "integer",
  "integer",
  // The dimension's name right of the recommend score: indented off it, as the weakest above.
  "note",
  "integer",
  "note",
];
const LOW_HEADER_LOOKS: RowLooks = LOW_LOOKS.map((l) =>
  l === null || l === "note" ? "heading" : l,
);

/** A dimension's name ("overall" or one of SATISFACTION_DIMENSIONS) in the user's language. */
const dimensionName = (d: "overall" | SatisfactionDimension, lang: Lang): string =>
  say(lang, "satisfactionTab", d);

function statsRow(breakdown: string, group: string, s: SatisfactionStats, lang: Lang): Cell[] {
  return [
    breakdown,
    group,
    s.responses,
    rateCell(s.csat),
    numberCell(s.nps, 1),
    // No recommend answer in the group (a follow-up log's 1–5 scores only): no counts of 0 beside
    // an NPS of – (newuser71: 推荐者 / 被动者 / 贬损者 0 / 0 / 0 on 1,107 answers).
    ...(s.nps === s.nps ? [s.promoters, s.passives, s.detractors] : ["", "", ""]),
    numberCell(s.averageOverall),
    ...SATISFACTION_DIMENSIONS.map((d) => numberCell(s.averages[d])),
    s.weakest ? dimensionName(s.weakest, lang) : "",
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
  /** The run's findings: an empty Surveys sheet is named, not called missing. */
  findings: readonly Pick<Finding, "code" | "kind" | "sheet" | "file">[] = [],
): ReportTable {
  const w = (code: Code<"satisfactionTab">) => say(lang, "satisfactionTab", code);
  const rows = new LayoutRows();
  rows.push([w("title")]);
  if (!summary || summary.overall.responses === 0) {
    const sheet = emptySheet(summary, dataset, findings);
    rows.push([
      sheet === null
        ? // Its sheet under another name (客户反馈): named, with "rename it" (tester55 U3).
          (lookalikeText(dataset, "surveys", lang) ?? w("noSurveys"))
        : say(lang, "satisfactionTab", "noRows", { sheet }),
    ]);
    return layoutTable("satisfaction", tabName("satisfaction", lang), rows, undefined, NAME_WIDTHS);
  }
  // Answers scored in the contact log (满意度(1-5)): where they came from (tester70 U605).
  const log = dataset.surveysFromContacts;
  if (log) {
    rows.push([say(lang, "satisfactionTab", "fromContacts", { ...log })], ["note"]);
    if (log.onSheet > 0)
      rows.push(
        [say(lang, "satisfactionTab", "fromContactsOnSheet", { onSheet: log.onSheet })],
        ["note"],
      );
  }
  rows.push(
    [
      say(lang, "satisfactionTab", "definition", {
        csatMin: rules.csatPositiveMin,
        promoterMin: rules.npsPromoterMin,
        detractorMax: rules.npsDetractorMax,
      }),
    ],
    ["note"],
  );
  rows.push([]);
  // A group of a few answers (a small segment, a quarter just begun) says so in a Note column.
  const fewNote = say(lang, "satisfactionTab", "fewResponses", { min: FEW_RESPONSES });
  const anyFew = [
    summary.overall,
    ...summary.byTier,
    ...summary.bySegment,
    ...summary.byOwner.map((o) => o.stats),
    ...summary.byQuarter.map((q) => q.stats),
  ].some((x) => x.responses > 0 && x.responses < FEW_RESPONSES);
  rows.push(
    [...STATS_HEADER.map(w), ...(anyFew ? [w("note")] : [])],
    [...STATS_HEADER_LOOKS, ...(anyFew ? ["heading" as const] : [])],
  );
  const stats = (breakdown: string, group: string, s: SatisfactionStats) => {
    const row = statsRow(breakdown, group, s, lang);
    if (anyFew) row.push(s.responses < FEW_RESPONSES ? fewNote : null);
    rows.push(row, anyFew ? [...STATS_LOOKS, null] : STATS_LOOKS);
  };
  stats(w("all"), w("all"), summary.overall);
  VALUE_TIERS.forEach((t, k) => {
    if (summary.byTier[k].responses > 0)
      stats(w("tier"), VALUE_TIER_LABELS[t][lang], summary.byTier[k]);
  });
  RFM_SEGMENTS.forEach((g, k) => {
    if (summary.bySegment[k].responses > 0)
      stats(w("segment"), SEGMENT_LABELS[g][lang], summary.bySegment[k]);
  });
  for (const o of summary.byOwner) stats(w("owner"), o.owner || w("noOwner"), o.stats);
  for (const q of summary.byQuarter) stats(w("quarter"), q.quarter, q.stats);
  rows.push([]);
  rows.push([
    say(lang, "satisfactionTab", "lowScores", {
      days: rules.lowScoreLookbackDays,
      lowMax: rules.lowScoreMax,
      count: summary.lowScores.length,
    }),
  ]);
  if (summary.lowScores.length > 0) {
    rows.push(LOW_HEADER.map(w), LOW_HEADER_LOOKS);
    const cust = dataset.customers;
    for (const l of summary.lowScores) {
      const known = l.customer >= 0 && l.customer < cust.count;
      rows.push(
        [
          known ? cust.id[l.customer] : "",
          known ? (cust.name[l.customer] ?? "") : "",
          known ? (cust.owner[l.customer] ?? "") : "",
          dateCell(l.day),
          numberCell(l.overall, 0),
          numberCell(l.recommend, 0),
          dimensionName(l.lowest, lang),
          numberCell(l.lowestScore, 0),
          l.comment,
        ],
        LOW_LOOKS,
      );
    }
  }
  // B holds the low scorers' names: at 26 a 12-character company name prints on one line (at 18
  // it took two or three, 30 customers over a page and a half).
  const widths = summary.lowScores.length > 0 ? lowListWidths(lang) : NAME_WIDTHS;
  return layoutTable("satisfaction", tabName("satisfaction", lang), rows, undefined, widths);
}

/**
 * Column widths with the low-score list: NAME_WIDTHS, and G (最低项, the lowest dimension's
 * name, a note one indent off the score before it) as wide as every dimension's name needs to
 * break well at once (textMeasure.ts labelsFitWidth: one line, or between words): in the 9 its
 * column's counts ask, 售后服务 printed 售后服 / 务 and 总体满意度 总体满 / 意度, a lone character on
 * a line (stop 34, seen in the render for tester #1). zh 12.5; en 9.5 (After-sales / service).
 *
 * @example lowListWidths("zh-CN")[6] // 12.5
 */
function lowListWidths(lang: Lang): number[] {
  const names = (["overall", ...SATISFACTION_DIMENSIONS] as const).map((d) =>
    dimensionName(d, lang),
  );
  const widths = [...NAME_WIDTHS]; // C to F: by their values (a sparse array, as layoutTable reads it)
  // One width for all the names at once (labelsFitWidth, the one owner of that rule).
  widths[LOWEST_COLUMN] = labelsFitWidth(
    names.map((text) => ({ text, indent: NOTE_INDENT_CHARS })),
    6,
  );
  return widths;
}

/** The low-score list's column of the lowest dimension's name (G). */
const LOWEST_COLUMN = 6;

/**
 * The Surveys sheet that is there but holds no response (header only, or nothing at all: the
 * ingest then leaves it out with an `empty_sheet` finding), by name; null when there is none.
 */
function emptySheet(
  summary: SatisfactionSummary | null,
  dataset: Dataset,
  findings: readonly Pick<Finding, "code" | "kind" | "sheet" | "file" | "sheetIsFile">[],
): string | null {
  if (summary) return dataset.sources.surveys?.sheetName ?? null;
  const empty = findings.find((f) => f.kind === "surveys" && EMPTY_SHEET_CODES.has(f.code));
  // A workbook's sheet by its name (the file's path stood there: stop-23 trial T9); a CSV by the
  // file's name.
  if (!empty) return null;
  return empty.sheetIsFile ? fileName(empty.file) || empty.sheet : empty.sheet;
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
    // Where answers scored in the contact log came from (tester70 U605), as the tab's first line.
    ...(dataset.surveysFromContacts && { fromContacts: { ...dataset.surveysFromContacts } }),
  };
}
