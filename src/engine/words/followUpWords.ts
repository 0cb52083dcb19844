import type { ContactChannel } from "../schema";
import type { FollowUpReason } from "../rules/service";
import type { FollowUpPriority, UnscheduledReason } from "../followUp/labels";

/**
 * Words of the follow-up schedule (issue 10): the names of its codes (reasons, unscheduled reasons,
 * priorities, channels; followUp/labels.ts arranges them), the Follow-up schedule tab's column
 * headers and cells (report/followUpTab.ts), its blocks on the Overview (report/scheduleOverview.ts)
 * and the talking points (followUp/talkingPoints.ts). Registered as sections `followUpReasons`,
 * `unscheduledReasons`, `priorityNames`, `channelNames`, `followUpColumns`, `followUpTab`,
 * `scheduleOverview` and `talkingPoints` in en-US.ts and zh-CN.ts. The code names are typed by the
 * code lists, so a code without a name fails to compile. The schedule's own messages (summary
 * lines, warnings) are in the `followUp` section of en-US.ts / zh-CN.ts.
 */

export const FOLLOW_UP_REASONS_EN: Record<FollowUpReason, string> = {
  win_back: "Retention call (signs of leaving)",
  complaint_follow_up: "Follow-up after a resolved complaint",
  onboarding: "Onboarding call (new customer)",
  cadence: "Regular contact",
  birthday_care: "Birthday care",
  holiday_care: "Holiday care",
  moved_wrong_way: "Moved the wrong way since the previous run",
  key_account_overdue: "Key account: regular contact overdue",
};
export const FOLLOW_UP_REASONS_ZH: Record<FollowUpReason, string> = {
  win_back: "挽留联系（有流失迹象）",
  complaint_follow_up: "投诉解决后回访",
  onboarding: "新客户回访",
  cadence: "定期回访",
  birthday_care: "生日关怀",
  holiday_care: "节日关怀",
  moved_wrong_way: "较上次运行分类下滑",
  key_account_overdue: "重点客户定期回访已逾期",
};

