import { z } from "zod";
import { LEVELS, VALUE_TIERS } from "../analysis";
import { DEFAULT_HOLIDAYS, DEFAULT_MAKE_UP_WORKDAYS } from "../calendar/chineseHolidays";

/**
 * Rules for the service tabs: the follow-up schedule (回访计划), satisfaction (满意度) and complaints
 * (投诉分析). Every figure the source documents give is a default the user can change; the comment on
 * each field says where it comes from (documents as numbered in shared/DOMAIN.md).
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const channel = z.enum(["phone", "email", "visit", "online"]);
/**
 * The placement band of a contact: when an owner's capacity runs out, urgent contacts take the slots
 * first, then high, medium and low (issue 10). Within a band, the higher value at stake first.
 */
/** Follow-up priorities, most urgent first: "urgent", then the three-step scale. */
export const FOLLOW_UP_PRIORITIES = ["urgent", ...LEVELS] as const;
const priority = z.enum(FOLLOW_UP_PRIORITIES);

/** Why a contact is planned: stable codes used in the JSON and as keys of the per-reason settings. */
export const FOLLOW_UP_REASONS = [
  "win_back",
  "complaint_follow_up",
  "onboarding",
  "cadence",
  "birthday_care",
  "holiday_care",
  // Issue 12: a customer who moved the wrong way since the previous run (followUp/movements.ts).
  "moved_wrong_way",
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
  /**
   * Whether a purchase restarts the regular-contact clock (issue 10; our choice: yes). The regular
   * contact keeps the relationship alive; a customer who ordered last week is in touch, and a call
   * counted from a contact months before that order would be flagged "overdue" for no reason (on
   * the zh sample at 2025-12-31, 1,349 of 2,487 planned contacts were). So the cadence counts from
   * the later of the last contact and the last purchase. Complaint follow-ups, onboarding and
   * win-backs are not affected: a purchase neither answers a complaint nor removes a churn risk
   * the model sees. false: counted from the last contact only (the purchase only when none).
   */
  cadenceRestartsOnPurchase: z.boolean().default(true),
  /**
   * The backlog of regular contacts already overdue on the analysis date is caught up over this many
   * working days, most valuable first (issue 10, a new user's finding: 109 zero-spend customers up
   * to 1,012 days overdue were all booked on day one while valuable ones waited). Overdue-ness does
   * not rank: within its band a contact ranks by value at stake; the backlog of each owner on each
   * channel is spread evenly over these days (at least the channel's daily capacity a day), so the
   * first days go to the most valuable overdue customers. The overdue days stay counted from the
   * true due date. 0: the whole backlog is due on the first working day (the earlier behaviour).
   */
  cadenceCatchUpWorkingDays: z.number().int().min(0).default(5),
  /** High churn risk → a win-back contact within this many working days (DOMAIN §5; 000 §7.3.2). */
  winBackWithinWorkingDays: z.number().int().min(1).default(2),
  /**
   * Customers already churned (stage churned: no purchase for churn.churnedAfterDays) are high risk too;
   * our choice: by default they are listed as unscheduled ("already churned: a win-back campaign,
   * not a call each") so the calls go to customers who can still be kept. true plans them as well.
   */
  winBackChurnedCustomers: z.boolean().default(false),
  /**
   * A customer who moved the wrong way since the previous run (value class, segment or tier down,
   * stage towards decline, risk up: changes/direction.ts) → a contact within this many working days
   * (issue 12; our choice: a working week, sooner than the regular contact, later than a win-back).
   */
  movedWrongWayWithinWorkingDays: z.number().int().min(1).default(5),
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
  holidayCareTiers: z.array(z.enum(VALUE_TIERS)).default(["high"]),
  festivals: z.array(festival).default(DEFAULT_FESTIVALS),
  /**
   * A care contact goes on the last working day before the occasion (the birthday itself when it is
   * a working day) and, when that day is full, up to this many working days earlier: the window
   * reaches back over a holiday period (Mid-Autumn inside the National Day holiday → the days before it).
   */
  careWindowDays: z.number().int().min(0).default(3),
  /** Calls per owner per working day (issue 4); other channels: channelCapacity. */
  dailyCapacity: z.number().int().min(1).max(100_000).default(20),
  /** Owners away during the horizon: their customers are covered in rotation by the others (002 轮流接待). */
  absentOwners: z.array(z.string()).default([]),
  /** Public holidays (no contacts), ISO dates; default: China 2025–2026 from chinese-days. */
  holidays: z.array(isoDate).default([...DEFAULT_HOLIDAYS]),
  /** Weekend days that are working days (调休上班), ISO dates; same source. */
  makeUpWorkdays: z.array(isoDate).default([...DEFAULT_MAKE_UP_WORKDAYS]),
  /**
   * Holidays and make-up working days added to the lists above, for years the defaults do not know
   * (chinese-days stops at 2026): fill them in from the State Council notice (国务院办公厅关于 2027
   * 年部分节假日安排的通知) when it is published; the README shows the shape.
   */
  extraHolidays: z.array(isoDate).default([]),
  extraMakeUpWorkdays: z.array(isoDate).default([]),
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
      moved_wrong_way: channel.default("phone"),
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
  /**
   * Placement band per reason (issue 10): when an owner's days are full the bands are placed in the
   * order urgent → high → medium → low, and within a band by value at stake (schedule.ts), then
   * due date. Default: complaint follow-ups, win-backs and first-week onboarding are urgent; an
   * onboarding whose first week passed before the analysis date (late_onboarding) is medium, with
   * the regular contact of other customers; care is low.
   */
  priorities: z
    .object({
      win_back: priority.default("urgent"),
      complaint_follow_up: priority.default("urgent"),
      onboarding: priority.default("urgent"),
      late_onboarding: priority.default("medium"),
      birthday_care: priority.default("low"),
      holiday_care: priority.default("low"),
      // With the key accounts' regular contact: before routine contacts, after win-backs.
      moved_wrong_way: priority.default("high"),
    })
    .prefault({}),
  /**
   * Reasons placed first within their band, before the value order: first-week onboarding by
   * default (a few calls a day, and after the first week it is no longer onboarding; issue 10 asks
   * that every new customer is called in the first week). [] ranks them by value like the others.
   */
  placeFirst: z.array(z.enum(FOLLOW_UP_REASONS)).default(["onboarding"]),
  /** Band of the regular contact by tier: key accounts (high) before the others (issue 10). */
  cadencePriorities: z
    .object({
      high: priority.default("high"),
      medium: priority.default("medium"),
      low: priority.default("medium"),
    })
    .prefault({}),
  /**
   * Contacts per owner per working day on the other channels; `dailyCapacity` counts calls. Visits
   * take an owner out of the office: 3 a day (our choice). E-mail and online messages are unlimited
   * unless a number is given (null = unlimited). A visit that does not fit becomes a call.
   */
  channelCapacity: z
    .object({
      visit: z.number().int().min(0).max(100_000).default(3),
      email: z.number().int().min(0).max(100_000).nullable().default(null),
      online: z.number().int().min(0).max(100_000).nullable().default(null),
    })
    .prefault({}),
  /**
   * Mask phone numbers and e-mail addresses in the schedule (138****8000, z***@example.com) when the
   * tabs are shared outside the team (002/003 on protecting customer data). `--share` turns it on.
   */
  maskContactDetails: z.boolean().default(false),
  /**
   * Warn when the analysis date is more than this many days after the newest transaction: the data
   * may be stale, and every buyer would look like leaving (issue 10).
   */
  staleDataWarningDays: z.number().int().min(1).default(90),
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
      "定期回访间隔（天），按价值层级：高价值每两周（002“至少每两周”），中价值每月，低价值每季度；从最近一次跟进记录或最近一次购买（取较晚者，见下一项）起算",
      "Regular contact every N days by value tier: high every two weeks (002), medium monthly, low quarterly; counted from the last contact or the last purchase, whichever is later (see the next rule)",
    ),
    cadenceRestartsOnPurchase: t(
      "客户购买后定期回访重新计时（默认是：客户刚下单即视为保持联系，不再因数月前的跟进记录而显示“逾期”）；投诉回访、新客户回访、挽回不受影响",
      "A purchase restarts the regular-contact clock (default yes: a customer who just ordered is in touch, so the contact is not flagged overdue from a call months earlier); complaint follow-ups, onboarding and win-backs are not affected",
    ),
    cadenceCatchUpWorkingDays: t(
      "分析日期时已逾期的定期回访在前几个工作日内补上，按涉及金额从高到低：每位负责人每种联系方式的积压平均分到这些工作日（每天至少为该方式的每日名额），逾期天数不决定先后，先联系价值高的客户；逾期天数仍从原应回访日期算起。0 = 全部排在第一个工作日",
      "Regular contacts already overdue on the analysis date are caught up over this many working days, most valuable first: each owner's backlog on a channel is spread evenly over them (at least the channel's daily capacity a day), so being long overdue does not put a customer ahead of valuable ones; the days overdue are still counted from the due date. 0 = all on the first working day",
    ),
    winBackChurnedCustomers: t(
      "已流失客户是否也逐一安排挽回电话（默认否：列入未排入清单，建议做批量挽回活动）",
      "Also plan a win-back call for customers already churned (default no: they are listed as unscheduled, for a campaign)",
    ),
    winBackWithinWorkingDays: t(
      "高流失风险客户须在几个工作日内联系挽回",
      "High churn risk: a win-back contact within this many working days",
    ),
    movedWrongWayWithinWorkingDays: t(
      "自上次运行以来分类下滑的客户（如 重要价值客户 → 重要挽留客户、风险 低 → 高）须在几个工作日内联系",
      "A customer who moved the wrong way since the previous run (e.g. Important value → Important win-back, risk low → high): a contact within this many working days",
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
      "关怀联系安排在节日（或生日）前最后一个工作日；当天名额已满时最多再提前几个工作日（跨越假期向前）",
      "Care goes on the last working day before the occasion; when that day is full, up to this many working days earlier (reaching back over a holiday)",
    ),
    dailyCapacity: t("每位负责人每个工作日最多电话联系的客户数", "Calls per owner per working day"),
    channelCapacity: t(
      "其他联系方式每位负责人每个工作日的上限：拜访默认 3 个；邮件、在线默认不限（null）；拜访排不下时改为电话",
      "Per owner per working day on the other channels: visits 3 by default; e-mail and online unlimited (null); a visit that does not fit becomes a call",
    ),
    maskContactDetails: t(
      "对外共享时隐藏电话和邮箱的中间部分（如 138****8000）；命令行 --share 时自动开启",
      "Mask phone numbers and e-mail addresses for sharing (e.g. 138****8000); on with --share",
    ),
    staleDataWarningDays: t(
      "分析日期晚于最新交易超过这么多天时提示数据可能过期",
      "Warn that the data may be stale when the analysis date is this many days after the newest transaction",
    ),
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
    extraHolidays: t(
      "追加的法定节假日（默认日历只到 2026 年；按国务院放假通知填写以后年份）",
      "Extra public holidays (the default calendar ends with 2026; add later years from the State Council notice)",
    ),
    extraMakeUpWorkdays: t("追加的调休上班日（同上）", "Extra make-up working days (as above)"),
    marketingReasons: t(
      "属于营销的回访原因：只对同意营销联系的客户安排（003）；默认为生日关怀、节日关怀",
      "Reasons that are marketing: only for customers who consented (003); default: birthday and holiday care",
    ),
    channels: t("各回访原因的联系方式", "Channel per reason"),
    cadenceChannels: t("定期回访的联系方式，按价值层级", "Channel of the regular contact by tier"),
    priorities: t(
      "各回访原因的优先级：名额不足时按 紧急→高→中→低 安排，同一优先级内按涉及金额从高到低、再按应回访日期；紧急联系排不进期限时安排在期限后第一个空位并标为逾期",
      "Band per reason: when capacity runs out, urgent → high → medium → low, within a band by value at stake, then due date; urgent contacts that miss their deadline go to the first free slot after it, marked overdue",
    ),
    placeFirst: t(
      "在同一优先级内先于其他联系安排的回访原因（默认新客户首周回访：数量少，过了首周就不再是首周回访）",
      "Reasons placed first within their band (default: first-week onboarding: few, and after the week it is no longer onboarding)",
    ),
    cadencePriorities: t(
      "定期回访的优先级，按价值层级（默认重点客户为高）",
      "Band of the regular contact by tier (key accounts high by default)",
    ),
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
