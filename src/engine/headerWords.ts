/**
 * Recognition vocabulary: the words users write as sheet names and column headers, in Chinese and
 * English, by which ingest finds their sheets and columns (matched after folding case, spaces and
 * brackets). This is data, not text we show: a user's "客户编号" or "Cust No" header is read as
 * the customer ID column whatever the language of the run. The names we show for sheets and
 * columns are words, in the catalog (words/inputs.ts); schema.ts joins both into SHEETS.
 *
 * The words scan (test/engine/words/wordsInPlace.ts) lets these lists mix the two languages and
 * checks that this file stays declarative (lists only: no functions, no texts keyed by language).
 * Sources: DOMAIN.md "Inputs" and the headers of the seed documents' sheets.
 */

/**
 * Headers of a buyer's account on a marketplace (淘宝千牛 买家会员名, 拼多多 / 抖店 buyer nick): the one
 * key such an export has for a buyer, its phone column being masked (138****4821). Read as the
 * customer ID on every sheet, after every other ID header (CUSTOMER_ID): tester57 U57 only advised
 * renaming it, so a 淘宝 订单报表 and a customers list keyed by 买家会员名 were both refused.
 */
export const BUYER_ACCOUNT_HEADERS = [
  "买家会员名",
  "买家昵称",
  "买家账号",
  "买家用户名",
  "买家ID",
  "用户昵称",
  "Buyer Username",
  "Buyer ID",
] as const;

/**
 * The Contacts sheet's complaint headers that ask yes or no (是否投诉, Complaint?; tester60 U100): a
 * header beginning with one (folded) is a flag column, where only a yes is a complaint and a value
 * neither yes nor no is said, not read (reviewer61 R2: 好评 under 是否投诉 made an urgent complaint
 * call). The complaint field's other headers (投诉内容) hold the complaint's own words.
 */
export const COMPLAINT_FLAG_HEADERS = [
  "是否投诉",
  "有无投诉",
  "是否客诉",
  "Complaint?",
  "Is Complaint",
  "Is a Complaint",
] as const;

const PET_RECORD_IDS_ZH = ["病历号", "病历编号", "宠物编号", "宠物档案号"] as const;
// After the English customer IDs in CUSTOMER_ID: on equal matches Customer ID wins, as 客户编号
// over 病历号, and an error's accepted headers start with the customer's (d321afe4 put Patient ID
// first: headerErrors.test red).
const PET_RECORD_IDS_EN = ["Patient ID", "Patient No", "Patient Number", "Pet ID"] as const;
/**
 * Customer ID headers of a clinic's patient record (病历号, Patient ID): beside a pet's name
 * (HEADER_WORDS customers petName) and its owner's, each record is one pet (tester65 U216, U203: an
 * owner's two pets are two records, and a pet's death ends its record only; ingest/petName.ts).
 */
export const PET_RECORD_ID_HEADERS = [...PET_RECORD_IDS_ZH, ...PET_RECORD_IDS_EN] as const;

/**
 * Beside a pet record's ID and a pet's name, the header of the pet's owner: the customer's name, not
 * the staff owner of the calls (ingest/header.ts ownerOfPet; reviewer66 M10).
 */
export const PET_OWNER_HEADERS = ["Owner", "主人"] as const;

/**
 * Beside a Customers column of pets' kinds read as their names (宠物: 猫 / 柯基; ingest/petKind.ts),
 * the header of their names when no pet's name header names it (昵称, Name: fix67e).
 */
export const PET_NAME_BESIDE_KIND = ["昵称", "名字", "小名", "Nickname", "Name"] as const;

/** Every sheet's customer ID column: it joins the sheets. */
const CUSTOMER_ID = [
  "客户编号",
  "客户ID",
  "客户编码",
  "客户代码",
  "客户号",
  "会员编号",
  "会员ID",
  "会员号",
  "用户ID",
  "用户编号",
  // A school's students are its customers (tester56: 学员编号 refused).
  "学员编号",
  "学号",
  // A clinic's patients are its customers, known by their record number on every sheet (tester58
  // U62: 病历号 refused on each sheet, five failed runs), and a vet's pets (tester65 U216).
  ...PET_RECORD_IDS_ZH,
  "患者编号",
  "Customer ID",
  "CustomerID",
  "Cust No",
  "Cust ID",
  "Customer No",
  "Customer Number",
  ...PET_RECORD_IDS_EN,
  "Customer Code",
  "Client ID",
  "Member ID",
  "Client Code",
  "Client No",
  "Client Number",
  // Tester53 N35, N21, N30: the id columns of hand-kept files and exports that were refused or
  // lost to another column. 档案号: a file (clinic, school, service) number; 会员卡号: a
  // membership card; 客户账号, 会员账号: a member's or customer's account (not the bare 卡号 / 账号:
  // beside 开户行 they are the customer's bank account, reviewer54 H1); 往来单位编号 and 客商编号: the
  // customer code of 管家婆 / 用友 / 金蝶 sales exports (the "counterparty", customer or supplier;
  // beside 往来单位名称), which lost to 单据编号 (the invoice number) when both only ended in 编号.
  // Account #, Account No: what US lists and Salesforce-style CRMs head it with ("#" reads as No).
  "档案号",
  "档案编号",
  "客户档案号",
  "会员卡号",
  "客户账号",
  "会员账号",
  "往来单位编号",
  "往来单位编码",
  "往来单位代码",
  "客商编号",
  "客商编码",
  "单位编号",
  "单位编码",
  "Member No",
  "Member Number",
  // The bare words last: on equal matches the earlier word wins, and a sheet with both an 编号
  // and a 档案号 names its customer by the specific one.
  "ID",
  "编号",
  // An account or card number after them: beside an ID it is more likely a bank's (ID, Name,
  // Bank, Account No).
  "Account No",
  "Account Number",
  "Account ID",
  // HubSpot exports: a deal's company (several joined by ";": the first, builders.ts firstOfSeveral),
  // a company's Record ID (in a deals export the deal's own: refused, ingest/workbook.ts).
  "Associated Company IDs",
  "Associated Company ID",
  "Record ID",
  // Square's sales exports: Customer Reference ID is the seller's own ID for the customer (the
  // reference_id of Square's Customer object, "a second ID used to associate the customer profile
  // with an entity in another system"), beside Square's own Customer ID and Customer Name
  // (tester68 U406: refused). After Customer ID, which wins when both are there.
  "Customer Reference ID",
  // Square's customer directory export: Square's own ID, always filled, beside the seller's
  // optional Reference ID, often blank (reviewer69 H1: Reference ID won and the run was refused).
  "Square Customer ID",
  "Acct No",
  "Card No",
  // A marketplace buyer's account, last: a shop's own 客户编号 beside it is the key.
  ...BUYER_ACCOUNT_HEADERS,
] as const;

/**
 * Words that make a header a bank or payment account, or a note, never the customer ID however it
 * ends (银行账号, 开户账号, 支付卡号, Bank Account No, Credit Card No): reviewer54 H1, a B2B customer
 * list's 开票信息 columns (开户行, 账号) were read as the id. Matched inside the folded header.
 */
export const NOT_CUSTOMER_ID = [
  "银行",
  "开户",
  "支付",
  "信用卡",
  "银联",
  "Bank",
  "Payment",
  "Credit Card",
  "IBAN",
  // A note about the customer is text, never its ID: WooCommerce's Customer Note starts with the
  // synonym Customer and was read as the ID, every row refused (tester58 U69).
  "备注",
  "留言",
  "附言",
  "Note",
  "Comment",
  "Remark",
  "Memo",
] as const;

/**
 * Words that make a header a customer's consent or a flag about its address, never the phone number
 * or the e-mail address itself (tester61 U133: Mindbody's and Mailchimp's `Email Opt-in` with no
 * Email column was read as the address, every Yes a duplicate e-mail, the consent lost; `SMS
 * Opt-in`, `Mobile Verified`). Matched inside the folded header.
 */
export const NOT_CONTACT_ADDRESS = [
  "Opt-in",
  "Opt In",
  "Optin",
  "Opt-out",
  "Opt Out",
  "Consent",
  "Subscribe",
  "Subscribed",
  "Subscription",
  "Accepts",
  "Marketing",
  "Permission",
  "Verified",
  "同意",
  "订阅",
  "退订",
  "营销",
  "是否",
] as const;

/**
 * Words that make a transactions header a forecast, never the date of a purchase (Pipedrive's
 * Deal - Expected close date was read over its Deal - Won time: tester56 U25; 预计交货日期).
 * Matched inside the folded header.
 */
export const NOT_PURCHASE_DATE = ["Expected", "预计", "预期"] as const;

/**
 * Words that make a transactions header a name, never the unit price: Square's Item Details
 * `Price Point Name` ("Regular", "Large") was read as the price (tester59 U81). Matched inside the
 * folded header.
 */