export const UNSCHEDULED_REASONS_EN: Record<UnscheduledReason, string> = {
  no_marketing_consent: "Marketing contact; the customer has not consented",
  // Only care contacts can end here now (they cannot be late: the occasion has passed).
  no_free_day_before_deadline: "The owner's days are full before the occasion",
  no_free_day_in_horizon: "The owner's days are full for the rest of the horizon",
  no_owner_available: "No owner available (all marked absent)",
  one_time_buyer_campaign:
    "Bought once, high risk, value tier not among those the rules call one by one: for a retention campaign (e-mail or message to all of them) rather than a call each, and instead of their regular contact and of a call for moving the wrong way since the last run (the row names the movement); the value is the value at stake (probability × 12-month spend)",
  already_churned:
    "Already churned (no purchase for the churn period): for a win-back campaign rather than a call each; the value is the lifetime spend (what was lost); the list holds the biggest lost accounts, up to the high value tier's share of the value lost",
  no_contact_details:
    "No phone number and no e-mail address on the Customers sheet: no call, e-mail or message can go, and no visit can be arranged; ask the owner for the contact details and add them",
  contacted_while_late:
    "Contacted since the customer went late against their purchase rhythm (the planned-from date is that contact): no retention call yet; the regular contact counts from that contact, and a customer who has not bought by the due date (one regular contact interval after it) is owed the retention call again",
  next_contact_agreed:
    "The next contact agreed with the customer (Contacts sheet, next follow-up date; the planned-from date is that contact) is after this plan: no call before it; on that date the customer is called as agreed",
  customer_left:
    "The customer has left (the Customers sheet's status or note says moved away, referred elsewhere, transferred, closed…, or a contact note since the last purchase says so, or its closed date has passed, or every subscription of theirs on the Subscriptions sheet was canceled or ended): no contact, neither a win-back call nor a regular one; the value is the lifetime spend",
  do_not_contact:
    "The customer asked not to be contacted (the Customers sheet's note or status, or a note on the Contacts sheet: do not call, stop calling…): no contact of any kind; their churn figures stand",
  channel_refused:
    "The customer refused this channel (the Customers sheet's note or status, or a note on the Contacts sheet: stop texting, no more emails…): nothing is sent by it, nor by another channel instead; calls and visits still go",
  past_client:
    "A past client: most customers here buy once (a renovation, a wedding…), and this one bought once, over the churn period ago; not lost, so not for the win-back campaign. A thank-you or a request for referrals (老客户关怀) when the owner sees fit; the value is the lifetime spend",
  occasion_client:
    "An occasion order: this customer bought once, an order many times a usual one (a wedding, an event), over the churn period ago, where customers mostly buy again and again; not lost, so not for the win-back campaign. A thank-you or a word about the next occasion when the owner sees fit; the value is the lifetime spend",
  no_consent_column:
    "Marketing contact (a holiday or birthday greeting): greetings need the customer's consent, and the Customers sheet has no marketing-consent column, so none is sent. Nothing is wrong with the data: to send them, add a column “Marketing consent” (yes / no) to the Customers sheet and run again",
  pet_died:
    "The pet of this record has died (a contact note on a vet's record of one pet says so): no contact about it, neither a win-back call nor a regular one; the owner's other pets' records are planned as usual; the value is the lifetime spend",
};
export const UNSCHEDULED_REASONS_ZH: Record<UnscheduledReason, string> = {
  no_marketing_consent: "营销类联系，客户未同意营销联系",
  no_free_day_before_deadline: "节日或生日前负责人的名额已满",
  no_free_day_in_horizon: "计划期内负责人每日名额已满",
  no_owner_available: "没有可分配的负责人（均标记为缺席）",
  one_time_buyer_campaign:
    "只购买过一次、流失风险高、价值层级不在规则设定的电话挽留范围内：建议纳入挽留活动（批量短信或邮件），不逐一安排电话，也不再另排定期回访或因较上次运行分类下滑的电话（下滑写在本行）；金额为风险金额（流失概率 × 近 12 个月消费）",
  already_churned:
    "已流失（超过流失天数未购买）：建议纳入批量挽回活动，不逐一安排电话；金额为累计消费（流失的价值）；名单只列流失价值最大的客户，合计达到高价值层级的收入占比为止",
  no_contact_details:
    "客户表中既无电话也无邮箱：无法致电或发送邮件、消息，也无法预约拜访；请向负责人索取联系方式并补全",
  contacted_while_late:
    "客户逾期未购后已有联系记录（计划依据日期即该次联系）：暂不安排挽留联系，定期回访从该次联系起算；到应回访日期（该次联系后一个定期回访周期）仍未购买的，重新安排挽留联系",
  next_contact_agreed:
    "跟进记录中与客户约定的下次联系日期（计划依据日期即该次联系）在本计划期之后：此前不安排联系，到期按约定联系",
  customer_left:
    "客户已离开（客户表的状态或备注写着已搬离、已转诊、已转让、已注销等，或最后一次购买之后的跟进记录写明已离开，或停用日期已过，或订阅表上其订阅均已取消或到期）：不安排任何联系，既不挽回也不定期回访；金额为累计消费",
  do_not_contact:
    "客户要求勿联系（客户表的备注或状态、或跟进记录中写着不要再联系、别再打电话等）：不安排任何联系；流失风险照常计算",
  channel_refused:
    "客户拒收此渠道（客户表的备注或状态、或跟进记录中写着不要再发短信、别再发邮件等）：不通过此渠道发送，也不改用其他渠道；电话和拜访照常",
  past_client:
    "老客户：本店客户大多只购买一次（如装修、婚庆），此客户只购买过一次，已超过流失天数；这不是流失，不纳入挽回活动。可酌情做老客户关怀或请其转介绍；金额为累计消费",
  occasion_client:
    "场合订单：此客户只购买过一次，金额是一般订单的许多倍（如婚宴、活动），已超过流失天数，而本店客户大多反复购买；这不是流失，不纳入挽回活动。可酌情致谢或问及下次的场合；金额为累计消费",
  no_consent_column:
    "营销类联系（节日或生日问候）：问候需客户同意营销联系，而客户表没有“同意营销联系”列，因此不发送。这不是数据有误：如需发送，请在客户表加一列“同意营销联系”（是/否）后重新运行",
  pet_died:
    "本病历的宠物已去世（按宠物建档的病历，跟进记录写明）：不再为它安排任何联系，既不挽回也不定期回访；主人其他宠物的病历照常安排；金额为累计消费",
};

export const PRIORITY_NAMES_EN: Record<FollowUpPriority, string> = {
  urgent: "Urgent",
  high: "High",
  medium: "Medium",
  low: "Low",
};
export const PRIORITY_NAMES_ZH: Record<FollowUpPriority, string> = {
  urgent: "紧急",
  high: "高",
  medium: "中",
  low: "低",
};

export const CHANNEL_NAMES_EN: Record<ContactChannel, string> = {
  phone: "Phone",
  email: "E-mail",
  visit: "Visit",
  online: "Online (chat/SMS)",
};
export const CHANNEL_NAMES_ZH: Record<ContactChannel, string> = {
  phone: "电话",
  email: "邮件",
  visit: "拜访",
  online: "在线（微信/短信）",
};

/** The Follow-up schedule tab's headers, by column key (the note's header: followUp.noteHeader). */
export const FOLLOW_UP_COLUMNS_EN = {
  followUpDate: "Follow-up date",
  owner: "Owner",
  customerId: "Customer ID",
  customerName: "Customer name",
  reason: "Reason",
  channel: "Channel",
  priority: "Priority",
  dueDate: "Due date",
  overdueDays: "Days overdue",
  plannedFrom: "Planned from",
  status: "Status",
  phone: "Phone",
  email: "E-mail",
  valueTier: "Value tier",
  valueAtStake: "Value at stake",
  lastPurchase: "Last purchase",
  churnProbability: "Churn probability",
  churnReasons: "Churn risk reasons",
  talkingPoint: "Talking point",
};
export const FOLLOW_UP_COLUMNS_ZH: Record<keyof typeof FOLLOW_UP_COLUMNS_EN, string> = {
  followUpDate: "回访日期",
  owner: "负责人",
  customerId: "客户编号",
  customerName: "客户名称",
  reason: "回访原因",
  channel: "联系方式",
  priority: "优先级",
  dueDate: "应回访日期",
  overdueDays: "逾期天数",
  plannedFrom: "计划依据日期",
  status: "状态",
  phone: "电话",
  email: "邮箱",
  valueTier: "价值层级",
  valueAtStake: "涉及金额",
  lastPurchase: "最近购买",
  churnProbability: "流失概率",
  churnReasons: "流失风险原因",
  talkingPoint: "沟通要点",
};

