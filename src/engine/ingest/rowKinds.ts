import type { Cell } from "../cells";
import {
  BALANCE_REFUND_PHRASE,
  CARD_REFUND_WORDS,
  FULFILLED_WORDS,
  UNFULFILLED_WORDS,
  INVOICE_AWAITING_PAYMENT_WORDS,
  INVOICE_OVERDUE_WORDS,
  ORDER_AWAITING_PAYMENT_WORDS,
  CASH_ON_DELIVERY_WORDS,
  ROW_KIND_WORDS,
  TOP_UP_PHRASE,
  type RowKind,
} from "../optionWords";
import {
  FULFILLMENT_STATUS_HEADERS,
  INVOICE_SHEET_HEADERS,
  STATUS_BESIDE_TYPE,
} from "../headerWords";
import { cellText, foldHeader } from "../parse/text";
import { itemRefund } from "./itemRefunds";
import { saysWord } from "./cellWords";

/** A cell's text as ROW_KIND_WORDS are matched: lower case, `_` / `-` and runs of spaces as one space. */
export const rowKindKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[_\-\s]+/g, " ")
    .trim();

const KIND_OF: ReadonlyMap<string, RowKind> = new Map(
  (Object.keys(ROW_KIND_WORDS) as RowKind[]).flatMap((kind) =>
    ROW_KIND_WORDS[kind].map((w) => [rowKindKey(w), kind] as const),
  ),
);

/** Longest first, so 会员卡 is tried before 会员 and 卡. */
const phraseWords = (words: readonly string[]): string =>
  [...words]
    .map(rowKindKey)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, " ?"))
    .join("|");
const AMOUNT = `[¥￥$]? ?\\d[\\d,]*(\\.\\d+)? ?(${phraseWords(TOP_UP_PHRASE.unit)})?`;
const VERB = phraseWords(TOP_UP_PHRASE.verb);
// What (optional), the verb, an amount; then, in brackets or not, the verb and amount again and a
// bonus with its amount (会员卡充值（充5000送500）).
const TOP_UP = new RegExp(
  `^(?<what>${phraseWords(TOP_UP_PHRASE.what)})? ?(?<verb>${VERB}) ?(${AMOUNT})? ?[(（]? ?((${VERB}) ?${AMOUNT} ?)?` +
    `((?<bonus>${phraseWords(TOP_UP_PHRASE.bonus)}) ?(${AMOUNT})?)? ?[)）]?$`,
);

/**
 * Whether a cell's text is a top-up written as a phrase (TOP_UP_PHRASE: 会员卡充值, 储值卡充值,
 * 充值5000送500, Account top-up), beside ROW_KIND_WORDS.topUp's whole cells (tester63 U162). With
 * a verb a shop also writes for the phone credit it sells (充, 充值, top up, recharge: TOP_UP_PHRASE
 * creditVerb) the phrase names what is topped up (会员卡, 余额, account) or a bonus (送 500): a bare
 * 充100 / 充值50元 is credit a phone shop or a 便利店 sells, a sale (reviewer63 R8: revenue 5,540 →
 * 1,720 once one sale was paid 会员卡, its 项目 read as row types by their values); 预存3000元 is a
 * top-up.
 *
 * @example topUpPhrase("充值5000送500") // true
 * @example topUpPhrase("会员卡充值") // true
 * @example topUpPhrase("充100") // false
 * @example topUpPhrase("话费充值") // false
 */
export function topUpPhrase(text: string): boolean {
  const key = rowKindKey(text.normalize("NFKC"));
  const m = key === "" ? null : TOP_UP.exec(key);
  if (m?.groups === undefined) return false;
  const { what, verb, bonus } = m.groups;
  return what !== undefined || bonus !== undefined || !SOLD_CREDIT_VERB.has(verb);
}

/** The verbs a shop also writes for the phone credit it sells (充100, 充值50元, Recharge $20). */
const SOLD_CREDIT_VERB: ReadonlySet<string> = new Set(
  TOP_UP_PHRASE.creditVerb.map((w) => rowKindKey(w)),
);

