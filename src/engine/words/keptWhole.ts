import {
  CUSTOMER_TYPE_NAMES_EN,
  CUSTOMER_TYPE_NAMES_ZH,
  RISK_NAMES_EN,
  RISK_NAMES_ZH,
  RISK_PHRASES_EN,
  RISK_PHRASES_ZH,
  SEGMENT_NAMES_EN,
  SEGMENT_NAMES_ZH,
  STAGE_NAMES_EN,
  STAGE_NAMES_ZH,
  UNCLASSIFIED_EN,
  UNCLASSIFIED_ZH,
  VALUE_CLASS_NAMES_EN,
  VALUE_CLASS_NAMES_ZH,
  VALUE_TIER_NAMES_EN,
  VALUE_TIER_NAMES_ZH,
} from "./categories";
import { CHANGES_EN, CHANGES_ZH } from "./changes";
import { FOLLOW_UP_TAB_ZH, TALKING_POINTS_EN, TALKING_POINTS_ZH } from "./followUpWords";
import { DATA_QUALITY_ZH } from "./serviceTabs";

/**
 * Names a line written broken (report/textMeasure.ts breakLinesWell) never cuts: the category names
 * (segments, value classes and tiers, stages, risk levels and phrases, customer types,
 * 未分类（无购买））, the names of what a change moves (RFM 分群, 价值层级, 生命周期阶段, 流失风险等级) and of its
 * figures (消费金额, 最近购买), and the talking points' words (最近评价最低, 最近购买, 售后服务); of a
 * name with a placeholder ({level}风险), each run of two or more Chinese characters. ICU's
 * dictionary splits most of them (成|长期, 低|价值客户), and the call sheet's reasons, the At-risk
 * tab's notes and the Changes list printed 成 / 长期, 低 / 价值客户, 未分类 / （无购买） (stop 42
 * tester #13: 69 cells of the At-risk tab); 277 of 490 two-item talking points printed
 * '最近评价最低：价格 2/5；最近' / '购买：培训课程' (tester #17): the break now falls between the
 * items. The labels 未安排 and 未使用, 升至 / 降至, and the service signals' names
 * (推荐意愿, 满意度) too: the At-risk tab printed '挽留联系（有流失迹象）未' / '安排：…' in 193 cells
 * (tester #9). The words live in their sections; this only gathers them.
 *
 * @example KEPT_WHOLE_ZH.includes("成长期") // true
 */
export const KEPT_WHOLE_ZH: readonly string[] = wholeNames([
  SEGMENT_NAMES_ZH,
  VALUE_CLASS_NAMES_ZH,
  VALUE_TIER_NAMES_ZH,
  STAGE_NAMES_ZH,
  RISK_NAMES_ZH,
  RISK_PHRASES_ZH,
  CUSTOMER_TYPE_NAMES_ZH,
  UNCLASSIFIED_ZH,
  {
    rfmSegment: CHANGES_ZH.rfmSegment,
    valueClass: CHANGES_ZH.valueClass,
    valueTier: CHANGES_ZH.valueTier,
    lifecycleStage: CHANGES_ZH.lifecycleStage,
    churnRiskLevel: CHANGES_ZH.churnRiskLevel,
    spend: CHANGES_ZH.figure_spend,
    purchaseDays: CHANGES_ZH.figure_purchaseDays,
    lastPurchase: CHANGES_ZH.figure_lastPurchase,
    churnProbability: CHANGES_ZH.figure_churnProbability,
    daysSince: CHANGES_ZH.figure_daysSinceLastPurchase,
    daysSinceVisit: CHANGES_ZH.figure_daysSinceLastVisit,
    // 降至, 升至 (从{from}降至{to}).
    dropped: CHANGES_ZH.dropped,
    rose: CHANGES_ZH.rose,
    // The labels: 未安排 (the call sheet's and the At-risk tab's), 未使用 (Data quality's 处理).
    unscheduled: FOLLOW_UP_TAB_ZH.unscheduled,
    rejected: DATA_QUALITY_ZH.error,
    // The service signals' names (推荐意愿 6/10, 满意度 2/5).
    lowScore: CHANGES_ZH.service_lowScore,
    lowRecommend: CHANGES_ZH.service_lowRecommend,
  },
  TALKING_POINTS_ZH,
]);

/**
 * The sections' words of two characters or more, each once; of a word with a placeholder, its runs
 * of two or more Chinese characters.
 */
function wholeNames(sections: readonly Record<string, string>[]): string[] {
  const out = new Set<string>();
  for (const section of sections)
    for (const word of Object.values(section)) {
      if (!word.includes("{")) {
        if (word.trim().length >= 2) out.add(word.trim());
        continue;
      }
      for (const run of word.replace(/\{[^}]*\}/g, " ").match(/[\u4e00-\u9fff]{2,}/g) ?? [])
        out.add(run);
    }
  return [...out];
}

/**
 * The English names a line written broken keeps on one line where that costs the text no line
 * (breakLinesWell; a zh name is kept even at a line's cost, an English one never is): the same
 * owners as KEPT_WHOLE_ZH, their names of two words or more (a one-word name is never cut: a line
 * breaks at spaces), matched whatever their case (Value class, value class) and as whole words.
 * The en refresh printed '…dropped from Potential loyalist to Need' / 'attention since…', 'General'
 * / 'development', 'purchase' / 'days', 'likelihood' / 'to recommend' (stop 42 tester #14), and
 * 196 of 334 two-item talking points broke inside an item, 'Weakest in the last survey: product' /
 * 'quality 3/5; …' (tester #15). Of a word with a placeholder, the words before the first
 * ("likelihood to recommend {score}/10 on {date}": likelihood to recommend).
 *
 * @example KEPT_WHOLE_EN.includes("Need attention") // true
 */
export const KEPT_WHOLE_EN: readonly string[] = wholeNamesEn([
  SEGMENT_NAMES_EN,
  VALUE_CLASS_NAMES_EN,
  VALUE_TIER_NAMES_EN,
  STAGE_NAMES_EN,
  RISK_NAMES_EN,
  RISK_PHRASES_EN,
  CUSTOMER_TYPE_NAMES_EN,
  UNCLASSIFIED_EN,
  {
    rfmSegment: CHANGES_EN.rfmSegment,
    valueClass: CHANGES_EN.valueClass,
    valueTier: CHANGES_EN.valueTier,
    lifecycleStage: CHANGES_EN.lifecycleStage,
    churnRiskLevel: CHANGES_EN.churnRiskLevel,
    spend: CHANGES_EN.figure_spend,
    purchaseDays: CHANGES_EN.figure_purchaseDays,
    lastPurchase: CHANGES_EN.figure_lastPurchase,
    churnProbability: CHANGES_EN.figure_churnProbability,
    daysSince: CHANGES_EN.figure_daysSinceLastPurchase,
    daysSinceVisit: CHANGES_EN.figure_daysSinceLastVisit,
    lowScore: CHANGES_EN.service_lowScore,
    lowRecommend: CHANGES_EN.service_lowRecommend,
  },
  TALKING_POINTS_EN,
]);

/**
 * The sections' words of two words or more, each once; of a word with a placeholder, the words
 * before its first (none when it starts with one), without the marks they end with.
 */
function wholeNamesEn(sections: readonly Record<string, string>[]): string[] {
  const out = new Set<string>();
  for (const section of sections)
    for (const word of Object.values(section)) {
      const name = word
        .split("{")[0]
        .trim()
        .replace(/[\s:;,.(]+$/, "");
      if (name.includes(" ")) out.add(name);
    }
  return [...out];
}
