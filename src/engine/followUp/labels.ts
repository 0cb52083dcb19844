import { CONTACT_CHANNELS } from "../model";
import { FOLLOW_UP_PRIORITIES, FOLLOW_UP_REASONS, type FollowUpReason } from "../rules/service";
import type { ContactChannel, Lang } from "../schema";

/** Priorities (placement bands), highest first: the index is the rank the schedule places by. */
export { FOLLOW_UP_PRIORITIES };
export type FollowUpPriority = (typeof FOLLOW_UP_PRIORITIES)[number];

/** Why a due contact is not on the schedule: stable codes. */
export const UNSCHEDULED_REASONS = [
  "no_marketing_consent",
  "no_free_day_before_deadline",
  "no_free_day_in_horizon",
  "no_owner_available",
  "already_churned",
] as const;
export type UnscheduledReason = (typeof UNSCHEDULED_REASONS)[number];

type Words = Record<Lang, string>;

const REASON_WORDS: Record<FollowUpReason, Words> = {
  win_back: { "zh-CN": "挽回联系（高流失风险）", "en-US": "Win-back (high churn risk)" },
  complaint_follow_up: {
    "zh-CN": "投诉解决后回访",
    "en-US": "Follow-up after a resolved complaint",
  },
  onboarding: { "zh-CN": "新客户首周回访", "en-US": "Onboarding call (first week)" },
  cadence: { "zh-CN": "定期回访", "en-US": "Regular contact" },
  birthday_care: { "zh-CN": "生日关怀", "en-US": "Birthday care" },
  holiday_care: { "zh-CN": "节日关怀", "en-US": "Holiday care" },
  moved_wrong_way: {
    "zh-CN": "较上次运行分类下滑",
    "en-US": "Moved the wrong way since the previous run",
  },
};

const UNSCHEDULED_WORDS: Record<UnscheduledReason, Words> = {
  no_marketing_consent: {
    "zh-CN": "营销类联系，客户未同意营销联系",
    "en-US": "Marketing contact; the customer has not consented",
  },
  // Only care contacts can end here now (they cannot be late: the occasion has passed); kept as a code.
  no_free_day_before_deadline: {
    "zh-CN": "节日或生日前负责人的名额已满",
    "en-US": "The owner's days are full before the occasion",
  },
  no_free_day_in_horizon: {
    "zh-CN": "计划期内负责人每日名额已满",
    "en-US": "The owner's days are full for the rest of the horizon",
  },
  no_owner_available: {
    "zh-CN": "没有可分配的负责人（均标记为缺席）",
    "en-US": "No owner available (all marked absent)",
  },
  already_churned: {
    "zh-CN": "已流失（超过流失天数未购买）：建议纳入批量挽回活动，不逐一安排电话",
    "en-US":
      "Already churned (no purchase for the churn period): include in a win-back campaign rather than a call each",
  },
};

const PRIORITY_WORDS: Record<FollowUpPriority, Words> = {
  urgent: { "zh-CN": "紧急", "en-US": "Urgent" },
  high: { "zh-CN": "高", "en-US": "High" },
  medium: { "zh-CN": "中", "en-US": "Medium" },
  low: { "zh-CN": "低", "en-US": "Low" },
};

const CHANNEL_WORDS: Record<ContactChannel, Words> = {
  phone: { "zh-CN": "电话", "en-US": "Phone" },
  email: { "zh-CN": "邮件", "en-US": "E-mail" },
  visit: { "zh-CN": "拜访", "en-US": "Visit" },
  online: { "zh-CN": "在线（微信/短信）", "en-US": "Online (chat/SMS)" },
};

/** Words for a follow-up reason code. @example followUpReasonText(0, "en-US") // "Win-back (high churn risk)" */
export function followUpReasonText(reason: number, lang: Lang): string {
  return REASON_WORDS[FOLLOW_UP_REASONS[reason]][lang];
}

/** Words for an unscheduled-reason code. @example unscheduledText(0, "zh-CN") // "营销类联系，…" */
export function unscheduledText(why: number, lang: Lang): string {
  return UNSCHEDULED_WORDS[UNSCHEDULED_REASONS[why]][lang];
}

/** Words for a priority rank. @example priorityText(1, "zh-CN") // "高" */
export function priorityText(priority: number, lang: Lang): string {
  return PRIORITY_WORDS[FOLLOW_UP_PRIORITIES[priority]][lang];
}

/** Words for a channel index. @example channelText(2, "en-US") // "Visit" */
export function channelText(channel: number, lang: Lang): string {
  const c = CONTACT_CHANNELS[channel];
  return c ? CHANNEL_WORDS[c][lang] : "";
}