const REFUND_WHAT = phraseWords(BALANCE_REFUND_PHRASE.what);
const REFUND_VERB = phraseWords(BALANCE_REFUND_PHRASE.verb);
// The card given back (optional), then 退 + 余额 or 余额 + 退还 (an English "the" or "unused" may
// stand between), then an amount at most: 退卡退余额500, 余额退还, Refund of the balance.
const BALANCE_REFUND = new RegExp(
  `^((${phraseWords(BALANCE_REFUND_PHRASE.card)})[ ,，、:：/]*)?` +
    `((${REFUND_VERB}) ?(the )?(${REFUND_WHAT})|(${REFUND_WHAT}) ?(${REFUND_VERB}))` +
    `[ ,，、:：/]*(${AMOUNT})?$`,
);
const CARD_REFUND_CELL: ReadonlySet<string> = new Set(CARD_REFUND_WORDS.map(rowKindKey));

const CARD_GIVEN_BACK = new RegExp(`^(${phraseWords(BALANCE_REFUND_PHRASE.card)})`);
const BACK_ONTO = new RegExp(`^(${phraseWords(BALANCE_REFUND_PHRASE.onto)})`);

/**
 * Of a balanceRefund text, what its words say about where the money went (reviewer64 H3): "out"
 * when the card was given back (退卡, 退卡退余额, 销卡退余额: nothing left to put it on), "onto"
 * when it went back onto the balance (BALANCE_REFUND_PHRASE.onto: 退回储值卡, 退回余额, Store
 * credit refund: a card-paid sale returned), else "either" (余额退还, 储值退款, 退余额): the
 * row's payment cell decides (StoredValue).
 *
 * @example refundDirection("退卡退余额") // "out"
 * @example refundDirection("退回储值卡") // "onto"
 * @example refundDirection("储值退款") // "either"
 */
export function refundDirection(text: string): "out" | "onto" | "either" {
  const key = rowKindKey(text.normalize("NFKC"));
  if (CARD_GIVEN_BACK.test(key)) return "out";
  return BACK_ONTO.test(key) ? "onto" : "either";
}

/**
 * Whether a cell says a stored-value balance was refunded: a card refund word (CARD_REFUND_WORDS:
 * 退卡, 退余额) or a phrase of BALANCE_REFUND_PHRASE (退卡退余额, 余额退还, 储值退款500, Balance
 * refund, Refund of credit): the top-up's reversal, no return of a sale (tester64 U183). A card or
 * membership sold is no balance: 会员卡退款, 年卡退费 and 退货 say nothing here.
 *
 * @example balanceRefund("退卡退余额") // true
 * @example balanceRefund("Refund of credit") // true
 * @example balanceRefund("会员卡退款") // false
 */
export function balanceRefund(text: string): boolean {
  const key = rowKindKey(text.normalize("NFKC"));
  return key !== "" && (CARD_REFUND_CELL.has(key) || BALANCE_REFUND.test(key));
}

/**
 * What a row-kind cell says: a ROW_KIND_WORDS kind (a top-up also as a phrase: topUpPhrase),
 * "unknown" for other text, "blank" for none.
 *
 * @example rowKindOf("Closed Lost") // "voided"
 * @example rowKindOf("退货") // "returned"
 * @example rowKindOf("会员卡充值") // "topUp"
 */
export function rowKindOf(cell: Cell): RowKind | "unknown" | "blank" {
  if (cell === null || cell === undefined) return "blank";
  const text = cellText(cell);
  if (text.trim() === "") return "blank";
  return KIND_OF.get(rowKindKey(text)) ?? (topUpPhrase(text) ? "topUp" : "unknown");
}

/**
 * A row's kind as read: a ROW_KIND_WORDS kind, or "refunded", a return word in an order-status
 * column (an order refunded: no purchase, not used, rather than a return row counted negative), or
 * "billed", an invoice awaiting payment on a sheet of invoices (INVOICE_AWAITING_PAYMENT_WORDS: a
 * purchase, said).
 */
export type ReadKind = RowKind | "refunded" | "billed" | "placed";

/** The kinds whose rows are no purchase and are left out (SheetIngest.commit), each said once. */
export const KINDS_NOT_USED = [
  "refunded",
  "voided",
  "gift",
  "draft",
  "fee",
  "uncollectible",
] as const;

