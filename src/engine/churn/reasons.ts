import {
  CHURN_REASON_CODES,
  MAX_CHURN_REASONS,
  REASON_FIGURES,
  type ChurnReason,
  type ChurnReasonCode,
  type CustomerAnalysis,
} from "../analysis";
import { leavingSaidText, leftNoteWord, leftStatusText } from "../ingest/contactOutcome";
import { isoDate } from "../parse/date";
import { LEFT_STAGE_WORDS, PAYMENT_FAILED_STATUS_WORDS } from "../optionWords";
import type { Lang } from "../schema";
import { say, type Code } from "../words/catalog";
import { visitWords } from "../words/visitKind";
import { ReasonMemo } from "./reasonMemo";
import type { WordParams } from "../words/format";

/**
 * The words of churn reasons, made on demand from the compact codes and figures the scorer stores
 * (churn/score.ts), so a million customers never hold a million strings. Figures per code:
 *
 * | code              | figures                                                          |
 * |-------------------|------------------------------------------------------------------|
 * | overdue_vs_rhythm | days overdue, typical gap, days since last purchase, 1 = bought once (population gap); 4 = bought once, an occasion order (aggregate/occasion.ts); 5 = since her last paid-up purchase, her unpaid invoices set aside (churn/owedRecency.ts) |
 * | falling_frequency | purchase days before, recently, period days, share fallen        |
 * | falling_spend     | spend before, recently, period days, share fallen                |
 * | low_satisfaction  | score, survey day, scale top (5)                                 |
 * | nps_detractor     | score, survey day, scale top (10)                                |
 * | open_complaints   | open count, age of the oldest in days                            |
 * | late_complaints   | late count, lookback days                                        |
 * | no_recent_contact | days since the last contact that got through (NaN: none), threshold, 0, tries not got through since (0 none) |
 * | long_since_purchase | days since the last purchase, typical (geometric mean) of customers, own rhythm, 1 = within it (2, 3: the same over her visits; 4 = in the off-season: b its months, 100 × first + last) |
 * | few_purchases     | purchase days, typical of customers                              |
 * | low_spend         | spend in the window, typical of customers                        |
 * | model_no_purchase | the repeat-purchase model's P(no purchase in the horizon), horizon days |
 * | typical_of_customers | probability, horizon days, share of customers who did not buy when learned, 1 = learned (3: learned, that share in another level than hers: her probability said) |
 * | bought_once       | as overdue_vs_rhythm's (a ≤ 0: not past the customers' usual gap)  |
 * | overdue_not_weighed | as overdue_vs_rhythm's (a repeat buyer's silence that weighs little; 5 = since her last paid-up purchase) |
 * | many_purchases    | purchase days, typical of customers (lowers a low level's risk)  |
 * | recent_purchase   | as long_since_purchase's (lowers a low level's risk; 1 = within own rhythm, 4 = off-season) |
 * | model_likely_to_buy | the repeat-purchase model's P(no purchase in the horizon), horizon days (likewise) |
 * | high_spend        | spend in the window, typical of customers (likewise)             |
 * | typical_lowers    | the average customer's probability, horizon days, 0, 1 = learned (likewise); or the medium level's start, horizon days, 0, 2 (below that line) |
 * | said_leaving      | the contact note's day, the word (contactOutcome.ts leavingSaidWord index); or NaN, −1 less the status's LEFT_STAGE_WORDS index, the days since the last purchase |
 * | payment_failed    | the status word (PAYMENT_FAILED_STATUS_WORDS index, -1 none), failed charges since the last payment, the last one's day; or −1 less the unpaid invoices not yet due, the overdue ones, the day the oldest overdue one fell due (NaN: marked overdue before it), the amount overdue (> 0) |
 * | cancel_scheduled  | the period's end a subscription cancels at (Infinity: not written) |
 * | canceled_may_return | the day a subscription was canceled for a reason leaving the door open |
 * | missed_appointments | bookings missed or cancelled since her last visit, of them no-shows, cancelled, the latest's day |
 * | customer_left     | the closed day (NaN: the status said so); 1 the course completed, 2 every subscription ended (the last canceled day, NaN not written), 3 the note said so (the status: its word third, 1 + contactOutcome.ts leftStatusWord), 4 a contact's note (its day first, the word third: contactOutcome.ts noteLeftWord), 5 the same of a pet's death on its record (lifecycle/left.ts pet_died) |
 * | shrinking_orders  | usual order, the last orders' mean, the latest, how many (aggregate/orderFall.ts) |
 * | refunded          | the refund (positive), its latest row's day, the last purchase refunded (negative: an earlier purchase, churn/refunded.ts Refunded.earlier), that row (Excel; -1 none) |
 * | visits_stopped    | as overdue_vs_rhythm's, over her visits (aggregate/visits.ts)    |
 * | paused_silence    | as overdue_vs_rhythm's, paused today (churn/pausedSilence.ts); 4th 1 over her visits |
 * | visiting          | as recent_purchase's, over her visits (lowers a low level's risk)  |
 * | falling_visits    | as falling_frequency's, over her visits                          |
 *
 * few_purchases and many_purchases count her visit days when their fourth figure is 1.
 */