export const NOT_UNIT_PRICE = ["Name", "名称"] as const;

/**
 * Words that make a transactions header a part of an order's amount (a discount, a tax, the
 * shipping, a refund, the subtotal before them), read as the amount only when no other header
 * names it: a WooCommerce export's Cart Discount Amount (all 0) was read over its Order Total
 * Amount, as both end in Amount and the leftmost won (tester58 U59: revenue 0). Matched inside the
 * folded header; a header that also says after or including (折后 / 含税 / after discount / incl.
 * tax) is the amount: AMOUNT_AFTER_PART.
 */
export const AMOUNT_PART = [
  "Discount",
  "Coupon",
  "Tax",
  "Shipping",
  "Refund",
  "Subtotal",
  "优惠",
  "折扣",
  "税额",
  "运费",
  "退款",
] as const;

/** Words that make a header with an AMOUNT_PART word the amount after or including that part. */
export const AMOUNT_AFTER_PART = ["After", "Incl", "Net", "后", "含"] as const;

/**
 * Words of a transactions header holding a later adjustment of the amount, blank on rows never
 * adjusted, read as the amount only when no other header names it (as AMOUNT_PART, whatever
 * AMOUNT_AFTER_PART says): Etsy's Sold Orders has Adjusted Order Total and Adjusted Net Order
 * Amount beside Order Total, and the last, after Etsy's card fees and blank unless an order was
 * refunded, was read as the amount (tester65 U223: "none of its 112 rows can be used", filled in
 * the seller's payout 2,271.83 for the buyers' 2,385.04). Matched inside the folded header.
 */
export const AMOUNT_ADJUSTED = ["Adjusted"] as const;

/**
 * Words that make the amount's header the order's total, which an order export may repeat on each
 * of the order's lines (WooCommerce's Order Total Amount: tester58 U59, +86 % revenue). Matched
 * inside the folded header (ingest/repeatedOrderTotals.ts).
 */
export const ORDER_TOTAL_HEADERS = [
  "Order Total",
  "订单总额",
  "订单总金额",
  "订单金额",
  "订单合计",
] as const;

/**
 * Headers of a customers name column that holds first names only (Shopify's customers export: First
 * Name beside Last Name): the name is read as both joined (ingest/fullName.ts; tester57 U47,
 * tester59 U87). Matched folded, whole or at either end of the header.
 */
export const FIRST_NAME_HEADERS = ["First Name", "Firstname", "Given Name", "Forename"] as const;

/**
 * Headers of a row-number column (序号 1, 2, 3…; `#`, `No.`): never a column's value to join or
 * suggest as the customer ID, though 序号 is one edit from 编号 (tester53 N35: "did you mean 编号
 * for 序号?" and, followed, every sale refused). Matched folded (`#` reads as No).
 */
export const ROW_NUMBER_HEADERS = [
  "序号",
  "行号",
  "No",
  "#",
  "Row",
  "Row No",
  "S/N",
  "SN",
  "Sr No",
  "Sl No",
] as const;

/**
 * Traditional characters of this file's words (Taiwan and Hong Kong files: 客戶編號, 金額, 負責人),
 * each followed by its simplified form: sheet names, headers and options are matched after folding
 * one to the other (parse/text.ts foldLabel; input52: a Big5 file with 客戶編號 was read right but
 * its headers were not found).
 */
export const TRADITIONAL_PAIRS =
  "業业買买產产價价會会體体關关冊册寫写決决創创別别務务區区單单號号後后員员響响處处備备復复複复實实屬属應应開开歸归錄录態态總总願愿戶户數数時时機机雜杂檔档溝沟滿满狀状電电碼码稱称稅税類类係系繫系級级細细經经結结綜综編编聯联薦荐營营見见計计訂订議议記记論论訪访評评訴诉話话調调負负責责貨货質质購购費费資资進进郵邮銷销閉闭問问間间難难題题額额個个構构簡简線线絡络絕绝網网遞递門门談谈傳传帳账賬账戸户圖图銀银寶宝";

/** By sheet: the sheet (or Excel table) names that hold it, and each column's header words. */
/**
 * What a sheet's name says around an input's name when its rows are money not received yet or a
 * plan, not that input (reviewer61 R15: 应收款 receivables, 预收款 advances, 待收款 / 未收款 to
 * collect, 收款计划 a schedule, read as the sales by 收款): a name ending in one of the input's
 * names right after one of `before`, or starting with one right before one of `after`, is not
 * that input's (workbook.ts nameMatch). 已收款 and 收款记录 stay the sales.
 */
/**
 * A Visits row's status saying she did not come (reviewer62 R2: a school's 缺勤 / 请假 rows, a
 * studio's No-show / Cancelled bookings): no visit (ingest/datedRowsBuilders.ts VisitsBuilder).
 * Matched within the folded status (lower case).
 */
export const NOT_A_VISIT = [
  "缺勤",
  "缺课",
  "请假",
  "旷课",
  "未到",
  "未签到",
  "未出勤",
  "未上课",
  "取消",
  "爽约",
  "停课",
  "no-show",
  "no show",
  "noshow",
  "cancel",
  "absent",
  "excused",
  "missed",
  "not attended",
  "did not attend",
  "leave",
] as const;

/**
 * Of the Visits rows that are no visit, those saying she did not come without a word, a no-show
 * (爽约, No-show: a signal, tester63 U168, churn/assess.ts missed_appointments), not a
 * cancellation (取消, Cancelled), nor an absence from class (缺勤). Matched within the folded status.
 */
export const NO_SHOW_VISIT = [
  "爽约",
  "失约",
  "未到诊",
  "未到店",
  "no-show",
  "no show",
  "noshow",
  "missed",
] as const;

/**
 * The complaints' sheet names that say after-sales (售后; tester64 U191: a 团长's 售后 sheet,
 * "奶粉罐子压瘪了 已退款", keyed by the member's nickname, was not read): each row a customer's problem
 * with an order. One holding an amount column is a log of refunds or returns with the sales'
 * columns, not problems: not read as the complaints (ingest/workbook.ts afterSalesOrders;
 * reviewer64 H1).
 */
export const AFTER_SALES_SHEET_NAMES = [
  "售后",
  "售后记录",
  "售后登记",
  "售后问题",
  "售后处理",
  "After-sales",
  "After Sales",
  "Aftersales",
] as const;

/**
 * A complaints column of the problem in the customer's own words (an after-sales log's 问题: "奶粉罐子
 * 压瘪了"; a refund's 退款原因): read as the cause, a free text that names no cause counted as other
 * and quoted by the complaint's call, no unknown-cause finding per row (ingest/datedRowsBuilders.ts
 * ComplaintsBuilder; reviewer65 M1). Said a problem log, a 售后 sheet with an amount column is no
 * sales (ingest/workbook.ts afterSalesOrders).
 */
export const COMPLAINT_PROBLEM_HEADERS = [
  "问题",
  "问题描述",
  // A complaints register's own words (tester68 U400: 投诉登记's 投诉内容 unread, every call "其他").
  "投诉内容",
  "投诉详情",
  "问题说明",
  "售后问题",
  "售后原因",
  "退款原因",
  "退货原因",
  "Problem",
  "Issue",
  "Issue Description",
] as const;

/**
 * The visits' sheet names that say appointments (预约登记; tester63 U168): a kept one is a visit, a
 * no-show or a cancellation a signal, a booking still to come holds her retention call
 * (ingest/datedRowsBuilders.ts visitRow, followUp/hold.ts bookedDays). Below every check-in name
 * (ingest/workbook.ts inputSheets; reviewer64 H8): bookings say what was planned, a 签到 sheet
 * beside them who came, and a desk that never updates 已预约 leaves no visit in the bookings.
 */
export const APPOINTMENT_SHEET_NAMES = [
  "预约登记",
  "预约记录",
  "预约表",
  "预约",
  "Appointments",
  "Appointment Log",
  "Bookings",
] as const;

/**
 * A Visits row's status saying it is a booking with no outcome yet (tester63 U168: a clinic's
 * 预约登记 with 已预约 rows): no visit; one after the analysis date holds her retention call until
 * the day after it (followUp/hold.ts bookedDays). Read after NOT_A_VISIT (未到诊 is a no-show).
 * Matched within the folded status.
 */
export const BOOKED_VISIT = [
  "已预约",
  "待到诊",
  "待就诊",
  "待到店",
  "预约中",
  "booked",
  "scheduled",
  "upcoming",
] as const;

/**
 * Of the Visits rows that are no visit, those saying she is excused for a while, not absent: on
 * leave (请假, 病假, Excused, On leave), or the class off (停课, by the school). A pause, not a sign
 * of leaving (followUp/hold.ts: a student whose latest rows say so is on leave, no win-back; fix63c,
 * reviewer62 R2 w3 S2). 缺勤 / 旷课 / No-show stay absences. Matched within the folded status.
 */