const AWAITING_PAYMENT: ReadonlySet<string> = new Set(
  INVOICE_AWAITING_PAYMENT_WORDS.map((w) => rowKindKey(w)),
);
const OVERDUE: ReadonlySet<string> = new Set(INVOICE_OVERDUE_WORDS.map((w) => rowKindKey(w)));
const ORDER_AWAITING: ReadonlySet<string> = new Set(
  ORDER_AWAITING_PAYMENT_WORDS.map((w) => rowKindKey(w)),
);
const FULFILLED: ReadonlySet<string> = new Set(FULFILLED_WORDS.map((w) => rowKindKey(w)));
const UNFULFILLED: ReadonlySet<string> = new Set(UNFULFILLED_WORDS.map((w) => rowKindKey(w)));
const FULFILLMENT_HEADERS: ReadonlySet<string> = new Set(
  FULFILLMENT_STATUS_HEADERS.map((w) => foldHeader(w)),
);

/**
 * A transactions sheet's fulfillment-status column (Shopify's Fulfillment Status, 发货状态:
 * FULFILLMENT_STATUS_HEADERS) among its columns not read, with its header and the order-ID column,
 * or null: an order
 * awaiting payment it says was delivered is a purchase owed (RowKinds.kindOf; tester69 U521).
 */
export function fulfillmentColumn(match: {
  unmapped: readonly number[];
  headers: readonly string[];
  columns: Record<string, number>;
}): { column: number; header: string; order: number; payment: number } | null {
  const column = match.unmapped.find((u) => FULFILLMENT_HEADERS.has(foldHeader(match.headers[u])));
  if (column === undefined) return null;
  return {
    column,
    header: match.headers[column],
    order: match.columns.orderId ?? -1,
    payment: match.columns.payment ?? -1,
  };
}

/**
 * Whether an order's payment status awaits payment (ORDER_AWAITING_PAYMENT_WORDS) while its
 * fulfillment status says it went out (FULFILLED_WORDS): delivered on terms, a purchase owed.
 *
 * @example deliveredAwaitingPayment("pending", "fulfilled") // true
 * @example deliveredAwaitingPayment("pending", "unfulfilled") // false
 */
export const deliveredAwaitingPayment = (status: string, fulfillment: string): boolean =>
  ORDER_AWAITING.has(rowKindKey(status)) && FULFILLED.has(rowKindKey(fulfillment));

const COD = CASH_ON_DELIVERY_WORDS.map((w) => w.toLowerCase());

/**
 * Whether a way of paying is cash on delivery (CASH_ON_DELIVERY_WORDS): an order delivered while
 * `pending` was paid on delivery, not owed (reviewer71 H4).
 *
 * @example cashOnDelivery("Cash on Delivery (COD)") // true
 * @example cashOnDelivery("Net 30 (manual)") // false
 */
export const cashOnDelivery = (payment: string): boolean =>
  saysWord(payment.trim().toLowerCase(), COD);

/**
 * Whether an order's payment status awaits payment (ORDER_AWAITING_PAYMENT_WORDS) while its
 * fulfillment status says it has not gone out yet (UNFULFILLED_WORDS): an order placed, awaiting a
 * bank or manual payment, not voided: the customer is active. Read as her order on its day at 0,
 * its money counted once paid or delivered (newuser70 N2: Shopify's pending + unfulfilled, $2,400
 * ordered 10 days ago, dropped as voided and her win-back urgent, "Overdue by 37 days").
 *
 * @example placedAwaitingPayment("pending", "unfulfilled") // true
 * @example placedAwaitingPayment("voided", "unfulfilled") // false
 */
export const placedAwaitingPayment = (status: string, fulfillment: string): boolean =>
  ORDER_AWAITING.has(rowKindKey(status)) && UNFULFILLED.has(rowKindKey(fulfillment));

/**
 * Whether a status cell says the invoice is overdue (INVOICE_OVERDUE_WORDS, the whole cell).
 *
 * @example overdueWord("Overdue") // true
 * @example overdueWord("Open") // false
 */
export function overdueWord(text: string): boolean {
  return text.length <= 24 && OVERDUE.has(rowKindKey(text));
}
const INVOICE_HEADERS = INVOICE_SHEET_HEADERS.map((w) => foldHeader(w));

/**
 * Whether a transactions sheet lists invoices (an invoice number, a due date: headerWords.ts
 * INVOICE_SHEET_HEADERS inside a header), whose open / unpaid status is a delivered order billed
 * and awaiting payment, a purchase (INVOICE_AWAITING_PAYMENT_WORDS; tester60 U97), not an unpaid
 * cart or an open deal.
 *
 * @example invoiceSheet(["Invoice Number", "Customer ID", "Due Date (UTC)", "Status"]) // true
 */
