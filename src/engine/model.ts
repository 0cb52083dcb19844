import type { EpochDay } from "./parse/date";
import type { CustomerRowNotUsed, NotUsedRow } from "./ingest/rowsNotUsed";
import type {
  ComplaintCause,
  ComplaintComplexity,
  ComplaintStatus,
  ContactChannel,
  CustomerType,
  SheetKind,
} from "./schema";

/**
 * The typed records ingest produces, stored column-wise: one array per field, one slot per used row.
 * Dates are epoch days (see parse/date.ts), NaN when missing; codes of -1 mean missing.
 * Every table keeps `sourceRow`, the row number as Excel shows it, so findings can point back.
 */

export const CUSTOMER_TYPES: readonly CustomerType[] = ["enterprise", "individual", "government"];
export const COMPLAINT_CAUSES: readonly ComplaintCause[] = [
  "product_quality",
  "service_attitude",
  "service_process",
  "information",
  "price",
  "other",
];
export const COMPLAINT_COMPLEXITIES: readonly ComplaintComplexity[] = ["general", "complex"];
export const COMPLAINT_STATUSES: readonly ComplaintStatus[] = ["open", "resolved"];
export const CONTACT_CHANNELS: readonly ContactChannel[] = ["phone", "email", "visit", "online"];

export interface Customers {
  count: number;
  /** The customer id as the user wrote it (trimmed). */
  id: string[];
  /** The join key (see parse/identifier.ts customerKey). */
  key: string[];
  name: string[];
  /** Index into CUSTOMER_TYPES, -1 unknown. */
  type: Int8Array;
  /**
   * The type as written where it is none of CUSTOMER_TYPES (酒店, 西餐厅: the user's own kinds of
   * customer, kept and shown, not a warning a row; tester55 U14), else "". Absent when none is.
   */
  ownType?: string[];
  owner: string[];
  phone: string[];
  email: string[];
  region: string[];
  industry: string[];
  created: Float64Array;
  birthday: Float64Array;
  creditRating: string[];
  /** 1 consented, 0 refused, -1 not stated (treated as no consent for marketing). */
  marketingConsent: Int8Array;
  /**
   * The status as written (装修暂停, active), only when the sheet has a status column: a pause word
   * there holds the customer out of urgent retention calls (followUp/hold.ts).
   */
  status?: string[];
  /**
   * The day each account was closed (epoch day; NaN none), only when the sheet has a closed-date
   * column (停用日期): on or before the analysis date the customer left (lifecycle/left.ts).
   */
  closedDate?: Float64Array;
  /**
   * The day each account's contract or plan renews (epoch day; NaN none), only when the sheet has
   * a renewal-date column (续约日期, Renewal Date): its regular contact is planned before it
   * (followUp/cadence.ts renewalDue; tester64 U188).
   */
  renewalDate?: Float64Array;
  /**
   * The note about each customer as written (备注, Notes), only when the sheet has a note column: a
   * do-not-contact phrase there keeps the customer off the schedule (followUp/doNotContact.ts).
   */
  note?: string[];
  /**
   * The licence plate as written (粤B·A1234), only when the sheet has a plate column: what a visit
   * log may name the member by (ingest/keyByOther.ts plateKeys; tester64 U187).
   */
  plate?: string[];
  /**
   * The nickname as written (微信昵称), only when the sheet has one beside the name (备注名): what a
   * dependent sheet may name the customer by (ingest/keyByOther.ts; tester65 U208).
   */
  nickname?: string[];
  /**
   * The pet's name as written (豆豆), only when the sheet has a pet's name column beside a name
   * column (宠物名 beside 主人: ingest/petName.ts; tester65 U216).
   */
  petName?: string[];
  /**
   * True when each record is one pet (its ID a patient record's, 病历号: petName.ts petRecords): its
   * name is shown with the pet's (王磊（豆豆）), an owner's pets on one phone are no duplicate, and
   * a pet's death ends its record (lifecycle/left.ts; tester65 U203).
   */
  petRecords?: true;
  sourceRow: Int32Array;
}