const days = (x: number) => String(Math.round(x));

const VISITS_STOPPED = CHURN_REASON_CODES.indexOf("visits_stopped");

/** One churn-reason text in one language (a module function: no closure per reasonText call). */
/**
 * Since when money owed is overdue: the day its oldest overdue invoice fell due
 * (ingest/paymentFailed.ts invoiceDue), or NaN when only its status says Overdue, before it falls
 * due (PaymentFailed.markedOverdue; fix69f: "overdue since 2026-12-31" as of 12-06).
 *
 * @example overdueSince("en-US", NaN) // "marked overdue"
 */
export function overdueSince(lang: Lang, day: number): string {
  return day === day
    ? w(lang, "overdueSince", { date: isoDate(day) })
    : w(lang, "markedOverdue", {});
}

function w(lang: Lang, c: Code<"churnReasons">, params: WordParams): string {
  return say(lang, "churnReasons", c, params);
}

/**
 * The reason of a customer in the churned stage, for the win-back call: how long overdue against
 * their rhythm (one slot; the other slots cleared).
 *
 * @example writeChurnedReason(analysis, 7, 400, 30, false)
 */
export function writeChurnedReason(
  analysis: CustomerAnalysis,
  i: number,
  recencyDays: number,
  rhythmDays: number,
  oneTime: boolean,
  byVisits = false,
  occasion = false,
): void {
  const { codes, figures } = analysis.churnReasons;
  const slot = i * MAX_CHURN_REASONS;
  for (let s = 0; s < MAX_CHURN_REASONS; s++) codes[slot + s] = -1;
  // Overdue against her rhythm; of coming, for a customer read by her visits (tester61 U112).
  codes[slot] = byVisits ? VISITS_STOPPED : 0; // overdue_vs_rhythm
  const o = slot * REASON_FIGURES;
  figures[o] = recencyDays - rhythmDays;
  figures[o + 1] = rhythmDays;
  figures[o + 2] = recencyDays;
  // An occasion order (a wedding cake) is said as one, not overdue against the regulars' gap.
  figures[o + 3] = occasion ? 4 : oneTime ? 1 : 0;
}
const pct = (share: number) => String(Math.round(share * 100));

/**
 * A season stored as 100 × its first month + its last (509), as the months' words.
 *
 * @example season(509, "en-US") // { from: "May", to: "Sep" }
 */
function season(packed: number, lang: Lang): { from: string; to: string } {
  const month = (m: number) => say(lang, "typedDate", `month${m}` as Code<"typedDate">);
  return { from: month(Math.floor(packed / 100)), to: month(packed % 100) };
}
/**
 * A probability in whole per cent, never 100 (or 0) unless certain: "100%" beside the at-risk
 * list's 99.0% read as a second, incredible figure (stop 33 tester #10).
 *
 * @example probabilityPct(0.996) // "99"
 */
