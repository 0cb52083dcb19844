import { z } from "zod";
import { lazySchema } from "./lazySchema";
import { VALUE_TIERS } from "../analysis";
import { DEFAULTS } from "./defaults";
import { say } from "../words/catalog";
import { HOLIDAY_CALENDARS } from "../calendar/holidayCalendar";
import { FOLLOW_UP_PRIORITIES, FOLLOW_UP_REASONS } from "./followUpCodes";

/**
 * Rules for the service tabs: the follow-up schedule (回访计划), satisfaction (满意度) and complaints
 * (投诉分析). Every figure the source documents give is a default the user can change; the comment on
 * each field says where it comes from (documents as numbered in shared/DOMAIN.md).
 */

const isoDate = lazySchema(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD"));
const channel = lazySchema(() => z.enum(["phone", "email", "visit", "online"]));
/**
 * The placement band of a contact: when an owner's capacity runs out, urgent contacts take the slots
 * first, then high, medium and low (issue 10). Within a band, the higher value at stake first.
 */
const priority = lazySchema(() => z.enum(FOLLOW_UP_PRIORITIES));

/** A festival for holiday care: the festival day and its name in both languages. */
const festival = lazySchema(() =>
  z.strictObject({ date: isoDate, name: z.string(), nameEn: z.string() }),
);

// Every default below is read from defaults.ts (DEFAULTS.followUp, .satisfaction, .complaints).
const F = DEFAULTS.followUp;
const S = DEFAULTS.satisfaction;
const K = DEFAULTS.complaints;

const followUpRulesShape = () => ({
  /** Days planned from the analysis date (issue 4). */
  horizonDays: z.number().int().min(1).max(366).default(F.horizonDays),
  /**
   * Regular contact every N days by value tier, counted from the last contact (Contacts sheet) or
   * else the last purchase: high = dedicated service every two weeks (002 客户开发管理 3 "at least
   * every two weeks"), medium = monthly, low = quarterly standardised contact (DOMAIN §5).
   */
  cadenceDays: z
    .strictObject({
      high: z.number().int().min(1).default(F.cadenceDays.high),
      medium: z.number().int().min(1).default(F.cadenceDays.medium),
      low: z.number().int().min(1).default(F.cadenceDays.low),
    })
    .prefault({}),
  /**
   * A customer's regular contact no sooner than this share of her own purchase rhythm after the last
   * contact or purchase, and on the day she is due back when that is sooner (followUp/cadence.ts
   * rhythmDue; tester62 U150: a 4S shop whose owners service every ~185 days got 21 routine calls
   * in 30 days for 12 owners). 0: the tier's days alone.
   */
  cadenceRhythmShare: z.number().min(0).max(10).default(F.cadenceRhythmShare),
  /**
   * Whether a purchase restarts the regular-contact clock (issue 10; our choice: yes). The regular
   * contact keeps the relationship alive; a customer who ordered last week is in touch, and a call
   * counted from a contact months before that order would be flagged "overdue" for no reason (on
   * the zh sample at 2025-12-31, 1,349 of 2,487 planned contacts were). So the cadence counts from
   * the later of the last contact and the last purchase. Complaint follow-ups, onboarding and
   * win-backs are not affected: a purchase neither answers a complaint nor removes a churn risk
   * the model sees. false: counted from the last contact only (the purchase only when none).
   */
  cadenceRestartsOnPurchase: z.boolean().default(F.cadenceRestartsOnPurchase),
  /**
   * Not used since stop 21 (kept so rule files that set it still load). It spread the backlog of
   * regular contacts overdue on the analysis date over this many working days; now every contact
   * already due is placed before those not yet due, most valuable first, on the first free days
   * (schedule.ts), which catches the backlog up in value order where a channel has a daily
   * capacity, and an unlimited channel has no slot to wait for (a tester's finding: overdue
   * contacts spread over the week waited behind contacts not yet due).
   */
  cadenceCatchUpWorkingDays: z.number().int().min(0).default(F.cadenceCatchUpWorkingDays),
  /** High churn risk → a win-back contact within this many working days (DOMAIN §5; 000 §7.3.2). */
  winBackWithinWorkingDays: z.number().int().min(1).default(F.winBackWithinWorkingDays),
  /**
   * Days an invoice may be past due before the call about the money owed is made, when that money
   * is all the customer is called for (followUp/candidates.ts owedGraceEnd): a wholesaler chases at
   * 15 to 30 days past due, and an invoice a day or three late (due the Friday after Thanksgiving)
   * gave 13 of a roaster's 24 calls of the week, each urgent (tester70 U609). The call is planned
   * on the working day the grace ends, if she has not paid by then. 0: on the day it falls due.
   */
  moneyOwedGraceDays: z.number().int().min(0).max(365).default(F.moneyOwedGraceDays),
  /**
   * Days after a contact note saying a death in the customer's family or of her pet (她母亲去世了,
   * her husband passed away: contactOutcome.ts mourns) with no sales or retention contact; then
   * one contact, and her usual plan (followUp/hold.ts; fix64b). A complaint follow-up and money
   * owed still go. 0: no pause.
   */
  bereavementPauseDays: z.number().int().min(0).max(365).default(F.bereavementPauseDays),
  /**
   * Days before an account's renewal (the Customers sheet's renewal date: 续约日期, Renewal Date)
   * its regular contact is due at the latest, when the renewal falls on or after the first day of
   * the plan (followUp/cadence.ts renewalDue; tester64 U188: Fjord Coffee, renewal 12-31, "Omar
   * will decide by Dec 20", called on 12-31, after the decision). Our choice: three weeks, so the
   * call comes before a decision taken a week or two ahead of the date. 0: on the renewal day.
   */
  renewalLeadDays: z.number().int().min(0).max(365).default(F.renewalLeadDays),
  /**
   * Days after a contact note saying the customer is expecting a baby (怀孕了，生完宝宝再来,
   * pregnant: contactOutcome.ts maternity) with no sales or retention contact; then one contact,
   * and her usual plan (followUp/hold.ts; tester65 U202). Our default, 300: the rest of a
   * pregnancy and the month after the birth, from a note written at any point of it. A note just
   * after the birth (坐月子, 哺乳期) holds at most POSTPARTUM_PAUSE_DAYS. A purchase since the
   * note ends it; a complaint follow-up and money owed still go. 0: no pause.
   */
  maternityPauseDays: z.number().int().min(0).max(365).default(F.maternityPauseDays),
  /**
   * Customers already churned (stage churned: no purchase for churn.churnedAfterDays) are high risk too;
   * our choice: by default they are listed as unscheduled ("already churned: a win-back campaign,
   * not a call each") so the calls go to customers who can still be kept. true plans them as well.
   */
  winBackChurnedCustomers: z.boolean().default(F.winBackChurnedCustomers),
  /**
   * A customer who moved the wrong way since the previous run (value class, segment or tier down,
   * stage towards decline, risk up: changes/direction.ts) → a contact within this many working days
   * (issue 12; our choice: a working week, sooner than the regular contact, later than a win-back).
   */
  movedWrongWayWithinWorkingDays: z.number().int().min(1).default(F.movedWrongWayWithinWorkingDays),
  /** New customers → an onboarding call within this many days of the first purchase (DOMAIN §5). */
  onboardingWithinDays: z.number().int().min(1).default(F.onboardingWithinDays),
  /** A resolved complaint → a follow-up call the next working day (003 §二(二)3 售后回访). */
  complaintFollowUpNextWorkingDay: z.boolean().default(F.complaintFollowUpNextWorkingDay),
  /** Complaints resolved longer ago than this and never followed up are not planned any more. */
  complaintFollowUpLookbackDays: z.number().int().min(0).default(F.complaintFollowUpLookbackDays),
  /** A care contact on the customer's birthday (004 五 关怀活动). */
  birthdayCare: z.boolean().default(F.birthdayCare),
  /** Care contacts on the last working day before each festival, for the tiers listed. */
  holidayCare: z.boolean().default(F.holidayCare),
  holidayCareTiers: z.array(z.enum(VALUE_TIERS)).default(() => [...F.holidayCareTiers]),
  festivals: z.array(festival).default(() => F.festivals.map((f) => ({ ...f }))),
  /**
   * A care contact goes on the last working day before the occasion (the birthday itself when it is
   * a working day) and, when that day is full, up to this many working days earlier: the window
   * reaches back over a holiday period (Mid-Autumn inside the National Day holiday → the days before it).
   */
  careWindowDays: z.number().int().min(0).default(F.careWindowDays),
  /** Calls per owner per working day (issue 4); other channels: channelCapacity. */
  dailyCapacity: z.number().int().min(1).max(100_000).default(F.dailyCapacity),
  /** Owners away during the horizon: their customers are covered in rotation by the others (002 轮流接待). */
  absentOwners: z.array(z.string()).default(() => [...F.absentOwners]),
  /**
   * The built-in holiday calendar (calendar/holidayCalendar.ts): "CN" China's public holidays and
   * make-up working days, "US" the US federal holidays (observed dates, every year by rule), "none"
   * weekends only (with extraHolidays, extraMakeUpWorkdays). Absent: the amounts' currency chooses
   * ($ the US's; € £ HK$ none; else China's), not the language (tester60 U103).
   */
  calendar: z.enum(HOLIDAY_CALENDARS).optional(),
  /**
   * China's public holidays (no contacts), ISO dates; default: 2025–2026 from chinese-days. Read
   * with the CN calendar only.
   */
  holidays: z.array(isoDate).default(() => [...F.holidays]),
  /** Weekend days that are working days (调休上班), ISO dates; same source. */
  makeUpWorkdays: z.array(isoDate).default(() => [...F.makeUpWorkdays]),
  /**
   * Holidays and make-up working days added to the lists above, for years the defaults do not know
   * (chinese-days stops at 2026): fill them in from the State Council notice (国务院办公厅关于 2027
   * 年部分节假日安排的通知) when it is published; the README shows the shape.
   */
  extraHolidays: z.array(isoDate).default(() => [...F.extraHolidays]),
  extraMakeUpWorkdays: z.array(isoDate).default(() => [...F.extraMakeUpWorkdays]),
  /**
   * Reasons that are marketing: planned only for customers who consented (003 §二(一)1(3)). Issue 4
   * names the marketing contacts "care, upsell": birthday and holiday care are marketing. A high
   * churn risk calls for a win-back within 2 working days (issue 4; DOMAIN §5), so win-back,
   * complaint follow-up, onboarding and the regular contact are service, planned for everyone.
   * Add "win_back" here to plan it only with consent.
   */
  marketingReasons: z.array(z.enum(FOLLOW_UP_REASONS)).default(() => [...F.marketingReasons]),
  /** Channel per reason. */
  channels: z
    .strictObject({
      win_back: channel.default(F.channels.win_back),
      complaint_follow_up: channel.default(F.channels.complaint_follow_up),
      onboarding: channel.default(F.channels.onboarding),
      birthday_care: channel.default(F.channels.birthday_care),
      holiday_care: channel.default(F.channels.holiday_care),
      moved_wrong_way: channel.default(F.channels.moved_wrong_way),
    })
    .prefault({}),
  /** Channel of the regular contact by tier: personal for high value, standardised for low (DOMAIN §5). */
  cadenceChannels: z
    .strictObject({
      high: channel.default(F.cadenceChannels.high),
      medium: channel.default(F.cadenceChannels.medium),
      low: channel.default(F.cadenceChannels.low),
    })
    .prefault({}),
  /**
   * A regular contact by visit (cadenceChannels) goes to an organisation only: a customer typed
   * enterprise or government, or of no type named as one (…有限公司, …局, Co., Ltd.) or in a workbook
   * that sells to businesses (its name column headed 公司名称 / Company Name…, or invoices:
   * followUp/visits.ts); a person's or a shop's,
   * salon's or clinic's customer gets a phone call instead, as such a business invites its
   * customers in rather than visits them (tester60 U110, tester59 U85: a salon's 金卡 members got
   * 拜访). false: visits as cadenceChannels say.
   */
  visitBusinessesOnly: z.boolean().default(F.visitBusinessesOnly),
  /**
   * Placement band per reason (issue 10): when an owner's days are full the bands are placed in the
   * order urgent → high → medium → low, and within a band the contacts already late first, most
   * days late first, then by value at stake (schedule.ts placementOrder), then due date. Default:
   * complaint follow-ups, win-backs and onboarding are urgent; an onboarding whose first week
   * passed before the analysis date (late_onboarding) is high: the first week it was urgent for is
   * over, so it waits for the retention and complaint calls (tester58 U76: a clinic's 美团 patients
   * 27-60 days after their one visit were urgent beside them), and being late it goes first among
   * the routine calls, not behind them (tester51 R2: at medium a customer typed in after a report
   * was called 11 days out); care is low.
   */
  priorities: z
    .strictObject({
      win_back: priority.default(F.priorities.win_back),
      complaint_follow_up: priority.default(F.priorities.complaint_follow_up),
      onboarding: priority.default(F.priorities.onboarding),
      late_onboarding: priority.default(F.priorities.late_onboarding),
      birthday_care: priority.default(F.priorities.birthday_care),
      holiday_care: priority.default(F.priorities.holiday_care),
      // With the key accounts' regular contact: before routine contacts, after win-backs.
      moved_wrong_way: priority.default(F.priorities.moved_wrong_way),
      // A key account's regular contact overdue by keyAccountOverdueDays or more: ranked with the
      // retention calls by value at stake (probability × 12-month spend), not after all of them.
      key_account_overdue: priority.default(F.priorities.key_account_overdue),
    })
    .prefault({}),
  /**
   * A key account's (high value tier) regular contact already overdue by this many days or more on
   * the first working day becomes a "key_account_overdue" contact in its own band
   * (priorities.key_account_overdue, urgent), ranked there with the retention calls by value at
   * stake (churn probability × 12-month spend): stop 24 (zh 1001322, 43,921/yr, called 51 days
   * late behind 44 small retention calls). Our choice: 14 days, one whole regular contact missed
   * (cadenceDays.high); 30 was measured too (stop 25: fewer key accounts reached on days 1–2).
   * Counted from the later of the regular contact's due day and the day the customer goes quiet
   * past their own rhythm (followUp/cadence.ts ownSilence): a six-monthly patient is not overdue
   * 14 days after a 14-day contact (judge60: 33 of a clinic's 40 regulars were); a finished course
   * (one day with spend, then only ¥0 revisits) never is.
   * null: never (the regular contact keeps its tier's band).
   */
  keyAccountOverdueDays: z.number().int().min(0).nullable().default(F.keyAccountOverdueDays),
  /**
   * One-time buyers at high risk get a retention call only in these value tiers; the others are
   * listed for a retention campaign (e-mail or message to all of them), not a call each, as the
   * customers already churned are: stop 24 (224 of 402 zh retention calls went to one-time buyers,
   * median 12-month spend 1,954). Default: high and medium.
   */
  oneTimeBuyerCallTiers: z.array(z.enum(VALUE_TIERS)).default(() => [...F.oneTimeBuyerCallTiers]),
  /**
   * Reasons placed first within their band, before the value order. Default none (stop 27): the
   * urgent band is ranked by value at stake alone, so when an owner's day is full the biggest calls
   * go first, whatever the reason (000 §3.2.2: by importance first, then urgency; 001 §2.1: high-value
   * customers first); a welcome call that then misses the first week goes on the next free day,
   * marked overdue. On the 20k workbook that put 251 retention calls in the first 3 working days
   * instead of 145, at the cost of 302 of 346 welcome calls late instead of 39. ["onboarding"] puts
   * first-week onboarding first again (issue 10 item 3: every new customer in the first week).
   */
  placeFirst: z.array(z.enum(FOLLOW_UP_REASONS)).default(() => [...F.placeFirst]),
  /** Band of the regular contact by tier: key accounts (high) before the others (issue 10). */
  cadencePriorities: z
    .strictObject({
      high: priority.default(F.cadencePriorities.high),
      medium: priority.default(F.cadencePriorities.medium),
      low: priority.default(F.cadencePriorities.low),
    })
    .prefault({}),
  /**
   * Contacts per owner per working day on the other channels; `dailyCapacity` counts calls. Visits
   * take an owner out of the office: 3 a day (our choice). E-mail and online messages are unlimited
   * unless a number is given (null = unlimited). A visit that does not fit becomes a call.
   */
  channelCapacity: z
    .strictObject({
      visit: z.number().int().min(0).max(100_000).default(F.channelCapacity.visit),
      email: z.number().int().min(0).max(100_000).nullable().default(F.channelCapacity.email),
      online: z.number().int().min(0).max(100_000).nullable().default(F.channelCapacity.online),
    })
    .prefault({}),
  /**
   * Mask phone numbers and e-mail addresses in the schedule (138****8000, z***@example.com) when the
   * tabs are shared outside the team (002/003 on protecting customer data). `--share` turns it on.
   */
  maskContactDetails: z.boolean().default(F.maskContactDetails),
  /**
   * Warn when the analysis date is more than this many days after the newest transaction: the data
   * may be stale, and every buyer would look like leaving (issue 10).
   */
  staleDataWarningDays: z.number().int().min(1).default(F.staleDataWarningDays),
});
export const followUpRulesSchema = lazySchema(() => z.strictObject(followUpRulesShape()));
export type FollowUpRules = z.infer<typeof followUpRulesSchema>;

export const satisfactionRulesSchema = lazySchema(() =>
  z
    .strictObject({
      /** CSAT counts answers of this score or more on the 1–5 scale as satisfied (000 §5.1.2: 4–5). */
      csatPositiveMin: z.number().min(1).max(5).default(S.csatPositiveMin),
      /** NPS promoters score at least this on 0–10 (standard NPS: 9–10). */
      npsPromoterMin: z.number().min(0).max(10).default(S.npsPromoterMin),
      /** NPS detractors score at most this on 0–10 (standard NPS: 0–6). */
      npsDetractorMax: z.number().min(0).max(10).default(S.npsDetractorMax),
      /**
       * A response is a low score when its overall (1–5) is at most this, i.e. 1 or 2: "dissatisfied"
       * and "very dissatisfied" on the 5-point scale; 3 is neutral. NPS detractors are shown separately.
       */
      lowScoreMax: z.number().min(1).max(5).default(S.lowScoreMax),
      /** Customers with a low score in this many days before the analysis date are listed (issue 4). */
      lowScoreLookbackDays: z.number().int().min(1).default(S.lowScoreLookbackDays),
    })
    // A score cannot be both: the detractors' top must be below the promoters' bottom.
    .superRefine((s, ctx) => {
      if (!(s.npsDetractorMax < s.npsPromoterMin))
        ctx.addIssue({
          code: "custom",
          path: ["npsDetractorMax"],
          message: say("en-US", "ruleErrors", "detractorBelowPromoter", {
            promoterMin: s.npsPromoterMin,
          }),
          params: { word: "detractorBelowPromoter", promoterMin: s.npsPromoterMin },
        });
    }),
);
export type SatisfactionRules = z.infer<typeof satisfactionRulesSchema>;

const complaintRulesShape = () => ({
  /** First response within this many clock hours of receipt (003 §二(二)3: 24 h). */
  firstResponseHours: z.number().min(0).default(K.firstResponseHours),
  /** Resolution within these clock hours by complexity (001 §5.1: general 24 h, complex 48 h). */
  resolutionHours: z
    .strictObject({
      general: z.number().min(0).default(K.resolutionHours.general),
      complex: z.number().min(0).default(K.resolutionHours.complex),
    })
    .prefault({}),
  /** Customers with at least this many complaints in the data are repeat complainers. */
  repeatComplainerMin: z.number().int().min(2).default(K.repeatComplainerMin),
  /** Age buckets for open complaints, in days: upper bounds (the last bucket is "more"). */
  openAgeBucketsDays: z.array(z.number().min(0)).default(() => [...K.openAgeBucketsDays]),
});
export const complaintRulesSchema = lazySchema(() => z.strictObject(complaintRulesShape()));
export type ComplaintRules = z.infer<typeof complaintRulesSchema>;
