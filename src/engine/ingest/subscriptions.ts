import type { Dataset, Subscriptions } from "../model";
import { SUBSCRIPTION_CANCELED_WORDS, SUBSCRIPTION_ENDED_WORDS } from "../optionWords";
import { isBlank } from "../cells";
import { CustomerIndex, f64, i32, i8, joinCustomer, type TableBuilder } from "./builders";
import { mayComeBack, saysLeft } from "./contactOutcome";
import { readFlag } from "./options";
import type { RowReader } from "./rowReader";
import { rowKindKey } from "./rowKinds";
import { parseIsoDate } from "../parse/date";

/**
 * A subscriptions export (Stripe's Subscriptions, a studio's 会员订阅; tester61 U114), one row per
 * subscription: its customer, status, whether it is set to cancel at the period's end, that end and
 * the day it was canceled. A scheduled cancellation is a customer saying she is leaving (the churn
 * reason cancel_scheduled, a retention call before the period ends); every subscription of a
 * customer ended is a customer who left (lifecycle/left.ts); a live one's status (past_due, paused)
 * is the customer's where the Customers sheet gives none.
 */
export class SubscriptionsBuilder implements TableBuilder<Subscriptions> {
  private readonly customer = i32();
  private readonly status: string[] = [];
  private readonly cancel = i8();
  private readonly periodEnd = f64();
  private readonly canceledAt = f64();
  private readonly cancelReason: string[] = [];
  private readonly pausedUntil = f64();
  private readonly sourceRow = i32();
  private paidColumns = false;

  constructor(private readonly index: CustomerIndex) {}

  add(r: RowReader): boolean {
    const customer = joinCustomer(r, this.index);
    if (customer < 0) return false;
    let cancel = -1;
    if (r.has("cancelAtPeriodEnd") && !isBlank(r.cell("cancelAtPeriodEnd"))) {
      cancel = readFlag(r.cell("cancelAtPeriodEnd"));
      if (Number.isNaN(cancel)) {
        r.report("unparseable_optional", "cancelAtPeriodEnd", r.cell("cancelAtPeriodEnd"));
        cancel = -1;
      }
    }
    // Dates of a plan (the period's end) are after the analysis date by nature: no finding.
    const end = r.has("periodEnd") ? r.date("periodEnd", false) : NaN;
    const canceled = r.has("canceledAt") ? r.date("canceledAt", false) : NaN;
    this.paidColumns ||= r.has("periodEnd") || r.has("product") || r.has("amount");
    this.customer.push(customer);
    this.status.push(r.has("status") ? r.ownText("status") : "");
    this.cancel.push(cancel);
    this.periodEnd.push(Math.floor(end));
    this.canceledAt.push(Math.floor(canceled));
    // Recharge writes a reason and the customer's comments beside it: read as one text.
    const why = (["cancelReason", "cancelComment"] as const)
      .map((f) => (r.has(f) ? r.ownText(f).trim() : ""))
      .filter((t) => t !== "");
    this.cancelReason.push(why.join("; "));
    this.pausedUntil.push(pausedUntil(r));
    this.sourceRow.push(r.rowNumber);
    return true;
  }

  build(): Subscriptions {
    return {
      count: this.customer.length,
      customer: this.customer.toArray(),
      status: this.status,
      cancelAtPeriodEnd: this.cancel.toArray(),
      periodEnd: this.periodEnd.toArray(),
      canceledAt: this.canceledAt.toArray(),
      cancelReason: this.cancelReason,
      pausedUntil: this.pausedUntil.toArray(),
      paidColumns: this.paidColumns,
      sourceRow: this.sourceRow.toArray(),
    };
  }
}

/** What a Pause Collection cell writes of a subscription not paused. */
const NOT_PAUSED: ReadonlySet<string> = new Set([
  "",
  "false",
  "no",
  "none",
  "null",
  "0",
  "-",
  "否",
  "无",
]);

/**
 * Subscription row r's payments paused (Stripe's Pause Collection: its behavior, keep_as_draft,
 * void, mark_uncollectible, or a cell such as "resumes 2027-01-01"): the day they resume (the
 * Resumes At column, else a date written in the cell), Infinity with none; NaN not paused.
 */