export const ON_LEAVE_VISIT = [
  "请假",
  "病假",
  "事假",
  "休假",
  "休学",
  "停课",
  "excused",
  "leave",
  "vacation",
] as const;

/**
 * Words in a sheet's name that make a 签到 / Visits sheet no customer's visits (reviewer62 R2): an
 * event's or a meeting's sign-ins, staff attendance, a sales rep's visits, a website's visits, a
 * points app's daily sign-in. Matched within the folded name (ingest/workbook.ts sheetInput).
 */
export const NOT_VISITS_SHEET_NAME = [
  "活动",
  "会议",
  "员工",
  "职员",
  "销售",
  "业务",
  "积分",
  "每日",
  "小程序",
  "网站",
  "页面",
  "直播",
  "event",
  "meeting",
  "webinar",
  "staff",
  "employee",
  "sales",
  "website",
  "web",
  "page",
  "points",
  "daily",
] as const;

/**
 * What a sheet's name writes when its rows are no sales of the input though its columns are the
 * sales sheet's very columns: a backup or copy of the rows (交易备份, 副本, Orders copy), a blank
 * form (模板, template), voided or test rows (作废, 测试, draft). Such a sheet is not read with the
 * sales (ingest/sheetParts.ts saysOtherRows), whatever else its name says; any other name is
 * (历史流水, 以前的, 旧账, Archive, Old orders beside 11月消费: tester64 U180).
 */
export const NOT_SALES_SHEET_WORDS = [
  "备份",
  "副本",
  "拷贝",
  "复制",
  "模板",
  "模版",
  "样表",
  "样例",
  "示例",
  "作废",
  "已作废",
  "废弃",
  "测试",
  "草稿",
  "backup",
  "copy",
  "template",
  "sample",
  "example",
  "void",
  "voided",
  "test",
  "draft",
  "cancelled",
  "canceled",
] as const;

/**
 * Words of a sheet's name saying it lists other rows than sales though its columns are the sales'
 * (a date, a customer, an amount): quotes, deposits, money owed, gifts, a summary (reviewer64 H1,
 * reviewer66 H6). Where no sheet is named as the sales, such a sheet is never read as them by its
 * columns alone (ingest/workbook.ts onlySalesSheet); the run stops and names it, as before.
 */
export const NOT_SALES_ALONE_SHEET_WORDS = [
  "报价",
  "押金",
  "欠款",
  "应收",
  "赠送",
  "汇总",
  "预算",
  "quote",
  "estimate",
  "deposit",
  "unpaid",
  "receivable",
  "summary",
  "budget",
] as const;

/**
 * Words of a sheet's name saying it holds older sales of the same business (历史流水, 以前的, 旧账,
 * Archive, Old orders beside 11月消费: tester64 U180): with the sales sheet's very columns and no
 * period or store in its name, such a sheet is read with the sales, when its rows are not the other
 * sheets' again (ingest/sheetParts.ts saysOlderSales; workbook.ts copiedParts). Any other name
 * (报价单, 预约, 欠款, 汇总, Quotes, Unpaid: reviewer64 H1) is not read, and is said as an error.
 */
export const OLDER_SALES_SHEET_WORDS = [
  "历史",
  "以前",
  "以往",
  "旧",
  "流水",
  "往期",
  "往年",
  "过往",
  "存档",
  "归档",
  "history",
  "historical",
  "archive",
  "archived",
  "old",
  "older",
  "earlier",
  "previous",
  "past",
] as const;

/**
 * Words of a sheet's name saying its rows are the tidied or corrected ones (11月整理, 11月修正, 最终版,
 * Nov final, Orders cleaned): of two sheets holding the same rows (a copy: workbook.ts copiedParts),
 * the one so named is read and the other left out, whichever is placed first (reviewer65 M5: of 11月
 * and 11月整理, the raw 11月 with its typo was read, 35,200 vs 26,400).
 */
export const CORRECTED_SHEET_WORDS = [
  "整理",
  "修正",
  "更正",
  "修订",
  "核对",
  "校对",
  "已核",
  "最终",
  "定稿",
  "终版",
  "final",
  "cleaned",
  "clean",
  "corrected",
  "fixed",
  "revised",
  "checked",
] as const;

/**
 * Words before or after a CORRECTED_SHEET_WORDS word saying the tidying is not done (yet): 11月未整理,
 * 11月整理前, 11月待核对, 整理中, 11月(没整理), Nov not final, Nov pre-final, Orders to clean. Such a
 * sheet is the raw one, not the corrected (reviewer66 M1: 11月未整理 was read, its typo with it).
 */
export const NOT_YET_CORRECTED = {
  before: [
    "未",
    "待",
    "没",
    "不",
    "非",
    "not",
    "pre",
    "un",
    "non",
    "to",
    "to be",
    "before",
    "needs",
    "need",
  ],
  after: ["前", "中", "之前"],
} as const;

/**
 * Words of a sheet's name saying it holds the payments of sales (收款记录, 回款, 应收账款, Payments,
 * Receivables): beside a sales sheet read, never read as another channel of sales (ingest/workbook.ts
 * otherLayoutParts), for each payment is a sale read again (reviewer66 H6: Invoices + Payments, 订单 +
 * 收款记录 counted every sale twice). Matched inside the sheet's name, case folded.
 */
export const PAYMENTS_SHEET_WORDS = ["收款", "回款", "应收", "Payment", "Receivable"] as const;

/**
 * Words of a sheet's name saying it lists jobs or work orders (Jobber's Jobs, 工单, 派工单): the work
 * that the invoices beside it bill, not sales of their own (tester66 U241: the advice to put the Jobs
 * rows on the Invoices sheet would count the money twice). Matched inside the sheet's name, case
 * folded (ingest/sheetParts.ts saysJobs, jobsOfSales: with the sales' customers on their days).
 */
export const JOBS_SHEET_WORDS = ["job", "work order", "工单", "派工", "施工单", "服务单"] as const;

/**
 * What a sheet's name may say after a store's name (城东店收费明细, 万达店-销售, 大学城分店流水): what
 * the sheet holds, as shops name their sheets kept one per store (ingest/sheetParts.ts isStoreName;
 * tester63 U160). Only these: a name going on otherwise after 店 (店员名单, 店长排班) is no store.
 */
export const STORE_SHEET_HOLDS = [
  "收费明细",
  "收费记录",
  "收费",
  "收款",
  "收银",
  "销售明细",
  "销售记录",
  "销售额",
  "销售",
  "营业额",
  "营业",
  "流水",
  "明细",
  "订单",
  "台账",
  "账单",
  "消费明细",
  "消费记录",
  "消费",
  "记录",
] as const;

export const NOT_YET_SHEET_NAME = { before: ["应", "预", "待", "未"], after: ["计划"] } as const;

/**
 * What a sheet's name says when it holds returns (金蝶 K3's 销售退货单 beside its 销售出库单; tester57
 * U49: 180 returns unread and unsaid): an unread sheet so named is warned of (ingest/returnsSheet.ts).
 * A Chinese word anywhere in the name, an English one as a whole word, case ignored.
 */
export const RETURNS_SHEET_WORDS = [
  "退货",
  "退款",
  "退单",
  "红字",
  "红冲",
  "returns",
  "return",
  "refunds",
  "refund",
  "credit notes",
  "credit note",
  "credit memos",
] as const;

/**
 * Amount headers saying what was paid: the amount whatever other amount header is beside them (an
 * invoice export's Total, a receipt's 应收金额 / 总金额: ingest/header.ts). tester60 U96: Stripe's
 * Total was read over its Amount Paid (an uncollectible or open invoice has its Total, nothing
 * paid; +2.4 % revenue on a distributor's invoices), and 应收金额 left of 实收金额 won as leftmost.
 * Matched whole, as folded (实付(元) is 实付: tester60 U106, refused). The last of the amount's
 * synonyms, so the accepted headers a missing-column error names stay the common ones.
 */
export const PAID_AMOUNT_HEADERS = [
  "Amount Paid",
  "Paid Amount",
  "Amount Received",
  "Total Paid",
  "已付金额",
  "实收金额",
  "实付",
] as const;

/**
 * A line-item export's order name (Shopify's orders export: `Name` = #1001 on every line of the
 * order, `Lineitem name` / `Lineitem quantity` per line, `Receipt Number` blank for online orders):
 * beside a header starting with LINE_ITEM_HEADER_START, a header matching ORDER_NAME_HEADER whole is the
 * order ID, over any other (the Receipt Number made each further line an order of its own: a
 * three-line order counted as 3 orders). Matched as folded.
 */
export const LINE_ITEM_HEADER_START = "Lineitem";
export const ORDER_NAME_HEADER = "Name";