export const probabilityPct = (p: number): string =>
  String(Math.min(p < 1 ? 99 : 100, Math.max(p > 0 ? 1 : 0, Math.round(p * 100))));

/** An amount as users read it: thousands separated, cents only for small amounts. @example amount(12345.6) // "12,346" */
export function amount(x: number): string {
  const rounded = Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 100) / 100;
  const [whole, cents] = String(Math.abs(rounded)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (rounded < 0 ? "-" : "") + grouped + (cents ? "." + cents.padEnd(2, "0") : "");
}

/**
 * The words of one reason in one language (texts: the catalog's "churnReasons" section).
 *
 * @example reasonText("overdue_vs_rhythm", [40, 30, 70, 0], "en-US")
 * // "Overdue by 40 days against own rhythm (buys about every 30 days; last purchase 70 days ago)"
 */
export function reasonText(
  code: ChurnReasonCode,
  fig: ArrayLike<number>,
  lang: Lang,
  appointments = false,
): string {
  // No closure and no array per call: this runs per row of the segments and follow-up tabs.
  const a = fig[0];
  const b = fig[1];
  const c = fig[2];
  const d = fig[3];
  switch (code) {
    case "bought_once":
      // A one-time buyer not yet past the customers' usual gap: bought once, N days ago (today).
      return Math.round(c) === 0
        ? w(lang, "boughtOnceToday", { gap: days(b) })
        : w(lang, "boughtOnce", { since: Math.round(c), gap: days(b) });
    case "overdue_vs_rhythm":
      // Stored before stop 36 for a one-time buyer not yet past the gap (bought_once since).
      if ((d === 1 || d === 4) && !(a > 0)) return reasonText("bought_once", fig, lang);
      // Two purchases of very different size: no rhythm of its own (tester64 U189).
      // 3: against the usual gap of customers who bought on two days of like size.
      return w(
        lang,
        d === 1
          ? "overdueOnce"
          : d === 4
            ? "overdueOnceOccasion"
            : d === 2
              ? "overdueUneven"
              : d === 3
                ? "overdueUnevenPairs"
                : d === 5
                  ? "overduePaidUp"
                  : "overdue",
        {
          overdue: days(a),
          gap: days(b),
          since: days(c),
        },
      );
    case "falling_frequency":
      return w(lang, "fallingFrequency", {
        share: pct(d),
        // A number: the words pick "1 purchase day" / "2 purchase days" by it (stop 25 trial).
        recent: Math.round(b),
        before: days(a),
        period: days(c),
      });
    case "said_leaving":
      // A status stage saying she left while she buys on her rhythm (reviewer65 M4).
      if (b < 0)
        return w(lang, "staleLeftStage", {
          word: LEFT_STAGE_WORDS[-1 - b] ?? "",
          days: Math.round(c),
        });
      return w(lang, "saidLeaving", { date: isoDate(a), word: leavingSaidText(b) });
    case "payment_failed":
      // A status says it (past_due), else the failed charges with no payment since (Stripe's Failed),
      // else overdue invoices (d the amount owed; tester62 U148).
      if (a >= 0) return w(lang, "paymentFailed", { status: PAYMENT_FAILED_STATUS_WORDS[a] ?? "" });
      if (!(d > 0)) return w(lang, "chargesFailed", { count: Math.round(b), date: isoDate(c) });
      // The invoices not yet due said apart (reviewer65 M3).
      return a < -1
        ? w(lang, "moneyOwedLater", {
            count: Math.round(b),
            amount: amount(d),
            since: overdueSince(lang, c),
            later: -1 - a,
          })
        : w(lang, "moneyOwed", {
            count: Math.round(b),
            amount: amount(d),
            since: overdueSince(lang, c),
          });
    case "cancel_scheduled":
      return a === Infinity
        ? w(lang, "cancelScheduledNoDate", {})
        : w(lang, "cancelScheduled", { date: isoDate(a) });
    case "canceled_may_return":
      return w(lang, "canceledMayReturn", { date: isoDate(a) });
    case "missed_appointments": {
      // All no-shows, all cancelled, or both (tester63 U168: 王芳's 爽约, 爽约, 取消).
      const params = { count: a, noShows: b, cancelled: c, date: isoDate(d) };
      return w(
        lang,
        c === 0 ? "missedNoShows" : b === 0 ? "missedCancelled" : "missedMixed",
        params,
      );
    }
    case "refunded":
      // Most of her last purchase refunded (tester69 U503: 退费 5,440 of a course of 8,160).
      // An earlier purchase than the last (reviewer70 M1: −5,440 of the course after a 200 book).
      return w(lang, c < 0 ? "refundedEarlier" : a >= c ? "refundedAll" : "refundedPart", {
        amount: amount(a),
        bought: amount(Math.abs(c)),
        date: isoDate(b),
      });
    case "shrinking_orders":
      return w(lang, "shrinkingOrders", {
        count: Math.round(d),
        recent: amount(b),
        last: amount(c),
        usual: amount(a),
        share: pct(a > 0 ? Math.max(0, 1 - b / a) : 0),
      });
    case "falling_spend":
      return w(lang, "fallingSpend", {
        share: pct(d),
        recent: amount(b),
        before: amount(a),
        period: days(c),
      });
    case "low_satisfaction":
      return w(lang, "lowSatisfaction", { score: a, top: c, date: isoDate(b) });
    case "nps_detractor":
      return w(lang, "npsDetractor", { score: a, top: c, date: isoDate(b) });
    case "open_complaints":
      return w(lang, "openComplaints", { count: a, days: Math.round(b) });
    case "late_complaints":
      return w(lang, "lateComplaints", { count: a, days: days(b) });
    case "no_recent_contact":
      // NaN: never contacted; d ≥ 1: that many tries did not get through since (newuser62 L3,
      // tester63 U168).
      if (!(a === a))
        return d >= 1 ? w(lang, "noContactReached", { count: d }) : w(lang, "noContact", {});
      return d >= 1
        ? w(lang, "noRecentContactReached", { days: days(a), count: d })
        : w(lang, "noRecentContact", { days: days(a) });
    case "long_since_purchase":
      // d = 1: a repeat buyer within its own rhythm of c days (tester54 T2). Its words quote that
      // rhythm, not b, the model's centre of all customers' days since their last purchase (the
      // geometric mean, pulled down by a few who came last week): "长于所有客户通常的 38 天" in a shop
      // where everyone comes every ~185 days read as their usual interval (tester62 U146).
      // Nor does the plain one (tester63, U146's rest): b is no interval anyone has, and a
      // recognisable one (the median gap of repeat buyers) can be longer than days the model read
      // as long, "146 天前，长于 185 天" against itself. The days stand alone.
      // d = 2, 3: the same over her visits, for a customer read by them (tester67 U303: "上次购买已是
      // 8 天前" of a student whose package was paid in May and whose lesson was 8 days ago).
      if (d === 1) return w(lang, "longSinceWithinRhythm", { days: Math.round(a), gap: days(c) });
      if (d === 3)
        return w(lang, "longSinceVisitWithinRhythm", {
          days: Math.round(a),
          gap: days(c),
          ...visitWords(lang, appointments),
        });
      if (d === 2)
        return w(lang, "longSinceVisit", {
          days: Math.round(a),
          ...visitWords(lang, appointments),
        });
      // 4: in her off-season, her season's months in b (assess.ts offSeason; tester66, Grace).
      if (d === 4)
        return w(lang, "longSinceOffSeason", { days: Math.round(a), ...season(b, lang) });
      return w(lang, "longSincePurchase", { days: Math.round(a) });
    case "few_purchases":
      return w(lang, d === 1 ? "fewVisits" : "fewPurchases", {
        count: Math.round(a),
        typical: b.toFixed(1),
        ...visitWords(lang, appointments),
      });
    case "low_spend":
      return w(lang, "lowSpend", { spend: amount(a), typical: amount(b) });
    case "model_no_purchase":
      return w(lang, "modelNoPurchase", { share: probabilityPct(a), days: days(b) });
    case "overdue_not_weighed":
      return w(lang, d === 5 ? "overdueNotWeighedPaidUp" : "overdueNotWeighed", {
        overdue: days(a),
        gap: days(b),
        since: days(c),
      });
    case "many_purchases":
      return w(lang, d === 1 ? "manyVisits" : "manyPurchases", {
        count: Math.round(a),
        typical: b.toFixed(1),
        ...visitWords(lang, appointments),
      });
    case "paused_silence":
      return w(lang, d === 1 ? "pausedSilenceVisits" : "pausedSilence", {
        gap: days(b),
        since: days(c),
        ...visitWords(lang, appointments),
      });
    case "visits_stopped":
      return w(lang, "visitsStopped", {
        overdue: days(a),
        gap: days(b),
        since: days(c),
        ...visitWords(lang, appointments),
      });
    case "visiting":
      // b: the days the visits log ends before the date, when she was read as of its end.
      if (b > 0)
        return w(lang, "visitingLogEnds", {
          days: Math.round(a),
          logDays: days(b),
          gap: days(c),
          ...visitWords(lang, appointments),
        });
      return w(lang, "visiting", {
        days: Math.round(a),
        gap: days(c),
        ...visitWords(lang, appointments),
      });
    case "falling_visits":
      return w(lang, "fallingVisits", {
        share: pct(d),
        recent: Math.round(b),
        before: days(a),
        period: days(c),
        ...visitWords(lang, appointments),
      });
    case "recent_purchase":
      if (d === 1) return w(lang, "withinRhythm", { days: Math.round(a), gap: days(c) });
      if (d === 2) return w(lang, "nearRhythm", { days: Math.round(a), gap: days(c) });
      if (d === 4) return w(lang, "withinOffSeason", { days: Math.round(a), ...season(b, lang) });
      return w(lang, "recentPurchase", { days: Math.round(a) });
    case "model_likely_to_buy":
      return w(lang, "modelLikelyToBuy", { share: probabilityPct(a), days: days(b) });
    case "high_spend":
      return w(lang, "highSpend", { spend: amount(a), typical: amount(b) });
    case "typical_lowers":
      if (d === 2) return w(lang, "belowMediumLine", { line: probabilityPct(a), days: days(b) });
      return w(lang, d === 1 ? "typicalLowersLearned" : "typicalLowers", {
        share: probabilityPct(a),
        days: days(b),
      });
    case "customer_left":
      // 2: every subscription ended (the Subscriptions sheet; tester61 U114), `a` the last day.
      if (b === 2)
        return a === a
          ? w(lang, "customerCanceledOn", { date: isoDate(a) })
          : w(lang, "customerCanceled", {});
      // 4: a contact's note says so, on day `a`, in the word `c` (店已经关了: fix64b).
      if (b === 4)
        return w(lang, "customerLeftContact", { date: isoDate(a), word: leftNoteWord(c) });
      // 5: the pet of a vet's record of one pet died, a contact's note says (tester65 U203).
      if (b === 5) return w(lang, "petDiedContact", { date: isoDate(a), word: leftNoteWord(c) });
      if (a === a) return w(lang, "customerClosed", { date: isoDate(a) });
      // 3: the Customers sheet's note says so (已搬去成都, Closed for good: tester62 U142).
      if (b === 3) return w(lang, "customerLeftNote", {});
      // The status's word, third (1 + leftStatusWord: 已退费, tester67 U305; 0 a run before it).
      if (b === 0 && c >= 1) return w(lang, "customerLeftStatus", { word: leftStatusText(c - 1) });
      return w(lang, b === 1 ? "customerCompleted" : "customerLeft", {});
    case "typical_of_customers":
      // 3: the customers' share lies in another level than hers: her own figure (tester67 U311).
      if (d === 3) return w(lang, "typicalTogether", { share: probabilityPct(a), days: days(b) });
      return w(lang, d === 1 ? "typicalLearned" : "typicalDefault", {
        share: probabilityPct(d === 1 ? c : a),
        days: days(b),
      });
  }
}