function pausedUntil(r: RowReader): number {
  const said = r.has("pauseCollection") ? r.ownText("pauseCollection").trim() : "";
  let day = r.has("pauseResumesAt") ? Math.floor(r.date("pauseResumesAt", false)) : NaN;
  const written = /\d{4}-\d{1,2}-\d{1,2}/.exec(said);
  if (day !== day && written) day = Math.floor(parseIsoDate(written[0]));
  if (day === day) return day;
  return NOT_PAUSED.has(said.toLowerCase()) ? NaN : Infinity;
}

const ENDED: ReadonlySet<string> = new Set(SUBSCRIPTION_ENDED_WORDS.map((w) => rowKindKey(w)));

/** Whether subscription i had ended by `asOf`: its status says so, or it was canceled then. */
function ended(s: Subscriptions, i: number, asOf: number): boolean {
  const status = s.status[i];
  if (status !== "") return saysLeft(status) || ENDED.has(rowKindKey(status));
  // No status: canceled on or before the analysis date, unless it runs to a later period end.
  const scheduled = s.cancelAtPeriodEnd[i] === 1 && s.periodEnd[i] > asOf;
  return s.canceledAt[i] <= asOf && !scheduled;
}

/**
 * How many days after a cancellation whose reason leaves the door open she is called to win her
 * back (tester63 U163): two monthly charges missed. A box or club ships monthly; after two missed
 * boxes the habit has moved elsewhere and the customer's own words ("might come back") are old,
 * so an older one is read as the cancellation it is (left). No data set measured it.
 */
export const WIN_BACK_CANCEL_DAYS = 60;

/** Whether subscription i was canceled within WIN_BACK_CANCEL_DAYS for a reason leaving the door open. */
function canceledMayReturn(s: Subscriptions, i: number, asOf: number): boolean {
  const day = s.canceledAt[i];
  const why = s.cancelReason?.[i] ?? "";
  return why !== "" && day <= asOf && asOf - day <= WIN_BACK_CANCEL_DAYS && mayComeBack(why);
}

/**
 * Per customer, what the subscriptions say at `asOf` (tester61 U114): `cancelDay`, the period end
 * of a live subscription set to cancel then (NaN none; Infinity when no end is written), when the
 * customer has no other live subscription that renews; `endedDay`, for a customer whose every
 * subscription had ended, the latest day one was canceled (−Infinity when none is written; NaN
 * not ended); `endedAfter`, for such a customer the day after which a purchase says she stayed
 * (the day canceled, else the period's end: −Infinity neither written; reviewer62 R10);
 * `liveStatus`, the status of a live subscription ("" none); `winBackDay`, the day a subscription was
 * canceled within WIN_BACK_CANCEL_DAYS for a reason leaving the door open (mayComeBack), when no
 * other is live (NaN none): not left, an urgent win-back call (tester63 U163); `winBackReason`,
 * that reason ("" none); `pausedUntil`, for a customer whose live subscriptions all have their
 * payments paused (Pause Collection), the day the first resumes (Infinity none written; NaN not
 * paused, or resumed by `asOf`).
 */
export interface SubscriptionState {
  pausedUntil: Float64Array;
  cancelDay: Float64Array;
  winBackDay: Float64Array;
  winBackReason: string[];
  endedDay: Float64Array;
  endedAfter: Float64Array;
  liveStatus: string[];
}

const CANCELED: ReadonlySet<string> = new Set(
  SUBSCRIPTION_CANCELED_WORDS.map((w) => rowKindKey(w)),
);

/**
 * Whether a row gives a period: its end or a cancel-at-period-end flag, or a subscription canceled
 * on a day written (Recharge's CANCELLED with its cancelled_at, its next charge blank: tester63
 * U163) on a sheet with a column of what is paid for (a next charge, a plan, a price). A 订阅
 * sheet with none (订阅内容 短信优惠通知, 订阅状态 已退订: a list of marketing opt-ins, reviewer62
 * R10; an English newsletter list's Cancelled with its Cancelled At, reviewer63 R6) says nothing
 * of what the customer buys, and is not read as subscriptions.
 */
function hasPeriods(s: Subscriptions): boolean {
  for (let i = 0; i < s.count; i++) {
    if (s.periodEnd[i] === s.periodEnd[i] || s.cancelAtPeriodEnd[i] >= 0) return true;
    if (!s.paidColumns) continue;
    if (s.canceledAt[i] === s.canceledAt[i] && CANCELED.has(rowKindKey(s.status[i]))) return true;
  }
  return false;
}