export interface Transactions {
  count: number;
  /** Index into Customers. */
  customer: Int32Array;
  /** The purchase day (epoch day, whole days). */
  day: Float64Array;
  /** Net amount: negative for a return. */
  amount: Float64Array;
  /**
   * A 32-bit hash of the order id, so distinct orders can be counted per customer without holding
   * millions of strings; a row without an order id is its own order. Zero for all rows when the sheet
   * has no order-id column (then each row is an order).
   */
  order: Int32Array;
  hasOrderIds: boolean;
  /** Code into products (-1: none). */
  product: Int32Array;
  products: string[];
  quantity: Float64Array;
  sourceRow: Int32Array;
  /**
   * 1 on a purchase paid from the member's stored value whose amount is 0 or blank (a 划卡 of a
   * punch card, a 次卡's visit): a purchase of her own rhythm though it adds no spend, where a free
   * visit at ¥0 (a 复查) is activity only (reviewer60 R9; aggregate/customerSummary.ts spendDays).
   * Absent when the sheet has none.
   */
  storedValueVisit?: Uint8Array;
  /**
   * The top-ups read at 0 of members who have used none of their balance yet, and their 退卡, by
   * Excel row: the amount as written (a refund below 0). Their sum up to the analysis date is the
   * member's unused balance (CustomerAnalysis.heldBalance; reviewer61 R4). Absent when none.
   */
  heldByRow?: Map<number, number>;
  /**
   * Rows not used that say whose they are (a known ID with a date of no year, a blank ID beside a
   * name: ingest/rowsNotUsed.ts); absent when none. Matched to customers after the read
   * (Dataset.rowsNotUsed).
   */
  notUsed?: NotUsedRow[];
}

/**
 * A customer's visits: a lesson attended, a class checked in to (消课记录, 签到, Check-ins). Her
 * presence, not a sale: no amount is kept (tester61 U112; aggregate/visits.ts).
 */
export interface Visits {
  count: number;
  customer: Int32Array;
  /** The visit's day (epoch day, whole days). */
  day: Float64Array;
  sourceRow: Int32Array;
  /**
   * The rows whose status says she is on leave (请假, Excused, 停课: headerWords.ts ON_LEAVE_VISIT):
   * no visit, a pause (followUp/hold.ts). Absent when no row says so.
   */
  leave?: { customer: Int32Array; day: Float64Array };
  /**
   * The rows whose status says she did not come to a booked visit (tester63 U168): `kind` 1 a
   * no-show (爽约, No-show: headerWords.ts NO_SHOW_VISIT), 2 cancelled (取消, Cancelled); no visit,
   * a signal (churn/assess.ts missed_appointments). Absent when no row says so.
   */
  missed?: { customer: Int32Array; day: Float64Array; kind: Uint8Array };
  /**
   * The bookings after the analysis date (已预约, Booked: headerWords.ts BOOKED_VISIT; tester63
   * U168): no visit yet, a hold on her retention call until the day after (followUp/hold.ts
   * bookedDays, when near). A booking before the date with no outcome is no visit (unless most are:
   * bookedAsVisits) and is not kept here.
   * Absent when there is none.
   */
  booked?: { customer: Int32Array; day: Float64Array };
  /**
   * The appointments sheet (预约登记) read beside the check-ins (签到, the visits input) for its
   * bookings to come alone (fix64l's note: they were lost, not read at all). Absent otherwise.
   */
  bookingsFrom?: string;
  /**
   * True when the visits were read from an appointments sheet (预约登记, Appointments: a clinic's
   * visits kept), said so rather than as classes attended (上课签到; tester65 U215). Absent otherwise.
   */
  appointments?: true;
  /**
   * How many past rows still saying booked (已预约) were read as visits: most past rows said so, a
   * log whose statuses were never updated (reviewer64 H8; said by visits_read). Absent otherwise.
   */
  bookedAsVisits?: number;
}

/**
 * The subscriptions export (Stripe's Subscriptions, 会员订阅), one row per subscription (tester61
 * U114; ingest/subscriptions.ts).
 */