/** What holds a low level down: shown first on its row (only low rows have them; reviewer58 R1). */
const RELIEF = new Set<ChurnReasonCode>([
  "many_purchases",
  "recent_purchase",
  "model_likely_to_buy",
  "high_spend",
  "typical_lowers",
  "visiting",
]);

/** Whether a reason code (CHURN_REASON_CODES index) says what lowers the risk (RELIEF). */
export const isRelief = (code: number): boolean => ACTIONABLE[code] === 2;

/**
 * Reasons a caller can say something about (stop 30, tester stop 29 #1: 39% of the at-risk list
 * opened with "few purchases: N purchase days", which gives a caller nothing to say): late against
 * the customer's own rhythm, a complaint, a low score, falling purchases or spend, no contact, and
 * the plain "last purchase N days ago" (the rhythm reason's form for a customer without a rhythm of
 * their own: 725 of the 20,000-customer sample's 1,766 "few purchases" rows had it second). Not: few
 * purchases, low spend, the model's figures, nor (stop 52) a silence that weighs little and what
 * lowers the risk. 1 per CHURN_REASON_CODES index; 2 what lowers the risk (RELIEF: first on a
 * low row, reviewer58 R1), 0 the others.
 */
const ACTIONABLE = Uint8Array.from(CHURN_REASON_CODES, (code) =>
  RELIEF.has(code)
    ? 2
    : code === "overdue_vs_rhythm" ||
        code === "bought_once" ||
        code === "open_complaints" ||
        code === "late_complaints" ||
        code === "low_satisfaction" ||
        code === "nps_detractor" ||
        code === "falling_frequency" ||
        code === "falling_spend" ||
        code === "shrinking_orders" ||
        code === "said_leaving" ||
        code === "payment_failed" ||
        code === "visits_stopped" ||
        code === "falling_visits" ||
        code === "cancel_scheduled" ||
        code === "canceled_may_return" ||
        code === "missed_appointments" ||
        code === "refunded" ||
        code === "no_recent_contact" ||
        code === "long_since_purchase"
      ? 1
      : 0,
);

