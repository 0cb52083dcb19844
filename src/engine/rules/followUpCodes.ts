import { LEVELS } from "../analysis";

/**
 * The follow-up codes, without zod: what the JSON worker and the follow-up tab need from the service
 * rules (service.ts re-exports them beside the schemas that use them). A worker bundle that imported
 * them from service.ts loaded zod too: ~0.1 CPU-s of every worker start for nothing.
 */

/** Follow-up priorities, most urgent first: "urgent", then the three-step scale. */
export const FOLLOW_UP_PRIORITIES = ["urgent", ...LEVELS] as const;

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
  // Stop 25: a key account's regular contact overdue by more than keyAccountOverdueDays, ranked
  // with the urgent calls (followUp/candidates.ts cadenceCandidates).
  "key_account_overdue",
] as const;
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number];
