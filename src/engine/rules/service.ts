import { z } from "zod";
import { DEFAULT_HOLIDAYS, DEFAULT_MAKE_UP_WORKDAYS } from "../calendar/chineseHolidays";

/**
 * Rules for the service tabs: the follow-up schedule (回访计划), satisfaction (满意度) and complaints
 * (投诉分析). Every figure the source documents give is a default the user can change; the comment on
 * each field says where it comes from (documents as numbered in shared/DOMAIN.md).
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const channel = z.enum(["phone", "email", "visit", "online"]);
const priority = z.enum(["high", "medium", "low"]);

/** Why a contact is planned: stable codes used in the JSON and as keys of the per-reason settings. */
export const FOLLOW_UP_REASONS = [
  "win_back",
  "complaint_follow_up",
  "onboarding",
  "cadence",
  "birthday_care",
  "holiday_care",
] as const;
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number];

/** A festival for holiday care: the festival day and its name in both languages. */
const festival = z.object({ date: isoDate, name: z.string(), nameEn: z.string() });

// Spring Festival (春节, lunar 1-1) and Mid-Autumn (中秋, lunar 8-15): the two traditional occasions
// for care contacts (004 五 关怀活动). Dates checked against chinese-days' lunar calendar in the tests.
const DEFAULT_FESTIVALS = [
  { date: "2025-01-29", name: "春节", nameEn: "Spring Festival" },
  { date: "2025-10-06", name: "中秋节", nameEn: "Mid-Autumn Festival" },
  { date: "2026-02-17", name: "春节", nameEn: "Spring Festival" },
  { date: "2026-09-25", name: "中秋节", nameEn: "Mid-Autumn Festival" },
  { date: "2027-02-06", name: "春节", nameEn: "Spring Festival" },
  { date: "2027-09-15", name: "中秋节", nameEn: "Mid-Autumn Festival" },
];

export const followUpRulesSchema = z.object({
  /** Days planned from the analysis date (issue 4). */
  horizonDays: z.number().int().min(1).max(366).default(30),
  /**
   * Regular contact every N days by value tier, counted from the last contact (Contacts sheet) or
   * else the last purchase: high = dedicated service every two weeks (002 客户开发管理 3 "at least
   * every two weeks"), medium = monthly, low = quarterly standardised contact (DOMAIN §5).
   */
  cadenceDays: z
    .object({
      high: z.number().int().min(1).default(14),
      medium: z.number().int().min(1).default(30),
      low: z.number().int().min(1).default(90),
    })
    .prefault({}),
  /** High churn risk → a win-back contact within this many working days (DOMAIN §5; 000 §7.3.2). */
  winBackWithinWorkingDays: z.number().int().min(1).default(2),
  /**
   * Customers already churned (stage churned: no purchase for churn.churnedAfterDays) are high risk too;
   * our choice: by default they are listed as unscheduled ("already churned: a win-back campaign,
   * not a call each") so the calls go to customers who can still be kept. true plans them as well.
   */
  winBackChurnedCustomers: z.boolean().default(false),
  /** New customers → an onboarding call within this many days of the first purchase (DOMAIN §5). */
  onboardingWithinDays: z.number().int().min(1).default(7),
  /** A resolved complaint → a follow-up call the next working day (003 §二(二)3 售后回访). */
  complaintFollowUpNextWorkingDay: z.boolean().default(true),
  /** Complaints resolved longer ago than this and never followed up are not planned any more. */
  complaintFollowUpLookbackDays: z.number().int().min(0).default(30),
  /** A care contact on the customer's birthday (004 五 关怀活动). */
  birthdayCare: z.boolean().default(true),
  /** Care contacts on the last working day before each festival, for the tiers listed. */
  holidayCare: z.boolean().default(true),
  holidayCareTiers: z.array(z.enum(["high", "medium", "low"])).default(["high"]),
  festivals: z.array(festival).default(DEFAULT_FESTIVALS),
  /** When the occasion's day is full, a care contact may move up to this many days earlier. */
  careWindowDays: z.number().int().min(0).default(3),
  /** Contacts per owner per working day (issue 4). */
  dailyCapacity: z.number().int().min(1).max(100_000).default(20),
  /** Owners away during the horizon: their customers are covered in rotation by the others (002 轮流接待). */
  absentOwners: z.array(z.string()).default([]),
  /** Public holidays (no contacts), ISO dates; default: China 2025–2026 from chinese-days. */
  holidays: z.array(isoDate).default([...DEFAULT_HOLIDAYS]),
  /** Weekend days that are working days (调休上班), ISO dates; same source. */
  makeUpWorkdays: z.array(isoDate).default([...DEFAULT_MAKE_UP_WORKDAYS]),
  /**
   * Reasons that are marketing: planned only for customers who consented (003 §二(一)1(3)). Issue 4
   * names the marketing contacts "care, upsell": birthday and holiday care are marketing. A high
   * churn risk calls for a win-back within 2 working days (issue 4; DOMAIN §5), so win-back,
   * complaint follow-up, onboarding and the regular contact are service, planned for everyone.
   * Add "win_back" here to plan it only with consent.
   */
  marketingReasons: z.array(z.enum(FOLLOW_UP_REASONS)).default(["birthday_care", "holiday_care"]),
  /** Channel per reason. */
  channels: z
    .object({
      win_back: channel.default("phone"),
      complaint_follow_up: channel.default("phone"),
      onboarding: channel.default("phone"),
      birthday_care: channel.default("online"),
      holiday_care: channel.default("online"),
    })
    .prefault({}),
  /** Channel of the regular contact by tier: personal for high value, standardised for low (DOMAIN §5). */
  cadenceChannels: z
    .object({
      high: channel.default("visit"),
      medium: channel.default("phone"),
      low: channel.default("email"),
    })
    .prefault({}),
  /** Priority per reason: higher priorities take the earlier slots when an owner's day is full. */
  priorities: z
    .object({
      win_back: priority.default("high"),
      complaint_follow_up: priority.default("high"),
      onboarding: priority.default("medium"),
      birthday_care: priority.default("low"),
      holiday_care: priority.default("low"),
    })
    .prefault({}),
  /** Priority of the regular contact by tier. */
  cadencePriorities: z
    .object({
      high: priority.default("medium"),
      medium: priority.default("low"),
      low: priority.default("low"),
    })
    .prefault({}),
});
export type FollowUpRules = z.infer<typeof followUpRulesSchema>;