/**
 * The order customer i's stored reasons are shown in: what lowers the risk first (a low row's
 * reliefs: its level's side), then the actionable ones (ACTIONABLE), then the others (few purchases, low spend, the model's figures), each group in the
 * scorer's order (strongest first). Display only: the codes, figures and probabilities are the
 * scorer's (churn/score.ts). Calls visit(slot) for each stored slot, in that order.
 *
 * @example shownOrder(analysis.churnReasons.codes, 0, (slot) => console.log(slot)) // 1, 0
 */
export function shownOrder(codes: Int8Array, i: number, visit: (slot: number) => void): void {
  const base = i * MAX_CHURN_REASONS;
  let n = 0;
  while (n < MAX_CHURN_REASONS && codes[base + n] >= 0) n++;
  for (let pass = 2; pass >= 0; pass--)
    for (let s = 0; s < n; s++) if (ACTIONABLE[codes[base + s]] === pass) visit(base + s);
}

/**
 * Visits customer i's stored reasons in the order shown (shownOrder: actionable first, then by
 * strength): the code and a view of its figures (valid during the call). The one reading of the
 * packed arrays that churnReasonsOf and churnReasonsIn share.
 *
 * @example eachReason(analysis, 0, (code, fig) => console.log(code, fig[0]))
 */