/** The Follow-up schedule tab's cells: status, note, and the separator between merged reasons. */
export const FOLLOW_UP_TAB_EN = {
  planned: "Planned",
  unscheduled: "Not scheduled",
  rotated: "Owner assigned in rotation",
  /**
   * The note of a contact planned after its due day: the days overdue column's figure, counted to
   * the follow-up date, not to the analysis date (tester51 R4: "逾期 35" on a row due 24 days
   * before the analysis date read as a second, different count).
   */
  overdue: "{days} {days|day|days} overdue by the follow-up date",
  /**
   * A first plan's contact due before the analysis date (FollowUpList.firstPlan; tester68 U407):
   * due now, never planned before, not overdue.
   */
  firstPlan: "Due now (first plan: due since {date}, never planned before)",
  /** A late welcome call with no call slot left in the horizon, sent by {channel} (stop 28). */
  instead: "No call slot left in the horizon: by {channel} instead",
  /** A call or message to a customer with no phone number: by e-mail (stop 29). */
  insteadNoPhone: "No phone number: by {channel} instead",
  /** A call to a customer with neither a phone number nor an e-mail address: a visit (stop 29). */
  insteadNoDetails: "No phone number or e-mail address: a visit instead",
  /** An e-mail to a customer with no address: by message (stop 29). */
  insteadNoEmail: "No e-mail address: by {channel} instead",
  /**
   * A contact to a customer who asked not to be called but reached by one channel (Do not call -
   * email only, 不要打电话，发微信: reviewer62 R3): by that channel (placement.ts ASKED_CHANNEL).
   */
  insteadAsked: "The customer asked not to be called: by {channel} only",
  /** Between the notes of one row, and between the reasons one contact covers. */
  separator: "; ",
  /**
   * An e-mail contact's talking point starts with the address, on a line of its own (the printed
   * call sheet, A:I, has the phone but not the E-mail column).
   */
  sendTo: "E-mail: {email}",
  /** An e-mail contact of a customer without an address on the Customers sheet. */
  noEmail: "No e-mail address",
  /** A visit to a customer with neither a phone number nor an e-mail address (stop 29). */
  noDetails: "No phone number or e-mail address",
  /**
   * An unscheduled row's talking point starts with this line (the At-risk tab's short reason,
   * {why}): the printed call sheet says the row is not scheduled there, its date cell blank
   * (tester44 #9: 未安排 in the date column met a date filter; stop 33 tester #3: the status
   * column did not print; since stop 47 it prints on the page beside the call sheet, which a
   * caller may leave unprinted). {label}: the unscheduled status.
   */
  unscheduledWhy: "{label}: {why}",
  /**
   * A row kept for what a user typed on a customer's row that this refresh has no row for
   * (followUp/typedNotes.ts), in a block after the planned rows: its reason cell ({label}: the
   * customer is off the schedule, has fewer contacts on it than before, or the call is gone). The
   * date cell is blank (reviewer44 D12: the label printed on the call sheet like a contact's date).
   */
  offSchedule: "Off the schedule",
  /**
   * The label of a kept row whose call had been planned for a date ({date}, YYYY-MM-DD): a later
   * refresh reads it back to age the kept status (typedNotes.ts KEPT_STATUS_DAYS; tester45 #3).
   */
  offPlanned: "{label} (planned for {date})",
  offSince: "{label} (kept since {date})",
  offCustomer: "{label}: the customer is not on this schedule",
  offContact: "{label}: fewer calls planned than before",
  /**
   * A typed status whose call is not on this schedule (reviewer44 D3): a contact is recorded since
   * (the call was made), or the customer's open call carries another typed status. One short line
   * (tester51 R1: 14 lines in the narrow reason column); README says the rest.
   */
  offCall: "{label}: this call is no longer planned",
  /** A kept row moved to the customer's owner now: {why}, then the earlier owner (tester51 R3). */
  offOwner: "{why} (typed under {owner})",
  /**
   * A kept row's reason cell: why it is kept ({why}: offCustomer, offContact or offCall), then the
   * reason of the follow-up it was typed on, on a line of its own (tester46 L2: the kept row's
   * reason replaced it, so 客户拒接 no longer said which call it was about). A later refresh reads
   * {reason} back from after the line's words.
   */
  offReason: "{why}\nOriginal reason: {reason}",
  /**
   * The reason of the contact agreed with the customer on the Contacts sheet (下次跟进), quoting
   * what was noted then (followUp/hold.ts; tester55 U4).
   */
  agreed: "As agreed, contact again on {date}: {note}",
  agreedNoNote: "As agreed, contact again on {date}",
  /**
   * The reason of the contact of a customer who asked, in a contact's note of {date}, to be called
   * in a month ({monthName}: Mar, 3月; {year}) or from a day
   * ({from}), quoting the note (followUp/hold.ts, noteTime.ts; reviewer63 R9): no call before it.
   */
  putOffMonth: "Asked to be called in {monthName} {year} (note of {date}): {note}",
  putOffMonthNoNote: "Asked to be called in {monthName} {year} (note of {date})",
  putOffDay: "Asked to be called from {from} (note of {date}): {note}",
  putOffDayNoNote: "Asked to be called from {from} (note of {date})",
  /**
   * The contact of a customer put off by her Customers note (备注, which has no day of its own:
   * followUp/hold.ts customerNoteTimes; tester64 U185), {when} the day or the month (monthOfYear)
   * it names, quoting the note; `pausedUntil` when her status says a pause ({status}: 冻结, On
   * hold), the note saying until when: one contact then, none before.
   */
  ownNotePutOff: "Customer note: contact from {when} (“{note}”)",
  ownNotePutOffNoNote: "Customer note: contact from {when}",
  pausedUntil:
    "Customer status “{status}” until {when} (customer note: {note}): contact then (no retention call)",
  pausedUntilNoNote:
    "Customer status “{status}” until {when} (customer note): contact then (no retention call)",
  /** Newuser70 N6: the status writes its end itself (冻结到2026-12-31, On hold until 2027-01-15). */
  pausedUntilStatus: "Customer status “{status}”: contact on {when} (no retention call)",
  /** A month a note names, with its year ({monthName}: Mar, 3月). */
  monthOfYear: "{monthName} {year}",
  /**
   * The reason of the one contact after a bereavement's pause (a contact note saying a death in the
   * customer's family, followUp/hold.ts; rule bereavementPauseDays), quoting the note.
   */
  bereaved: "Bereavement: no contact until {date} (“{note}”)",
  bereavedNoNote: "Bereavement: no contact until {date}",
  /**
   * The one contact after the pause for the owner's death on a vet's record of one pet (主人去世了:
   * followUp/hold.ts ownerDied; fix67e): the family, gently, once; no win-back, no regular contact.
   */
  ownerDied:
    "Owner died: no contact until {date}, then one call to the family, to offer condolences and ask whether they keep the pet (no win-back, no regular check-ins) (“{note}”)",
  ownerDiedNoNote:
    "Owner died: no contact until {date}, then one call to the family, to offer condolences and ask whether they keep the pet (no win-back, no regular check-ins)",
  /**
   * A bereavement's pause whose note names a pet ({pet}) found on none of this owner's records
   * (followUp/hold.ts Holds.otherPet; fix67e): no record ended, to be checked.
   */
  petNotFound:
    "Bereavement: no contact until {date} (“{note}”); “{pet}” is on none of this owner's records, check which record is the pet's (no record was ended)",
  petNotFoundNoNote:
    "Bereavement: no contact until {date}; “{pet}” is on none of this owner's records, check which record is the pet's (no record was ended)",
  /**
   * The reason of the one contact after a pause for a baby (a contact note saying she is expecting,
   * in confinement or nursing: followUp/hold.ts; rule maternityPauseDays; tester65 U202), quoting
   * the note.
   */
  maternity: "Expecting or a new baby: no contact until {date} (“{note}”)",
  maternityNoNote: "Expecting or a new baby: no contact until {date}",
  /** The regular contact of a customer whose status says paused (装修暂停, On hold): no urgent call. */
  paused:
    "Customer status “{status}”: regular check-in to ask when they resume (no retention call)",
  /**
   * The regular contact of a customer on leave: her visits log says so (请假, Excused) since {date},
   * her first such row after her last visit (followUp/hold.ts onLeave): no urgent call.
   */
  onLeave:
    "On leave since {date} (visits log): regular check-in to ask when they return (no retention call)",
  /**
   * The regular contact of a customer on credit hold (CREDIT_HOLD_WORDS in the status, the note or
   * the latest contact note, {note} it quoted; followUp/hold.ts; tester62 U148): an account check,
   * no sale pushed.
   */
  creditHold: "On credit hold (“{note}”): an account check, not a sales call (no retention call)",
  creditHoldNoNote: "On credit hold: an account check, not a sales call (no retention call)",
  /**
   * The contact of a customer whose subscription's payments are paused (Stripe's Pause Collection;
   * followUp/hold.ts): on the day they resume {date}, or the regular check-in with none written.
   */
  paymentsPaused:
    "Subscription payments resume on {date} (Pause Collection): check in as they resume (no retention call)",
  paymentsPausedNoDate:
    "Subscription payments paused (Pause Collection): regular check-in to ask when they resume (no retention call)",
  /**
   * The retention call or regular contact of a customer booked for {date} (已预约 on the
   * appointments sheet: followUp/hold.ts bookedText; tester63 U168): planned after it.
   */
  booked: "Booked for {date}: contact only if they did not come",
  /**
   * The retention call of a customer whose payment failed (a past_due status, failed charges with
   * no payment since: ingest/paymentFailed.ts): its purpose is the card, not keeping them
   * (tester61 U134: Chloe's read "Retention call (signs of leaving)").
   */
  paymentFailed:
    "Payment failed: ask the customer to update the payment method (not a retention call)",
  /** The call of a customer with overdue invoices (ingest/paymentFailed.ts; tester62 U148). */
  moneyOwed: "Money owed ({amount}): ask for payment (not a retention call)",
  /** moneyOwed with invoices not yet due beside the overdue ones (reviewer65 M3). */
  moneyOwedLater:
    "Money owed ({amount} overdue; {later} not yet due): ask for payment (not a retention call)",
  /** paymentFailed where the transactions say why the last charge failed (Decline Reason; newuser62 M2). */
  paymentFailedWhy:
    "Payment failed (“{why}”): ask the customer to update the payment method (not a retention call)",
  /**
   * The retention call of a customer whose subscription is set to cancel at the period's end
   * (ingest/subscriptions.ts; tester61 U114): before it ends.
   */
  cancelScheduled: "Set to cancel at period end (ends {date}): call before it ends",
  /**
   * The regular contact of an account whose renewal {date} (the Customers sheet's renewal date)
   * it was planned before (followUp/cadence.ts renewalDue; tester64 U188).
   */
  renewal: "Renewal on {date}: talk it over before the customer decides",
  cancelScheduledNoDate: "Set to cancel at period end: call before it ends",
  /**
   * Why a customer who asked not to be contacted gets no contact, and where they said so
   * (followUp/doNotContact.ts; tester59 U80). Without the words on a workbook to pass on.
   * {place}: inputSheetName.ts inputPlace (the 客户 sheet, the file “customers.csv”; reviewer60 R3).
   */
  doNotContact: "Asked not to be contacted ({place}, row {row}, {column}: “{words}”)",
  doNotContactNoWords: "Asked not to be contacted ({place}, row {row}, {column})",
};
export const FOLLOW_UP_TAB_ZH: Record<keyof typeof FOLLOW_UP_TAB_EN, string> = {
  planned: "已安排",
  unscheduled: "未安排",
  rotated: "轮流分配的负责人",
  overdue: "到回访日期逾期 {days} 天",
  firstPlan: "现在到期（首次安排：{date} 起应联系，此前未安排）",
  instead: "计划期内电话名额已满，改为{channel}",
  insteadNoPhone: "无电话号码，改为{channel}",
  insteadNoDetails: "无电话号码也无邮箱地址，改为拜访",
  insteadNoEmail: "无邮箱地址，改为{channel}",
  insteadAsked: "客户要求不打电话：只用{channel}联系",
  separator: "；",
  sendTo: "邮箱：{email}",
  noEmail: "无邮箱地址",
  noDetails: "无电话号码和邮箱地址",
  unscheduledWhy: "{label}：{why}",
  offSchedule: "已移出计划",
  offPlanned: "{label}（原定回访日期 {date}）",
  offSince: "{label}（保留自 {date}）",
  offCustomer: "{label}：本次计划中没有该客户",
  offContact: "{label}：该客户本次回访比上次少",
  offCall: "{label}：这次回访已不在计划中",
  offOwner: "{why}（原负责人 {owner}）",
  offReason: "{why}\n原回访原因：{reason}",
  agreed: "按约定 {date} 再联系：{note}",
  agreedNoNote: "按约定 {date} 再联系",
  putOffMonth: "客户说 {year} 年{monthName}再联系（备注 {date}）：{note}",
  putOffMonthNoNote: "客户说 {year} 年{monthName}再联系（备注 {date}）",
  putOffDay: "客户说 {from} 起再联系（备注 {date}）：{note}",
  putOffDayNoNote: "客户说 {from} 起再联系（备注 {date}）",
  ownNotePutOff: "客户资料备注：{when} 起再联系（“{note}”）",
  ownNotePutOffNoNote: "客户资料备注：{when} 起再联系",
  pausedUntil:
    "客户状态为“{status}”，至 {when}（客户资料备注：{note}）：届时联系（不安排挽留联系）",
  pausedUntilNoNote:
    "客户状态为“{status}”，至 {when}（见客户资料备注）：届时联系（不安排挽留联系）",
  pausedUntilStatus: "客户状态为“{status}”：{when} 联系（不安排挽留联系）",
  monthOfYear: "{year} 年{monthName}",
  bereaved: "家中有丧事，暂停联系至 {date}（“{note}”）",
  bereavedNoNote: "家中有丧事，暂停联系至 {date}",
  ownerDied:
    "主人已去世：暂停联系至 {date}，之后联系家属一次，致以慰问并询问宠物是否由家人继续照顾（不做挽回，不再定期回访）（“{note}”）",
  ownerDiedNoNote:
    "主人已去世：暂停联系至 {date}，之后联系家属一次，致以慰问并询问宠物是否由家人继续照顾（不做挽回，不再定期回访）",
  petNotFound:
    "家中有丧事，暂停联系至 {date}（“{note}”）；“{pet}”不在该主人名下的病历中，请核对是哪份病历（未结束任何病历）",
  petNotFoundNoNote:
    "家中有丧事，暂停联系至 {date}；“{pet}”不在该主人名下的病历中，请核对是哪份病历（未结束任何病历）",
  maternity: "孕产期，暂停联系至 {date}（“{note}”）",
  maternityNoNote: "孕产期，暂停联系至 {date}",
  paused: "客户状态为“{status}”：定期联系，了解何时恢复（不安排挽留联系）",
  onLeave: "请假中（上课签到表记为 {date} 起请假）：定期联系，了解何时复课（不安排挽留联系）",
  creditHold: "停止赊账（“{note}”）：核对账户，不是推销联系（不安排挽留联系）",
  creditHoldNoNote: "停止赊账：核对账户，不是推销联系（不安排挽留联系）",
  paymentsPaused: "订阅于 {date} 恢复收款（Pause Collection）：恢复时联系（不安排挽留联系）",
  paymentsPausedNoDate:
    "订阅暂停收款（Pause Collection）：定期联系，了解何时恢复（不安排挽留联系）",
  booked: "已预约 {date}：如未到诊，再联系",
  paymentFailed: "扣款失败：请客户更新付款方式（不是挽留联系）",
  paymentFailedWhy: "扣款失败（“{why}”）：请客户更新付款方式（不是挽留联系）",
  moneyOwed: "欠款 {amount}：请客户付款（不是挽留联系）",
  moneyOwedLater: "逾期欠款 {amount}（另有 {later} 未到期）：请客户付款（不是挽留联系）",
  cancelScheduled: "已设置到期取消（{date} 到期）：到期前联系挽留",
  renewal: "{date} 续约：在客户做决定前沟通续约",
  cancelScheduledNoDate: "已设置到期取消：到期前联系挽留",
  doNotContact: "客户要求勿联系（{place}第 {row} 行{column}列：“{words}”）",
  doNotContactNoWords: "客户要求勿联系（{place}第 {row} 行{column}列）",
};