export const satisfactionRulesSchema = z
  .object({
    /** CSAT counts answers of this score or more on the 1–5 scale as satisfied (000 §5.1.2: 4–5). */
    csatPositiveMin: z.number().min(1).max(5).default(4),
    /** NPS promoters score at least this on 0–10 (standard NPS: 9–10). */
    npsPromoterMin: z.number().min(0).max(10).default(9),
    /** NPS detractors score at most this on 0–10 (standard NPS: 0–6). */
    npsDetractorMax: z.number().min(0).max(10).default(6),
    /**
     * A response is a low score when its overall (1–5) is at most this, i.e. 1 or 2: "dissatisfied"
     * and "very dissatisfied" on the 5-point scale; 3 is neutral. NPS detractors are shown separately.
     */
    lowScoreMax: z.number().min(1).max(5).default(2),
    /** Customers with a low score in this many days before the analysis date are listed (issue 4). */
    lowScoreLookbackDays: z.number().int().min(1).default(90),
  })
  // A score cannot be both: the detractors' top must be below the promoters' bottom.
  .superRefine((s, ctx) => {
    if (!(s.npsDetractorMax < s.npsPromoterMin))
      ctx.addIssue({
        code: "custom",
        path: ["npsDetractorMax"],
        message: `must be below npsPromoterMin (${s.npsPromoterMin})`,
        params: { zh: `应低于 npsPromoterMin（${s.npsPromoterMin}）` },
      });
  });
export type SatisfactionRules = z.infer<typeof satisfactionRulesSchema>;

export const complaintRulesSchema = z.object({
  /** First response within this many clock hours of receipt (003 §二(二)3: 24 h). */
  firstResponseHours: z.number().min(0).default(24),
  /** Resolution within these clock hours by complexity (001 §5.1: general 24 h, complex 48 h). */
  resolutionHours: z
    .object({
      general: z.number().min(0).default(24),
      complex: z.number().min(0).default(48),
    })
    .prefault({}),
  /** Customers with at least this many complaints in the data are repeat complainers. */
  repeatComplainerMin: z.number().int().min(2).default(2),
  /** Age buckets for open complaints, in days: upper bounds (the last bucket is "more"). */
  openAgeBucketsDays: z.array(z.number().min(0)).default([1, 3, 7, 30]),
});
export type ComplaintRules = z.infer<typeof complaintRulesSchema>;

const t = (zh: string, en: string): Record<"zh-CN" | "en-US", string> => ({
  "zh-CN": zh,
  "en-US": en,
});

/**
 * What each service setting means, in the shape of rules/docs.ts RULE_DOCS (field path → words),
 * for the printed rule set.
 *
 * @example SERVICE_RULE_DOCS.followUp.dailyCapacity["en-US"] // "Contacts per owner per working day"
 */
