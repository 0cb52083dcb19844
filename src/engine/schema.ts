import { HEADER_WORDS, type HeaderField } from "./headerWords";
import { bySection } from "./words/catalog";

/**
 * The input sheets the engine reads and the columns it understands: how each column is read, its
 * display name (the catalog, words/inputs.ts) and the header words users write for it in Chinese
 * and English (recognition vocabulary, headerWords.ts). The source of each field is DOMAIN.md "Inputs".
 */

export type SheetKind =
  "customers" | "transactions" | "surveys" | "complaints" | "contacts" | "visits" | "subscriptions";

export const SHEET_KINDS: readonly SheetKind[] = [
  "customers",
  "transactions",
  "surveys",
  "complaints",
  "contacts",
  "visits",
  "subscriptions",
];

/** How a column's cells are read. */
export type FieldKind =
  | "id" // customer id: joins across sheets
  | "text"
  | "date" // a calendar day
  | "datetime" // a day with a time of day
  | "amount" // money, may be negative
  | "number"
  | "score5" // 1–5
  | "score10" // 0–10
  | "enum" // one of a field's values (see ENUMS)
  | "flag"; // yes/no

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  required: boolean;
  label: { "zh-CN": string; "en-US": string };
  /** Header texts that name this column; matched after folding case, spaces and brackets. */
  synonyms: readonly string[];
}

export interface SheetSpec {
  kind: SheetKind;
  required: boolean;
  label: { "zh-CN": string; "en-US": string };
  /** Sheet (or Excel table) names that hold this data. */
  names: readonly string[];
  fields: readonly FieldSpec[];
  /**
   * Fields of which at least one needs a column (a survey's scores): with none, the first is the
   * missing column (a sheet of rows each an error "必填项 ? 列“总体满意度”为空" was read: tester53 N26).
   */
  anyOf?: readonly string[];
}

/** A sheet's column: its key, how it is read and whether the sheet needs it. */
type ColumnDef<K extends SheetKind> = [
  key: keyof (typeof HEADER_WORDS)[K]["fields"] & HeaderField,
  kind: FieldKind,
  required: boolean,
];

const FIELD_LABELS = bySection("fieldNames");
const SHEET_LABELS = bySection("inputNames");

/** A sheet's spec: its columns in order, with display names (catalog) and header words (data). */
function sheet<K extends SheetKind>(
  kind: K,
  required: boolean,
  columns: readonly ColumnDef<K>[],
  anyOf?: readonly ColumnDef<K>[0][],
): SheetSpec {
  const words = HEADER_WORDS[kind];
  const synonyms = words.fields as Record<string, readonly string[]>;
  return {
    kind,
    required,
    label: SHEET_LABELS[kind],
    names: words.names,
    fields: columns.map(([key, fieldKind, fieldRequired]) => ({
      key,
      kind: fieldKind,
      required: fieldRequired,
      label: FIELD_LABELS[key],
      synonyms: synonyms[key],
    })),
    ...(anyOf && { anyOf }),
  };
}