export const invoiceSheet = (headers: readonly string[]): boolean =>
  headers.some((h) => {
    const folded = foldHeader(h);
    return INVOICE_HEADERS.some((w) => folded.includes(w));
  });

const NOT_USED: ReadonlySet<string> = new Set(KINDS_NOT_USED);

/** Whether a row of this kind is left out: a voided or refunded order, a gift, a draft, a fee. */
export const notUsed = (kind: string | undefined): boolean =>
  kind !== undefined && kind !== "sale" && NOT_USED.has(kind);

/**
 * A header naming the order's status (订单状态, Financial Status, Stage), not the row's type (类型,
 * 单据类型): its return words say the order on that row was refunded, so it stood for nothing. An
 * export that lists each order once with its latest status (Taobao's 退款成功, Shopify's refunded)
 * has no separate sale row to offset; a ledger's 退货 row is a return of an earlier sale row.
 */
const ORDER_STATUS = /状态|status|stage/i;

const STATUS_HEADERS: ReadonlySet<string> = new Set(STATUS_BESIDE_TYPE.map((w) => foldHeader(w)));

/**
 * The match with a status column (单据状态, 订单状态, Payment Status: headerWords.ts
 * STATUS_BESIDE_TYPE) beside a type column (单据类型 标准销售出库单) read as `rowStatus`, so a K3
 * draft is left out whatever column says the row's type (reviewer58 M1: with 单据类型 beside it,
 * 单据状态 was "not recognised, ignored" and 415 drafts were sales again, +4.8 % revenue). Not
 * beside a row kind that is itself a status (Financial Status), nor when one is already read.
 */
export function statusBesideKind<
  M extends { columns: Record<string, number>; unmapped: number[]; headers: readonly string[] },
>(match: M): M {
  const { rowKind, rowStatus } = match.columns;
  if (rowKind === undefined || rowStatus !== undefined) return match;
  if (ORDER_STATUS.test(match.headers[rowKind])) return match;
  const c = match.unmapped.find((u) => STATUS_HEADERS.has(foldHeader(match.headers[u])));
  if (c === undefined) return match;
  return {
    ...match,
    columns: { ...match.columns, rowStatus: c },
    unmapped: match.unmapped.filter((u) => u !== c),
  };
}

/** The rows of one kind the column named: how many, the first (Excel row), the values as written. */
export interface KindTally {
  count: number;
  row: number;
  /** Distinct values as written, in order met, each with its count (at most MAX_VALUES). */
  values: { text: string; count: number }[];
}

/** How many distinct values a tally names. */
const MAX_VALUES = 5;

/**
 * Reads a transactions sheet's row-kind column (类型, 订单状态, Financial Status, Stage) row by row
 * and keeps what it said: SheetIngest asks `kindOf` before a row goes to the table, leaves out
 * voided and gift rows (no purchase), and notes the table index of each returned row so its amount
 * is made negative once the table is built (`negate`): a return written positive is still a return
 * (tester54 T1). One text look-up per row, cached by the cell's text.
 */
export class RowKinds {
  readonly tallies: Partial<Record<ReadKind | "unknown", KindTally>> = {};
  /** True for an order-status column (ORDER_STATUS): return words are refunded orders. */
  readonly orderStatus: boolean;
  /** Table indices of the used rows marked returned. */
  private readonly returned: number[] = [];
  /**
   * The sheet's payment rows (ROW_KIND_WORDS.payment), count and first Excel row: those counted as
   * their customer's purchases (no sale of hers on the sheet as large) and those not used, payments
   * of her sales (sheet.ts settlePayment).
   */
  readonly payments = { counted: { count: 0, row: 0 }, notUsed: { count: 0, row: 0 } };
  /** Returned rows whose amount was positive (negated): count and first Excel row. */
  positive = { count: 0, row: 0 };
  /**
   * The rows read billed because their fulfillment column (`fulfilled`) says the order awaiting
   * payment was delivered (deliveredAwaitingPayment), tallied apart from an invoice sheet's billed.
   */
  delivered: KindTally | undefined;
  /**
   * The rows read as orders placed at 0 because their fulfillment column says the order awaiting
   * payment has not gone out (placedAwaitingPayment; newuser70 N2).
   */
  placed: KindTally | undefined;
  private readonly cache = new Map<string, ReadKind | "unknown" | "blank">();