export interface Subscriptions {
  count: number;
  customer: Int32Array;
  /** The status as written (active, past_due, canceled), "" without the column or blank. */
  status: string[];
  /** 1 set to cancel at the period's end, 0 not, -1 blank or no column. */
  cancelAtPeriodEnd: Int8Array;
  /** The current period's end (epoch day; NaN none). */
  periodEnd: Float64Array;
  /** The day it was canceled (epoch day; NaN none). */
  canceledAt: Float64Array;
  /** Why it was canceled, its reason and comments joined ("" none; tester63 U163). */
  cancelReason: string[];
  /**
   * Its payments paused (Stripe's Pause Collection): the day they resume (epoch day), Infinity
   * paused with no day written, NaN not paused.
   */
  pausedUntil: Float64Array;
  /**
   * Whether the sheet has a column of what the customer pays for: a period end (a next charge), a
   * plan or a price. Without one, a canceled row is no proof of a subscription bought: a
   * newsletter list's Cancelled (reviewer63 R6).
   */
  paidColumns: boolean;
  sourceRow: Int32Array;
}

export interface Surveys {
  count: number;
  customer: Int32Array;
  day: Float64Array;
  /** 1–5, NaN when not answered. */
  overall: Float64Array;
  /** 0–10, NaN when not answered. */
  recommend: Float64Array;
  quality: Float64Array;
  price: Float64Array;
  afterSales: Float64Array;
  delivery: Float64Array;
  comment: string[];
  sourceRow: Int32Array;
  /**
   * 1 for an answer read from a scored Contacts sheet row (its sourceRow is that sheet's row), 0
   * for a Surveys sheet row; absent when every answer is from the Surveys sheet
   * (satisfaction/fromContacts.ts).
   */
  fromContacts?: Uint8Array;
}

export interface Complaints {
  count: number;
  customer: Int32Array;
  receivedAt: Float64Array;
  /** Index into COMPLAINT_CAUSES (unknown causes are "other"). */
  cause: Int8Array;
  /** Index into COMPLAINT_COMPLEXITIES, general when not stated. */
  complexity: Int8Array;
  firstResponseAt: Float64Array;
  resolvedAt: Float64Array;
  /** Index into COMPLAINT_STATUSES: resolved when it has a resolution time or says so. */
  status: Int8Array;
  sourceRow: Int32Array;
  /**
   * What the customer complained of, as written ("" none), only when a complaint came from the
   * Contacts sheet (complaints/fromContacts.ts): the complaint follow-up's reason quotes it.
   */
  text?: string[];
  /**
   * 1 for a complaint read from a Contacts sheet row (its sourceRow is that sheet's row), 0 for a
   * Complaints sheet row; absent when every complaint is from the Complaints sheet.
   */
  fromContacts?: Uint8Array;
  /**
   * Rows of an after-sales (售后) sheet left out as refunds for the customer's own reason (尺码不合适,
   * 拍错了: ingest/contactOutcome.ts ownReasonRefund); absent when none (reviewer66 M5).
   */
  refunds?: number;
}

export interface Contacts {
  count: number;
  customer: Int32Array;
  day: Float64Array;
  /** Index into CONTACT_CHANNELS, -1 unknown. */
  channel: Int8Array;
  owner: string[];
  /**
   * The next contact the user agreed (下次跟进; epoch day, NaN none), only when the sheet has the
   * column: a later one holds the customer's calls until then (followUp/hold.ts).
   */
  nextDay?: Float64Array;
  /** What was said (内容, Notes), only when the sheet has the column: the talking point quotes it. */
  note?: string[];
  /**
   * 1 when the contact did not reach the customer (未接通, No answer: the outcome column, else the
   * note's first words; ingest/contactOutcome.ts): an attempt, not a contact, for the churn model,
   * the schedule and the Changes tab. Absent when the sheet has neither column.
   */
  notReached?: Uint8Array;
  /**
   * The complaint cell as written (是否投诉 是 / 否, or the complaint's words under 投诉内容), and the
   * customer's feedback (顾客反馈), each only when the sheet has the column: a row flagged as a
   * complaint is a complaint (complaints/fromContacts.ts; tester60 U100).
   */
  complaint?: string[];
  feedback?: string[];
  /**
   * The call's satisfaction score (满意度(1-5)), 1–5, NaN where blank; only when the sheet has the
   * column: each scored row is a survey answer (satisfaction/fromContacts.ts; tester70 U605).
   */
  score?: Float64Array;
  /**
   * 1 when the outcome cell says the contact was a complaint (回访结果 投诉: contactOutcome.ts
   * complaintOutcome), 2 when the note does (要去卫健委投诉: complaintNote; tester63 U151), only when
   * some row's does: with no complaint column, such a row is flagged as one (tester62 U151).
   */
  complaintOutcome?: Uint8Array;
  sourceRow: Int32Array;
}