export function eachReason(
  analysis: CustomerAnalysis,
  i: number,
  visit: (code: ChurnReasonCode, figures: Float64Array) => void,
): void {
  const { codes, figures } = analysis.churnReasons;
  shownOrder(codes, i, (slot) => {
    const o = slot * REASON_FIGURES;
    visit(CHURN_REASON_CODES[codes[slot]], figures.subarray(o, o + REASON_FIGURES));
  });
}

/**
 * Customer i's reasons as shown (actionable first, then strongest first), with words in both languages.
 *
 * @example churnReasonsOf(analysis, 0)[0]?.code // "overdue_vs_rhythm"
 */
export function churnReasonsOf(analysis: CustomerAnalysis, i: number): ChurnReason[] {
  const out: ChurnReason[] = [];
  eachReason(analysis, i, (code, fig) =>
    out.push({
      code,
      text: {
        "zh-CN": reasonText(code, fig, "zh-CN", analysis.visitsAppointments),
        "en-US": reasonText(code, fig, "en-US", analysis.visitsAppointments),
      },
    }),
  );
  return out;
}

/**
 * Customer i's reasons as shown (actionable first), with words in one language only (the JSON result: half
 * the formatting of churnReasonsOf at a million customers).
 *
 * @example churnReasonsIn(analysis, 0, "en-US")[0]?.text // "Overdue by 40 days against own rhythm (…)"
 */