  constructor(
    readonly column: number,
    readonly header: string,
    /**
     * What of the column is read: "all" its every word; "refunds", an after-sales column (售后状态)
     * beside the row kind's, only its return words (a refunded order), its other values (售后关闭,
     * 退款中, "-") leaving the row as the row kind says; "notUsed", a status column (单据状态)
     * beside a type column (单据类型), only the words of a row not used (a draft, a voided or
     * unpaid order, a refunded one), its other values (已审核) leaving the row to the type;
     * "topUps", an item column (项目, 收费项目) on a sheet with no row-kind column, only its top-ups
     * (会员卡充值, 充值: tester63 U162), its items leaving the row a purchase as before.
     */
    readonly reads: "all" | "refunds" | "notUsed" | "topUps" = "all",
    /** True on a sheet of invoices (invoiceSheet): an open invoice is billed, a purchase. */
    readonly invoices = false,
    /**
     * The sheet's fulfillment-status column (fulfillmentColumn), its header and the order-ID
     * column (-1 for none), null for none: a row awaiting payment whose order it says was
     * delivered is billed, a purchase (tester69 U521).
     */
    readonly fulfilled: {
      column: number;
      header: string;
      order: number;
      payment: number;
    } | null = null,
  ) {
    this.orderStatus = reads !== "all" || ORDER_STATUS.test(header);
  }

  /**
   * The kind of the reader's current row (Excel row `row`), tallied. `negative`: its amount is
   * below zero — under a refund word that is the return itself, written as a return (tester55 U21:
   * 收款状态 已退款 on a −28,800 row dropped it, and the customer's spend rose by as much).
   * `part`: the order was refunded in part (a refund-amount column: refundAmounts.ts), so a refund
   * word says that part, and the order stands as a sale (reviewer57 L6: 抖店 退款成功 on an order
   * refunded in part dropped it whole).
   */
  kindOf(
    reader: { cellAt(column: number): Cell },
    row: number,
    negative = false,
    part = false,
  ): ReadKind | "unknown" | "blank" {
    const cell = reader.cellAt(this.column);
    let kind: ReadKind | "unknown" | "blank";
    if (typeof cell === "string") {
      const cached = this.cache.get(cell);
      if (cached === undefined) this.cache.set(cell, (kind = this.read(cell)));
      else kind = cached;
    } else kind = this.read(cell);
    if (kind === "refunded" && negative) kind = "returned";
    else if (kind === "refunded" && part) kind = "sale";
    else if (kind === "voided" && this.fulfilled !== null) {
      const fulfillment = this.fulfillmentOf(reader);
      if (deliveredAwaitingPayment(cellText(cell), fulfillment)) {
        // Cash on delivery, delivered: paid on delivery, a sale, neither owed nor said so
        // (reviewer71 H4; newuser71: the 167 rows said "owed" held 114 COD rows).
        if (cashOnDelivery(this.lastFulfillment.payment)) {
          this.tally("sale", row, cell);
          return "sale";
        }
        this.delivered = this.tallied(this.delivered, row, cell);
        return "billed";
      }
      if (placedAwaitingPayment(cellText(cell), fulfillment)) {
        this.placed = this.tallied(this.placed, row, cell);
        return "placed";
      }
    }
    // An unknown kind is tallied when its row is counted as a purchase (counted): a 小计 row refused
    // for its blank date is no purchase (tester60 U108: said among 消费 as "counted as purchases").
    if (kind === "blank" || kind === "unknown") return kind;
    this.tally(kind, row, cell);
    return kind;
  }

  /** The last order whose fulfillment cell was written: its ID, that cell's text and its way of paying. */
  private lastFulfillment = { order: "", text: "", payment: "" };