/**
 * The Overview's schedule block: one short label per unscheduled reason, indented under 未安排 (all
 * rows read "未安排原因" before, told apart only by the long note: stop 33 tester #9). Column A is
 * 26 characters wide: a label keeps one line.
 */
export const UNSCHEDULED_LABELS_EN: Record<UnscheduledReason, string> = {
  no_marketing_consent: "No marketing consent",
  no_free_day_before_deadline: "No slot before occasion",
  no_free_day_in_horizon: "No slot in the horizon",
  no_owner_available: "No owner available",
  one_time_buyer_campaign: "Bought once: campaign",
  already_churned: "Churned: win-back",
  no_contact_details: "No phone or e-mail",
  contacted_while_late: "Contacted since late",
  next_contact_agreed: "Next contact agreed",
  customer_left: "Left: no contact",
  do_not_contact: "Asked: do not contact",
  channel_refused: "Channel refused",
  past_client: "Past client: not lost",
  occasion_client: "Occasion: not lost",
  no_consent_column: "No consent column given",
  pet_died: "Pet died: no contact",
};
export const UNSCHEDULED_LABELS_ZH: Record<UnscheduledReason, string> = {
  no_marketing_consent: "未同意营销",
  no_free_day_before_deadline: "节日或生日前无名额",
  no_free_day_in_horizon: "计划期内无名额",
  no_owner_available: "无可分配负责人",
  one_time_buyer_campaign: "一次性购买：挽留活动",
  already_churned: "已流失：挽回活动",
  no_contact_details: "无电话和邮箱",
  contacted_while_late: "逾期后已联系",
  next_contact_agreed: "已约定下次联系",
  customer_left: "客户已离开：不联系",
  do_not_contact: "客户要求勿联系",
  channel_refused: "客户拒收此渠道",
  past_client: "老客户：不做挽回",
  occasion_client: "场合订单：不做挽回",
  no_consent_column: "未提供同意营销联系列",
  pet_died: "宠物已去世：不联系",
};