export function churnReasonsIn(
  analysis: CustomerAnalysis,
  i: number,
  lang: Lang,
): { code: ChurnReasonCode; text: string }[] {
  const out: { code: ChurnReasonCode; text: string }[] = [];
  eachReason(analysis, i, (code, fig) =>
    out.push({ code, text: reasonText(code, fig, lang, analysis.visitsAppointments) }),
  );
  return out;
}

/** One reason's figures at a time (churnReasonsText): read before the next reason is copied in. */
const scratch = new Float64Array(REASON_FIGURES);

/** The reasons put into words, per analysis (its codes array) and language: let go with it. */
const memos = new WeakMap<Int8Array, Partial<Record<Lang, ReasonMemo>>>();

function memoOf(codes: Int8Array, figures: Float64Array, lang: Lang): ReasonMemo {
  let byLang = memos.get(codes);
  if (!byLang) memos.set(codes, (byLang = {}));
  return (byLang[lang] ??= new ReasonMemo(figures));
}

/** One cell's reasons, as made (churnReasonsText): no array per row. */
const shown: string[] = [];

/** The words between a cell's reasons, per language: looked up once, not per row. */
const separators: Partial<Record<Lang, string>> = {};

/**
 * Customer i's reasons in one language, as shown (actionable first), joined for one cell ("" when
 * none). Each distinct reason (code and figures) is put into words once per analysis and
 * language (reasonMemo.ts): the same texts as made afresh.
 *
 * @example churnReasonsText(analysis, 0, "zh-CN") // "超出自身购买周期 40 天（…）；…"
 */
export function churnReasonsText(analysis: CustomerAnalysis, i: number, lang: Lang): string {
  const { codes, figures } = analysis.churnReasons;
  const base = i * MAX_CHURN_REASONS;
  const memo = memoOf(codes, figures, lang);
  let n = 0;
  // Shown order (shownOrder), inlined: three passes over at most three slots, no closure per row.
  for (let pass = 2; pass >= 0; pass--)
    for (let s = 0; s < MAX_CHURN_REASONS; s++) {
      const k = codes[base + s];
      if (k < 0) break;
      if (ACTIONABLE[k] !== pass) continue;
      const o = (base + s) * REASON_FIGURES;
      const e = memo.find(k, base + s);
      let text: string;
      if (e >= 0) text = memo.text(e);
      else {
        // A copy into one scratch array rather than a subarray view per reason.
        for (let f = 0; f < REASON_FIGURES; f++) scratch[f] = figures[o + f];
        text = reasonText(CHURN_REASON_CODES[k], scratch, lang, analysis.visitsAppointments);
        memo.add(k, base + s, text);
      }
      shown[n++] = text;
    }
  // A transaction of theirs not used (a date with no year): said last, with its row (tester56 U26).
  const note = analysis.rowNotUsedNotes?.get(i);
  if (note !== undefined) shown[n++] = note[lang];
  if (n === 0) return "";
  if (n === 1) return shown[0];
  // Joined: one flat string for the sheet writer (format.ts fill), not a rope.
  shown.length = n;
  return shown.join((separators[lang] ??= say(lang, "churnReasons", "separator")));
}