export const SHEETS: Record<SheetKind, SheetSpec> = {
  customers: sheet("customers", true, [
    ["customerId", "id", true],
    ["name", "text", false],
    // Joined to a first-name column's name (Shopify's Last Name: ingest/fullName.ts).
    ["lastName", "text", false],
    ["type", "enum", false],
    ["owner", "text", false],
    ["phone", "text", false],
    ["email", "text", false],
    ["region", "text", false],
    ["industry", "text", false],
    ["created", "date", false],
    ["birthday", "date", false],
    ["creditRating", "text", false],
    ["marketingConsent", "flag", false],
    // Read for a pause word only (装修暂停, on hold: followUp/hold.ts).
    ["status", "text", false],
    // The day the account was closed: the customer left (lifecycle/left.ts).
    ["closedDate", "date", false],
    // The day the account's contract renews: its regular contact comes before (followUp/cadence.ts).
    ["renewalDate", "date", false],
    // A note about the customer (备注): read for a do-not-contact phrase (followUp/doNotContact.ts).
    ["note", "text", false],
    // A car's licence plate (a car wash's 车牌号): what a visit log may name the member by
    // (ingest/keyByOther.ts; tester64 U187).
    ["plate", "text", false],
    // A WeChat nickname beside the shop's own name for the customer (微信昵称 beside 备注名): kept
    // for a sheet that names customers by it (ingest/keyByOther.ts; tester65 U208).
    ["nickname", "text", false],
    // A pet's name beside its owner's (a vet's 宠物名): a pet's record is shown by both, and its
    // death ends that record only (ingest/petName.ts; tester65 U216, U203).
    ["petName", "text", false],
    // A pet's kind (品种, Species, or a 宠物 column of 猫 / 柯基): no name (ingest/petKind.ts; fix67e).
    ["petKind", "text", false],
  ]),
  transactions: sheet("transactions", true, [
    ["customerId", "id", true],
    ["date", "date", true],
    ["amount", "amount", true],
    ["orderId", "text", false],
    ["product", "text", false],
    ["quantity", "number", false],
    ["rowKind", "text", false],
    // An after-sales column beside the order status (抖店 售后状态): 退款成功 is a refunded order.
    ["refundStatus", "text", false],
    // A status column beside a type column (单据状态 beside 单据类型): its draft, voided, unpaid
    // and refunded words leave the row out (ingest/rowKinds.ts statusBesideKind).
    ["rowStatus", "text", false],
    ["currency", "text", false],
    // Read only where the amount is blank: 数量 × 单价 (tester54 T10 noamt).
    ["unitPrice", "amount", false],
    // How a row was paid: read only for stored value (储值卡, 余额), which makes a top-up (充值) no
    // purchase (ingest/storedValue.ts; tester57 U41).
    ["payment", "text", false],
    // The money refunded on the order (淘宝 退款金额): taken off its amount, a whole refund no
    // purchase (ingest/refundAmounts.ts; tester57 U58).
    ["refundAmount", "amount", false],
    // The order's total after a later adjustment (Etsy's Adjusted Order Total, blank unless an
    // order was refunded in part): the row's amount where filled (ingest/refundAmounts.ts; reviewer66 M6).
    ["adjustedAmount", "amount", false],
    // What a visit used of the member's stored value (a salon's 卡扣金额): the amount of a card use
    // whose 实收金额 is 0 (ingest/transactionsBuilder.ts amountOf; tester60 U94).
    ["cardAmount", "amount", false],
  ]),
  surveys: sheet(
    "surveys",
    false,
    [
      ["customerId", "id", true],
      ["date", "date", true],
      ["overall", "score5", false],
      ["recommend", "score10", false],
      ["quality", "score5", false],
      ["price", "score5", false],
      ["afterSales", "score5", false],
      ["delivery", "score5", false],
      ["comment", "text", false],
    ],
    // A survey needs a score of some kind: with no score column, 总体满意度 is the one missing.
    ["overall", "recommend", "quality", "price", "afterSales", "delivery"],
  ),
  complaints: sheet("complaints", false, [
    ["customerId", "id", true],
    ["receivedAt", "datetime", true],
    ["cause", "enum", false],
    // Reviewer69 L2: the complaint in her words (投诉内容) beside the cause (投诉类型), quoted by its call.
    ["problem", "text", false],
    ["complexity", "enum", false],
    ["firstResponseAt", "datetime", false],
    ["resolvedAt", "datetime", false],
    ["status", "enum", false],
  ]),
  contacts: sheet("contacts", false, [
    ["customerId", "id", true],
    ["date", "date", true],
    ["channel", "enum", false],
    ["owner", "text", false],
    // Tester55 U4, U8: the agreed next contact, what was said, whether the call got through.
    ["nextContact", "date", false],
    ["note", "text", false],
    ["outcome", "text", false],
    // Tester60 U100: a row flagged as a complaint (是否投诉 是, or 投诉内容 written) is a complaint,
    // the customer's words (顾客反馈) its text (complaints/fromContacts.ts).
    ["complaint", "text", false],
    ["feedback", "text", false],
    // tester70 U605: a garage's 回访记录 scores each call (满意度(1-5)): the customer's satisfaction,
    // read as a survey answer of that day (satisfaction/fromContacts.ts).
    ["score", "score5", false],
  ]),
  // Tester61 U112: the lessons a student attended, a member's check-ins (消课记录, Check-ins): her
  // presence, read for her rhythm, not her money (aggregate/visits.ts).
  visits: sheet("visits", false, [
    ["customerId", "id", true],
    ["date", "date", true],
    // reviewer62 R2: 缺勤 / 请假 / No-show / Cancelled rows are no visits (NOT_A_VISIT).
    ["status", "text", false],
  ]),
  // Tester61 U114: a Stripe / Mindbody subscriptions export, one row per subscription: a
  // cancellation set for the period's end is a customer saying she is leaving, a canceled one a
  // customer who left (ingest/subscriptions.ts).
  subscriptions: sheet("subscriptions", false, [
    ["customerId", "id", true],
    ["status", "text", false],
    ["cancelAtPeriodEnd", "flag", false],
    ["periodEnd", "date", false],
    ["canceledAt", "date", false],
    // Recharge's cancellation_reason and cancellation_reason_comments (tester63 U163).
    ["cancelReason", "text", false],
    ["cancelComment", "text", false],
    // Stripe's Pause Collection (its behavior, or "resumes 2027-01-01") and the day it resumes: a
    // hold until then, not a customer leaving (followUp/hold.ts; fix63k/n's leftover).
    ["pauseCollection", "text", false],
    ["pauseResumesAt", "date", false],
    // Read for their presence only: what the customer pays for (reviewer63 R6).
    ["product", "text", false],
    ["amount", "text", false],
  ]),
};

// The words users write for option, flag and totals cells live in optionWords.ts.
export {
  ENUMS,
  FLAG_WORDS,
  FOOTNOTE_COUNT_QUALIFIERS,
  FOOTNOTE_COUNT_UNITS,
  FOOTNOTE_COUNT_WORDS,
  FOOTNOTE_NOTE_WORDS,
  SCALE5_WORDS,
  TOTALS_PERIOD_WORDS,
  TOTALS_WORDS,
  type ComplaintCause,
  type ComplaintComplexity,
  type ComplaintStatus,
  type ContactChannel,
  type CustomerType,
  type EnumField,
} from "./optionWords";

export type Lang = "zh-CN" | "en-US";