/** The schedule's blocks on the Overview (report/scheduleOverview.ts). */
export const SCHEDULE_OVERVIEW_EN = {
  title: "Follow-up schedule",
  item: "Item",
  count: "Count",
  note: "Note",
  planned: "Planned contacts",
  overdue: "of which overdue",
  overdueNote:
    "Planned after the day they fell due (e.g. the last contact or purchase is older than the cadence)",
  unscheduled: "Not scheduled",
  unscheduledNote: "Reasons below; the list is at the end of {tab}",
  /** One unscheduled reason's row, indented under the total: {label} from unscheduledLabels. */
  unscheduledBecause: "  {label}",
  perOwnerTitle: "Contacts per owner per week (weeks from Monday)",
  owner: "Owner",
  weekOf: "Week of {date}",
  noOwner: "(none)",
  moreOwners: "{count} more {count|owner|owners}",
  total: "Total",
};
export const SCHEDULE_OVERVIEW_ZH: Record<keyof typeof SCHEDULE_OVERVIEW_EN, string> = {
  title: "回访计划",
  item: "项目",
  count: "数量",
  note: "说明",
  planned: "已安排联系",
  overdue: "其中逾期",
  overdueNote: "计划日期晚于应联系日期（如最近一次联系或购买已超过回访间隔）",
  unscheduled: "未安排",
  unscheduledNote: "原因见下；名单见“{tab}”末尾",
  unscheduledBecause: "　{label}",
  perOwnerTitle: "每位负责人每周联系数（周一起）",
  owner: "负责人",
  weekOf: "{date} 周",
  noOwner: "（未指定）",
  moreOwners: "其余 {count} 位负责人",
  total: "合计",
};