/** How the Contacts sheet's complaint rows became complaints (complaints/fromContacts.ts). */
export interface ComplaintsFromContacts {
  /** The Contacts sheet's name and its complaint column's header. */
  sheet: string;
  column: string;
  /** Rows flagged as a complaint. */
  rows: number;
  /** Complaints they make (rows about a complaint still open join it). */
  complaints: number;
  /** Of those, the ones the Complaints sheet has already (not counted twice). */
  onSheet: number;
}

/** How the Contacts sheet's scored calls became survey answers (satisfaction/fromContacts.ts). */
export interface SurveysFromContacts {
  /** The Contacts sheet's name and its score column's header. */
  sheet: string;
  column: string;
  /** Rows with a score. */
  rows: number;
  /** Answers they add to the surveys. */
  answers: number;
  /** Of the rows, those the Surveys sheet has an answer of already (same customer, same day). */
  onSheet: number;
}

/** A column's text on each used row: Excel rows in the order read, the texts beside them. */
export interface RowTexts {
  header: string;
  rows: number[];
  texts: string[];
}

/** Where a sheet came from and how its columns were mapped. */
export interface SheetSource {
  kind: SheetKind;
  /** The sheet or table name in the workbook (a CSV input: its kind's English label, Customers…). */
  sheetName: string;
  /** Excel row number of the header row. */
  headerRow: number;
  /** Field key → the header text of the column it was read from. */
  columns: Record<string, string>;
  /** Column letters (A, B, …) per field key. */
  columnLetters: Record<string, string>;
  /** Headers that no field claims (kept so the user sees what was ignored). */
  unmappedHeaders: string[];
  /** The input file it was read from, when the source is files (the workbook, or its CSV file). */
  file?: string;
  /** True when the "sheet" is a file of its own (CSV): reports name it by its input (客户 / Customers). */
  sheetIsFile?: boolean;
  /**
   * A CSV file read as Windows-1252, told from its bytes alone (neither UTF-8 nor a byte-order
   * mark: SheetNotes.fileEncoding); absent for every other source and encoding.
   */
  encoding?: "windows-1252";
  /**
   * The currency symbol of its amount column's values (`$`; "" when they mix currencies and none
   * dominates), else the one its header names; absent when neither says (ingest/amountCurrency.ts).
   * Every report tab shows amounts in the transactions' (report/tabs.ts); not in the JSON's sources.
   */
  currency?: string;
  /**
   * Transactions: the rows (Excel row numbers, ascending) whose order fields ingest filled from
   * the line above (a continuation line, a merged cell): none is a duplicate of the line it was
   * filled from (ingest/duplicateRows.ts). Absent when none; not in the JSON's sources.
   */
  filledLines?: number[];
  /**
   * Transactions: the top-up rows (充值; Excel row numbers) to read at 0, the sheet recording the
   * purchases paid from that stored value (ingest/storedValue.ts). Absent when none; not in the
   * JSON's sources.
   */
  topUpRows?: number[];
  /**
   * Transactions: the 退卡 rows (Excel row numbers) refunding a balance whose top-ups are read at 0,
   * read as a return of nothing (ingest/storedValue.ts). Absent when none; not in the JSON's sources.
   */
  cardRefundRows?: number[];
  /**
   * Transactions: of topUpRows, those of members with no purchase from their balance on the sheet
   * yet (StoredValue.notUsedYet): their money is a balance held, read as Transactions.heldByRow
   * (ingest/storedValue.ts). Absent when none; not in the JSON's sources.
   */
  heldTopUpRows?: number[];
  /**
   * Transactions: the rows not used whose status says the charge failed (Stripe's Failed:
   * optionWords.ts FAILED_CHARGE_WORDS), each with its Excel row, customer ID as written and day;
   * joined to customers as Dataset.failedCharges (ingest/paymentFailed.ts), with why it failed
   * when a Decline Reason column says (`why`, at most DECLINE_REASON_CHARS). Absent when none; not
   * in the JSON's sources.
   */
  failedCharges?: { row: number; id: string; day: number; why?: string }[];
  /**
   * Transactions: the invoices awaiting payment on a sheet of invoices (row kind "billed":
   * INVOICE_AWAITING_PAYMENT_WORDS), each with its Excel row, customer ID as written, day, amount
   * whether its status says overdue (INVOICE_OVERDUE_WORDS) and its due date (NaN when the sheet
   * has none: headerWords.ts INVOICE_DUE_DATE_HEADERS); joined to customers as
   * Dataset.unpaidInvoices (ingest/paymentFailed.ts; tester62 U148). Absent when none; not in the
   * JSON's sources.
   */
  /**
   * Transactions: the orders refunded whole (an order status's refunded, Shopify's Financial Status
   * `refunded`; a refund amount of all of it), not used, each with its Excel row, customer ID as
   * written (and its customer when joined while read: billedRows' customer), day and amount; joined
   * as Dataset.refundedOrders, the refund reason's (churn/refunded.ts; tester69 U506). Absent when
   * none; not in the JSON's sources.
   */
  refundedRows?: { row: number; id: string; day: number; amount: number; customer?: number }[];
  billedRows?: {
    row: number;
    id: string;
    /**
     * The customer (index) the row joined while its sheet was read, when the sheet names customers
     * by another customers field (keyByOther: a Shopify export's Email); the ID joins otherwise.
     */
    customer?: number;
    day: number;
    amount: number;
    overdue: boolean;
    due: number;
  }[];
  /**
   * Transactions: the purchases paid from stored value at 0 or blank (a punch card's 划卡; Excel row
   * numbers), read as Transactions.storedValueVisit (ingest/storedValue.ts). Absent when none; not
   * in the JSON's sources.
   */
  storedValueVisitRows?: number[];
  /**
   * Transactions: each used row's payment method as written (Excel rows in the order read, the
   * texts beside them), when the sheet has a payment column: two rows alike but paid two ways
   * are a split payment when a note says so (ingest/paymentRows.ts). Not in the JSON's sources.
   */
  payments?: RowTexts;
  /**
   * Transactions: each used row's note as written (备注), when the sheet has a note column: the
   * owner's word that rows alike but paid two ways are one bill split in two (分两笔付), not a line
   * entered twice (ingest/duplicateRows.ts). Not in the JSON's sources.
   */
  notes?: RowTexts;
  /**
   * Transactions: each used row's text in a column telling apart an order's rows that are otherwise
   * alike (Attendee Name, 座位, 券码, a line number: headerWords.ts LINE_IDENTITY_HEADERS), when the
   * sheet has one: two such rows whose texts differ are two lines, not one twice
   * (ingest/duplicateRows.ts). Not in the JSON's sources.
   */
  lineIds?: RowTexts;
  /**
   * The sheets read together as this input, its own first: a sales log kept one sheet per month
   * or year (ingest/sheetParts.ts; tester58 U60). Absent for an input read from one sheet.
   */
  parts?: string[];
  /**
   * The rows read of each of `parts`, in its order: what a sheet's own figures are said against
   * (a part's unknown customers, "门店流水：30 行中有 22 行"), never the input's total. Not in the
   * JSON's sources.
   */
  partsRead?: number[];
}