  /**
   * The fulfillment status of the reader's row's order (deliveredAwaitingPayment,
   * placedAwaitingPayment). A further line of an order (Shopify's second line item: its status
   * filled from the line above, continuationLines.ts) leaves the fulfillment cell blank: the order's
   * first line's is read.
   */
  private fulfillmentOf(reader: { cellAt(column: number): Cell }): string {
    const f = this.fulfilled!;
    const order = f.order < 0 ? "" : cellText(reader.cellAt(f.order)).trim();
    let text = cellText(reader.cellAt(f.column)).trim();
    const payment = f.payment < 0 ? "" : cellText(reader.cellAt(f.payment)).trim();
    if (text !== "") this.lastFulfillment = { order, text, payment };
    else if (order !== "" && order === this.lastFulfillment.order) text = this.lastFulfillment.text;
    return text;
  }

  /** The reader's current row (Excel row `row`), of a kind we do not know, counted as a purchase. */
  counted(reader: { cellAt(column: number): Cell }, row: number): void {
    this.tally("unknown", row, reader.cellAt(this.column));
  }

  private tally(kind: ReadKind | "unknown", row: number, cell: Cell): void {
    this.tallies[kind] = this.tallied(this.tallies[kind], row, cell);
  }

  /** `t` (a new tally from row `row` when undefined) with the row's cell counted. */
  private tallied(t: KindTally | undefined, row: number, cell: Cell): KindTally {
    t ??= { count: 0, row, values: [] };
    t.count++;
    const text = cellText(cell).trim();
    const v = t.values.find((x) => x.text === text);
    if (v) v.count++;
    else if (t.values.length < MAX_VALUES) t.values.push({ text, count: 1 });
    return t;
  }

  private read(cell: Cell): ReadKind | "unknown" | "blank" {
    // Billed, whatever column says it: a status beside the type ("notUsed") tallies it too, said
    // as the status alone is (row_kind_billed); an after-sales column's ("refunds") is no refund.
    if (this.invoices && AWAITING_PAYMENT.has(rowKindKey(cellText(cell))))
      return this.reads === "refunds" ? "blank" : "billed";
    let kind = rowKindOf(cell);
    if (this.reads === "refunds" && kind !== "returned") return "blank";
    if (this.reads === "topUps") return kind === "topUp" ? kind : "blank";
    // An item's refund in a row-type column (a gym's 项目 of 续卡 / 会员卡退费): a return too. Not in
    // an order status, where 部分退款 leaves the order standing.
    if (kind === "unknown" && !this.orderStatus && itemRefund(cellText(cell))) kind = "returned";
    const read = kind === "returned" && this.orderStatus ? "refunded" : kind;
    if (this.reads === "notUsed" && !notUsed(read)) return "blank";
    return read;
  }

  /** A used row (table index `index`) was marked returned. */
  returnedRow(index: number): void {
    this.returned.push(index);
  }

  /**
   * Makes the returned rows' amounts negative (a -0 for 0: a return of nothing, no purchase),
   * counting those that were written positive; `rows` the table's Excel rows.
   */
  negate(amount: Float64Array, rows: Int32Array | undefined): void {
    for (const i of this.returned) {
      const a = amount[i];
      if (a > 0) {
        this.positive.count++;
        const row = rows?.[i] ?? 0;
        if (this.positive.row === 0 || row < this.positive.row) this.positive.row = row;
      }
      if (a === a) amount[i] = -Math.abs(a);
    }
  }
}

/**
 * A column no header names whose values are row kinds (tester57 U40: a gym's 收银流水 `项目` of
 * 新办 / 续卡 / 退卡 / 零售, unread, so a refund counted as a sale): of the unmapped columns, the one
 * with the most known kind words among the rows read so far (the header search's), when they are at
 * least half of its filled cells, five at least. The first rows may hold no return (a 退卡 comes
 * later): a column of sale words is read too, and its other words are then named, as a row-kind
 * column's are. -1 when none.
 *
 * @example kindColumnByValues([1], [["x", "新办"], ["x", "退卡"], …]) // 1
 */
export function kindColumnByValues(
  unmapped: readonly number[],
  rows: readonly (readonly Cell[])[],
): number {
  let best = -1;
  let bestKnown = 0;
  for (const c of unmapped) {
    let filled = 0;
    let known = 0;
    for (const row of rows) {
      const kind = rowKindOf(row[c] ?? null);
      if (kind === "blank") continue;
      filled++;
      if (kind !== "unknown") known++;
    }
    if (filled >= 5 && known * 2 >= filled && known > bestKnown) {
      best = c;
      bestKnown = known;
    }
  }
  return best;
}
