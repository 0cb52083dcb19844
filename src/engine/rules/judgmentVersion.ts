/**
 * The version of the program's judgment rules: the code that decides a customer's lifecycle stage,
 * churn risk and follow-up calls beyond what the rule set's settings say (lifecycle/stage.ts,
 * churn/, followUp/). The one owner: bump it whenever a change to that code can move a customer to
 * another stage, risk level or call with the same data and the same rule set, and add a line below.
 * Every run records it (the run state, the JSON's ruleSet), and a refresh whose previous run was made
 * with another version says so beside the rule set's change (changes/compare.ts judgmentChanged):
 * otherwise the customers the program moved read as customers who moved (tester15 #7, stop 39: a
 * November workbook made before ec8ae6e refreshed in December showed 8 mature → growth customers
 * who had not bought, "sideways", with the rule set's hash unchanged).
 *
 * A run state or JSON written before versions were recorded reads as 0: earlier than version 1.
 *
 * test/engine/rules/judgmentVersion.test.ts holds it to that: the stages, churn levels and calls of
 * a fixed fixture (test/fixtures/judgment) are hashed and recorded beside this version; a change
 * of them with the version unchanged fails, saying to bump it and record the new fingerprint.
 *
 * A change to the stage code must also update what the stages are said to mean: the Overview's
 * 说明 / Definition lines (words/categories.ts STAGE_MEANINGS_ZH/EN) and the rule set's
 * explanations (rules/ruleDocs.ts). No test can tell that they still describe the code.
 *
 * 1 — stop 40: a customer who bought on only two days is decline once the first purchase is
 *     lifecycle.matureAfterDays old (judge16), after stop 39's "growth, never mature" (ec8ae6e).
 * 2 — stop 52: within a band the contacts already late on the first working day are placed first,
 *     the most days late first (tester51 J2), so who gets a day's slots, and what is merged into
 *     what, can change.
 * 3 — stop 54: a retention call is not owed while a contact made since the customer went late is
 *     within its tier's regular interval (contacted_while_late, tester53 N3); under the default
 *     churn weights a feature counts at most 2 sd from the mean (tester53 N16) and is standardised
 *     on the customers as of the data's last purchase day (tester53 N33); a wrong-way move whose
 *     spend fell only by what left the 12-month window gets no call (tester53 N32).
 * 4 — stop 56: a contact that did not get through (未接通, No answer) is no contact for the churn
 *     risk and the plan; a next contact agreed on the Contacts sheet (下次跟进) holds the customer's
 *     calls until then, and a paused status (装修暂停) its urgent retention call (tester55 U4, U8).
 * 5 — stop 57: a note that opens with a not-reached word but then says the customer was reached
 *     (占线，后回拨已沟通; Busy season, ordered) is a contact (reviewer56 L6); a paused customer's
 *     regular contact is at the longest tier's interval (contacts56).
 * 6 — stop 58: under the default churn weights a regular buyer is judged on its own rhythm as much
 *     as its gaps are even (churn/ownRhythm.ts: four gaps or more with a spread of at most half
 *     their mean, or one gap of about a year); its rhythm is the larger of the lifecycle's and its
 *     own mean gap, overdue counts only past it, and the level comes from the short history, at
 *     most 50 % for the average customer (rhythm57 + rhythm58; tester57 U45, tester56 U23).
 * 7 — stop 60: under the default churn weights a customer's own rhythm is measured over its days
 *     with spend: a ¥0 visit (a free revisit, 复查 at ¥0) is activity, not a purchase of the rhythm
 *     (tester58 U66). Data without a ¥0 purchase row judge as before (the fixture's fingerprint is
 *     unchanged: it holds none that moves). The same release also moves, with the same data and rule
 *     set: a customer who asked not to be contacted (备注 / a contact note / 勿扰) gets no call
 *     (do_not_contact, 5e484e9e); a status of Churned / 已流失 (not beside reactivated, 疑似…), or
 *     Lost / Cancelled / 流失 as the whole cell, is a customer who left (d9d26733); held customers
 *     (paused, a next contact agreed) come after the others on the at-risk tab (022f3126)
 *     (reviewer60 R17: the note named the rhythm alone).
 * 8 — stop 61: under the default churn weights a regular buyer whose last three orders fall
 *     steeply below its steady usual order (aggregate/orderFall.ts, churn/orderFall.ts) is at more
 *     risk, as much as it is regular, and says so (shrinking_orders, in place of the calendar's
 *     falling_spend; tester60 U104: Delta Plumbing 23 → 58 %, low → medium). Data where no regular
 *     buyer's orders fall so judge as before (the fixture's fingerprint is unchanged). The same
 *     release: a contact note in the trend period that states a reason to leave (another
 *     supplier, a competitor, the price: LEAVING_REASON_WORDS) is said first (said_leaving) and
 *     adds 0.6 log-odds under the default weights (Delta with its note 71.9 %).
 *     The same release also moves calls with the same data and rule set (fix61d, judge60, tester60
 *     U110): a key account's regular contact is overdue (key_account_overdue, urgent) only once
 *     the customer is also silent past its own rhythm; a finished course (one day with spend, then
 *     only ¥0 revisits that keep no even rhythm of their own: a 次卡 used at ¥0 every 14 days is a
 *     card in use, reviewer61 R14) gets no retention call and comes after the others on the
 *     at-risk tab; with the default rule set's new visitBusinessesOnly and late_onboarding high,
 *     a person's or a shop's customer is called rather than visited, and a late welcome call waits
 *     for the urgent ones (the fixture: key_account_overdue 10 → 8, regular contacts 189 → 192).
 *     Where the sheet has an order ID, a later day whose rows all belong to an order paid on an
 *     earlier day (首期款 / 中期款 / 尾款 / 质保金) is a further payment of it: no purchase day, no
 *     purchase of the rhythm, no return to the won-back stage; the recency still counts from it
 *     (tester61 U113, the 家装 workbook: 周强, one renovation in three payments, high 87 % "通常约
 *     每 71 天" → medium 68 % "仅购买过一次"). Data where no order is paid on two days judge as
 *     before (the fixture's fingerprint is unchanged). Not where the IDs are recycled (a 取餐号
 *     restarted each day, reviewer61 R17): then every day is a purchase, as before.
 *     Also in this release, with the same data and rule set: a card use at ¥0 (划卡 from stored
 *     value) is a purchase of the own rhythm, a free visit only activity (c26dd5f9, reviewer60 R9:
 *     a weekly member 61 days away low 0.20 → high 0.9997); a charge within a billing cycle of a
 *     contact noting a pause keeps its agreed next contact (668a1cb3, tester61 U118); a refusal
 *     followed by what the calls were for (不要再打电话推销课程) is do-not-contact (87a1e764,
 *     tester61 U111); a status of a course completed (结课, 毕业) is no churn risk and no call, 退费
 *     a leaving (1d09718f, tester61 U117), one that goes on (已结课，已续报, 升中级班, re-enrolled) no
 *     completion and a pause denied (没有暂停, Not pausing) no pause (fix61k, reviewer61 R10, R13); a status saying a charge failed (past_due, 欠费) gives the
 *     reason payment_failed first (a4c688df, tester61 U134; no probability moves); the holiday
 *     calendar follows the currency ($: US federal holidays; 0c9391e5, tester60 U103); a contact
 *     note followed by a purchase, or saying the customer stays, came back or chose us (还是来我们这,
 *     came back from a competitor), or the others' price (别家太贵) or 太贵重, is no reason to
 *     leave (fix61r, reviewer61 R3).
 * 9 — stop 62: a status saying the course was completed (结课, Graduated) of a customer who still
 *     pays on their own rhythm (three purchase days or more, the last within it) is no completion:
 *     the later money wins over the word, the customer is judged and called as any other, and the
 *     run says how many (classify.ts stillPaying; reviewer61 R10, school2's S4: churned, no call →
 *     growth, a regular contact). Data with no such status judge as before. A note saying contact goes
 *     through a lawyer or a collector only (请勿直接联系, 由律师处理, Do not contact directly, Do NOT
 *     call - lawyer involved, legal hold) is do-not-contact (tester62 U141: 8 of 10 such notes got an
 *     urgent call); "not directly" only in a note of a dispute (律师, attorney, collections), and a
 *     route or a time after a refusal in its sentence (…，请联系她的助理; – on holiday until Jan) no
 *     refusal (reviewer62 R3). The parent named after it (请勿联系家长, Do not
 *     call the mother) and a collector (催收公司处理, debt collector) refuse too (newuser62). A customer who paid for a card or pack of visits as an item (面部护理10次卡,
 *     课时包, 10-class pack: optionWords PACKAGE_ITEM_WORDS / PACKAGE_ITEM_UNITS) has her later ¥0
 *     visits read as its uses, purchases of her own rhythm as a 划卡 from stored value is
 *     (storedValue.ts packageUses; fix61l): a card used on a few uneven days and then not at all is
 *     no finished course and is won back (reviewer61 course/ P1 medium 71 % → high 99 %).
 *     A complaint whose status says it was paid or made good (已赔付, 已补偿, Refunded),
 *     or under the header 处理情况, is resolved, and a contact's "Follow-up Date" is the agreed next
 *     contact (tester62 U144, U143). Falling orders (shrinking_orders) must last: the last three
 *     span at least half the time the usual gap gives them, so a monthly order now paid as 3
 *     instalments a week apart is no fall (aggregate/orderFall.ts; reviewer61 R9, fall/ S4:
 *     "down 67 %", 2.8 % → 1.3 %). Closer orders fall by their rate: their sum over their span and
 *     one usual gap at most half the usual order over the usual gap (reviewer62 R9, fall/ K1:
 *     6,000 a month, then 3 × 500 a week apart, low 9.6 % → high 81.3 % again).
 *     A workbook's sheet of lessons attended or check-ins (消课记录, 签到, 考勤, Check-ins,
 *     Attendance, Visits), unread until now, is the Visits input: for a customer with a visit and a
 *     purchase by the date, her stage, churn risk and calls read her visit days as her rhythm and
 *     her last visit as her recency (aggregate/visits.ts; tester61 U112: a prepaid student who
 *     comes weekly churned → mature, low, no call; a member still charged who stopped checking in
 *     low 4 % → high 99.8 %, "No check-in for 41 days"). The same workbook with such a sheet judges
 *     otherwise; data without one judge as before (the fixture's fingerprint is unchanged).
 *     Visits replace her payments' rhythm only where they cover it (reviewer62 R2, R2b): at
 *     least two visit days and no fewer than her purchase days (an event sign-in, a check-in
 *     system started last month beside years of payments: her payments stand); a log ending 60+
 *     days before the last transaction is said (visits_read) and not read; a row whose status
 *     says she did not come (缺勤, 请假, No-show, Cancelled) is no visit; an event's, staff's,
 *     sales rep's, website's or points app's sign-in sheet (活动签到, 员工考勤, Sales Visits,
 *     Website Visits, 积分签到) is no Visits input.
 *     Also in this release: where most customers buy once (overview/oneOff.ts: of the buyers whose first
 *     purchase is a year old, at least 5, three quarters bought on one day with spend, and those
 *     who came back took 180+ days), a churned customer who bought on one day is a past client
 *     (unscheduled past_client), not for the win-back campaign (tester61 U116: a renovation
 *     company's 李秀英 and 孙丽, renovated once and satisfied, were 已流失：挽回活动). Data where
 *     customers come back (the fixture: its fingerprint is unchanged) judge as before. A yearly service
 *     (3 or more returners, 60 % of them about a year apart) is no one-off business (reviewer62
 *     R11).
 *     With no complaint column, a contact whose outcome is 投诉 / Complaint is a complaint from
 *     the log (tester62 U151).
 *     A workbook's Subscriptions sheet (订阅, 会员订阅, Stripe's export), unread until now, is the
 *     Subscriptions input (ingest/subscriptions.ts; tester61 U114): a live subscription set to
 *     cancel at its period's end is the reason cancel_scheduled, weighed as a note saying the
 *     customer leaves (+0.6 log-odds, once with such a note), with an urgent retention call before
 *     it ends (Kate Davis: a routine visit on 12-11 → an urgent call on 12-07, "Set to cancel at
 *     period end (ends 2026-12-15)"); every subscription ended is a customer who left; a live
 *     one's past_due or paused is the customer's status where the Customers sheet has none. Data
 *     without such a sheet judge as before. But a customer who bought after her last
 *     subscription ended (the day canceled, else the period's end; neither written: on her own
 *     rhythm) has not left (reviewer62 R10: canceled 06-30, beans every week since, churned →
 *     growth low 13.5 %, called); a 订阅 sheet with no period end nor cancel flag on any row
 *     (短信优惠通知 已退订: marketing opt-ins) is no subscriptions (churned → low 17.2 %, called);
 *     已关闭自动续费 / 到期不续费 are no scheduled cancellation (reviewer62 R14: members who renew
 *     by hand, an urgent 到期前联系挽留 each → their cadence call, 10.8 % → 6.2 %).
 *     And calls move (channel or day) with the same data and rule set: a next contact agreed with
 *     the customer goes by the channel of the contact that agreed it, or as a call after a
 *     meeting, not as the low tier's e-mail (a0805ade, tester61 U130); a person's name with a
 *     store in brackets (王姐（东门店）) is no organisation, so is called, not visited (0e4f63c1,
 *     fix61o); with no currency, English headers and names plan on the US federal holidays, not
 *     China's (calendar/holidayCalendar.ts chooseCalendar, reviewer61).
 *     Failed charges with no payment since (payment_failed) count only while the last failure is
 *     within two of the customer's cycles (median paid gap, a month to a quarter) of the date; older,
 *     a lapse: a retention call as before U134 (reviewer62 R5: a charge failed 10 months ago read
 *     "update the payment method"). A regular contact of a customer whose charge failed lately
 *     says the card as its purpose (reviewer62 L3).
 * 10 — stop 63: a subscription set to cancel at the period's end (cancel_scheduled) is high risk at
 *     least: the probability is at least churn.levels.high (churn/saidLeaving.ts cancelFloor), on
 *     top of the +0.6 log-odds, so no visits, spend or recent purchase hold her low (newuser62 M1:
 *     Dan Evans, cancels 12-15, checks in weekly: low 27.5 %, "Lowers the risk: last check-in 7
 *     days ago" first → high 80.0 %, "Set to cancel at period end (ends 2026-12-15)" first, in the
 *     at-risk list). Data without a Subscriptions sheet judge as before.
 *     Also in stop 63: a visits log in which every regular still coming stops within twice her
 *     own gap of its last day, 14+ days and twice their median gap before the date (3 regulars at
 *     least), is read as of that day for them (aggregate/visits.ts visitsStoppedTogether;
 *     newuser62 M4b: a school's log ending 11-28 read as of 12-20 made all six students high, 4
 *     of them low 5–31 % → high 98–100 %; read as of 11-28 the four are low again), and
 *     visits_read says so as a warning. A move by time alone (changes/compare.ts TIME_SILENT)
 *     gets no "moved the wrong way" call (tester62 U147).
 *     Also in stop 63: a visits log's rows saying she is on leave (请假, 病假, 停课, Excused,
 *     On leave) since her last visit, the latest within 60 days, hold her as a paused status does:
 *     no retention or win-back call, her regular contact asks when she returns (followUp/hold.ts
 *     onLeave; fix63c, reviewer62 R2 w3: S2 请假 since 09-05, urgent win_back → regular contact).
 *     Data without a Visits sheet, or without such rows, judge as before (the fixture's
 *     fingerprint is unchanged).
 *     Also in stop 63: a marketing contact (a holiday greeting) where the Customers sheet has no
 *     consent column is listed as no_consent_column, not as the customer's no_marketing_consent
 *     (newuser62 L4: "No marketing consent — 4" for files with no such column); the same
 *     contacts, another code.
 *     A refusal of calls that names one channel (Do not call - email only, 不要打电话，发微信,
 *     别打电话，只发短信) is no refusal of every contact: no call or visit, every contact by that
 *     channel (placement.ts ASKED_CHANNEL; reviewer62 R3: do_not_contact → e-mail / message). A
 *     bare "not directly" (请勿直接联系, 不要直接联系客户, Do not contact directly.) names no other way
 *     in and refuses again (tester62 U141: urgent win-back → do_not_contact); a route in the
 *     sentence after the one a refusal ends (Do not call. Call her assistant.) lifts it as in its
 *     own; a time there (Do not call. Try in March, 不要打电话。明年三月再联系) does not: the refusal
 *     stands (fix63j, reviewer63 R9: fix63d's lift had them called the same month).
 *     A note thinking of going elsewhere (在考虑换一家, Considering switching studios) states a
 *     reason to leave (said_leaving; fix62c).
 *     Switching to a payment, a plan, a channel or a number (thinking about switching to card
 *     payment, switching phone numbers) is none; only to another business, or nothing after
 *     (fix63j, reviewer63 R4).
 *     Also in stop 63: calls move (day) with the same data and rule set: a call or message does not
 *     go on a day another customer with the same phone number has one (followUp/reach.ts
 *     samePhoneRing, placement.ts phoneTaken; tester62 U145: a 4S owner's two cars, keyed by plate,
 *     two calls on the same day three times), the later one the next day its window or the horizon
 *     allows. (The regular contact fitted to the customer's rhythm is the default rule set's change,
 *     followUp.cadenceRhythmShare, listed in rules/defaultsHistory.ts; tester62 U150.)
 *     Also in stop 63: RFM's R of a customer read by her visits is her last visit, not her last
 *     payment (fix63c, newuser62 M5: 张伟, paid once 01-05, weekly lessons, 流失客户 → not lost);
 *     her segment and value class move with it, and others' by the R quintiles. Data without
 *     visits score as before.
 *     Also in stop 63: a subscriptions export read with no period column (Recharge's
 *     next_charge_scheduled_at, Next Charge Date, Next Payment Date: now its period end) or none
 *     at all but a canceled status with its day (CANCELLED, cancelled_at), and one keyed by the
 *     customers' e-mail (Email, Status, Current Period End: no header before), says its
 *     cancellations: every subscription canceled, the customer left (fix63k, tester63 U163: C1, C2
 *     mature, medium, urgent win-back → churned, customer_left, no call). A canceled status with
 *     its day and no period counts only on a sheet with a plan or price column (fix63p, reviewer63
 *     R6: a newsletter list, Email / List / Status Cancelled / Cancelled At, made lapsed buyers
 *     churned, customer_left, uncalled; back to high, an urgent win-back).
 *     Also in stop 63: where most customers buy once (overview/oneOff.ts), a customer who bought
 *     on one day gets no retention call while not churned either, at any level, and no key
 *     account's overdue call; the regular contact stays, and the at-risk row opens with why
 *     (fix63g, fix62d's note: a client paid at once 330 days ago, usual gap 200 days, high 98 %,
 *     an urgent win_back → the regular contact only).
 *     A Customers note saying the customer left for good
 *     (NOTE_LEFT_WORDS: 已搬去成都, 已移民, 店已关, Closed for good) is a leaving where the status says
 *     none, unless she still pays on her rhythm (tester62 U142: Twin Peaks Grill and hotpot
 *     刘先生, urgent win_back → churned, customer_left, not called).
 *     So is a death, a shop shut, an owner gone or a move away in everyday words, in the status
 *     or the note (DEATH_WORDS, the customer's own only: 去世, 过世了, 人走了, Passed away, RIP;
 *     已关门, 跑路, Closed down, Moved to London), and a wholesaler's final 停止供货 / 只催款
 *     (fix63j, tester63 U161, U164: urgent win-back + 2 calls → churned, customer_left, no call).
 *     Also in stop 63: a subscription canceled within 60 days (WIN_BACK_CANCEL_DAYS) whose reason
 *     (cancellation_reason, its comments joined; 取消原因) leaves the door open (might, come back,
 *     以后再说, 暂停) is no leaving: the churn reason canceled_may_return first, high at least, an
 *     urgent win-back call, its talking point quoting the reason (fix63n, tester63 U163: Chloe
 *     Diaz "might come back every other month", churned, no call → high 80 %, urgent win-back).
 *     A plain reason (Too expensive, Moving to the UK) stays left.
 *     Also in stop 63: a yearly buyer, whose own mean gap between purchase days is 300–430 days
 *     (overview/oneOff.ts ONE_OFF_YEARLY_DAYS: a December gift, a 中秋 order), is churned from 430
 *     days of silence, not churn.churnedAfterDays (lifecycle/stage.ts yearlyChurnDays; fix63m,
 *     tester63 U170: Finn Green, 2024-12-08 and 2025-12-05, 366 days silent: churned, no call →
 *     decline, low 32.9 %, a regular contact); a churned customer's reason says her own mean gap
 *     where longer than the shrunk rhythm ("buys about every 227 days" → 362).
 *     Also in stop 63: the regular contact spaced by the customer's own rhythm is so at low churn
 *     risk only and before the day she is due back; at medium or high risk, or past that day, the
 *     tier's days (fix63o, reviewer63 R1: zh sample 48 / en 31 at-risk customers had lost their
 *     call; 1000694, high 80 %, 385 days uncontacted: none → 01-05), and its interval is the one
 *     the churn reasons quote under learned weights too (R1b). One call a day per number links no
 *     placeholder (00000000000) and no number more than 3 customers share (a switchboard), and
 *     never puts an urgent contact later (R7: 30 walk-ins' win-backs to 01-04 → by 12-09; R2).
 *     Also in stop 63: with e-mail addresses and no phone number in the Customers sheet, a call goes
 *     by e-mail (instead no_phone) and a customer with neither is listed (no_contact_details);
 *     before, every customer counted as having a number (fix63l, tester63 U169: the wine club's 13
 *     urgent and high 电话 rows with a blank phone cell → e-mails). Data with phone numbers, or with
 *     neither column, schedule as before.
 *     Also in stop 63: with no complaint column, a contact whose note says the customer complained
 *     or will (要去卫健委投诉, threatens to complain; not 没有投诉, 投诉已处理, no complaints) is a
 *     complaint, as an outcome of 投诉 is (fix63l, tester63 U151: clinic 刘建国 low 40.1 % with
 *     routine calls → medium 64.5 %, open complaint, urgent complaint call 12-07; the clinic's other
 *     probabilities move by 1–3 points as the data now has a complaint, MC0012 medium 53.1 % → low
 *     49.8 %).
 *     Also in stop 63: a customer whose payment failed is read by her visits too
 *     (aggregate/visits.ts; newuser62 M2: Chloe, checking in weekly, charges failing since 09-01:
 *     high 99.2 % "Overdue by 92 days" → low 9.0 %), and owed the call about her card whatever her
 *     risk, planned from her first failed charge after her last payment (due 08-15 → 12-02;
 *     without visits due 09-15); her regular contact counts from that failure too. Data with no
 *     failed payment judge as before.
 * 11 — stop 64: an unsubscription from one channel in a note (Unsubscribed from email, 退订短信,
 *     退订邮件; not 未退订短信) refuses that channel only (CHANNEL_REFUSAL_WORDS), and a call to a
 *     customer with no phone number who refused e-mail is listed channel_refused on e-mail, not
 *     sent (fix64b, tester63's wine club Kara Lee: a cadence e-mail 12-09 she had unsubscribed
 *     from → listed, not sent).
 *     Also in stop 64: on a sheet of invoices, a customer with an invoice overdue (its status says
 *     Overdue / 逾期, or its due date has passed) has a payment problem said as the money owed
 *     (payment_failed: "Money owed: 3 unpaid invoices, 3,600 in all, overdue since …"), the talking
 *     point and the call about the money, owed whatever the risk (fix64d, tester62 U148: Golden
 *     Gate, low 3.5 %, nothing said of its 3,600 → the reason said, its agreed 12-15 call kept).
 *     The probability is not moved; data with no overdue invoice judge as before.
 *     Also in stop 64: an account on credit hold (credit hold, COD only, 停止赊账, 先款后货 in the
 *     status, note or latest contact note) gets no retention, wrong-way or routine sales call, its
 *     regular contact an account check at the paused interval, the money-owed call kept; a
 *     subscription whose payments are paused (Stripe's Pause Collection) is held until they resume,
 *     one contact that day (fix64d; a silent COD-only account: urgent win-back → an account check;
 *     a Pause Collection resuming 12-16: urgent win-back → one contact 12-16).
 *     (A contact note read as the customer's leaving, fix64b 34f4123d, was withdrawn in stop 64:
 *     reviewer64 H5, notes about other people and shops — 隔壁店关了, 闺蜜搬走了, Appointment moved
 *     to Tuesday — made 9 of 10 regulars churned with no call.)
 *     Also in stop 64: an appointments sheet (预约登记, Appointments) is read as the visits
 *     (fix64c, tester63 U168): a booking on or after the date (已预约, Booked) holds the retention
 *     and regular contact until the working day after it and makes no movement call (clinic 孙丽,
 *     booked 12-09: win-back 12-07 → 12-10); no-shows and cancellations since the last visit are
 *     the reason missed_appointments, not weighed; a past 已预约 is no visit (was one). The
 *     no_recent_contact reason counts the tries not got through. Data with no appointments judge
 *     as before. A course paid before the window and still attended at ¥0 (no day with spend in
 *     the window) takes its value tier from her net spend (classify.ts prepaidCourseTiers; 王芳
 *     低价值 → 高价值, her regular contact now the high tier's); the samples have none.
 *     Also in stop 64 (fix64l, reviewer64 H7, H8): a booking holds her calls only within 14 days
 *     (a 99 % lapsed customer booked 5½ months ahead: no call → urgent win-back 12-07); a check-in
 *     sheet (签到) beside 预约登记 is the visits input (was: the appointments, by the longer name);
 *     a log whose past rows mostly still say 已预约 reads them as visits (a studio: 0 → 1,316
 *     visits, 30 members medium + urgent call → low, cadence).
 *     Also in stop 64: a contact's note that puts the customer off to a named time (明年三月再联系,
 *     下个月再说, 过完年再说, 下周再打, Try in March, until 15 Jan, after the holidays: noteTime.ts)
 *     holds her until then as a 下次跟进 date does (followUp/hold.ts): no call before it, one on its
 *     first working day, and a refusal with such a time is that hold, not a refusal for ever
 *     (fix64a, reviewer63 R9, r11 as of 2026-12-06: D01 不要打电话。明年三月再联系 and S06 Do not
 *     call. Try in March do_not_contact → next_contact_agreed 2027-03-01; one-sentence forms
 *     called this month → held). A plain refusal stays one.
 *     Also in stop 64: a contact note saying a death in the customer's family or of her pet
 *     (她母亲去世了, 狗狗去世了, 家里老人走了, Her husband passed away) holds her for the new rule
 *     followUp.bereavementPauseDays (30) from its day: no sales or retention contact, one contact
 *     when it ends (fix64b repro, as of 2026-12-06, notes of 12-01: win-back urgent 12-07 or
 *     cadence 12-15 + 12-29 → one contact 12-31 "家中有丧事，暂停联系至 2026-12-31"); an open
 *     complaint's follow-up still goes. Default rules' hash e3e8cb3b → 459e8ca2.
 *     Also in stop 65 (fix65a, tester64 U182, U192, reviewer64 H5): a contact note saying the
 *     customer herself left (noteLeftWord: 搬家了，搬到东莞去了，不来了, 车已经卖了, 已退群, Not
 *     renewing, was acquired by; not someone else's: LEFT_OF_OTHERS, "moved to" a time or a plan)
 *     makes her left when it is her latest note and she is past her rhythm (car wash 刘洋 / 朱琳,
 *     agency Delta / Juniper: urgent win-back + 2 cadence calls → churned customer_left quoting the
 *     note's day and word, no call); on her rhythm she is high at least, said_leaving quoting it, one
 *     contact (a regular's 2 cadence calls → 1). The same words in a Customers note (搬家了，搬到东莞
 *     去了, 不来了, 宝宝断奶了, 已退群) make her left. reviewer64's 19 notes about others: unchanged.
 *     The samples have no contact notes: unchanged. HubSpot's Lifecycle Stage is read as the
 *     status, Former customer a leaving (agency probe: urgent win-back + 2 calls → churned).
 *     Also in stop 65 (fix65b, tester64 U185): a time the Customers sheet's note (备注) names as
 *     when to contact her again (明年3月再联系), or, her status or note saying a pause, when it
 *     ends (冻结, 停卡到2027年3月1日), holds her until then as a contact note's time does, read on
 *     the analysis date (hold.ts customerNoteTimes: 王强 cadence 12-07 "了解何时恢复" → no call,
 *     next_contact_agreed 2027-03-01); a refusal in that note naming such a time is the hold.
 * 12: stop 65 (fix65c, tester64 U188): the Customers sheet's renewal date (续约日期, Renewal Date,
 *     Contract End) brings an account's first regular contact to the new rule
 *     followUp.renewalLeadDays (21) before it, when that falls in the plan and nobody was in touch
 *     since (agency workbook as of 2026-12-06: Fjord Coffee, renewal 12-31, cadence 12-31 → 12-10,
 *     "Renewal on 2026-12-31: talk it over before the customer decides"). Data with no renewal
 *     date judge as before. Default rules' hash 459e8ca2 → eb02882e.
 *     Also in stop 65 (fix65d): a refusal of calls naming the group chat (别打电话，有事群里说) asks
 *     for messages (asked_channel online), not no contact (tester64 U193 豆豆妈: do_not_contact →
 *     cadence 12-14 online); with 签到 the visits input, a 预约登记 beside it is read for its
 *     bookings to come, which hold her calls (fix64l's note: A02 booked 12-09, win-back 12-07 →
 *     12-10). A 售后 sheet is read as the complaints (tester64 U191: an open one, urgent call).
 *     Also in stop 65 (fix65f, tester65 U204): an unsubscription with words between (Please remove
 *     me from your mailing list, Stop sending me emails, 别再给我发消息了, 请把我从群发名单里删掉,
 *     Unsubscribe: optionWords.ts UNSUBSCRIBE_PATTERNS) refuses the channel it names, or every
 *     contact when it names none (repro m, e-mail only: 7 customers with an urgent win-back e-mail
 *     and two more → none; HollowOak's Isabella Rossi: win-back e-mail 12-07 → listed
 *     channel_refused).
 *     Also in stop 65 (fix65f, tester65 U205): a customer with no purchase whose Customers status or
 *     note says she left (已注销, 已移民加拿大，不会再来: lifecycle/left.ts, the buyers' reader) is
 *     listed customer_left, not contacted (repro p: P1, P3 a regular message 12-07 → listed).
 *     Also in stop 65 (fix65f, tester65 U202): a contact note saying the customer is expecting a
 *     baby (怀孕了，暂停做项目，生完宝宝再来, pregnant) holds her for the new rule
 *     followUp.maternityPauseDays (300) from its day, one just after the birth (在坐月子, 哺乳期)
 *     for at most 42 days (hold.ts POSTPARTUM_PAUSE_DAYS), as a bereavement does; a pause's one
 *     contact goes on the first working day on or after its end, never before it inside the pause
 *     (tester65 U203: to Sunday 12-20, called Friday 12-18 → Monday 12-21). Repro w / u (as of
 *     2026-12-06, notes 11-01 / 10-10): 怀孕了 and 怀孕了，暂停做项目… urgent win-back 12-07 + 12-21
 *     + 01-04 → listed next_contact_agreed, "孕产期，暂停联系至 2027-08-28"; 在坐月子 / 哺乳期
 *     → one contact 12-14, then the usual plan. Default rules' hash eb02882e → 3dc151a7.
 *     Also in stop 65 (late65b, reviewer65 H7): a leaving note that is conditional (说要是再涨价就不来了),
 *     denied or asked (不是不来了, 以后不来了？她说不会), a worry (怕她不来了), someone else's (她老公,
 *     对接人走了, Mark moved to another company), a plan (Moved to the annual plan) or taken back
 *     later (换了新车还来洗, but keeping SEO) is no leaving (reviewer65 L5/L6: 15 of 27 regulars
 *     churned with no call → regulars with their cadence calls).
 *     Also in stop 65 (fix65g, tester65 U209): two no-shows (爽约, No-show) or more since the
 *     customer's last visit or purchase owe a call within days, whatever her churn risk
 *     (churn/signals.ts repeatedNoShows), the no-shows said first in its talking point (vet, 孙伟
 *     爽约 11-20 and 11-27, low 15 %: cadence 12-28 → win_back urgent 12-07 + cadence 12-29).
 *     Not weighed in the risk: no data set measured them.
 * 13: stop 65 (fix65c, tester64 U189): under the default weights, two days with spend of very
 *     different size (the larger 5× the smaller or more: aggregate/customerSummary.ts unevenPair)
 *     are no rhythm of their own: read against the customers' usual gap, as a one-time buyer is
 *     (agency as of 2026-12-06: Granite Builders, a 25,000 build then 1,500 of hosting, "Overdue
 *     by 175 days against own rhythm (buys about every 43 days)" → "Bought on 2 days of very
 *     different amounts (no rhythm of its own), the last 218 days ago; overdue by 188 days against
 *     the usual gap between purchases (30 days, all customers)", 91.2 → 90.9 %, still an urgent
 *     call). The judgment fixture: 1 customer medium → high, its cadence → win_back. Learned
 *     weights read the lifecycle's rhythm as before (zh, en, generated, CDNOW unchanged).
 * 14: stop 66 (fix66d, reviewer65 L1/L2, tester65 U206, U210, late65b's open items): a contact note's
 *     reason to leave is read with its direction: she came to us or stayed (换了别家的牌子，想试试我们的,
 *     以前在别家买，现在只在我们这买, 差点换别家，后来留下了) or it is someone else's (Her friend switched
 *     to another gym) → no said_leaving (L1 33.0 → 21.3 %, L2 99.8 → 99.6 %); she joined another business
 *     (换了别家，在对面新开的店办了卡, 嫌贵，在别家办了年卡) or said it in other words (被别家挖走了, 去别的店了,
 *     在别的美容院办了年卡, switching to a local supplier, 不想再来了) → said_leaving (repros u, k, e, v);
 *     a note blaming our people (觉得医生不负责, Said the vet was rude) is a complaint (v F: win-back →
 *     urgent complaint_follow_up, said_leaving + open_complaints). A condition after a leaving word
 *     (不来了，要是再涨价的话) makes it no leaving; 恐怕不会再来了 and 要是有事再联系，已搬到外地 are leavings.
 *     The judgment fixture's judgments unchanged (no notes).
 *     Also in stop 66 (fix66a, reviewer65 M3): of a customer owing money, only the overdue invoices and
 *     those issued after she fell behind (the oldest overdue one's due date, its own day without
 *     one) are set aside from her rhythm (churn/owedRecency.ts); one not yet due and issued before
 *     is her order (O1 9002, a weekly buyer: high 99.9 % "last purchase 37 days ago" → low 5.1 %;
 *     Brightside still high 89.0 %), and the money owed is the overdue invoices', those not yet due
 *     said apart. (fix66a, reviewer65 M4): a stage someone set saying the customer left (Churned,
 *     Former customer, 已流失: LEFT_STAGE_WORDS) on an account still buying on its own rhythm is not
 *     left: high at least, said_leaving first, one contact (LS1 as of 11-17: 3 churned, no call →
 *     high 80 %, 1 contact each). The judgment fixture and CDNOW, generated, zh, en: unchanged.
 * 15: stop 66 (fix66a, tester64 U189 again): under the default weights an uneven pair (a build,
 *     then its hosting) is read against the usual gap of customers who bought on two days of like
 *     size (lifecycle/rhythm.ts pairGap, at least 3 of them; else all customers' as before), and
 *     with no rhythm of its own gets neither a retention call nor an urgent overdue key-account
 *     contact below high risk (followUp/retention.ts wantsRetention, cadence.ts ownSilence): its
 *     regular contact. Agency as of 2026-12-06: Granite Builders high 90.9 % "overdue by 188 days
 *     against … 30 days, all customers", the day's first urgent win-back → medium 70.5 % "overdue
 *     by 37 days against the usual gap of customers who bought on 2 days (181 days)", a high
 *     cadence contact after Brightside's urgent money call. The judgment fixture: 1 customer high
 *     → medium, its win_back → cadence (the one v13 moved). Learned weights unchanged.
 *     Also in stop 66 (fix66e, tester65 U203): on a vet's records of one pet (病历号 beside 宠物名 and
 *     主人), a contact note saying the pet died (咪咪9月底去世了, 狗狗上周去世了, 家里的猫上周去世了) ends that
 *     record (customer_left 宠物已去世, listed pet_died, no contact), where the pet's name was read as
 *     the owner's death and an animal as her bereavement (a pause, then 定期回访); a death naming the
 *     owner's other pet is none of this record's. The fixture is no pet's: unchanged.
 *     Also in stop 66 (fix66g, tester66 U231, U232, U236): a leaving word of intent in a note naming
 *     our fault (羊绒大衣洗缩水赔了200，她说以后不来了: NOTE_LEFT_FAULT_WORDS) is an open complaint, not a
 *     leaving (u231 C1: churned, no call → high, complaint_follow_up urgent quoting the note); a move
 *     to live with her child (搬家了，去女儿那边住) and Cancelled for good are leavings (C2 and Linda:
 *     urgent win-back → churned); a Customers note saying a pause for the season with its end
 *     (Cancelled for the season - back next May) holds her to it (Tom: urgent + 2 calls → one
 *     contact 2027-05-01). The judgment fixture and CDNOW, generated, zh, en: unchanged.
 * 16: stop 66 (fix66h, tester66 U236): under the default weights a seasonal customer in her
 *     off-season (two seasons ending at the same time of year, a gap of 90 days or more and 3× her
 *     others between: aggregate/customerSummary.ts seasonalGap) is read against last year's
 *     off-season, late for a retention call only past it, her regular contact before the next
 *     season (lawn as of 2027-01-15: Grace Kim, pool May–Sep twice, medium 59.8 % "Overdue by 53
 *     days" and an urgent win-back → low 44.6 %, no winter call; Tom and Linda, stopped mid-season,
 *     urgent as before). The judgment fixture: unchanged. Learned weights unchanged.
 *     Also in stop 66 (late66b, reviewer66 H3, H4): a condition after a leaving word makes it no
 *     leaving only when it names a circumstance of ours (不来了，要是再涨价的话; not 不来了，如果有事的话
 *     找她女儿) and never after a leaving said done (已经退卡了，不来了，如果还有余额的话): LV6 low 22.6 %,
 *     2 calls → churned, no call; a blame word is a complaint only right after our person (医生不负责;
 *     not 店员反映她态度很差, 医生说狗狗打针时很不耐烦, 上一家的医生不负责, nor settled later: 这次的很好,
 *     已经道歉了): BL1 9 of 10 urgent complaint_follow_up → cadence. The fixture has no notes: unchanged.
 *     (late66b, reviewer66 M3): 只有我们有, 转到我们, 两边都去 say she stays (no said_leaving), "trying us
 *     again is unlikely" does not (said_leaving): LV1 V13, V15, V22 23.3 → 14.3 %, V11 14.3 → 23.3 %.
 *     (lead, reviewer66 M2): an unpaid invoice issued ON the day the customer fell behind is set aside
 *     with those issued after it (a net-30 retainer's next month, billed the day the last falls due):
 *     O2 8001 low 4.9 % "last purchase 5 days ago" → medium 76.2 %, 8002 → high 82.0 %, 8003 → medium
 *     74.9 %; the paying 8004 and the weekly buyer O1 9002 unchanged (low).
 *     (late66e, tester66 U234): under the default weights a frequent buyer's own rhythm reaches 50 %
 *     no sooner than one missed visit of up to a week (churn/ownRhythm.ts MISSED_WEEK): laundry
 *     inplace as of 2026-12-13, 吴老板 and 王阿姨 (weekly, 13 days silent) medium 64.7 / 67.7 % and
 *     urgent win_back → low 13.8 / 15.1 %, cadence. Buyers every 24 days or more unchanged; the
 *     fixture and CDNOW, generated, zh, en (learned and default weights): unchanged.
 * 17: stop 67 (fix67c, reviewer66 M8): of a customer owing money on a sheet of invoices with no due
 *     date, the day she fell behind is her oldest overdue invoice's day plus its terms (a Terms
 *     column's Net 30, 月结30天: ingest/paymentRows.ts termsDays), else plus 30 days (Net 30:
 *     churn/owedRecency.ts UNSTATED_TERMS_DAYS), today at the latest; not its own day: the weekly
 *     buyer O1 without its Due Date column, one invoice Overdue and four orders since Unpaid, high
 *     99.0 % "last purchase 37 days ago" → low 6.9 %, within her rhythm; Brightside (no Due Date
 *     either) still high 90.5 %. A Terms column makes Unpaid invoices past their terms owed, as a
 *     Due Date does. The judgment fixture: unchanged.
 *     Also in stop 67 (fix67f, tester67 U300): churn risk's outcome, learned and backtested, is "no
 *     purchase and no visit in the horizon" for a customer read by her visits (aggregate/visits.ts
 *     lastActiveDay), not "no purchase": tester67's piano school, 173 weekly students on prepaid
 *     packages 37 high / 82 medium / 54 low, 6 urgent win_back → 173 low, none; the gym's active
 *     members 21 high / 50 medium → 220 low. Data without a Visits sheet (the fixture, CDNOW,
 *     generated, zh, en): unchanged.
 *     Also in stop 67 (fix67d, tester66's open leaving words): a move said before it happens (Moving to
 *     Denver next month, we're moving to Austin, relocating to Ohio; 下个月搬到深圳: a time before a move
 *     says when, not "for now") and a leaving for fear of the treatment (怕疼不来了, Afraid of the
 *     needles, won't renew: 怕 no worry there) are leavings: regulars every 20 days, silent 31 days,
 *     growth low 27.9 % with 2 calls → churned, customer_left, no call (left.test P01–P07). Blame put
 *     before our person with words between (都怪你们那个新来的师傅, it's all because of that new guy of
 *     yours) is a complaint; the other shop with no going verb (现在都是别的店做, 别的店便宜, going
 *     elsewhere) a reason to leave (said_leaving). The fixture has no notes: unchanged.
 *     Also in stop 67 (fix67c, tester66 U234 follow-up): a wrong-way move with nothing of the
 *     customer's own since is time alone (no moved_wrong_way call of its own) when her spend and
 *     purchase days fell only by the purchases that left the window (changes/compare.ts sameFigures): laundry WU, weekly,
 *     one week missed, 12-06 → 12-13, 变差 "RFM Hibernating → Lost; value class …" → 时间推移, no
 *     call of its own either way. The fixture (one run): unchanged.
 *     Also in stop 67 (fix67d, tester66 U233): a contact's note naming a fault of ours on her things
 *     or its amends, not settled (洗坏了大衣，赔偿200元, Ruined her coat, paid her $200: AMENDS_WORDS),
 *     is a complaint (complaintNote): the dry cleaner's C2 no complaint → 1 open (her call stays
 *     cadence: a contact reached her since). The fixture has no notes: unchanged.
 * 18: stop 67 (fix67g, tester67 U306 U317 U302): the learned churn weights are pulled toward the
 *     default weights (churn.learning.penalty 1 toward 0 → 10 toward DEFAULT_WEIGHTS, for up to 500
 *     customers learned from, less in proportion beyond: churn/learn.ts priorPenalty), a feature the
 *     learning set cannot teach (constant, or fewer than 10 customers off 0: a survey newer than the
 *     learning date) keeps its default weight, and a stated reason to leave adds its default weight
 *     under learned weights too. Bakery C (58 holiday-only buyers): intercept +0.89 → −2.27, the 16
 *     quarterly office clients 4 high / 11 medium → 16 low, urgent calls to stayers 7 → 0. Gym B2: the
 *     56 members rating 1–2/5 low 36 → 29, high 8 → 19; AUC (leavers vs active) 0.817 → 0.876. Piano
 *     A: AUC 0.657 → 0.732. CDNOW 0.7784 unchanged, generated 0.9104 → 0.9103 (truth 0.8891
 *     unchanged), zh 0.8764 → 0.8765, en 0.8734 → 0.8733.
 * 19: stop 68 (fix68g, reviewer67 M3 M7 H3, tester67 U319): what a contact's note's words mean.
 *     Praise in blame's shape is no complaint (都是因为你们前台推荐，她才办了年卡; It's all because of
 *     your new stylist that she comes every week now: COMPLAINT_BLAME_PRAISED), 5 of 5 → 0. A
 *     comparison shrugged off or answered no is no reason to leave (别的店便宜，但还是喜欢我们这;
 *     going elsewhere? no, staying: LEAVING_DENIED_WORDS, LEAVING_ASKED_NO), 6 of 6 said_leaving →
 *     none. A child gone to another activity is one (孩子去学游泳了, takes swimming lessons instead:
 *     LEAVING_OTHER_CLASS_WORDS) → said_leaving. A fault of ours with its fee given back (洗坏了大衣，
 *     退了洗衣费: AMENDS_PAID_WORDS 退了 / 退款 / 退费) is a complaint again, and the talking point
 *     reads amends as the complaint does (her stock losses, 别家洗坏的 brought in: no point). The
 *     fixture has no notes: unchanged. CDNOW 0.7784 / 0.750, generated 0.9103 / 0.907 (truth
 *     0.8891), zh 0.8765 / 0.867, en 0.8733 / 0.884: unchanged.
 *     Also in stop 68 (fix68d, landing fix67c's b960c8dd; tester66 "Karen's April call unseen"): a
 *     Customers note naming when to call (call me back in April) holds a seasonal customer in her
 *     off-season (Rhythm.offSeasonGap), as one overdue: lawn as of 2027-01-15, Karen Miller (mowing
 *     Apr–Nov) no call and nothing said → listed next_contact_agreed 2027-04-01; as of 03-20 her
 *     first call 04-09 (regular) → 04-01. The fixture (no notes): unchanged. Judge check unchanged.
 *     Also in stop 68 (fix68f, tester67 U310 U311): a one-day customer of an occasion order in a business of
 *     regulars (aggregate/occasion.ts: one order at least 20 times the repeat buyers' usual one, a
 *     wedding cake at a bakery) is not read against the regulars' gap (her reason says the occasion)
 *     and is a past client: no retention or win-back call, churned listed as occasion_client, not for
 *     the win-back campaign. Bakery C: 10 churned weddings already_churned → occasion_client, the 4
 *     not churned keep their regular contact, their reason "an occasion order …". And an at-risk
 *     row's "like most customers" reason quotes the customers' share only where it lies in her level,
 *     else her own figure (typical_of_customers fourth figure 3). Probabilities unchanged: CDNOW
 *     0.7784, generated 0.9103 (truth 0.8891), zh 0.8765, en 0.8733.
 * 20: stop 68 (fix68e, tester67 U309): under learned weights a regular buyer past its own rhythm's
 *     due reads at least what its rhythm says (churn/ownRhythm.ts floorOwnRhythm), and falling orders
 *     and a stated reason to leave are learned beside the weights (learn.ts fixedOdds); gaps shorter
 *     than a week are spread over a week (ownRhythm.ts weekSpread: a café ordering Monday to Friday
 *     keeps a rhythm); a fall of orders that has lasted up to 90 days is read against the orders
 *     before it (aggregate/orderFall.ts). Bakery C: the three cafés lost to a competitor medium
 *     50–56 % → high 99.6 %, W-108 (orders at 45 % for eleven weeks, 2/5) low 6.7 % → 40 %.
 *     CDNOW 0.7784 → 0.7779, zh 0.8765 → 0.8756 (the floor: a few regular buyers past their due
 *     bought again), generated and en unchanged to 0.0002. The fixture's judgments unchanged.
 * 21: stop 68 (fix68a, reviewer67 H2, M2): of a customer owing money, an overdue invoice is set
 *     aside (with those issued since) only once past its due date and a month (churn/owedRecency.ts
 *     UNSTATED_TERMS_DAYS) past its day both: shorter terms paid within the month are paid late, not
 *     left. The weekly buyer O1 (paying at 30 days, ordered 2 days ago) on Terms Net 14 / 14 Days /
 *     Net 7 / Due on receipt or a Due Date 14 days on: high 99.0 % "last purchase 37 days ago" →
 *     low 6.9 % "last purchase 2 days ago"; Net 21 medium 58.5 % → low 6.9 %; money owed said as
 *     before. Brightside (its November invoice a month unpaid) high 90.5 % on any terms, unchanged.
 *     Terms read in their usual spellings (ingest/paymentRows.ts termsDue): Net 30 Days, net-30,
 *     n/30, 2/10, n/30, 30日, COD, Cash on delivery, 现结, 款到发货; EOM, Net 30 EOM, 月结, 月结30天
 *     from the month's end: Net 15 days nothing owed → 3 overdue invoices, 1,500; COD / 月结 the
 *     money owed said. The fixture, CDNOW 0.7784 / 0.750, generated 0.9103 (truth 0.8891) / 0.907,
 *     zh 0.8765 / 0.867, en 0.8733 / 0.884: unchanged (no invoices).
 * 22: stop 68 (lead, tester68 U401): an apology the customer accepted settles the complaint
 *     (COMPLAINT_RESOLVED_WORDS 客户接受, 接受道歉, 表示理解, accepted the apology; not 不接受道歉,
 *     接受不了, not accepted): the 母婴店's 刘敏丽 (投诉已道歉，送了湿巾，客户接受) urgent complaint
 *     call and an open complaint → none. CDNOW 0.7779 / 0.749, generated 0.9104 / 0.907 (truth
 *     0.8891), zh 0.8756 / 0.866, en 0.8735 / 0.883: unchanged.
 *     Also (lead, fix68e's cost): a customer paused today (followUp/hold.ts pausesOf: 冻结, on
 *     leave, payments paused) is silent by the pause: the learned weights' own-rhythm floor is not
 *     read for her (Snapshot.paused). tester67's gym B2 as of 2026-12-07, 51 frozen members: high 47
 *     / medium 4 → high 16 / medium 29 / low 6 (before fix68e 15 / 30 / 6); lapsed 57 high, active
 *     220 low unchanged. Judge check unchanged (no statuses there).
 * 23: stop 69 (lead, tester69 U500): a rhythm's population floor (a quarter of the population's
 *     rhythm) holds in full up to lifecycle.typicalGap.populationFloorGaps (4) gaps and fades as
 *     4 / gaps beyond, never below minDays (lifecycle/rhythm.ts): a florist of holiday buyers
 *     (population 136 days) floored every weekly account at 34 days. HY006 (weekly 2½ years, five
 *     Mondays missed) low 8 % "within its rhythm (about every 34 days)" → high 97.7 % "every 9
 *     days"; the florist's holiday buyers high 17 → 5 (medium 37 → 49). CDNOW 0.7779 → 0.7780
 *     / 0.749, generated 0.9104 / 0.907 (truth 0.8891), zh 0.8756 / 0.866, en 0.8735 / 0.883.
 * 24: stop 69 (fix69e, stop 68's open item): a customer paused today is not leaving by her silence:
 *     the features that read it (overdue, recency, the purchase-day and spend trends, the
 *     repeat-purchase model's figure) add no risk for her, each contribution at most 0
 *     (churn/pausedSilence.ts); her other features keep their weight, and past her rhythm her reason
 *     says the pause (paused_silence: 暂停中：已 47 天未上课/签到（通常约每 7 天一次），暂停期间没有
 *     上课/签到不算流失迹象). tester67's gym B2 as of 2026-12-07, 51 frozen members who all come back
 *     (its truth): high 16 / medium 29 / low 6 → low 51; lapsed 57 high / 28 churned, ghosts 36
 *     high, active 220, pt 33, dnc 39 low, unhappy 54 low / 2 medium: unchanged.
 * 25: stop 69 (fix69a, tester68 U404): churn risk is not learned from another season than the
 *     months ahead (churn/seasonShift.ts: a year earlier, the customers' share buying in the horizon
 *     before the date and after it twice apart and 10 points or more): the default weights at their
 *     own level, said in the model note; and, under the default weights, a season is read from the
 *     months she buys in (aggregate/season.ts recurringSeason: 4 months or more without a purchase,
 *     2 days in each of her last two seasons, no second off-season inside her season, the
 *     last ended no earlier than the one before less a spacing). The bike shop as of 2026-02-28:
 *     learned on Dec–Feb (84 % did not buy) → default weights; its 186 seasonal riders high 186 → high 42 / medium 52 / low 92, the 19 left riders
 *     scored high 19 → high 16 / medium 3; follow-ups 387 (335 overdue) → 253 (156), win-back calls
 *     to seasonal riders 180 → 60. The fixture, CDNOW 0.7779 / 0.749, generated 0.9104 / 0.907
 *     (truth 0.8891), zh 0.8756 / 0.866, en 0.8735 / 0.883: unchanged.
 *     Also in stop 69 (lead, reviewer69 H4, M9): a status's pause holds only while it runs (a dated
 *     end before the analysis date or 已过期 / expired is none: followUp/hold.ts statusPaused): a
 *     freeze over since September 30.8 % → 100 %, as an active member; and the population floor
 *     fades past 4 gaps only for a record spanning the population's rhythm (a burst of 8 orders
 *     in 14 days 58.4 % → 5.9 %, as before 23).
 * 26: stop 69 (lead, reviewer69 H2): a bare 客户接受 / 顾客接受 settles a complaint only at its
 *     clause's end (顾客接受护理后脸部红肿，要投诉 received a treatment), 表示理解 only the
 *     customer's (not 店长表示理解), refusals (拒绝 / 不肯 / hasn't / refused to accept the apology),
 *     questions (客户接受了吗？) and a complaint made again (后来又来投诉) leave it open: the
 *     reviewer's three members, no complaint → 3 open complaints, 3 urgent complaint calls (as
 *     before 1f808417). Also (tester69 U501) a move into decline with nothing of her own since and
 *     her churn probability fallen within one level below high is time alone on Changes: the
 *     florist's refresh 变差 29 → 19, wrong-way calls 23 → 16. Judge check unchanged.
 *     Also in stop 69 (fix69c, tester68 U407, tester67 U309): a repeat buyer at low risk inside
 *     her own rhythm has her regular contact the day after she is due back, not the tier's days before it,
 *     and, with a rhythm within the plan's days, one in the plan (followUp/cadence.ts oncePerPlan):
 *     the 母婴店's M10001 (every 19 days, 2 %) 11-11 and 11-25 → 11-12; muying 384 → 268 planned,
 *     gym B2 767 → 500. A customer whose rate fell 40 % or more over 90 days who gave a low score
 *     or complained then gets a retention call (followUp/shrinking.ts; candidates.ts
 *     wantsWinBackOf): bakery C's W-108 (spend 48 % down, 2/5) no call → win_back on 12-04; gym
 *     B2's 56 unhappy members 2 → 39 retention calls, its 220 active none. Probabilities and
 *     levels unchanged (schedule only): the judge check as before.
 *     Also in stop 69 (fix69f, stop 68's fix68a leftovers): money owed is overdue since the day its oldest
 *     overdue invoice fell due, one reading (ingest/paymentFailed.ts invoiceDue): without a due date
 *     or terms its day plus 30 (Net 30, as churn/owedRecency.ts reads the day its customer fell
 *     behind), not its own day; an invoice its status says is Overdue before it falls due is
 *     "marked overdue", its payment call owed from today (Brightside on Terms Net 60: "overdue since
 *     2026-12-31" as of 12-06 → "marked overdue"; without terms "overdue since 2026-11-01" →
 *     2026-12-01). Terms read too: C.O.D. only (due at once), Due end of month, Due by end of month,
 *     Due 30 days, a day of the next month (Net 10th, 10th of the following month, 次月10日):
 *     the weekly buyer O1 on Due end of month / C.O.D. only nothing owed → 4 overdue invoices, 2,000
 *     / 5 unpaid, 2,500 (low 6.9 % unchanged); Brightside on Net 10th (its November invoice due
 *     12-10, not yet) high 90.5 % → low 5.9 %, as on Net 60 before. The fixture and the
 *     judge check's four sets: unchanged by it (no invoices there).
 *     Also in stop 69 (fix69f, stop 67's fix67e left): on a vet's record of one pet, a death note
 *     naming a pet in a pet name's shape that is on no record (小黑上周去世了 on 小白's record:
 *     ingest/contactOutcome.ts petDeath) ends no record: 小白 churned pet_died, no calls → a
 *     bereavement's pause, then its calls, the contact saying “小黑” is on none of the owner's
 *     records. Judge check unchanged (no pet records there).
 * 27: stop 70 (fix70c, reviewer69 M10): a one-day customer of an occasion order (a wedding cake at
 *     a bakery of regulars) is silent by the occasion: her silence adds no churn risk, as her
 *     reason says "not counted overdue against the regulars' gap" (churn/pausedSilence.ts), said
 *     first at low; and an order is an occasion only once a regular would be overdue (overdueFactor
 *     × the customers' usual gap): the reviewer's bakery, a hotel's $900 trial order 60 days ago
 *     high 94.8 % → low 33.6 %, a new café's first $800 order 12 days ago no longer "a wedding, an
 *     event" (medium 64.9 %, overdue by 5 days against the customers' 7). Judge check unchanged.
 *     Also in stop 70 (lead, reviewer70 H2 on b0cf1c49): a status's dated day ends its pause only
 *     when written as the end (冻结至2026-09-30, a range's second date, 2026-09-30到期: optionWords
 *     PAUSE_END_*_WORDS); the day a freeze began (2026-11-20冻结, On hold since 2026-11-15,
 *     停卡（2026-11-20，产假）, a range running today) ends nothing: the reviewer's frozen members
 *     98.1 %, urgent win_back → 24.7 %, no call, as an undated freeze. Judge check unchanged (no
 *     statuses there).
 *     Also in stop 70 (fix70c, tester69 U510): a customer whose contact note gives a reason to leave
 *     (已换了别家供应商，嫌我们价格高; too expensive) gets one contact, about it, not a run of regular
 *     ones after it, as one saying she herself leaves (不来了) did (churn/saidLeaving.ts saidLeaving):
 *     the florist's refresh, 中鼎律师事务所 win-back 11-30 + 定期回访 12-08, 12-22 → the win-back
 *     alone (planned 163 → 161). Levels and stages unchanged (schedule only): the judge check as before.
 *     Also in stop 70 (fix70a, tester69 U506): an order refunded whole (Shopify's Financial Status
 *     `refunded`, no purchase, not used) on or after the customer's last purchase day is that
 *     purchase, refunded: the refund reason (churn/refunded.ts) is said first and opens the call,
 *     where it was "Overdue by 135 days against own rhythm" alone (Rosa's Taqueria: "Refunded 334
 *     of the last purchase (334) on 2026-06-15; nothing bought since"). Not weighed: levels
 *     unchanged. And (fix70a, tester69 U521, READING_VERSION 9) a Shopify order delivered on
 *     terms (pending + fulfilled) is a purchase whose money is owed: its customer's calls open
 *     with the money. Judge check's four sets have neither: unchanged.
 *     Also in stop 70 (fix70b, tester69 U523): a pause status of a customer unhappy by her own
 *     word (the latest score low, a detractor's recommend score, a complaint open:
 *     churn/signals.ts unhappyOf) is no pause (followUp/hold.ts pausesOf, holdsOf): 停课 written
 *     after the parent scored 1/5 is the family having stopped. tester69's 启航-退费状态.xlsx as of
 *     2026-11-30: QH2611 中 62.3 % → 高 99.4 %, QH2612 中 67.2 % → 高 98.9 %, their call
 *     "客户状态为“停课”：定期联系，了解何时恢复" → 挽留联系 紧急 on 11-30; its 8 休学 students (no low
 *     score) low, no call, unchanged. Judge check unchanged (CDNOW 0.7779 / 0.749, generated
 *     0.9104 / 0.907, zh 0.8756 / 0.866, en 0.8735 / 0.883).
 *     Also in stop 70 (fix70e, reviewer69 M6, M4, M5): a contact note's words read where they are
 *     said. A blame put before our people is a praised cause only when the praise is hers now, in our
 *     person's clause or the next, not a past habit (以前经常来) and not undone after (结果…很生气要
 *     退卡, 剪坏了, none got the discount): the reviewer's 7 notes no complaint → an open complaint and
 *     an urgent complaint call each. A child gone to another activity is no reason to leave when
 *     the note says she still comes or comes back (周末还来, 九月回来, still here Saturdays), asks
 *     (去学游泳了？), switches within the school (从古筝改学钢琴了) or means driving lessons (学车):
 *     the reviewer's piano school students 7.2 % with said_leaving → 4.1 %, none. A don't-know
 *     answer (去别的店了吗？不知道 / 没接电话, not sure, no answer) and a shrug at what is ours or
 *     one she went after anyway (不在乎我们的会员折扣，已经去那边了; 无所谓，反正以后不来了;
 *     switched already) no longer cancel a stated reason: said_leaving again. The fixture and the
 *     judge check (CDNOW 0.7779 / 0.749, generated 0.9104 (truth 0.8891) / 0.907, zh 0.8756 /
 *     0.866, en 0.8735 / 0.883): unchanged.
 *     Also in stop 70 (fix70e, reviewer69 L1, L4; fix69f left): an apology settles a blame of our
 *     people only once accepted, as any complaint (saysResolved): 觉得医生态度差，已道歉，她还是很生气
 *     no complaint → an open complaint and its urgent call; a damage and a refund make our amends only
 *     in one clause or two beside, the damage not another's nor said normal: 买的裙子掉色，是别家买的，
 *     想在我们这退款不行 and a card refunded on moving beside 掉色是正常的 a complaint → none; a vet's
 *     note naming in English a pet on no record (Max passed away on Bella's record) ends no record:
 *     Bella churned pet_died → continues. Fixture and judge check unchanged.
 *     Also in stop 70 (lead, reviewer70 H3 on 82cf5b27): an accepted apology followed by a turn
 *     (但, 现在, 后来, but, still) to a complaint or a demand (投诉, 赔偿, 退款, refund) leaves the
 *     complaint open (ingest/contactOutcome.ts saysResolved): the reviewer's four members, no
 *     complaint call → 4 urgent complaint_follow_up calls. Judge check unchanged.
 *     Also in stop 70 (lead, tester70 U602): on Changes, a churn risk level that rose by less than
 *     10 points (changes/direction.ts BOUGHT_RISE_NOISE) for a customer who bought since the last
 *     run is mixed, not the wrong way, and gets no moved_wrong_way call: tester70's car-service
 *     refresh, 变差 19 → 10, wrong-way calls 13 → 6 (the 9 members who had just come in, 45 % →
 *     51 %); its real leavers and the member with a complaint since (47 % → 75 %) still 变差.
 *     Also in stop 70 (lead, tester70 U601): 不太想再来 / 不大想再来 and the dealer's workshop (去4S店)
 *     are reasons to leave said (LEAVING_REASON_WORDS, appended): the car shop's VIP0235 (engine
 *     leak, half the labour refunded, still unhappy) low 47.1 %, no reason → medium 61.7 %,
 *     said_leaving first. Judge check unchanged.
 * 28: stop 71 (fix71b, tester70 U607): a customer owing money has her unpaid invoices set aside
 *     from her rhythm only when they are the seller's billing, one amount repeated (a retainer's
 *     fee: churn/owedRecency.ts BILLING_AMOUNT_SPREAD); invoices of amounts that vary are orders
 *     she placed and received, her purchases. tester70's roaster as of 2026-11-30: the three
 *     cafés on Net 30 paying two months late, ordering every 14 days, high 99.9 % "last purchase
 *     115 days ago" → low 0.6–0.7 % "within its own rhythm (… last purchase 2 days ago)", the money
 *     owed still said and called; high 6 → 3 (the three lost weekly cafés). A customer read to her
 *     last paid-up purchase (Brightside, the retainer) says so: "last paid-up purchase 66 days
 *     ago", not "last purchase" beside the row's Last purchase of 5 days ago. Judge check
 *     unchanged (CDNOW 0.7779 / 0.749, generated 0.9104 (truth 0.8891) / 0.907, zh 0.8756 / 0.866,
 *     en 0.8735 / 0.883).
 *     Also in stop 71 (fix71c, tester70 U603, reviewer70 M5): a contact or Customers note saying
 *     the car was sold or taken away as a car shop writes it (车已经卖掉了, 车卖掉了, 调到北京工作，车也开走了:
 *     NOTE_LEFT_WORDS, appended) is a leaving, as 车已经卖了 was; a move to a place named 新… / New …
 *     or to another city (已搬到新加坡, 全家搬到新西兰了, Moved to New York, moved to a new city,
 *     已搬到隔壁市) is a leaving, not a move nearby (MOVE_NEAR_WORDS' 新 is now her own premises'
 *     words, 新址 / 新家…; MOVE_NEAR_NOT_AFTER). tester70's car shop as of 2026-10-31: VIP0238,
 *     VIP0239 churned by overdue, on the win-back list → customer_left; 挽回活动 11 → 9, 客户已离开
 *     2 → 4. Judge check unchanged (CDNOW 0.7779 / 0.749, generated 0.9104 (truth 0.8891) /
 *     0.907, zh 0.8756 / 0.866, en 0.8735 / 0.883).
 *     Also in stop 71 (lead, tester70 U605): a follow-up log's scored calls (回访记录's 满意度(1-5)) are
 *     survey answers (satisfaction/fromContacts.ts), so a 1/5 or 2/5 weighs as a low score in the
 *     churn risk and its reason, as a Surveys sheet's would: tester70's 顺达 car shop as of
 *     10-31, VIP0233 (维修质量 complaint, 1/5, 不太想再来) enters the at-risk list at 63.8 %,
 *     VIP0235 61.7 % → 74.6 %; the levels' counts (medium 6, low 247) unchanged. A garage's
 *     服务顾问 owns the member: week 1's 118 calls under （未指定） → 45 / 44 / 31 for three advisors.
 *     Judge check unchanged (CDNOW 0.7779 / 0.749, generated 0.9104 (truth 0.8891) / 0.907, zh
 *     0.8756 / 0.866, en 0.8735 / 0.883).
 *     Also in stop 71 (lead, reviewer71 H1, H2, M1): a pause status ends on a range typed with a
 *     hyphen (冻结 2026.08.01-2026.09.30), a start and its length (2026-06-01起，3个月), a labelled end
 *     (到期日：, 预计恢复, resumes) or a day before 前 / 后恢复: the reviewer's weekly members silent
 *     since 07-31, 30.8 % cadence → 100 % urgent win-back, as an active member. Our own amends
 *     after a settled complaint (后来退款已到账, 店长还是给了赔偿, we then issued a refund) no longer
 *     re-open it; money re-opens it only as her demand (但仍要求全额退款): open 4 → 0 of 5, their
 *     urgent complaint follow-ups back. 去4S店 for a recall, a first service, a price compared or on
 *     our advice is no reason to leave (3.3 % → 1.8 %). Judge check unchanged.
 *     Also in stop 71 (fix71c, reviewer70 M8, M9, M2, M7, L6, L7; tester70 U606): a contact note's
 *     words read where they are said. A child gone to another activity stays a reason to leave when
 *     she comes back for an errand or the "continue" is ours (还来退费, 回来拿东西, 我们继续跟进,
 *     继续联系看看, still here for the refund paperwork): none → said_leaving. A staff question never
 *     answered (去别的店了吗？没接电话, going elsewhere? no answer, 是不是嫌贵去别家了？没问出来) states
 *     nothing: said_leaving → none (不知道 stays hers). On a vet's record a drug, an operation, a time
 *     or an adverb before the death word (阿莫西林, 小手术, Yesterday, Quietly) and the pet's own
 *     nickname (白白 of 小白) are no pet on no record: the record ends (pet_died), and the owner
 *     telling the news (Owner called:, 主人打电话说) is not the owner's death. 客户接受赔偿 / 接受了补偿
 *     / 接受换货 settle a complaint (its urgent call gone); 嫌师傅手重 is a blame of our people (an
 *     open complaint). A note whose outcome follows a label (保养提醒：未接通) is no contact: tester70's
 *     car refresh as of 2026-11-30, VIP0231's win-back planned from the failed call (due 12-01) →
 *     overdue since 07-28, the typed 未接通 carried on it. Fixture and judge check unchanged.
 *     Also in stop 71 (lead, reviewer71 H7, H8, H4): a standing order of one amount every
 *     fortnight, paid late, is her orders (the seller bills a month apart: owedRecency.ts
 *     BILLING_MIN_GAP_DAYS): 99.9 % → 3.8 %. The car picked up after its service (修好了，车也开走了),
 *     a posting away with its return (调到外地…明年回来) and 搬到新城区 are no leaving: customer_left /
 *     80 % → as a note saying nothing. A cash-on-delivery order Shopify leaves pending is paid, not
 *     owed: the COD customers' urgent money-owed calls → their regular contact. Judge check unchanged.
 *     Also in stop 71 (fix71d, newuser70 N6): a pause whose end the status writes itself
 *     (冻结到2026-12-31, 冻结至2026-12-20, On hold until 2026-12-28) plans its one call on that end
 *     day, as the same end written in 备注 did (followUp/hold.ts customerNoteTimes, one reading of
 *     a pause's end): newuser70's a3_until.xlsx as of 2026-12-07, Q0 / Q2 no follow-up in the 30
 *     days → one on 12-31 / 12-21 (12-20 a Sunday), "客户状态为“冻结到2026-12-31”：2026-12-31 联系
 *     （不安排挽留联系）". Calls only: levels unchanged (the churn side read the status's end
 *     already), fixture unchanged.
 *     Also in stop 71 (fix71d, reviewer70 M3): a shrinking unhappy customer's spend before leaves
 *     out a big-ticket row (five of her median orders or more: followUp/shrinking.ts): weekly
 *     customers whose days never fell, 2/5 in November, with a 2,000 machine or a 3,000 year card
 *     in the year before, "spend down 71 % / 92 %" and a win_back call → not shrinking, no such
 *     call. Calls only: levels unchanged.
 *     Also in stop 71 (lead, reviewer71 M6): a pet named Sally, Ally, Wally or Bently is a pet's
 *     name, not an adverb: "Sally passed away" on Bella's record no longer ends Bella's record.
 *     Also in stop 71 (fix71b, tester70 U609): the call about money owed, when it is all the
 *     customer is called for and she is not at high risk, waits followUp.moneyOwedGraceDays (15)
 *     past the oldest overdue invoice's due date, planned on the working day the grace ends
 *     (followUp/candidates.ts owedGraceEnd): the roaster's 13 urgent calls of Monday 11-30 for
 *     invoices due Friday 11-27 → Monday 12-14; its week 1 24 → 10 contacts, urgent 20 → 6. Levels
 *     and stages unchanged (calls only): the judge check as 3e464398's.
 *     Also in stop 71 (fix71b, newuser70 N2; READING_VERSION 10): an order placed awaiting payment
 *     and not sent (Shopify's pending + unfulfilled) is her latest order, at 0: newuser70's 8003,
 *     $2,400 ordered 10 days ago, medium 78.1 % "Overdue by 37 days" and an urgent win-back →
 *     low 2.7 % within her rhythm, no win-back. Judge check unchanged (CDNOW 0.7779 / 0.749, generated
 *     0.9104 / 0.907, zh 0.8756 / 0.866, en 0.8735 / 0.883).
 *     Also in stop 71 (lead, reviewer71 M2): a low score cancels a pause status only when she
 *     stopped buying within UNHAPPY_STOPPED_DAYS (30) of it: a 2/5 of June followed by 20 visits
 *     before a freeze for 产假 / 出国 / 手术, 99.3 % urgent win-back → 47.2 %, no call, as before
 *     ba7f9e2e; tester69 U523's 停课 after a 1/5 still no pause. Judge check unchanged.
 */
export const JUDGMENT_VERSION = 28;