/**
 * Headers of the change a till gave back (找零, Change Due): beside one, 实收 is the cash handed
 * over, not what was paid, so a paid-amount header does not win (reviewer60 R7: 实收 100, 找零 14
 * on an 86 bill read 100). Matched whole, as folded.
 */
export const CHANGE_GIVEN_HEADERS = [
  "找零",
  "找零金额",
  "找赎",
  "找续",
  "Change",
  "Change Due",
  "Change Given",
] as const;

/** The amount's synonyms higher in its list that say what was paid too, as PAID_AMOUNT_HEADERS. */
export const PAID_AMOUNT_LISTED = ["实付金额", "实收"] as const;

/**
 * An invoice's due date on a sheet of invoices (QuickBooks' Due Date, Stripe's Due Date (UTC),
 * Xero's DueDate, 到期日): an invoice still awaiting payment after it is money owed, said as such
 * (ingest/paymentRows.ts dueDateColumn; tester62 U148). Matched whole, as folded.
 */
export const INVOICE_DUE_DATE_HEADERS = [
  "Due Date",
  "Payment Due",
  "到期日",
  "到期日期",
  "付款期限",
  "收款期限",
] as const;

/**
 * An invoice's payment terms on a sheet of invoices with no due date (QuickBooks' Terms: Net 30,
 * Due on receipt; 付款条件, 账期: 30天): its due date is its day plus the terms' days
 * (ingest/paymentRows.ts termsColumn, termsDue; reviewer66 M8). Matched whole, as folded.
 */
export const INVOICE_TERMS_HEADERS = [
  "Terms",
  "Payment Terms",
  "付款条件",
  "账期",
  "结算账期",
] as const;

/**
 * What is still to be paid of an invoice on a sheet of invoices (QuickBooks' Open Balance, Xero's
 * AmountDue, Stripe's Amount Remaining, 未付金额): the money owed on one awaiting payment, when the
 * amount read is the invoice's total (ingest/paymentRows.ts balanceColumn; a part paid is not
 * owed). Matched whole, as folded; read among the columns not read.
 */
export const INVOICE_BALANCE_HEADERS = [
  "Open Balance",
  "Balance Due",
  "Amount Due",
  "Amount Remaining",
  "未付金额",
  "未收金额",
  "欠款金额",
  "应收余额",
] as const;

/**
 * An order's fulfillment status (Shopify's Fulfillment Status, 发货状态): an order it says was
 * delivered (FULFILLED_WORDS) whose payment status still awaits payment (Shopify's pending on net
 * terms, an invoice, a bank transfer: ORDER_AWAITING_PAYMENT_WORDS) is a purchase owed, not an
 * unpaid cart (ingest/rowKinds.ts; tester69 U521). Matched whole, as folded; read among the
 * columns not read.
 */
export const FULFILLMENT_STATUS_HEADERS = [
  "Fulfillment Status",
  "Fulfilment Status",
  "发货状态",
  "物流状态",
] as const;

/**
 * Words inside a transactions header that make the sheet a list of invoices: an invoice's number
 * or its due date (Stripe's Invoice Number and Due Date, 发票号码, 到期日): its open / unpaid rows
 * are billed, purchases (ingest/rowKinds.ts invoiceSheet; tester60 U97). Matched inside the folded
 * header; not `Invoice` or 发票 alone, which an order export has too (reviewer60 R6: 发票抬头,
 * 是否开发票, Invoice Email made a 待付款 cart a purchase, C2 200 → 5,200).
 */
export const INVOICE_SHEET_HEADERS = [
  "Invoice Number",
  "Invoice No",
  "Invoice #",
  "Invoice ID",
  "发票号",
  "发票编号",
  "发票代码",
  ...INVOICE_DUE_DATE_HEADERS,
] as const;

/**
 * Headers of the Customers sheet's name column that name the customers as companies (some of the
 * name field's words, below): a workbook so headed sells to businesses (followUp/visits.ts
 * sellsToBusinesses: its key accounts' regular contact may be a visit). A shop, salon or clinic
 * heads it 姓名 / 会员 / 客户名称. Matched whole, as folded.
 */
export const COMPANY_NAME_HEADERS = [
  "公司名称",
  "单位名称",
  "往来单位名称",
  "往来单位",
  "客商名称",
  "Account Name",
  "Company",
  "Company Name",
] as const;

/**
 * The headers of a transactions column saying a row's status (a document's approval, an order's
 * payment) rather than its type, read beside a type column for its words of a row not used: K3's
 * 单据状态 创建 / 审核中 beside 单据类型 (reviewer58 M1; ingest/rowKinds.ts statusBesideKind).
 * Matched whole, as folded.
 */
export const STATUS_BESIDE_TYPE = [
  "单据状态",
  "订单状态",
  "交易状态",
  "审核状态",
  "审批状态",
  "状态",
  "Document Status",
  "Order Status",
  "Payment Status",
  "Financial Status",
  "Status",
] as const;

/**
 * A transactions column saying why a charge failed (Stripe's Decline Reason: expired_card,
 * insufficient_funds), found among the columns not read: its text on a failed charge's row is
 * quoted in the call about the card (ingest/paymentFailed.ts; newuser62 M2, fix62c's note). Matched
 * whole, as folded.
 */
export const DECLINE_REASON_HEADERS = [
  "Decline Reason",
  "Decline Code",
  "Failure Reason",
  "Failure Code",
  "Failure Message",
  "失败原因",
  "扣款失败原因",
  "支付失败原因",
  "付款失败原因",
] as const;

/**
 * A transaction's time-of-day column beside its date (Time, 时间, 交易时间), found among the columns
 * not read: a blank-customer line with its own time is a sale of its own (a walk-in), never a
 * further line of the order above it (ingest/continuationLines.ts; tester68 U405). 时间 is read as
 * the date where the sheet has no 日期 (the date's words above win).
 */
export const ORDER_TIME_HEADERS = [
  "时间",
  "交易时间",
  "销售时间",
  "下单时间",
  "收款时间",
  "Time",
  "Sale Time",
  "Order Time",
  "Transaction Time",
] as const;

/**
 * A transaction's note column (备注), found among the columns not read: its text is read for one
 * thing, the owner's word that two rows alike but paid two ways are one bill split in two
 * (optionWords.ts SPLIT_PAYMENT_WORDS; ingest/duplicateRows.ts). The column stays unread
 * otherwise, so what it says of a return is still heard (ingest/notSaleRows.ts).
 */
export const TRANSACTION_NOTE_HEADERS = [
  "备注",
  "订单备注",
  "收费备注",
  "收款备注",
  "付款备注",
  "Notes",
  "Note",
  "Remarks",
  "Memo",
] as const;

/**
 * A transactions column telling apart the rows of one order that are otherwise alike: who each
 * ticket is for, its seat, its ticket or voucher code, the line's number in its order. An order
 * of three tickets is three rows alike in customer, date, order ID, item and amount; the column
 * says they are three (reviewer61: 12 orders of 1–4 tickets, 1,125 read as 540). Found among the
 * columns not read, matched whole as folded; two rows whose texts there differ are never the same
 * line twice (ingest/duplicateRows.ts). A row-number header (ROW_NUMBER_HEADERS: 序号, 行号) counts
 * only when it restarts down the sheet (a line number in its order), not a sheet's running number.
 */
export const LINE_IDENTITY_HEADERS = [
  "Attendee",
  "Attendee Name",
  "Guest",
  "Guest Name",
  "Participant",
  "Ticket #",
  "Ticket ID",
  "Ticket Code",
  "Ticket Number",
  "Seat",
  "Seat #",
  "Seat Number",
  "Voucher Code",
  "Serial #",
  "Serial Number",
  "Line #",
  "Line Number",
  "Line Item #",
  "参会人",
  "参会人姓名",
  "参加人",
  "观众",
  "入场人",
  "座位",
  "座位号",
  "座号",
  "票号",
  "票码",
  "券码",
  "券号",
  "核销码",
  "序列号",
  "明细行号",
  "行号",
  "序号",
] as const;

/**
 * The headers of a transactions column naming who approved the document (用友 U8 销售发货单
 * 审核人): its blank cells beside filled ones are documents not approved yet, counted and said
 * (tester58 U74; ingest/unapprovedRows.ts). Matched whole, as folded.
 */
export const APPROVER_HEADERS = [
  "审核人",
  "审核员",
  "审批人",
  "复核人",
  "Approved By",
  "Approver",
] as const;

/**
 * Headers a transactions sheet names its customer by, beside the Customers sheet's name headers
 * (HEADER_WORDS.customers.fields.name): a ledger's 客户 column holding the shop's name. Read only
 * for the advice when no customer ID column is found (headersFound.ts phoneIdHint, tester63 U167).
 * Matched whole, as folded.
 */
export const SALES_CUSTOMER_HEADERS = ["客户", "顾客", "购货单位", "Customer", "Client"] as const;