/**
 * The talking points (followUp/talkingPoints.ts): parts joined by `separator`, the first letter
 * made upper case (English parts start lower case so they read on after a separator).
 */
export const TALKING_POINTS_EN = {
  openComplaints: "{count} {count|open complaint|open complaints} (oldest {days} {days|day|days})",
  weakest: "weakest in the last survey: {dimension} {score}/5",
  lastBought: "last bought: {product}",
  /**
   * A status saying a charge failed (past_due, 欠费: talkingPoints.ts paymentFailed; tester61 U134):
   * the call is about the card, said first, not a retention pitch.
   */
  paymentFailed:
    "status “{status}”: the payment failed; ask the customer to update the payment method (a new card or account), not a retention pitch",
  /** Failed charges with no payment since (Stripe's Failed rows; tester61 U134): said first too. */
  chargesFailed:
    "{count} {count|charge|charges} failed since the last payment (the last on {date}); ask the customer to update the payment method (a new card or account), not a retention pitch",
  /** Overdue invoices (tester62 U148): said first, the call is about the money. */
  moneyOwed:
    "{count} unpaid {count|invoice|invoices}, {amount} owed, {since}: ask for payment or agree a payment plan, not a retention pitch",
  /** moneyOwed with invoices not yet due beside the overdue ones (reviewer65 M3). */
  moneyOwedLater:
    "{count} overdue {count|invoice|invoices}, {amount} owed, {since}; {later} more not yet due ({laterAmount}): ask for payment or agree a payment plan, not a retention pitch",
  /** chargesFailed with why the last failed (Decline Reason: expired_card; newuser62 M2). */
  chargesFailedWhy:
    "{count} {count|charge|charges} failed since the last payment (the last on {date}: “{why}”); ask the customer to update the payment method (a new card or account), not a retention pitch",
  /** A subscription set to cancel at the period's end (ingest/subscriptions.ts; tester61 U114). */
  cancelScheduled:
    "set to cancel at period end (ends {date}): before then, ask why and what would keep them",
  cancelScheduledNoDate: "set to cancel at period end: ask why and what would keep them",
  /** Canceled lately for a reason leaving the door open, quoted (tester63 U163). */
  canceledMayReturn:
    "canceled on {date}: “{reason}”; offer what fits what they said (a lighter plan, fewer deliveries, a pause)",
  /**
   * Repeated no-shows since the last visit (churn/signals.ts repeatedNoShows; tester65 U209): the
   * call is about the unfinished treatment.
   */
  missedNoShows:
    "missed the last {count} booked appointments (the latest on {date}): ask why and book the next visit",
  /**
   * Most of the last purchase refunded, nothing bought since (churn/refunded.ts; tester69 U503,
   * U506): the call opens with it, and the refund row's note quoted when there is one.
   */
  refunded:
    "refunded {amount} on {date}: open with it, ask what went wrong before offering anything",
  refundedNote:
    "refunded {amount} on {date}: “{note}”; open with it, ask what went wrong before offering anything",
  /**
   * A customer shrinking and unhappy (followUp/shrinking.ts; tester67 U309): the fall, its rate
   * before and now a month, then her low score or complaint (unhappyScore, unhappyComplaint).
   */
  shrankVisits: "visits down {fall} in the last {days} days (about {before} → {now} a month)",
  shrankPurchases:
    "days with a purchase down {fall} in the last {days} days (about {before} → {now} a month)",
  shrankSpend: "spend down {fall} in the last {days} days (about {before} → {now} a month)",
  unhappyScore: "rated us {score}/5 on {date}: ask what went wrong and what would put it right",
  unhappyComplaint: "complained on {date}: ask what went wrong and what would put it right",
  /**
   * A customer unhappy by her own word (talkingPoints.ts unhappyText; tester69 U502, U523): a pause
   * status that did not hold her, then her latest survey's low score (scoreOverall, scoreRecommend
   * joined by scoreAnd) with its comment quoted.
   */
  statusNotPause:
    "status “{status}”, yet a low score or an open complaint: a retention call all the same",
  lowScore: "rated us {score} on {date}: ask what went wrong and what would put it right",
  lowScoreNote:
    "rated us {score} on {date}: “{note}”; ask what went wrong and what would put it right",
  scoreOverall: "{score}/5",
  scoreRecommend: "{score}/10 to recommend",
  scoreAnd: ", ",
  /**
   * The latest fault of ours or amends for it (talkingPoints.ts amendsText; tester66 U233: 洗坏了大衣，
   * 赔偿200元): the caller opens with it. Undated from the Customers note; unquoted when shared.
   */
  amends:
    "compensated for our fault ({date}): “{note}”; open with an apology and ask whether all is well now",
  amendsNoted:
    "the customer's note says we made amends for our fault: “{note}”; open with an apology and ask whether all is well now",
  amendsNoQuote:
    "compensated for our fault ({date}); open with an apology and ask whether all is well now",
  /** The last contact on the Contacts sheet (talkingPoints.ts lastContactText; stop 44). */
  lastContact: "last contact: {date}, {channel}, {owner}",
  lastContactNoOwner: "last contact: {date}, {channel}",
  lastContactNoChannel: "last contact: {date}, {owner}",
  lastContactDateOnly: "last contact: {date}",
  /** A later call that did not get through (未接通: Contacts.notReached; tester55 U8). */
  lastAttempt: "last contact (not reached): {date}, {channel}, {owner}",
  lastAttemptNoOwner: "last contact (not reached): {date}, {channel}",
  lastAttemptNoChannel: "last contact (not reached): {date}, {owner}",
  lastAttemptDateOnly: "last contact (not reached): {date}",
  /** The last contact's note (内容, Notes), quoted after it (tester55 U4). */
  withNote: "{contact}; noted: {note}",
  separator: "; ",
  quality: "product quality",
  price: "price",
  afterSales: "after-sales service",
  delivery: "delivery",
};
export const TALKING_POINTS_ZH: Record<keyof typeof TALKING_POINTS_EN, string> = {
  openComplaints: "{count} 个投诉未解决（最久 {days} 天）",
  weakest: "最近评价最低：{dimension} {score}/5",
  lastBought: "最近购买：{product}",
  paymentFailed: "状态“{status}”：扣款失败，请客户更新付款方式（换卡或换扣款账户），不是挽留",
  chargesFailed:
    "上次付款后 {count} 次扣款失败（最近一次 {date}），请客户更新付款方式（换卡或换扣款账户），不是挽留",
  chargesFailedWhy:
    "上次付款后 {count} 次扣款失败（最近一次 {date}：“{why}”），请客户更新付款方式（换卡或换扣款账户），不是挽留",
  moneyOwed: "{count} 张发票未付，欠款 {amount}，{since}：请客户付款或约定还款计划，不是挽留",
  moneyOwedLater:
    "{count} 张发票逾期未付，欠款 {amount}，{since}；另有 {later} 张未到期（{laterAmount}）：请客户付款或约定还款计划，不是挽留",
  cancelScheduled: "已设置到期取消（{date} 到期）：到期前问清原因，以及怎样才愿意续订",
  cancelScheduledNoDate: "已设置到期取消：问清原因，以及怎样才愿意续订",
  canceledMayReturn:
    "{date} 取消订阅，原因：“{reason}”；按客户说的提供合适方案（降低频次、减少配送、暂停）",
  missedNoShows: "最近 {count} 次预约爽约（最近一次 {date}）：问清原因，约好下次到诊",
  refunded: "{date} 退费 {amount}：通话先提这次退费，问清哪里不满意，再谈其他",
  refundedNote: "{date} 退费 {amount}：“{note}”；通话先提这次退费，问清哪里不满意，再谈其他",
  shrankVisits: "近 {days} 天到店比以前少了 {fall}（每月约 {before} → {now} 次）",
  shrankPurchases: "近 {days} 天购买次数比以前少了 {fall}（每月约 {before} → {now} 次）",
  shrankSpend: "近 {days} 天消费比以前少了 {fall}（每月约 {before} → {now}）",
  unhappyScore: "{date} 评分 {score}/5：问清哪里不满意、怎样补救",
  unhappyComplaint: "{date} 投诉过：问清哪里不满意、怎样补救",
  statusNotPause: "客户状态为“{status}”，但评分低或有未解决的投诉：仍安排挽留联系",
  lowScore: "{date} 评分 {score}：问清哪里不满意、怎样补救",
  lowScoreNote: "{date} 评分 {score}：“{note}”；问清哪里不满意、怎样补救",
  scoreOverall: "{score}/5",
  scoreRecommend: "推荐意愿 {score}/10",
  scoreAnd: "、",
  amends: "我方过错赔偿过（{date}）：“{note}”；通话先致歉，问现在是否满意",
  amendsNoted: "客户备注写有我方过错赔偿：“{note}”；通话先致歉，问现在是否满意",
  amendsNoQuote: "我方过错赔偿过（{date}）；通话先致歉，问现在是否满意",
  lastContact: "上次联系：{date}，{channel}，{owner}",
  lastContactNoOwner: "上次联系：{date}，{channel}",
  lastContactNoChannel: "上次联系：{date}，{owner}",
  lastContactDateOnly: "上次联系：{date}",
  lastAttempt: "上次联系（未接通）：{date}，{channel}，{owner}",
  lastAttemptNoOwner: "上次联系（未接通）：{date}，{channel}",
  lastAttemptNoChannel: "上次联系（未接通）：{date}，{owner}",
  lastAttemptDateOnly: "上次联系（未接通）：{date}",
  withNote: "{contact}；记录：{note}",
  separator: "；",
  quality: "产品质量",
  price: "价格",
  afterSales: "售后服务",
  delivery: "交付",
};
