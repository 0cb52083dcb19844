import { CONTACT_CHANNELS } from "../model";
import { FOLLOW_UP_PRIORITIES, FOLLOW_UP_REASONS } from "../rules/service";
import type { Lang } from "../schema";
import { CATALOGS } from "../words/catalog";

/** Priorities (placement bands), highest first: the index is the rank the schedule places by. */
export { FOLLOW_UP_PRIORITIES };
export type FollowUpPriority = (typeof FOLLOW_UP_PRIORITIES)[number];

/**
 * Why a due contact is not on the schedule: stable codes (their words: words/followUpWords.ts, typed
 * by this list, so a new code needs its words in both languages to compile).
 */
export const UNSCHEDULED_REASONS = [
  "no_marketing_consent",
  "no_free_day_before_deadline",
  "no_free_day_in_horizon",
  "no_owner_available",
  "already_churned",
  // Stop 25: a one-time buyer at high risk outside rules.oneTimeBuyerCallTiers (a campaign list).
  "one_time_buyer_campaign",
  // Stop 29: neither a phone number nor an e-mail address (no message or e-mail can go; a call
  // became a visit, and no visit slot was free).
  "no_contact_details",
  // Stop 54: a retention call not owed: contacted since the customer went late, within the tier's
  // regular contact interval (candidates.ts contactedWhileLate).
  "contacted_while_late",
  // Stop 56: the next contact agreed with the customer (Contacts sheet 下次跟进) is after the horizon:
  // nothing before it (followUp/hold.ts; tester55 U4).
  "next_contact_agreed",
  // tester58 U65: the customer left (status 已搬离, 停用日期: lifecycle/left.ts): listed, not called.
  "customer_left",
  // tester59 U80: the customer asked not to be contacted (备注 别再发推销, a contact's note 不要再联系:
  // followUp/doNotContact.ts): listed once, not called, whatever they are owed.
  "do_not_contact",
  // Stop 61: the contact's channel is one the customer refused (备注 不要再发短信: a birthday
  // message by 微信/短信): not sent by it, nor turned into another (followUp/placement.ts route).
  "channel_refused",
  // tester61 U116: where most customers buy once (overview/oneOff.ts: a renovation), a churned
  // customer who bought once is a past client, not a lost one: no win-back campaign.
  "past_client",
  // tester67 U310: a one-day customer of an occasion order in a business of regulars
  // (aggregate/occasion.ts: a wedding cake at a bakery), churned: a past client, no win-back.
  "occasion_client",
  // newuser62 L4: a marketing contact (a holiday greeting) where the Customers sheet has no consent
  // column at all: not the customer's refusal, a column not given (no_marketing_consent was said).
  "no_consent_column",
  // tester65 U203: the pet of a vet's record of one pet died (a contact's note: lifecycle/left.ts
  // pet_died): listed, not called, said as the pet's death, not the customer's leaving.
  "pet_died",
] as const;
export type UnscheduledReason = (typeof UNSCHEDULED_REASONS)[number];

// The names have no placeholders: looked up directly (these run for every row of the schedule tab).

/** Words for a follow-up reason code. @example followUpReasonText(0, "en-US") // "Retention call (signs of leaving)" */
export function followUpReasonText(reason: number, lang: Lang): string {
  return CATALOGS[lang].followUpReasons[FOLLOW_UP_REASONS[reason]];
}

/** Words for an unscheduled-reason code. @example unscheduledText(0, "zh-CN") // "营销类联系，…" */
export function unscheduledText(why: number, lang: Lang): string {
  return CATALOGS[lang].unscheduledReasons[UNSCHEDULED_REASONS[why]];
}

/** Words for a priority rank. @example priorityText(1, "zh-CN") // "高" */
export function priorityText(priority: number, lang: Lang): string {
  return CATALOGS[lang].priorityNames[FOLLOW_UP_PRIORITIES[priority]];
}

/** Words for a channel index. @example channelText(2, "en-US") // "Visit" */
export function channelText(channel: number, lang: Lang): string {
  const c = CONTACT_CHANNELS[channel];
  return c ? CATALOGS[lang].channelNames[c] : "";
}