/**
 * Words in a sheet's name that say it lists customers not to contact or supply any more (a
 * wholesaler's 停止供货, a 黑名单, Do not call): no input reads such a sheet, so the console's
 * not-read line says how those customers are held off, by their Customers status or note
 * (cli/summary.ts stopListHints; tester63 U164: 鸿运's 停止供货 sheet was only listed 未读取).
 * Found anywhere in the folded name.
 */
export const STOP_LIST_SHEET_WORDS = [
  "停止供货",
  "停供",
  "黑名单",
  "拉黑",
  "不再联系",
  "勿扰",
  "免打扰",
  "donotcall",
  "donotcontact",
  "blacklist",
  "blocklist",
  "suppression",
] as const;

export const HEADER_WORDS = {
  customers: {
    names: [
      "客户",
      "客户信息",
      "客户资料",
      "客户档案",
      "客户名单",
      "客户清单",
      // A school's 学员名单 and a shop's 会员名单 (tester56: one failed run per sheet name).
      "学员",
      "学员名单",
      "学员信息",
      "学员档案",
      "会员名单",
      "会员信息",
      // A shop's or franchise's member sheet named 会员 (tester60 U106: refused, no hint).
      "会员",
      // A gym's or studio's member list and till (tester57 U42: two failed runs, one per name).
      "会员资料",
      "会员档案",
      "会员列表",
      // A clinic's patient file (tester58 U62).
      "患者档案",
      "患者信息",
      "患者名单",
      // …or 患者资料 / 病人档案 (judge60's clinic: refused, the message naming its columns a customer list's).
      "患者资料",
      "患者列表",
      "病人档案",
      "病人信息",
      "Customers",
      "Customer",
      "Clients",
      "Client",
      "Customer List",
      "Client List",
      "Patients",
      "Patient List",
      "Members",
      "Member List",
      // A CRM's account list (HubSpot, Salesforce: tester60 U106, refused).
      "Accounts",
      "Account List",
    ],
    fields: {
      // Square's customer export heads the same reference Reference ID (tester68 U406); read on the
      // customer list only: on a sales sheet a bare Reference ID may be the payment's.
      customerId: [...CUSTOMER_ID, "Reference ID"],
      name: [
        "客户名称",
        "客户名",
        "客户姓名",
        "姓名",
        "名称",
        "公司名称",
        "单位名称",
        "往来单位名称",
        "往来单位",
        "客商名称",
        // 管家婆's 往来单位 list: 全名 the name, 简名 its short form (tester56 U36: both "是否应为“姓名”？",
        // the at-risk list without names). 简名 is read only when there is no 全名.
        "全名",
        "简名",
        // A shop or salon's own name is how such customers are listed (tester54 T5).
        "店名",
        // A pet shop's customer is the pet's owner (tester59 U84: 客户名称 blank on every call).
        "主人",
        "主人姓名",
        "宠物主人",
        "店铺名称",
        "门店名称",
        "商户名称",
        // The shop's own name for a WeChat contact (备注名 王姐-幼儿园旁), over her nickname beside it
        // (tester65 U208: 微信昵称 shown).
        "备注名",
        "微信备注名",
        "微信备注",
        // A 团长's group list names members by their WeChat nickname (tester64 U190: the at-risk list
        // and the schedule showed phone numbers only). Last of the Chinese words: 姓名 beside it wins.
        "微信昵称",
        "微信名",
        "群昵称",
        "昵称",
        "Account Name",
        "Name",
        "Customer Name",
        "Client Name",
        // Jobber's Clients export: Display Name is the client as every invoice names them; its
        // Company Name is blank for people (tester66 U235: the advice named Company Name, blank
        // for 8 of 9 clients, and a report of 1 customer followed it).
        "Display Name",
        "Company",
        "Company Name",
        "Store Name",
        "Shop Name",
      ],
      // The family name beside a first-name column (Shopify: First Name, Last Name): read only
      // joined to it (FIRST_NAME_HEADERS; ingest/fullName.ts).
      lastName: ["Last Name", "Lastname", "Surname", "Family Name", "姓氏"],
      // A nickname beside the customer's name (微信昵称 beside 备注名 or 姓名): kept for a sheet that
      // names customers by it (a 售后 log's 微信昵称: ingest/keyByOther.ts; tester65 U208). Read only
      // beside another name column: alone it is the name (header.ts onlyBeside). Not the bare 昵称,
      // which ends a buyer's account (客户昵称, 用户昵称: the ID to ask about, headersFound.ts).
      nickname: ["微信昵称", "微信名", "群昵称", "Nickname", "WeChat Name"],
      type: ["客户类型", "客户类别", "类型", "Type", "Customer Type", "Segment Type", "Category"],
      owner: [
        "负责人",
        "客户经理",
        "销售",
        "销售代表",
        "业务员",
        "跟进人",
        "归属人",
        // Who handled the customer's documents in 管家婆 / 金蝶 exports (tester53 N30).
        "经手人",
        // A training school's owner of a family (tester56 U28: all calls under （未指定）).
        "课程顾问",
        "销售顾问",
        // A gym's or studio's owner of a member (tester57 U43: all 119 calls under （未指定））; not a
        // bare 顾问, which may be anyone's (reviewer57 L5).
        "会籍顾问",
        // A clinic's patient belongs to their own dentist (tester58 U63: all 92 calls under
        // （未指定））; not a bare 医生, which on a sales sheet is the one who treated that visit.
        "主治医生",
        "主治医师",
        // A shop's member belongs to the assistant who follows them up (tester59 U84: all 112
        // calls under （未指定））; not a bare 店员, which on a sales sheet is who served that sale.
        "跟进店员",
        "专属店员",
        "专属导购",
        // A salon's member belongs to her own beautician, who also makes the return calls (tester60
        // U99: all calls under （未指定））; not a bare 美容师, which on a sales sheet is who did
        // that treatment, nor a bare 顾问 (reviewer57 L5).
        "专属美容师",
        "跟进美容师",
        "专属顾问",
        "回访人",
        "回访负责人",
        "Owner",
        "Account Manager",
        "Sales Rep",
        "Salesperson",
        "Rep",
      ],
      phone: [
        "电话",
        "手机",
        "手机号",
        "联系电话",
        "电话号码",
        "Phone",
        "Mobile",
        "Telephone",
        "Tel",
        "Phone Number",
        // Jobber's Main Phone #s (tester66 U239: unread, 6 calls became e-mails), read without its #.
        "Main Phones",
      ],
      email: ["邮箱", "电子邮箱", "电子邮件", "邮件", "Email", "E-mail", "Mail", "Email Address"],
      region: [
        "地区",
        "区域",
        "省份",
        "城市",
        "所在地",
        // A school's campus (tester56 U38: 校区 asked "是否应为“地区”？" on every run).
        "校区",
        "Region",
        "Area",
        "City",
        "Province",
        "Territory",
      ],
      industry: ["行业", "所属行业", "Industry", "Sector"],
      created: [
        "建档日期",
        "创建日期",
        "注册日期",
        "开户日期",
        "入会日期",
        // A training centre's day the student enrolled (tester69 U505: read as no start date).
        "入学日期",
        // A salon's or gym's day the member's card was opened (tester60 U107).
        "开卡日期",
        "办卡日期",
        "Created",
        "Created At",
        "Created Date",
        "Signup Date",
        "Registration Date",
        // Square's customer export (tester68 U406: unmapped).
        "Creation Date",
        "Since",
      ],
      birthday: ["生日", "出生日期", "Birthday", "Date of Birth", "DOB", "Birth Date"],
      creditRating: ["信用等级", "信用评级", "信用", "Credit Rating", "Credit", "Rating"],
      marketingConsent: [
        "同意营销联系",
        "同意营销",
        "营销同意",
        "接受营销",
        "Marketing Consent",
        "Consent",
        "Opt In",
        "Opt-in",
        "Marketing Opt In",
        // tester61 U133: Mindbody's, Mailchimp's and Shopify's consent columns (NOT_CONTACT_ADDRESS
        // keeps them from the address).
        "Email Opt In",
        "SMS Opt In",
        "Email Consent",
        "SMS Consent",
        "Accepts Email Marketing",
        "Accepts SMS Marketing",
        "Accepts Marketing",
        // Square's customer directory: e-mail opt-in (Subscribed / Unsubscribed / Unknown), read as
        // the customer's status before (fix69d left: "unsubscribed" a status, no consent column).
        "Email Subscription Status",
        "SMS Subscription Status",
      ],
      // Tester55 U4: a customer paused (装修暂停, on hold) is not sent an urgent retention call.
      status: [
        "状态",
        "客户状态",
        "合作状态",
        "经营状态",
        "营业状态",
        "Status",
        "Customer Status",
        "Account Status",
        // tester64 U182: HubSpot's company export (Customer, Former customer, Churned, Lead).
        "Lifecycle Stage",
      ],
      // The day the customer's account was closed (用友 U8 客户档案 停用日期; tester58 U65: three
      // closed bakeries topped the at-risk list): on or before the analysis date, the customer left.
      closedDate: [
        "停用日期",
        "注销日期",
        "销户日期",
        "关闭日期",
        "闭店日期",
        "Closed Date",
        "Date Closed",
        "Closed On",
        "Deactivation Date",
        "Deactivated On",
      ],
      // The day the account's contract or plan renews (HubSpot's Renewal Date, 续约日期; tester64
      // U188: Fjord Coffee, renewal 12-31, the owner deciding by 12-20, was called on 12-31): its
      // regular contact is brought before it by followUp.renewalLeadDays (followUp/cadence.ts).
      renewalDate: [
        "续约日期",
        "续签日期",
        "续费日期",
        "合同到期日",
        "合同到期日期",
        "服务到期日",
        "到期日",
        "到期日期",
        "Renewal Date",
        "Next Renewal Date",
        "Contract End",
        "Contract End Date",
        "Contract Renewal Date",
        "Contract Expiry",
        "Contract Expiration Date",
      ],
      // A note about the customer (tester59 U80: 备注 别再发推销 beside 状态 已退订, unread): read for a
      // do-not-contact phrase (followUp/doNotContact.ts). Never the ID (NOT_CUSTOMER_ID; tester58 U69).
      note: [
        "备注",
        "客户备注",
        "说明",
        "Notes",
        "Note",
        "Comments",
        "Comment",
        "Remarks",
        "Customer Note",
        "Customer Notes",
      ],
      // A member's car (a car wash's 会员档案 车牌号): the key its visit log (到店登记 车牌) names
      // the member by (ingest/keyByOther.ts; tester64 U187).
      plate: ["车牌号", "车牌", "车牌号码", "License Plate", "Licence Plate", "Plate", "Plate No"],
      // A pet's name beside its owner's (a vet's 宠物档案: 病历号, 宠物名, 主人; tester65 U216: 宠物名
      // unread, an owner's two pets both "王磊" on the calls). Where the ID is a patient record
      // (PET_RECORD_ID_HEADERS) the record is the pet, shown as 王磊（豆豆） (ingest/petName.ts); with
      // no name column it is the name.
      petName: [
        "宠物名",
        "宠物名称",
        "宠物名字",
        "宠物姓名",
        "宠物昵称",
        "宠物",
        "Pet Name",
        "Pet",
        "Pet's Name",
        "Animal Name",
        "Patient",
        "Patient Name",
      ],
      // A pet's kind (品种, Species; fix67e): a pet's name column whose values are kinds is read
      // as it too (ingest/petKind.ts: 宠物 猫 / 柯基 was 王磊（猫）).
      petKind: ["宠物种类", "宠物品种", "品种", "种类", "物种", "Species", "Breed", "Pet Type"],
    },
  },
  transactions: {
    names: [
      "交易",
      "交易记录",
      "交易明细",
      "订单",
      "订单明细",
      "销售",
      "销售记录",
      "销售明细",
      // A school's fee ledger (tester56: 缴费流水 refused after 学员名单 was renamed).
      "缴费",
      "缴费记录",
      "缴费流水",
      "缴费明细",
      "收费记录",
      "收银流水",
      "收银记录",
      "消费记录",
      "消费明细",
      // A shop's 会员消费 / 到店消费: the last word says the rows are purchases (a salon's 会员资料,
      // 会员消费, 会员充值 stopped with "no Transactions sheet", 会员消费 read as customers).
      "消费",
      // A clinic's charges (tester58 U62: 收费明细 refused).
      "收费明细",
      // A renovation firm's payments received (tester61 U122: 收款记录 refused with no hint).
      "收款",
      "收款记录",
      "收款明细",
      "收款流水",
      // A shop's everyday word for its sales log (洁净坊's 2025年流水, 2026年流水: tester66 U230, not
      // found, so 卡号 was never read as the ID by its values). 充值流水 is other rows (saysOtherRows).
      "流水",
      "营业流水",
      "Transactions",
      "Transaction",
      "Orders",
      "Sales",
      "Purchases",
      // A CRM's won deals (Pipedrive, HubSpot, Salesforce exports; tester56 U25).
      "Deals",
      "Opportunities",
      // A billing export (Stripe, QuickBooks: tester60 U106, refused) and a Chinese invoice list.
      "Invoices",
      "Invoice List",
      "Payments",
      "发票",
      "发票明细",
    ],
    fields: {
      customerId: CUSTOMER_ID,
      date: [
        "日期",
        "交易日期",
        "订单日期",
        "下单日期",
        "销售日期",
        "购买日期",
        "成交日期",
        "单据日期",
        "开票日期",
        "时间",
        "Date",
        "Order Date",
        "Transaction Date",
        "Purchase Date",
        "Sale Date",
        "Invoice Date",
        // When a CRM's deal was won (Pipedrive's Deal - Won time; tester56 U25 read its
        // Expected close date), then when it closed (HubSpot, Salesforce).
        "Won Time",
        "Won Date",
        "Close Date",
        // When a Shopify order was placed (orders_export: every line of the order has it; its Paid
        // at is blank on further lines and unpaid orders; tester57 U46). Last: any date above wins.
        "Created at",
      ],
      amount: [
        "金额",
        "交易金额",
        "订单金额",
        "销售额",
        "销售金额",
        "实付金额",
        // 淘宝 / 天猫 订单报表: what the buyer paid, after coupons; its 总金额 (leftmost) is before
        // them (tester57 U58).
        "买家实际支付金额",
        "实际支付金额",
        "成交金额",
        "消费金额",
        // What Chinese invoices and shop exports head the amount with (each stopped a run, exit 2).
        "价税合计",
        "订单总额",
        "实收",
        "总价",
        "营业额",
        "销售收入",
        "GMV",
        "Amount",
        "Sales",
        "Revenue",
        "Total",
        "Order Amount",
        "Value",
        "Net Amount",
        "Spend",
        // Square's Item Details: Gross Sales (before Discounts) and Net Sales both end in Sales, and
        // the leftmost won (tester59 U81: +6.3 % revenue). Net Sales is what was paid.
        "Net Sales",
        // What was paid: the amount over any other amount header beside it (ingest/header.ts
        // keepPaidAmount; tester60 U96, U106).
        ...PAID_AMOUNT_HEADERS,
      ],
      orderId: [
        "订单号",
        "订单编号",
        "单号",
        // Accounting-software sales documents (管家婆, 用友, 金蝶: tester53 N30) and invoices.
        "单据编号",
        "单据号",
        "发票号",
        "发票号码",
        // A school's or a shop's receipt for a payment (tester56 U33: a receipt entered twice was
        // counted twice, "no order ID column"), and a CRM deal's own ID (Pipedrive's Deal - ID).
        "收据号",
        "收据编号",
        "Receipt No",
        "Receipt Number",
        "Deal ID",
        "Order ID",
        "Order No",
        "Order Number",
        "Invoice No",
        "Invoice",
        // Square's Item Details: each line of a sale carries its Transaction ID (tester59 U81: unread,
        // each walk-in's blank-Customer-ID sale was read as a further line of the order above).
        "Transaction ID",
      ],
      product: [
        "产品",
        "产品名称",
        "商品",
        "商品名称",
        "品名",
        // A salon's service item (tester60 U107: 项目 unread, so a 充值 and a 划卡 of one day looked
        // like one row paid two ways). A gym's 项目 of 新办 / 续卡 / 退卡 is its row type
        // (rowKinds.ts kindColumnByValues).
        "项目",
        "服务项目",
        "消费项目",
        "Product",
        "Item",
        "SKU",
        "Product Name",
        // Shopify's orders export, a line a row.
        "Lineitem name",
      ],
      // Counted in cases, bottles or boxes (tester55 U15: a wine importer's 箱数).
      quantity: ["数量", "件数", "箱数", "瓶数", "盒数", "Quantity", "Qty", "Units", "Cases"],
      // What the row is: a sale, a return, a voided order, a gift (optionWords.ts ROW_KIND_WORDS;
      // tester54 T1, T9: a 类型 = 退货 column, Taobao's 订单状态, Shopify's Financial Status and a
      // Salesforce export's Stage were ignored, so returns and lost deals counted as purchases).
      rowKind: [
        "类型",
        "单据类型",
        "业务类型",
        "交易类型",
        "销售类型",
        "订单类型",
        "订单状态",
        "交易状态",
        "单据状态",
        "状态",
        // Pipedrive's deal export: Deal - Status (Won / Lost / Open / Deleted) says what the deal
        // is; its Deal - Stage is the pipeline step, read only when no status is there (tester56 U25).
        "Deal Status",
        "Financial Status",
        "Payment Status",
        "Order Status",
        "Transaction Type",
        "Stage",
        "Status",
      ],
      // An order export's after-sales status beside its order status (抖店 售后状态 退款成功, 售后关闭,
      // "-"): only its refund words are read, a refunded order no purchase (tester56 U29 / tester55 U7:
      // 7,001 refunded orders of 150,000 counted, +5.4 % revenue).
      refundStatus: ["售后状态", "退款状态", "退货状态", "售后", "Refund Status", "Return Status"],
      // A status column beside a type column (K3's 单据状态 beside 单据类型): found among the columns
      // not read by STATUS_BESIDE_TYPE (ingest/rowKinds.ts statusBesideKind), never by a header
      // alone, which stays the row kind's.
      rowStatus: [],
      // The amount's currency as a code (USD, 人民币): Salesforce's Amount Currency, Shopify's
      // Currency (optionWords.ts CURRENCY_CODE_WORDS).
      currency: ["币种", "币别", "货币", "币制", "Currency", "Amount Currency", "Currency Code"],
      // WooCommerce's line item price is its Item Cost (tester58 U59).
      unitPrice: [
        "单价",
        "销售单价",
        "售价",
        "零售价",
        "Unit Price",
        "Price Each",
        "Price",
        "Item Cost",
      ],
      // How the row was paid (a gym's 支付方式 储值卡: paid from a balance topped up earlier).
      payment: [
        "支付方式",
        "付款方式",
        "收款方式",
        "支付渠道",
        "付款渠道",
        "Payment Method",
        "Payment Type",
        "Paid By",
        // A till's 付款类型 (tester59 U83: read as the row type, so 储值卡 purchases counted beside
        // the top-up). Not a bare 付款 / 支付: one edit from any …款 header (酒款 "是否应为“付款”？"),
        // and the start of 付款时间 / 支付金额; such a column is found by its values
        // (ingest/storedValue.ts storedValueColumnByValues).
        "付款类型",
        "支付类型",
        "付款类别",
        "支付类别",
        "结算方式",
        "Tender Type",
      ],
      // The money refunded on the order beside what was paid (淘宝 / 天猫 订单报表 退款金额, Shopify's
      // Refunded Amount): taken off the amount (ingest/refundAmounts.ts; tester57 U58: a refunded
      // order counted in full).
      refundAmount: [
        "退款金额",
        "已退款金额",
        "实际退款金额",
        "退款总额",
        "退款总金额",
        "Refunded Amount",
        "Refund Amount",
        "Amount Refunded",
        "Total Refunded",
      ],
      // The order's total after a later adjustment beside the total first charged (Etsy's Sold
      // Orders: Adjusted Order Total, blank unless the order was refunded in part): the row's amount
      // where filled (ingest/refundAmounts.ts; reviewer66 M6: the refunded order counted in full).
      // Not Adjusted Net Order Amount: after Etsy's card fees, as Order Net is.
      adjustedAmount: ["Adjusted Order Total", "调整后订单金额", "调整后订单总额"],
      // What a visit used of the member's stored value beside what was collected (a salon's 消费记录:
      // 实收金额 0 and 卡扣金额 880 on a 划卡): the card use's amount (transactionsBuilder.ts amountOf;
      // tester60 U94: unread, the card money vanished).
      cardAmount: [
        "卡扣",
        "卡扣金额",
        "储值扣款",
        "储值扣款金额",
        "耗卡金额",
        "划卡金额",
        "扣卡金额",
        "卡内扣款",
        "Stored Value Used",
        "Balance Used",
        "Card Redemption",
        "Redeemed Amount",
      ],
    },
  },
  surveys: {
    names: [
      "满意度调查",
      "满意度",
      "调查",
      "问卷",
      "客户满意度",
      // Members' ratings (tester57 U42: 会员评价 unread, 26 ratings unused, no hint).
      "会员评价",
      "客户评价",
      "评价",
      "评价记录",
      // Reviews copied from 大众点评 / 美团 (tester58 U64: 24 reviews unread).
      "大众点评",
      "大众点评评价",
      "点评",
      "点评记录",
      "Reviews",
      "Surveys",
      "Survey",
      "Satisfaction",
      "Feedback",
    ],
    fields: {
      customerId: CUSTOMER_ID,
      date: [
        "日期",
        "调查日期",
        "填写日期",
        "回复日期",
        // When an online form's answer came in (问卷星 提交答卷时间, Google Forms' Timestamp).
        "提交答卷时间",
        "提交时间",
        "评价时间",
        "评价日期",
        "答卷时间",
        "填写时间",
        "Date",
        "Survey Date",
        "Response Date",
        "Submitted At",
        "Submission Time",
        "Timestamp",
      ],
      overall: [
        "总体满意度",
        "满意度",
        "总体评分",
        "综合满意度",
        "Overall",
        "Overall Satisfaction",
        "CSAT",
        "Satisfaction",
        // The question itself, as a survey export heads its column (…总体满意吗？).
        "总体满意",
        "整体满意",
        "满意程度",
        "How Satisfied",
        "Overall Satisfied",
        // An overall rating (tester55 U5: 总体评价 in stars beside 酒品质量, 配送).
        "总体评价",
        "整体评价",
        "综合评价",
        "Overall Rating",
        // A review's stars (大众点评 星级 ★★★★☆: parse/number.ts parseScore counts them; tester58 U64).
        "星级",
        "星级评分",
        "Stars",
        "Star Rating",
        // A survey's one score headed by what it is (tester67 U312: a bakery's Rating (1-5), its
        // low ratings lost and CSAT "–" on 49 answers).
        "评分",
        "打分",
        "Rating",
      ],
      recommend: [
        "推荐意愿",
        "推荐可能性",
        "推荐度",
        "推荐指数",
        "NPS",
        "Likelihood to Recommend",
        "Recommend",
        "NPS Score",
        // 您有多大可能向朋友推荐我们？ / How likely are you to recommend us to a friend?
        "推荐",
        "向朋友推荐",
        "Likely to Recommend",
      ],
      quality: ["质量", "产品质量", "Quality", "Product Quality"],
      price: ["价格", "价格满意度", "Price", "Pricing"],
      afterSales: [
        "售后服务",
        "售后",
        "服务",
        "After-sales",
        "After Sales",
        "Service",
        "After-sales Service",
      ],
      delivery: ["交付时间", "交付", "交货", "物流", "配送", "Delivery", "Delivery Time"],
      comment: [
        "意见",
        "评论",
        "评价内容",
        "备注",
        "建议",
        "Comment",
        "Comments",
        "Feedback",
        "Remarks",
      ],
    },
  },
  complaints: {
    names: [
      "投诉",
      "投诉记录",
      "投诉明细",
      "客户投诉",
      "客诉",
      "客诉记录",
      ...AFTER_SALES_SHEET_NAMES,
      "Complaints",
      "Complaint",
    ],
    fields: {
      customerId: CUSTOMER_ID,
      receivedAt: [
        "接收时间",
        "投诉时间",
        "受理时间",
        "登记时间",
        "日期",
        "Received At",
        "Received",
        "Date",
        "Opened At",
        "Created At",
        "Logged At",
        "Reported At",
      ],
      cause: [
        "原因",
        "投诉原因",
        "投诉类型",
        "类别",
        "Cause",
        "Reason",
        "Category",
        "Type",
        "问题类型",
        "Issue Type",
        ...COMPLAINT_PROBLEM_HEADERS,
      ],
      complexity: ["复杂度", "复杂程度", "难度", "Complexity", "Severity"],
      firstResponseAt: [
        "首次响应时间",
        "响应时间",
        "首次回复时间",
        // A date alone under the same words (tester53 N22: 首次回复 / 解决日期 were not read).
        "首次回复",
        "首次回复日期",
        "首次响应",
        "首次响应日期",
        "回复时间",
        "响应日期",
        // The plainest names (tester54 T21: 回复日期 was not read, the Overview showed 0.0 %).
        "回复日期",
        "答复日期",
        "Reply Date",
        "Response Date",
        "First Response Date",
        "First Reply Date",
        "First Response At",
        "First Response",
        "Responded At",
        "First Reply",
      ],
      resolvedAt: [
        "解决时间",
        "处理完成时间",
        "结案时间",
        "关闭时间",
        "解决日期",
        "完成日期",
        "处理完成日期",
        "结案日期",
        "关闭日期",
        "Resolved Date",
        "Resolution Date",
        "Date Resolved",
        "Closed Date",
        "Resolved At",
        "Resolved",
        "Closed At",
      ],
      // 处理进度 已解决 / 处理中 (tester55 U3: her 客户反馈's status column).
      // 处理情况 (tester62 U144: a hotpot restaurant's 差评 sheet).
      // 处理结果 已退款 (tester64 U191: a 团长's 售后 sheet).
      status: ["状态", "处理状态", "处理进度", "处理情况", "处理结果", "Status", "State"],
    },
  },
  contacts: {
    names: [
      "跟进记录",
      "联系记录",
      "回访记录",
      // Read as customers by their first word. Not 回访 as a last word: 满意度回访 is a survey.
      "客户回访",
      "会员回访",
      "电话回访",
      "家长回访",
      "拜访记录",
      "沟通记录",
      "跟进",
      "Contacts",
      "Contact Log",
      "Call Log",
      "Calls",
      "通话记录",
      "Activities",
      "Interactions",
    ],
    fields: {
      customerId: CUSTOMER_ID,
      date: [
        "日期",
        "联系日期",
        "跟进日期",
        "回访日期",
        "拜访日期",
        "Date",
        "Contact Date",
        "Activity Date",
      ],
      channel: ["方式", "联系方式", "跟进方式", "渠道", "Channel", "Method", "Type"],
      owner: [
        "负责人",
        "跟进人",
        "客户经理",
        "联系人",
        "业务员",
        "经手人",
        "Owner",
        "By",
        "Rep",
        "Account Manager",
      ],
      // Tester55 U4: the day the user agreed to contact the customer again (held until then), what
      // was said, and whether the call got through (U8: an unanswered call is no contact).
      nextContact: [
        "下次跟进",
        "下次跟进日期",
        "下次跟进时间",
        "下次联系",
        "下次联系日期",
        "下次联系时间",
        "下次回访",
        "下次回访日期",
        "下次拜访",
        "下次拜访日期",
        "预约日期",
        "预约回访日期",
        "计划跟进日期",
        "Next Follow-up",
        "Next Follow Up",
        "Next Follow-up Date",
        "Next Follow Up Date",
        "Next Contact",
        "Next Contact Date",
        "Next Activity Date",
        "Next Call",
        "Next Call Date",
        "Callback Date",
        // The usual English name in a CRM's activity export (tester62 U143).
        "Follow-up Date",
        "Follow Up Date",
        "Followup Date",
      ],
      note: [
        "内容",
        "沟通内容",
        "跟进内容",
        "联系内容",
        "回访内容",
        "拜访内容",
        "通话内容",
        "备注",
        "记录",
        "情况",
        "Notes",
        "Note",
        "Description",
        "Comments",
        "Comment",
        "Summary",
        "Call Notes",
        "Activity Description",
      ],
      outcome: [
        "结果",
        "跟进结果",
        "通话结果",
        "联系结果",
        "回访结果",
        "拜访结果",
        "通话状态",
        "联系状态",
        "状态",
        "Outcome",
        "Call Outcome",
        "Result",
        "Call Result",
        "Call Status",
        "Disposition",
        "Call Disposition",
        "Status",
      ],
      // Tester60 U100: a salon's 回访记录 flags a complaint (是否投诉 是) beside what the customer
      // said (顾客反馈); a column of the complaint's own words (投诉内容) flags it by being written.
      complaint: [
        ...COMPLAINT_FLAG_HEADERS,
        "投诉",
        "客诉",
        "投诉内容",
        "投诉情况",
        "投诉事项",
        "Complaint",
        "Complaint Details",
      ],
      feedback: [
        "顾客反馈",
        "客户反馈",
        "反馈",
        "反馈内容",
        "顾客意见",
        "客户意见",
        "Feedback",
        "Customer Feedback",
        "Client Feedback",
      ],
    },
  },
  // Tester61 U112: a school's lessons attended (消课记录), a studio's check-ins: the customer's
  // visits, her own rhythm of coming (aggregate/visits.ts). Not 拜访 (a rep's visit: contacts).
  visits: {
    names: [
      "消课记录",
      "消课",
      "课消记录",
      "上课记录",
      "签到记录",
      "签到",
      "考勤记录",
      "考勤",
      "出勤记录",
      "到店记录",
      "到店登记",
      "来店登记",
      "到访记录",
      "打卡记录",
      "Check-ins",
      "Check-in",
      "Checkins",
      "Check-in Log",
      "Attendance",
      "Visits",
      "Visit Log",
      "Class Bookings",
      "Class Attendance",
      ...APPOINTMENT_SHEET_NAMES,
    ],
    fields: {
      customerId: CUSTOMER_ID,
      date: [
        "日期",
        "上课日期",
        "上课时间",
        "消课日期",
        "签到日期",
        "签到时间",
        "考勤日期",
        "出勤日期",
        "到店日期",
        "到店时间",
        "打卡日期",
        "打卡时间",
        "Date",
        "Visit Date",
        "Class Date",
        "Check-in Date",
        "Check-in Time",
        "Checked In At",
        "Attended At",
        "Attendance Date",
        "预约日期",
        "预约时间",
        "就诊日期",
        "到诊日期",
        "Appointment Date",
        "Appointment Time",
      ],
      status: [
        "状态",
        // The plain 考勤 / 出勤 a school's 消课记录 heads its 出勤 / 请假 / 缺勤 column with (tester67
        // U301: 516 absences and leaves read as lessons attended).
        "考勤",
        "出勤",
        "考勤状态",
        "出勤状态",
        "出勤情况",
        "签到状态",
        "上课状态",
        "到课状态",
        "Status",
        "Attendance Status",
        "Booking Status",
        "Visit Status",
        "Check-in Status",
        "预约状态",
        "到诊状态",
        "就诊状态",
        "Appointment Status",
      ],
    },
  },
  // Tester61 U114: a subscriptions export (Stripe's Subscriptions, a studio's 会员订阅), one row per
  // subscription (ingest/subscriptions.ts).
  subscriptions: {
    names: [
      "Subscriptions",
      "Subscription List",
      "Autopays",
      "订阅",
      "订阅记录",
      "会员订阅",
      "自动续费",
      "连续包月",
    ],
    fields: {
      customerId: CUSTOMER_ID,
      status: ["状态", "订阅状态", "Status", "Subscription Status"],
      cancelAtPeriodEnd: [
        "Cancel At Period End",
        "Cancels At Period End",
        "Cancel At End",
        "到期取消",
        "到期后取消",
        // Not 已关闭自动续费 / 到期不续费: in China turning auto-renew off (连续包月) is everyday
        // hygiene of members who then renew by hand, no cancellation (reviewer62 R14).
      ],
      periodEnd: [
        "Current Period End",
        "Period End",
        "Renewal Date",
        "Next Billing Date",
        // Recharge's next_charge_scheduled_at, WooCommerce Subscriptions' Next Payment Date
        // (tester63 U163: a Recharge export read with no period, its cancellations ignored).
        "Next Charge Scheduled At",
        "Next Charge Date",
        "Next Payment Date",
        "本期到期日",
        "到期日",
        "到期日期",
        "续费日期",
        "下次扣款日期",
      ],
      // What the customer pays for (Recharge's product_title, Stripe's Plan, a Price): a sheet of
      // cancellations with none of these and no period is no proof of a purchase (reviewer63 R6: a
      // newsletter list's Cancelled rows).
      product: [
        "Plan",
        "Plan Name",
        "Product",
        "Product Title",
        "Product Name",
        "套餐",
        "订阅套餐",
        "订阅产品",
        "产品",
        "商品",
      ],
      amount: [
        "Price",
        "Amount",
        "Recurring Price",
        "Plan Amount",
        "价格",
        "金额",
        "订阅金额",
        "每期金额",
      ],
      canceledAt: [
        "Canceled At",
        "Cancelled At",
        "Canceled Date",
        "Cancelled Date",
        "Ended At",
        "取消日期",
        "取消时间",
        "退订日期",
      ],
      // Why it was canceled: a reason leaving the door open is a win-back call (tester63 U163).
      cancelReason: ["Cancellation Reason", "Cancel Reason", "取消原因", "退订原因"],
      cancelComment: [
        "Cancellation Reason Comments",
        "Cancellation Comments",
        "Cancel Comment",
        "取消备注",
        "退订备注",
      ],
      // Stripe's Pause Collection (pause_collection.behavior: keep_as_draft, void,
      // mark_uncollectible) and pause_collection.resumes_at: payments paused, a hold until then.
      pauseCollection: [
        "Pause Collection",
        "Pause Collection Behavior",
        "Pause Collection.Behavior",
        "暂停收款",
        "暂停扣款",
      ],
      pauseResumesAt: [
        "Pause Collection Resumes At",
        "Pause Collection.Resumes At",
        "Resumes At",
        "恢复收款日期",
        "恢复扣款日期",
      ],
    },
  },
} as const;

/** A column the engine understands, on any sheet (its display name: words/inputs.ts). */
export type HeaderField = {
  [K in keyof typeof HEADER_WORDS]: keyof (typeof HEADER_WORDS)[K]["fields"];
}[keyof typeof HEADER_WORDS];