const MEMO = new WeakMap<Subscriptions, { asOf: number; out: SubscriptionState }>();

/**
 * What each customer's subscriptions say at `asOf` (SubscriptionState), once per table and date.
 *
 * @example subscriptionState(dataset, asOf)?.cancelDay[c] // epochDay(2026, 12, 15): Kate cancels then
 */
export function subscriptionState(
  dataset: Pick<Dataset, "customers" | "subscriptions">,
  asOf: number,
): SubscriptionState | null {
  const s = dataset.subscriptions;
  if (!s || !hasPeriods(s)) return null;
  const memo = MEMO.get(s);
  if (memo && memo.asOf === asOf) return memo.out;
  const n = dataset.customers.count;
  const out: SubscriptionState = {
    cancelDay: new Float64Array(n).fill(NaN),
    winBackDay: new Float64Array(n).fill(NaN),
    winBackReason: new Array<string>(n).fill(""),
    endedDay: new Float64Array(n).fill(NaN),
    endedAfter: new Float64Array(n).fill(NaN),
    liveStatus: new Array<string>(n).fill(""),
    pausedUntil: new Float64Array(n).fill(NaN),
  };
  // Per customer: a live subscription whose payments are collected (not paused, or resumed).
  const collecting = new Uint8Array(n);
  // Per customer: live subscriptions not set to cancel, and whether any is live at all.
  const renewing = new Uint8Array(n);
  const live = new Uint8Array(n);
  const any = new Uint8Array(n);
  for (let i = 0; i < s.count; i++) {
    const c = s.customer[i];
    any[c] = 1;
    if (ended(s, i, asOf) && canceledMayReturn(s, i, asOf)) {
      if (!(out.winBackDay[c] >= s.canceledAt[i])) {
        out.winBackDay[c] = s.canceledAt[i];
        out.winBackReason[c] = s.cancelReason[i];
      }
      continue;
    }
    if (ended(s, i, asOf)) {
      const day = s.canceledAt[i];
      const known = day === day ? day : -Infinity;
      if (!(out.endedDay[c] >= known)) out.endedDay[c] = known;
      const end = s.periodEnd[i];
      const after = day === day ? day : end === end ? end : -Infinity;
      if (!(out.endedAfter[c] >= after)) out.endedAfter[c] = after;
      continue;
    }
    live[c] = 1;
    if (out.liveStatus[c] === "") out.liveStatus[c] = s.status[i];
    const resumes = s.pausedUntil?.[i] ?? NaN;
    if (resumes > asOf) {
      if (!(out.pausedUntil[c] <= resumes)) out.pausedUntil[c] = resumes;
    } else collecting[c] = 1;
    if (s.cancelAtPeriodEnd[i] === 1) {
      const end = s.periodEnd[i];
      const day = end === end ? end : Infinity;
      if (!(out.cancelDay[c] >= day)) out.cancelDay[c] = day;
    } else renewing[c] = 1;
  }
  for (let c = 0; c < n; c++) {
    if (live[c] === 1) {
      out.winBackDay[c] = NaN;
      out.winBackReason[c] = "";
    }
    // A door left open on one subscription: not a customer who left.
    const open = out.winBackDay[c] === out.winBackDay[c];
    if (live[c] === 1 || any[c] === 0 || open) out.endedDay[c] = out.endedAfter[c] = NaN;
    if (renewing[c] === 1) out.cancelDay[c] = NaN;
    if (collecting[c] === 1) out.pausedUntil[c] = NaN;
  }
  MEMO.set(s, { asOf, out });
  return out;
}

/**
 * Gives a customer with no status of her own on the Customers sheet the status of her live
 * subscription (past_due, paused: ingest/paymentFailed.ts and followUp/hold.ts read it there), as
 * the Customers sheet's would be read. Run once, after the inputs are read.
 */
export function subscriptionStatuses(dataset: Dataset): void {
  const state = subscriptionState(dataset, dataset.asOf);
  if (!state) return;
  const customers = dataset.customers;
  let status = customers.status;
  for (let c = 0; c < customers.count; c++) {
    const own = status?.[c] ?? "";
    const sub = state.liveStatus[c];
    if (own.trim() !== "" || sub === "") continue;
    status ??= customers.status = new Array<string>(customers.count).fill("");
    status[c] = sub;
  }
}