export const SERVICE_RULE_DOCS = {
  followUp: {
    horizonDays: t("回访计划覆盖的天数（从分析日期起）", "Days planned, from the analysis date"),
    cadenceDays: t(
      "定期回访间隔（天），按价值层级：高价值每两周（002“至少每两周”），中价值每月，低价值每季度；从最近一次跟进记录（无则最近购买）起算",
      "Regular contact every N days by value tier: high every two weeks (002), medium monthly, low quarterly; counted from the last contact, else the last purchase",
    ),
    winBackChurnedCustomers: t(
      "已流失客户是否也逐一安排挽回电话（默认否：列入未排入清单，建议做批量挽回活动）",
      "Also plan a win-back call for customers already churned (default no: they are listed as unscheduled, for a campaign)",
    ),
    winBackWithinWorkingDays: t(
      "高流失风险客户须在几个工作日内联系挽回",
      "High churn risk: a win-back contact within this many working days",
    ),
    onboardingWithinDays: t(
      "新客户首次购买后几天内做首次回访",
      "New customers: an onboarding call within this many days of the first purchase",
    ),
    complaintFollowUpNextWorkingDay: t(
      "投诉解决后的下一个工作日回访",
      "Follow up a resolved complaint the next working day",
    ),
    complaintFollowUpLookbackDays: t(
      "解决超过这么多天且未回访的投诉不再安排回访",
      "Complaints resolved longer ago than this and never followed up are no longer planned",
    ),
    birthdayCare: t(
      "客户生日当天（或之前最近的工作日）安排关怀联系",
      "A care contact on the customer's birthday (or the working day before)",
    ),
    holidayCare: t(
      "节日前最后一个工作日安排关怀联系",
      "Care contacts on the last working day before each festival",
    ),
    holidayCareTiers: t("节日关怀覆盖的价值层级", "Value tiers that get holiday care"),
    festivals: t("关怀的节日（日期为节日当天）", "Festivals for holiday care (the festival day)"),
    careWindowDays: t(
      "当天名额已满时，关怀联系最多提前几天",
      "When the day is full, a care contact may move up to this many days earlier",
    ),
    dailyCapacity: t("每位负责人每个工作日最多联系的客户数", "Contacts per owner per working day"),
    absentOwners: t(
      "计划期内不在岗的负责人：其客户由其他负责人轮流接待",
      "Owners away: their customers are covered in rotation by the others",
    ),
    holidays: t(
      "法定节假日（YYYY-MM-DD），不安排联系；默认 2025–2026 年国务院放假安排",
      "Public holidays (YYYY-MM-DD), no contacts; default: China 2025–2026",
    ),
    makeUpWorkdays: t(
      "调休上班的周末日期（YYYY-MM-DD）",
      "Weekend days that are worked (make-up working days)",
    ),
    marketingReasons: t(
      "属于营销的回访原因：只对同意营销联系的客户安排（003）；默认为生日关怀、节日关怀",
      "Reasons that are marketing: only for customers who consented (003); default: birthday and holiday care",
    ),
    channels: t("各回访原因的联系方式", "Channel per reason"),
    cadenceChannels: t("定期回访的联系方式，按价值层级", "Channel of the regular contact by tier"),
    priorities: t(
      "各回访原因的优先级：名额不足时高优先级先安排",
      "Priority per reason: higher priorities get the earlier slots",
    ),
    cadencePriorities: t("定期回访的优先级，按价值层级", "Priority of the regular contact by tier"),
  },
  satisfaction: {
    csatPositiveMin: t(
      "CSAT 计为满意的最低总体评分（1–5 分制）",
      "Lowest overall score (1–5) counted as satisfied in CSAT",
    ),
    npsPromoterMin: t(
      "NPS 推荐者的最低分（0–10）",
      "Lowest likelihood-to-recommend score of an NPS promoter",
    ),
    npsDetractorMax: t(
      "NPS 贬损者的最高分（0–10）",
      "Highest likelihood-to-recommend score of an NPS detractor",
    ),
    lowScoreMax: t(
      "低分：任一 1–5 分项不高于此值（2 = 不满意、非常不满意）",
      "Low score: any 1–5 score at or below this (2 = dissatisfied or worse)",
    ),
    lowScoreLookbackDays: t(
      "列出近多少天内有低分的客户",
      "List customers with a low score in this many days",
    ),
  },
  complaints: {
    firstResponseHours: t(
      "首次响应时限（自然小时，003“24小时内”）",
      "First response limit in clock hours (003: 24 h)",
    ),
    resolutionHours: t(
      "解决时限（自然小时）：一般 24、复杂 48（001 §5.1）",
      "Resolution limit in clock hours: general 24, complex 48 (001 §5.1)",
    ),
    repeatComplainerMin: t(
      "投诉次数达到此值的客户为重复投诉客户",
      "Customers with at least this many complaints are repeat complainers",
    ),
    openAgeBucketsDays: t("未解决投诉的账龄分段（天）", "Age buckets of open complaints, in days"),
  },
} as const;
