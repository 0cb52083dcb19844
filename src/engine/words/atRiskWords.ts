import type { UnscheduledReason } from "../followUp/labels";

/**
 * Words of the At-risk customers tab (report/atRiskTab.ts): its column headers, keyed by column
 * key. Short on purpose: a table column is at least as wide as its header, and the tab prints one
 * page wide in both languages. `{months}` is the analysis window (rule set window.months).
 */
export const AT_RISK_COLUMNS_EN = {
  id: "Customer ID",
  name: "Name",
  owner: "Owner",
  valueTier: "Value tier",
  monetary: "{months}-month spend",
  valueAtStake: "Value at stake",
  churnRiskProbability: "Churn risk",
  churnRiskLevel: "Level",
  churnRiskReasons: "Why at risk",
  phone: "Phone",
  nextFollowUp: "Next contact",
  // Stop 30 (appended: OUTPUT_TABS is append-only). Who the schedule has make that contact: not
  // always the Owner (a customer without one is given to someone).
  nextFollowUpBy: "Next contact by",
  // Why a row has no next contact: the schedule's own reason, in the schedule tab's words.
  noNextFollowUp: "Why no next contact",
};

export const AT_RISK_COLUMNS_ZH: Record<keyof typeof AT_RISK_COLUMNS_EN, string> = {
  id: "客户编号",
  name: "客户名称",
  owner: "负责人",
  valueTier: "价值层级",
  monetary: "{months} 个月消费",
  valueAtStake: "涉及金额",
  churnRiskProbability: "流失概率",
  churnRiskLevel: "风险等级",
  churnRiskReasons: "流失风险原因",
  phone: "电话",
  nextFollowUp: "下次回访",
  nextFollowUpBy: "下次回访人",
  noNextFollowUp: "未安排原因",
};

/**
 * The At-risk tab's texts for a row without a next contact. `notPlanned`: a contact the schedule
 * lists as unscheduled, {contact} its reason's name and {why} the schedule tab's own words for why
 * (followUpWords.ts). `noneDue`: a customer on no schedule list: no retention contact by the rules
 * and the regular contact not due before the horizon's last day {until}; {tier} the value tier's
 * label ("Low value", "低价值"); `noneDueRhythm` the same for a customer whose own rhythm spaces her
 * regular contact past her tier's days (followUp.cadenceRhythmShare). `heldPaused` / `heldAgreed`: the first line of the reasons of a
 * customer held (followUp/hold.ts), listed after the others (tester59 U86): {status} its status as
 * written (暂停订阅), {date} the next contact agreed; `heldPausedUntil` the same with the day her
 * Customers note says the pause lasts to (followUp/hold.ts customerNoteTimes; tester64 U185). `heldOnLeave`: a customer on leave by her
 * visits log (请假, Excused: followUp/hold.ts onLeave), {date} its first day. `heldCreditHold`: a
 * customer on credit hold (CREDIT_HOLD_WORDS; tester62 U148). `heldPaymentsPaused`: a customer whose
 * subscription's payments are paused (Stripe's Pause Collection), {date} the day they resume ("?"
 * none written). `heldBooked`: a customer booked
 * for {date} (已预约: followUp/hold.ts bookedDays; tester63 U168). `finishedCourse`: the first line of a finished
 * course's (one day with spend, then only ¥0 revisits; judge60), listed after the others too.
 * `pastClient`: the first line of a one-time buyer's where most customers buy once (no retention
 * call: followUp/retention.ts Rhythm.pastClient), listed after the others too.
 */
export const AT_RISK_TAB_EN = {
  notPlanned: "{contact} not planned: {why}",
  noneDue:
    "No contact due by {until}: no retention contact by the rules; regular contact ({tier}) every {days} days",
  noneDueRhythm:
    "No contact due by {until}: no retention contact by the rules; regular contact ({tier}) about every {days} days, half its own purchase interval",
  heldPaused:
    "Customer status “{status}”: no purchase during a pause is no sign of leaving; listed after the customers not paused",
  heldPausedUntil:
    "Customer status “{status}” until {date}: no purchase during a pause is no sign of leaving; listed after the customers not paused",
  heldAgreed:
    "Next contact agreed for {date}: no purchase before it is no sign of leaving; listed after the customers without one",
  heldCreditHold:
    "On credit hold: sold to for cash only until it pays; no sales or retention call; listed after the others",
  heldPaymentsPaused:
    "Subscription payments paused until {date} (Pause Collection): no purchase while paused is no sign of leaving; listed after the customers not paused",
  heldOnLeave:
    "On leave since {date} (visits log): no visit during leave is no sign of leaving; listed after the customers not on leave",
  heldBooked:
    "Booked for {date}: no retention call before it; listed after the customers without a booking",
  finishedCourse:
    "Finished course: one paid visit, then only free revisits (at 0); no purchase since is no sign of leaving; listed after the others",
  pastClient:
    "Past client: most customers here buy once, and so did this one; no purchase since is no sign of leaving, so no retention call (a thank-you or a request for referrals at the regular contact); listed after the others",
  /** pastClient of an occasion order (Rhythm.pastClient 2; aggregate/occasion.ts; tester67 U310). */
  occasionClient:
    "Occasion order: bought once, an order many times a usual one (a wedding, an event); no purchase since is no sign of leaving, so no retention call (a thank-you or a word about the next occasion at the regular contact); listed after the others",
};

