/**
 * The version of how the program reads the input: the code that turns a sheet's rows into a
 * customer's purchases and their amounts (ingest/: which column is the amount, which rows are
 * sales, top-ups, refunds, invoices, copies). The one owner: bump it whenever a change to that code
 * can give a customer other purchases or amounts from the same file, and add a line below.
 * Every run records it beside the judgment version (rules/judgmentVersion.ts): the run state, the
 * JSON's ruleSet. A refresh whose previous run was read by another version says so: a customer
 * whose purchases up to the previous date read otherwise is "read the new way", not "corrected,
 * added late or removed: check your data" (changes/compare.ts readingChanged; reviewer60 R17, stop
 * 60: a salon's unchanged file refreshed after the stored-value fix told the owner that 2 members'
 * data had been corrected, their top-ups 0 → 6,000).
 *
 * A run state or JSON written before versions of the reading were recorded reads as 0: an earlier
 * reading than version 1, so different.
 *
 * 1 — stop 60 (the first recorded): with the same file this release reads, per customer, top-ups
 *     as the money received where its card uses are at ¥0 (3a16085b), the stored-value payment in
 *     a till's 付款类型 / a column found by its values (fe47910b, 5d4222f3); the paid amount over
 *     the billed one, and 应收金额 beside a till's 找零 (577f7bd0, 9f5ac631); 淘宝's 退款金额 taken
 *     off unless the refund did not happen (733efe2e, 5b077ec5); open invoices as purchases and
 *     written-off ones as none, on a sheet with an invoice's number or due date (577f7bd0,
 *     2d49b09b); like items of one order and payments split two ways (5d31022b, a638f57d). And
 *     stop 61's, landed before it: a top-up not used yet on the sheet's basis, 卡扣金额 inside 实收
 *     per sheet (ac3095a0, 1a2a3985); an export listed twice and sorted counted once (1e25975f,
 *     c07e336c); sales kept one sheet per store read as one (821d4916); a school's fee types as
 *     sales (02ac1837); Shopify's Name as the order ID (7b3d9cb9); complaints kept in the contact
 *     log (96f07bf1); sheets named 会员消费 / Payments / 收款记录 / 客户回访 read as their input
 *     (f6c64b5a, ab19ff1c); footnotes under the customers and the transactions (753212a2,
 *     d19f575a); opt-in headers as consent (ccc15738); month-first birthdays (5b9d09ba). Nothing is tested against this version (judgmentVersion.test.ts has
 *     no twin here): whoever changes what a file reads as bumps it.
 * 2 — stop 62: sales kept one sheet per year or store, one with no order-ID column beside one that
 *     has it: each row of the ID-less part is its own order (it was one order "0": its later days
 *     installments of the first), and a blank order ID on two sheets' like rows no shared order
 *     (fix61m; sheetParts.ts joinTransactions). Two exports that overlap, combined and sorted by
 *     order ID: on the run of days where every order is there twice, each counted once
 *     (duplicateRows.ts overlapWindow; fix61b: fix60b's Square 25,342.45 → 21,148.35). The same
 *     release: a transactions row whose status
 *     says its charge failed, `declined`, `payment failed`, `charge failed`, `扣款失败`, `支付失败`,
 *     `付款失败` (optionWords.ts FAILED_CHARGE_WORDS; `failed` was one already), is no purchase:
 *     left out as voided, where it was counted as a purchase of a kind not known (fix62c, tester61
 *     U134). And on a sheet of invoices, an open / overdue / 未付款 status beside a type column
 *     (QuickBooks' Status beside Transaction Type, 单据状态 beside 单据类型) is billed, a purchase,
 *     as the status alone was (it was voided: fix62g, tester62 U140, repro 400 → 700); a payment
 *     received (Payment, 收款单, 回款) on a sheet that lists its sales too is no purchase (it was one:
 *     fix62g, tester62 U149, 5,100 → 2,600). And rows of one order alike in every field read are
 *     like items, counted, where a column tells them apart (Attendee Name, 座位, 券码, a line number)
 *     or where no order of the sheet shows a copy and at least 3 orders have them (fix62b,
 *     reviewer61: tickets 540 → 1,125, a café's pairs of lattes 45 → 78); before, an order whose
 *     every line was there as often was read as copied in place. An export listed twice needs every
 *     order (not most) repeated to be counted once (duplicateRows.ts). A payment received is of
 *     its own customer's sales only, when hers on the sheet come to its amount or more; else it is
 *     her purchase, whatever the sheet's order (fix62h, reviewer62 R7: a school's 收款 beside a
 *     textbook 销售, 360 → 108,360; R13: a ledger sorted with 120,718 payments first, 61,058,339 →
 *     30,200,086). And every line of every order there k times over, in 10 orders or more, is the
 *     export k times over whatever the layout, also when a sort by two keys sets each line's
 *     copies side by side (fix62i, reviewer62 R4: Square's 2,000 orders twice, by Transaction ID
 *     then Item, 42,286.80 → 21,143.40); and two exports that overlap, sorted by date, time and
 *     item, count the overlap's orders once (R12: 23,263.55 → 21,143.40).
 * 3 — stop 63: a contract's number (合同编号, 合同号, Contract No. / Number / ID) was read as the
 *     order ID (fix63g), so a renovation's installments under one contract were one purchase day;
 *     withdrawn in the same stop (fix63p, reviewer63 R5): a framework contract's number on every
 *     monthly delivery made a year of deliveries one order (12 distributors: orders 129 → 24,
 *     K01, stopped in June, high → low, 30-day plan 30 contacts → 0). 合同编号 is again not read;
 *     the version is not taken back (a saved run of version 3 is not comparable either way).
 * 4 — stop 63 (fix63h): sales kept one sheet per store whose names say what they hold after the
 *     store (城东店收费明细 / 高新店收费明细, 万达店-销售, 大学城分店流水) are read as one input, where
 *     only the first was read (sheetParts.ts STORE_NAME; tester63 U160: a clinic's revenue 10,010 →
 *     14,510). And sheets read as one input share the first's column mapping (workbook.ts
 *     readParts): a small second export (Orders Nov, 3 of 4 e-mails known) no longer reads the
 *     order Id as the customer's (tester63 U165: 2,000 → 2,150; the wine club 5,718 → 5,790). And a
 *     top-up written as a phrase (会员卡充值, 储值卡充值, 充值5000送500) in the row-type column, or
 *     among the items of the item column (项目, 收费项目) on a sheet with no row-type column, is a
 *     top-up (rowKinds.ts topUpPhrase): no purchase beside the card uses it paid for (tester63 U162:
 *     a top-up of 5,000 and its 4 uses 7,700 → 2,700; the clinic's 陈美玲 7,700 → 2,700).
 * 5 — stop 64 (fix64h): a sheet with the sales sheet's very columns is read with it as one input
 *     whatever its name (历史流水, 以前的, 旧账, Archive beside 11月消费 and 12月消费), not only one
 *     named by a period or a store; one whose name says other rows (交易备份, 模板, 作废, 退货, 充值,
 *     a copy `交易 (2)`: sheetParts.ts saysOtherRows) is not, and is said as an error
 *     (same_column_sales_unread), nor is it chosen as the sales sheet beside another (tester64
 *     U180: a car wash's 14 of 1,001 rows read, revenue 1,028 → 20,737 of 21,227). And a refund of a
 *     stored-value balance written as a phrase (退卡退余额, 余额退还, 储值退款, Balance refund), in
 *     the row-type column or the item column of a sheet with none, is read at 0 like the top-ups
 *     (rowKinds.ts balanceRefund; tester64 U183: 何雪 165 → 665, the merged car wash 20,727 → 21,227, truth),
 *     unless its money went back onto the card (paid 储值卡扣款; with no payment, 退回储值卡 / 退回余额 /
 *     Store credit refund): a card-paid sale's return, lowering the spend (reviewer64 H3: 3,300 → 3,000).
 *     Later in stop 64 (fix64j, reviewer64 H1/H2): a sheet of the sales' very columns, no period or
 *     store in its name, is read only when the name says older sales (历史, 旧, 流水, Archive, Old:
 *     OLDER_SALES_SHEET_WORDS)
 *     and its rows are not the other sheets' again either way (a fifth or more: copiedParts); any other
 *     name (报价单, 欠款, 汇总, Quotes) is not read, said as same_column_sales_unread (A-报价单 21,000 →
 *     11,000; 总流水 + 11月消费 12,000 → 1,000 with the error, as base).
 * 6 — stop 65 (fix65b, tester64 U186, U187): a sheet with no customer ID column reads as it an
 *     ID-like column (卡号) whose values are the customers' IDs (idByValues.ts idColumnByValues: a car
 *     wash's sales keyed 卡号 stopped the run → 971 of 1,007 rows); an amount written as uses (1次)
 *     is a visit at 0, not refused (971 → 986 rows used, revenue unchanged).
 *     Later in stop 65 (fix65d): a transaction date column's short dates are read in one order,
 *     yy/mm/dd for all when its first value only that reading makes a day is so (reviewer64 M1:
 *     25/12/01 was 2001-12-25 beside 26/11/30's 2026-11-30); a sheet named by a store or a period
 *     whose rows are another part's again (80 %: 全部门店 beside 万达店 and 大学城店, 11月整理
 *     beside 11月) is left out as a copy (reviewer64 S, G: 22,000 and 12,000 → 11,000).
 * 7 — stop 68 (fix68d, landing fix67d's f1afe6e2, tester66 U240): a refund status of 已拒绝 (a
 *     售后 export's refund refused) says the refund did not happen (REFUND_NOT_DONE_WORDS): an order
 *     beside it keeps its amount, as beside 拒绝退款 (no data set here has one: the 售后 sheet's
 *     money only).
 *     Also in stop 68 (fix68d, tester67 U316): an amount as a front desk writes it is read, not
 *     refused: a refund word before it makes it negative (退3648 → −3,648, as (120) is), a way of
 *     paying before it is no part of it (微信1200 → 1,200), nor a note in brackets after it
 *     (4800（95折） → 4,800): parse/number.ts readAmount, optionWords.ts AMOUNT_REFUND_WORDS,
 *     AMOUNT_PAYMENT_METHOD_WORDS. The shop's own stored value (会员卡1200) stays refused.
 *     Also in stop 68 (fix68c after fix67a's 83368c5f, reviewer66 H2): a live sheet beside its
 *     tidied snapshot (11月 to the 24th, 11月（整理） to the 20th) is read but on the snapshot's
 *     days, which the snapshot is read for (workbook.ts copiedParts' spans, sheetParts.ts
 *     rowsOutside): its typo and double are no longer counted again (C1 7,000 → 6,000, truth);
 *     only where the snapshot stands for the whole of those days (wholeDays: 90 % of the live rows
 *     then a customer's it has that day), not one store's or the members' November beside the
 *     all-stores log (reviewer67 H5: 13,000 stays 13,000; 83368c5f, reverted, gave 7,000). Stop
 *     66's reading changes landed without a bump (b02d809b: the live sheet beside its older export
 *     read, 54,600 → 66,800; 26f0dbdc: a sheet of another layout read only for a name saying the
 *     sales): a run of version 6 after them is one of theirs too.
 *     Also (stop 68 fix68c, fix67a's dafbedf3, reviewer66 M7): a sale keyed by a phone two or three
 *     customers share (a family's) is counted for the first of them on the Customers sheet, not
 *     left unmatched (keyByOther.ts KeyMisses.household; PH2 made small: 17,912 → 28,792, truth).
 *     Also in stop 68 (fix68g, reviewer67 M5; and stop 67's 7a6a3040, not recorded then): an order's
 *     Adjusted Order Total beside Order Total is its amount where filled (a part refund taken off,
 *     0 a whole refund); written with no figure (-, —, N/A, 无) it is no adjustment (a "-" dropped
 *     the order: 100 → 0, now 100); above the order's total it is what the customer paid (100 → 130).
 * 8 — stop 69 (lead, reviewer69 H3 on 40d38397): an amount with a bracketed note saying it is not
 *     what was received (1200（作废）, （免单）, （已退款）, （会员卡）, （未付）, 4800（实收4560）, 50 (comp),
 *     80 (unpaid), 120 (gift card)) or naming another figure than a discount rate is refused and
 *     named again, not read as the figure: the reviewer's six rows 9,700 → 100, five named.
 * 9 — stop 70 (fix70a, tester69 U521): an order awaiting payment (Shopify's Financial Status
 *     `pending`, on net terms or a manual payment; open, unpaid, 待付款) whose fulfillment status says
 *     it was delivered (Fulfillment Status `fulfilled` / `partial`, 发货状态 已发货:
 *     optionWords.ts ORDER_AWAITING_PAYMENT_WORDS, FULFILLED_WORDS) is a purchase on its date, its
 *     money owed (due 30 days on where no terms are read), not a voided order: the tester's print
 *     shop, St. Mary's Hospital $13,260 → $14,440, last purchase 06-12 → 09-13 (truth), Medium →
 *     Low; Cascade Credit Union $17,740 → $21,370; Valley Realtors $11,020 → $13,090. A `pending`
 *     order not delivered stays no purchase.
 *     Also in stop 70 (lead, reviewer70 H1 on 0e0a4cb7): a bracketed note with a refund's state (全额退款,
 *     退货退款, 部分退款, 退单, refunded in full, refund issued) or money not yet in (未到账, 待收,
 *     not paid, waived, on account, no show) is refused and named too; only the bare （退） /
 *     （退款） / (refund) reads as a refund, and 不退不换 no refund: the reviewer's seven rows 12,800
 *     read silently → 6,000 read, five named.
 *     Also in stop 70 (fix70g, tester70 U600): the sales sheet found by a weak name only (the bare 流水, or
 *     one saying other rows: 储值卡流水, 充值流水) gives way to an unread sheet with more of the sales'
 *     columns and as many rows (workbook.ts salesSheetByColumns): a car-repair shop's 维修单 (工单号,
 *     进厂日期, 维修项目, 实收金额, 支付方式) is read, not its 储值卡流水 of top-ups and card deductions
 *     (顺达会员台账.xlsx: 12 months −¥139,288 from 625 ledger rows → ¥484,540 from 1,732 of 1,892
 *     work orders, the truth; u600.xlsx 0 → ¥44,640, 40 → 253 rows).
 * 10 — stop 71 (fix71a, reviewer70 H4): a Customers sheet with two columns named as the customer ID
 *     (Square's Reference ID and Square Customer ID) reads it from the one the sales' keys are in
 *     (idByValues.ts customersIdAmongNamed), never a mostly blank one beside a filled one: Customers
 *     with both filled and sales keyed by Customer Reference ID only, refused ("Customer ID “CUST-0”
 *     is not on the Customers sheet") → 2 of 2 sales read. The task pane's Data step shows the same.
 *     Also in stop 71 (fix71a, newuser70 N1): with no sheet named as the sales and the Customers found,
 *     the one unread sheet with the sales' columns (as salesSheetByColumns judges; not one named as
 *     quotes, deposits, money owed: NOT_SALES_ALONE_SHEET_WORDS) is read as them, said in a note
 *     (sales_sheet_by_columns): a car-repair shop's 会员档案 + 维修单, refused ("找不到“交易”工作表 …
 *     请把它改名为“交易”") → 526 of 526 work orders read, as with its 储值卡流水 beside.
 *     Also in stop 71 (fix71b, newuser70 N2): an order awaiting payment (Shopify's `pending`) whose
 *     fulfillment status says it has not gone out (`unfulfilled`, 未发货, 待发货: optionWords.ts
 *     UNFULFILLED_WORDS) is an order placed, read on its date at 0 (her latest order, her money
 *     once paid or sent), not a voided one, and said so (row_kind_placed_unpaid, not
 *     row_kind_voided): newuser70's customer 8003, $2,400 ordered 11-20 awaiting a bank payment,
 *     last purchase 09-24 → 11-20, orders 19 → 20, spend unchanged (9,500).
 */
export const READING_VERSION = 10;