export interface RowCounts {
  read: number;
  used: number;
  /** Rows not used: blank and totals rows are counted here too, with an info finding. */
  rejected: number;
  /** Of the rejected: blank and totals rows. */
  skipped: number;
}

/** The whole typed input: what every analysis reads. */
export interface Dataset {
  asOf: EpochDay;
  customers: Customers;
  transactions: Transactions;
  surveys: Surveys | null;
  complaints: Complaints | null;
  contacts: Contacts | null;
  /**
   * The lessons attended, the check-ins (消课记录, Check-ins): absent or null when no such sheet
   * was read (tester61 U112; aggregate/visits.ts).
   */
  visits?: Visits | null;
  /** The subscriptions (tester61 U114): absent or null when no such sheet was read. */
  subscriptions?: Subscriptions | null;
  sources: Partial<Record<SheetKind, SheetSource>>;
  counts: Partial<Record<SheetKind, RowCounts>>;
  /**
   * Per input, the sheets of its kind kept per period beside the one read (`2026销售` beside
   * `2025销售`), unread: ingest/workbook.ts siblingSheets.
   */
  siblingSheets?: Partial<Record<SheetKind, string[]>>;
  /**
   * Sheets no input read whose names say they hold returns (销售退货单): their returns are not
   * subtracted, said on the Overview (ingest/returnsSheet.ts; tester57 U49).
   */
  returnsSheets?: string[];
  /**
   * The money of the refunds on the unread 售后 sheets of returnsSheets (退款金额, less those its
   * 售后状态 says did not happen: 已拒绝, 退款关闭), said by returns_sheet_unread (tester66 U240).
   * Absent when none.
   */
  returnsSheetRefunds?: number;
  /**
   * Transaction rows not used that are a customer's, by ID or by a name only they have (a payment
   * dated 9月1日, no year; a row with the name and no ID: ingest/rowsNotUsed.ts); absent when none.
   * Said beside the customer's reasons and in the run's warnings (tester56 U26).
   */
  rowsNotUsed?: CustomerRowNotUsed[];
  /**
   * Per optional input read from no sheet, an unread sheet whose columns are its (客户反馈 with
   * 问题类别, 回复日期 …): ingest/optionalLookalikes.ts; said, not read (tester55 U3).
   */
  lookalikeSheets?: Partial<Record<SheetKind, { name: string; columns: string[] }>>;
  /**
   * Other sheets no input read whose columns are an input's, or all but one or two required
   * (WooCommerce's Notes: Date, Customer, Note): ingest/unreadInputSheets.ts; said with the
   * figures, not only on the console (tester65 U222).
   */
  unreadInputSheets?: { name: string; kind: SheetKind; columns: string[] }[];
  /**
   * Sheets no input read that list the work the sales bill (Jobs beside Invoices, the same
   * customers on the same days: ingest/sheetParts.ts jobsOfSales): never added to the sales, said
   * as the same work (reviewer67 H1, M1).
   */
  jobsSheets?: string[];
  /**
   * The complaints read from the Contacts sheet's complaint column (是否投诉, 投诉内容):
   * complaints/fromContacts.ts. Absent when the sheet has no such column or no row says one.
   */
  complaintsFromContacts?: ComplaintsFromContacts;
  /**
   * The survey answers read from the Contacts sheet's score column (满意度(1-5)):
   * satisfaction/fromContacts.ts. Absent when the sheet has no such column or no row is scored.
   */
  surveysFromContacts?: SurveysFromContacts;
  /**
   * The failed charges of known customers (SheetSource.failedCharges joined): no sale, a card to
   * update when no paid purchase follows (ingest/paymentFailed.ts; tester61 U134). Absent when none.
   */
  failedCharges?: { customer: number; day: number; why?: string }[];
  /**
   * The orders of known customers refunded whole (SheetSource.refundedRows joined): no purchase, the
   * refund reason when nothing was bought since (churn/refunded.ts; tester69 U506). Absent when none.
   */
  refundedOrders?: { customer: number; day: number; amount: number; row: number }[];
  /** The unpaid invoices of known customers (SheetSource.billedRows joined; tester62 U148). */
  unpaidInvoices?: {
    customer: number;
    day: number;
    amount: number;
    overdue: boolean;
    due: number;
  }[];
}