/**
 * The schedule's unscheduled reasons, short, for the At-risk tab's column (a row that prints on a
 * few lines: the schedule tab's full sentences, up to 250 characters, made a campaign row 8-11
 * lines tall; stop 30 tester #1). The schedule tab keeps the full words (followUpWords.ts).
 */
export const AT_RISK_WHY_EN: Record<UnscheduledReason, string> = {
  no_marketing_consent: "no marketing consent",
  no_free_day_before_deadline: "owner's days full before the occasion",
  no_free_day_in_horizon: "owner's days full this horizon",
  no_owner_available: "no owner available",
  one_time_buyer_campaign: "retention campaign (bought once: e-mail or message)",
  already_churned: "churned: in the win-back campaign",
  no_contact_details: "no phone or e-mail: ask the owner for them",
  contacted_while_late: "contacted since going late: regular contact counts from it",
  next_contact_agreed: "next contact agreed with the customer: after this plan",
  customer_left:
    "customer left (status, note, contact note, closed date or subscriptions): no contact",
  do_not_contact: "asked not to be contacted: do not call",
  channel_refused: "the customer refused this channel: not sent",
  past_client: "past client (bought once, as most do): no win-back",
  occasion_client: "occasion order (bought once, a wedding, an event): no win-back",
  no_consent_column: "greetings need a consent column: none given",
  pet_died: "the pet has died (a contact note): no contact",
};

export const AT_RISK_TAB_ZH: Record<keyof typeof AT_RISK_TAB_EN, string> = {
  notPlanned: "{contact}未安排：{why}",
  noneDue: "至 {until} 无到期联系：不在挽留联系范围内；{tier}客户每 {days} 天定期回访",
  noneDueRhythm:
    "至 {until} 无到期联系：不在挽留联系范围内；{tier}客户按自身购买节奏约每 {days} 天定期回访（通常购买间隔的一半）",
  heldPaused: "客户状态为“{status}”：暂停期间未购买不算流失迹象，排在未暂停的客户之后",
  heldPausedUntil:
    "客户状态为“{status}”，至 {date}：暂停期间未购买不算流失迹象，排在未暂停的客户之后",
  heldAgreed: "已约定 {date} 再联系：此前未购买不算流失迹象，排在未约定的客户之后",
  heldCreditHold: "停止赊账中：付清前只做现款交易，不做推销或挽留联系，排在其他客户之后",
  heldPaymentsPaused:
    "订阅暂停收款至 {date}（Pause Collection）：暂停期间未购买不算流失迹象，排在未暂停的客户之后",
  heldOnLeave: "请假中（{date} 起）：请假期间未上课不算流失迹象，排在未请假的客户之后",
  heldBooked: "已预约 {date}：到诊前不安排挽留联系，排在未预约的客户之后",
  finishedCourse:
    "疗程已完成：仅一次付费，此后只有免费复诊（0 元）；未再购买不算流失迹象，排在其他客户之后",
  pastClient:
    "老客户：本店客户大多只购买一次，此客户也是；未再购买不算流失迹象，不做挽留联系（定期回访时可致谢或请其转介绍），排在其他客户之后",
  occasionClient:
    "场合订单：只购买过一次，金额是一般订单的许多倍（如婚宴、活动）；未再购买不算流失迹象，不做挽留联系（定期回访时可致谢或问及下次的场合），排在其他客户之后",
};

export const AT_RISK_WHY_ZH: Record<UnscheduledReason, string> = {
  no_marketing_consent: "客户未同意营销联系",
  no_free_day_before_deadline: "节日或生日前负责人名额已满",
  no_free_day_in_horizon: "计划期内负责人名额已满",
  no_owner_available: "无可分配的负责人",
  one_time_buyer_campaign: "纳入挽留活动（仅购买一次：批量短信或邮件）",
  already_churned: "已流失：纳入批量挽回活动",
  no_contact_details: "无电话和邮箱：请向负责人索取",
  contacted_while_late: "逾期后已联系：定期回访从该次联系起算",
  next_contact_agreed: "已约定下次联系日期：在本计划期之后",
  customer_left: "客户已离开（状态、备注、跟进记录、停用日期或订阅）：不联系",
  do_not_contact: "客户要求勿联系：请勿致电",
  channel_refused: "客户拒收此渠道：不发送",
  past_client: "老客户（与多数客户一样只买一次）：不做挽回",
  occasion_client: "场合订单（只买过一次，如婚宴、活动）：不做挽回",
  no_consent_column: "问候需同意营销联系列：客户表未提供",
  pet_died: "宠物已去世（跟进记录写明）：不联系",
};
