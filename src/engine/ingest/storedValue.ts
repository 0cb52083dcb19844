import type { Cell } from "../cells";
import type { Dataset, Transactions } from "../model";
import {
  CARD_USE_WORDS,
  OUTSIDE_BALANCE_WORDS,
  PACKAGE_ITEM_UNITS,
  PACKAGE_ITEM_WORDS,
  STORED_VALUE_NOTE_WORDS,
  STORED_VALUE_PAYMENT_ALONE,
  STORED_VALUE_PAYMENT_WORDS,
} from "../optionWords";
import { cellText } from "../parse/text";
import { saysWord } from "./cellWords";
import { itemHeader } from "./itemRefunds";
import { balanceRefund, refundDirection, rowKindKey, rowKindOf } from "./rowKinds";

const WORDS = STORED_VALUE_PAYMENT_WORDS.map((w) => w.toLowerCase());
const ALONE: ReadonlySet<string> = new Set(STORED_VALUE_PAYMENT_ALONE);
const OUTSIDE = OUTSIDE_BALANCE_WORDS.map((w) => w.toLowerCase());
const LETTER = /[a-z]/;

/**
 * Whether a payment cell says the purchase was paid from the shop's stored value (储值卡, 会员卡余额,
 * Store credit, or 余额 alone): a Chinese word anywhere, an English one between non-letters; an
 * outside wallet's balance (余额宝, 支付宝余额) or a deposit's (Balance payment) is not.
 *
 * @example paidFromStoredValue("储值卡") // true
 * @example paidFromStoredValue("支付宝余额") // false
 */
export function paidFromStoredValue(text: string): boolean {
  let t = text.trim().toLowerCase();
  if (ALONE.has(t)) return true;
  for (const w of OUTSIDE) if (t.includes(w)) t = t.split(w).join(" ");
  return WORDS.some((w) => {
    const at = t.indexOf(w);
    if (at < 0) return false;
    if (!LETTER.test(w[0])) return true;
    return !LETTER.test(t.charAt(at - 1)) && !LETTER.test(t.charAt(at + w.length));
  });
}

/**
 * Whether a row-type cell is a sale word saying the purchase was paid from stored value (储值消费,
 * 会员卡消费): a product named so (新办会员卡, 储值卡充值) is no sale word, so says nothing.
 */
const storedValueSale = (text: string): boolean =>
  rowKindOf(text) === "sale" && (paidFromStoredValue(text) || CARD_USE.has(rowKindKey(text)));

const CARD_USE: ReadonlySet<string> = new Set(CARD_USE_WORDS.map(rowKindKey));

/** Whether a row-type cell says a member's card was used for the visit (划卡, Card use). */
export const cardUse = (cell: Cell): boolean =>
  cell !== null && cell !== undefined && CARD_USE.has(rowKindKey(cellText(cell)));

const NOTE = STORED_VALUE_NOTE_WORDS.map((w) => w.toLowerCase());

/**
 * Whether a cell of a column no header names reads as a payment from stored value: a short value
 * (储值卡, 会员卡+现金), not a sentence or a note about the card (会员卡余额不足，改付微信: reviewer60 R13).
 */
function paymentCell(text: string): boolean {
  const t = text.trim();
  if (t.length > 12 || /[，。；;,.!！?？]/.test(t)) return false;
  const low = t.toLowerCase();
  return !NOTE.some((w) => low.includes(w)) && paidFromStoredValue(t);
}

/**
 * The column no header names how a row was paid whose values say stored value (a till's 类别 微信 /
 * 卡内余额: tester59 U83, unread, and the purchases from the balance counted beside the top-up), in
 * the rows under the header read so far: of the unmapped columns that name no item (项目, 商品:
 * 新办会员卡 is a product), the one with the most such cells, two at least; -1 when none.
 *
 * @example storedValueColumnByValues([4], ["日期", "会员卡号", "项目", "金额", "类别"], rows) // 4
 */
export function storedValueColumnByValues(
  unmapped: readonly number[],
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
): number {
  let best = -1;
  let bestHits = 1;
  for (const c of unmapped) {
    if (itemHeader(headers[c] ?? "")) continue;
    let hits = 0;
    for (const row of rows) {
      const cell = row[c];
      if (cell !== null && cell !== undefined && paymentCell(cellText(cell))) hits++;
    }
    if (hits > bestHits) {
      best = c;
      bestHits = hits;
    }
  }
  return best;
}

/**
 * A row's amount with what it used of the member's stored value (a card-amount column: 卡扣金额,
 * 储值扣款; tester60 U94), `paid` what was collected (0 when blank), `card` not 0: the card's where
 * nothing else was collected or the same number is written twice, else the two added (a part paid
 * from the card, the rest in cash), unless the sheet's amount includes the card's part
 * (CardAmounts.apply takes it off again).
 *
 * @example withCardAmount(0, 880) // 880
 * @example withCardAmount(100, 880) // 980
 */
export const withCardAmount = (paid: number, card: number): number =>
  paid === 0 || paid === card ? card : paid + card;

/**
 * A card-amount column (卡扣金额) beside the amount column (实收), its convention read per sheet
 * (reviewer60 R14): a sheet whose card-only rows write the same number in both (实收 880, 卡扣金额
 * 880) has 实收 include the card's part, so a row paying part from the card and the rest in cash
 * (实收 500, 卡扣金额 300) is 500, not 800 (withCardAmount adds where the two differ: right where
 * card-only rows leave 实收 at 0). The more card-only rows decide.
 */
export class CardAmounts {
  /** Rows whose card amount is not 0, and the first (Excel row): card_amount_read. */
  count = 0;
  row = 0;
  /** Card-only rows with the amount the same as the card's (实收 includes it), the first one. */
  same = 0;
  sameRow = 0;
  /** Card-only rows with the amount 0 or blank (实收 is the cash alone). */
  private zero = 0;
  /** Rows with both amounts and not the same: table index and card amount, pairs; the first. */
  private readonly both: number[] = [];
  bothRow = 0;

  constructor(
    /** The card-amount column's header, and the amount column's. */
    readonly header: string,
    readonly amount: string,
  ) {}

  /** A used row, table index `index` and Excel row `row`: its amount as read and its card's. */
  see(paid: number, card: number, index: number, row: number): void {
    if (Number.isNaN(card) || card === 0) return;
    if (this.count++ === 0) this.row = row;
    if (Number.isNaN(paid) || paid === 0) this.zero++;
    else if (paid === card) {
      if (this.same++ === 0) this.sameRow = row;
    } else {
      if (this.both.length === 0) this.bothRow = row;
      this.both.push(index, card);
    }
  }

  /**
   * Where the sheet's amount includes the card's part (more card-only rows write it twice than
   * leave the amount at 0), takes the card's part off the rows that read both added; how many.
   */
  apply(amount: Float64Array): number {
    if (this.same <= this.zero) return 0;
    const both = this.both;
    for (let k = 0; k < both.length; k += 2) amount[both[k]] -= both[k + 1];
    return both.length / 2;
  }
}

/** How many 退卡 texts the card-refund finding names. */
const REFUND_TEXTS = 3;

/**
 * Stored value on a transactions sheet (tester57 U41: a gym's 充值 top-ups of 5,000, then 年卡 paid
 * `支付方式 储值卡` from that balance, both counted: +9,280 revenue). The rule, per customer (tester60
 * U94): a top-up is money held for later purchases, not a purchase, when the sheet records those
 * purchases with their amounts (a row paid from stored value, or a card use 划卡, whose amount is not
 * 0): that customer's top-ups are then read at 0 (zeroTopUps), and so is a 退卡 refund of the
 * balance, and the purchases count (the consumption basis); so are those of a customer with no
 * use here yet, where the sheet's uses carry amounts (reviewer60 R5). A customer whose uses are
 * all at 0 or blank (a 次卡 used at ¥0), or any customer of a sheet with no use carrying an
 * amount, has the top-ups counted (the cash basis), said.
 */
export class StoredValue {
  /** The used top-up rows (Excel row numbers, ascending), and each one's customer. */
  readonly topUps: number[] = [];
  private readonly topUpOf: string[] = [];
  /** Used 退卡 rows (Excel row numbers), and each one's customer. */
  private readonly refunds: number[] = [];
  private readonly refundOf: string[] = [];
  /** The 退卡 cells as written, distinct, at most REFUND_TEXTS (the finding names them). */
  readonly refundTexts: string[] = [];
  /** Used purchases paid from stored value: how many, the first (Excel row). */
  readonly paid = { count: 0, row: 0 };
  /** Of them, those at 0 or blank (a card use that recorded no money; Excel rows), and whose. */
  private readonly zeroRows: number[] = [];
  private readonly zeroOf: string[] = [];
  /** The customers with a purchase paid from stored value whose amount is not 0. */
  private readonly withAmounts = new Set<string>();
  /** The customers with a purchase from stored value at 0 (zeroOf as a set, made when asked). */
  private atZero: Set<string> | null = null;
  /** The header of the column that said the first of them (the payment's, else the row type's). */
  paidHeader: string;
  private readonly cache = new Map<string, boolean>();
  private readonly kindCache = new Map<string, boolean>();
  private readonly refundCache = new Map<string, boolean>();

  constructor(
    /** The payment column (支付方式), or -1 when the sheet has none. */
    readonly column: number,
    readonly header: string,
    /**
     * The row-type column (类别 充值 / 储值消费), or -1: a sale word of it saying stored value is a
     * purchase paid from it too (tester59 U83), and a card use (划卡: tester60 U94).
     */
    readonly kindColumn = -1,
    readonly kindHeader = "",
    /**
     * The item column (项目) of a sheet with no row-type column, or -1: its 退卡退余额 is a refund
     * of the balance too (tester64 U183), as its top-ups are top-ups (sheet.ts itemTopUps).
     */
    readonly itemColumn = -1,
  ) {
    this.paidHeader = header;
  }

  /** Whether the reader's row is paid from stored value: said by its payment or row-type cell. */
  private paidBy(reader: { cellAt(column: number): Cell }): "payment" | "kind" | null {
    if (this.said(reader, this.column, this.cache, paidFromStoredValue)) return "payment";
    if (this.said(reader, this.kindColumn, this.kindCache, storedValueSale)) return "kind";
    return null;
  }

  /** Whether the reader's row is a card use (划卡): its amount, left blank, is a visit at 0. */
  cardUse(reader: { cellAt(column: number): Cell }): boolean {
    return this.kindColumn >= 0 && cardUse(reader.cellAt(this.kindColumn));
  }

  /**
   * A used row, Excel row `row`: a top-up, a 退卡, or a purchase told by its payment or row-type
   * cell. `customer` and `amount` are asked of such rows only: the customer's ID as written, the
   * amount as read (NaN: blank).
   */
  see(
    reader: { cellAt(column: number): Cell },
    row: number,
    topUp: boolean,
    customer: () => string = () => "",
    amount: () => number = () => NaN,
  ): void {
    if (topUp) {
      this.topUps.push(row);
      this.topUpOf.push(customer());
      return;
    }
    const refund =
      this.said(reader, this.kindColumn, this.refundCache, balanceRefund) ||
      this.said(reader, this.itemColumn, this.refundCache, balanceRefund);
    const text = refund
      ? cellText(reader.cellAt(this.kindColumn >= 0 ? this.kindColumn : this.itemColumn)).trim()
      : "";
    if (refund && !this.backOntoCard(reader, text)) {
      this.refunds.push(row);
      this.refundOf.push(customer());
      if (this.refundTexts.length < REFUND_TEXTS && !this.refundTexts.includes(text))
        this.refundTexts.push(text);
      return;
    }
    const by = this.paidBy(reader);
    if (by === null) return;
    const paid = amount();
    if (Number.isNaN(paid) || paid === 0) {
      this.zeroRows.push(row);
      this.zeroOf.push(customer());
    } else this.withAmounts.add(customer());
    if (this.paid.count++ > 0) return;
    this.paid.row = row;
    this.paidHeader = by === "payment" ? this.header : this.kindHeader;
  }

  /**
   * Whether a balanceRefund row's money went back onto the member's card (reviewer64 H3: 退回储值卡
   * −300 paid 储值卡扣款, a card-paid sale returned, read at 0: C01 500 → 800), so it is a return
   * that lowers the spend. A card given back (退卡退余额) never is; else the payment cell decides
   * (储值卡扣款: onto the card; 现金, 微信: paid out, tester64 U183); with none, the words
   * (rowKinds.ts refundDirection: 退回余额, Store credit refund).
   */
  private backOntoCard(reader: { cellAt(column: number): Cell }, text: string): boolean {
    const direction = refundDirection(text);
    if (direction === "out") return false;
    const payment = this.column < 0 ? null : reader.cellAt(this.column);
    const paid = payment === null || payment === undefined ? "" : cellText(payment).trim();
    return paid === "" ? direction === "onto" : paidFromStoredValue(paid);
  }

  private said(
    reader: { cellAt(column: number): Cell },
    column: number,
    cache: Map<string, boolean>,
    says: (text: string) => boolean,
  ): boolean {
    if (column < 0) return false;
    const cell = reader.cellAt(column);
    if (cell === null || cell === undefined) return false;
    const text = cellText(cell);
    let paid = cache.get(text);
    if (paid === undefined) cache.set(text, (paid = says(text)));
    return paid;
  }

  /**
   * Whether customer `id`'s top-ups are read at 0 (the consumption basis): her purchases from the
   * balance carry amounts; or she has none here yet while the sheet's do (reviewer60 R5: a top-up
   * of 10,000 not used yet counted as her spend beside members counted by consumption, 100 →
   * 10,100). Only her own uses all at 0 or blank (a 次卡) make her the cash basis on such a sheet.
   */
  private onConsumption(id: string): boolean {
    if (this.withAmounts.has(id)) return true;
    if (this.withAmounts.size === 0) return false;
    return !(this.atZero ??= new Set(this.zeroOf)).has(id);
  }

  /** The top-ups read at 0: those of customers on the consumption basis (onConsumption). */
  get leftOutTopUps(): number[] {
    return this.topUps.filter((_, i) => this.onConsumption(this.topUpOf[i]));
  }

  /**
   * Of the top-ups read at 0, those of customers with no purchase from the balance here yet: Excel
   * rows, and the first one's customer.
   */
  get notUsedYet(): { rows: number[]; first: string } {
    const rows: number[] = [];
    let first = "";
    this.topUps.forEach((row, i) => {
      const id = this.topUpOf[i];
      if (this.withAmounts.has(id) || !this.onConsumption(id)) return;
      if (rows.push(row) === 1) first = id;
    });
    return { rows, first };
  }

  /** The top-ups counted: their customers' purchases from the balance are at 0, or none are. */
  get countedTopUps(): number[] {
    return this.topUps.filter((_, i) => !this.onConsumption(this.topUpOf[i]));
  }

  /** The purchases from stored value at 0 of customers whose top-ups are counted (Excel rows). */
  get countedAtZero(): number[] {
    return this.zeroRows.filter((_, i) => !this.withAmounts.has(this.zeroOf[i]));
  }

  /** Every purchase from stored value at 0 or blank (Excel rows): a visit of the member's rhythm. */
  get visitsAtZero(): readonly number[] {
    return this.zeroRows;
  }

  /** The 退卡 rows read at 0: refunds of a balance whose top-ups are read at 0. */
  get leftOutRefunds(): number[] {
    return this.refunds.filter((_, i) => this.onConsumption(this.refundOf[i]));
  }

  /** True when some top-up is left out: its customer's purchases from stored value are here. */
  get leftOut(): boolean {
    return this.leftOutTopUps.length > 0;
  }
}

/**
 * Reads the top-ups at 0 (SheetSource.topUpRows, set when StoredValue.leftOut): their money is the
 * purchases' paid from it, so it is not counted twice, but the day stays a visit of the customer's.
 * Left out, a member whose last visit was a top-up read as lapsed (reviewer58 M2: QZ033 topped up
 * 5,000 five days before the analysis date and was 77 % 中 with an urgent win-back; 12.6 % 低 when
 * the top-up counted). The 退卡 refunds of such a balance (SheetSource.cardRefundRows) are a
 * return of nothing (−0): no purchase, no spend taken off (tester60 U94).
 */
export function zeroTopUps(dataset: Dataset): void {
  const source = dataset.sources.transactions;
  const t = dataset.transactions;
  if (!source || !t) return;
  const top = new Set(source.topUpRows ?? []);
  const refunds = new Set(source.cardRefundRows ?? []);
  const held = new Set(source.heldTopUpRows ?? []);
  delete source.topUpRows;
  delete source.cardRefundRows;
  delete source.heldTopUpRows;
  if (top.size === 0 && refunds.size === 0) return;
  // The balance of a member who has used none of it yet (reviewer61 R4): her top-ups as written,
  // less her 退卡, kept by row before they are read at 0 (heldBalances).
  const holders = new Set<number>();
  for (let i = 0; i < t.count; i++) if (held.has(t.sourceRow[i])) holders.add(t.customer[i]);
  const byRow = new Map<number, number>();
  for (let i = 0; i < t.count; i++) {
    const row = t.sourceRow[i];
    const a = t.amount[i];
    const holds = holders.has(t.customer[i]) && Number.isFinite(a);
    if (holds && (held.has(row) || refunds.has(row))) byRow.set(row, a);
    if (top.has(row)) t.amount[i] = 0;
    else if (refunds.has(row)) t.amount[i] = -0;
  }
  if (byRow.size > 0) t.heldByRow = byRow;
}

/**
 * Each customer's unused prepaid balance at `asOf` (Transactions.heldByRow: the top-ups, less the
 * 退卡, of members with no purchase from their balance yet), or null when no one holds one. On the
 * consumption basis her spend is 0 (her top-ups read at 0), but the money she left is what is at
 * stake if she does not come back (reviewer61 R4: a member with ¥3,000 unused, 182 days away, read
 * "消费金额低：0" and went to the one-time-buyer batch, not called).
 *
 * @example heldBalances(dataset, asOf) // Float64Array [0, 3000, …] by customer
 */
export function heldBalances(dataset: Dataset, asOf: number): Float64Array | null {
  const t = dataset.transactions;
  const byRow = t?.heldByRow;
  if (!t || !byRow) return null;
  const out = new Float64Array(dataset.customers.count);
  let any = false;
  for (let i = 0; i < t.count; i++) {
    const a = byRow.get(t.sourceRow[i]);
    if (a === undefined || !(t.day[i] < asOf + 1)) continue;
    out[t.customer[i]] += a;
    any = true;
  }
  if (!any) return null;
  for (let c = 0; c < out.length; c++) if (!(out[c] > 0)) out[c] = 0;
  return out;
}

/**
 * Marks the purchases paid from stored value at 0 or blank (SheetSource.storedValueVisitRows) in
 * Transactions.storedValueVisit: a punch-card member's 划卡 at ¥0 is a purchase of her own rhythm,
 * not a free visit (reviewer60 R9: a weekly member 61 days away read low risk on her top-ups'
 * 151-day rhythm). Run after the rows are final (after the duplicate lines are left out).
 */
export function markStoredValueVisits(dataset: Dataset): void {
  const source = dataset.sources.transactions;
  const t = dataset.transactions;
  if (!source || !t) return;
  const rows = source.storedValueVisitRows;
  delete source.storedValueVisitRows;
  const uses = packageUses(t);
  if ((!rows || rows.length === 0) && uses === null) return;
  const flag = uses ?? new Uint8Array(t.count);
  const visit = new Set(rows);
  if (visit.size > 0) for (let i = 0; i < t.count; i++) if (visit.has(t.sourceRow[i])) flag[i] = 1;
  t.storedValueVisit = flag;
}

const PACKAGE_WORDS = PACKAGE_ITEM_WORDS.map((w) => w.toLowerCase());
// A count of two or more (not 第2次, not 1.5) before a unit of PACKAGE_ITEM_UNITS.
const PACKAGE_COUNT = new RegExp(
  `(^|[^\\d.第])([2-9]|[1-9]\\d+)\\s*(${PACKAGE_ITEM_UNITS.zh.join("|")})|` +
    `(^|[^\\d.a-z])([2-9]|[1-9]\\d+)[\\s-]*(${PACKAGE_ITEM_UNITS.en.join("|")})($|[^a-z])`,
);

/**
 * Whether an item's name says a card or pack of visits paid ahead (PACKAGE_ITEM_WORDS,
 * or a count of PACKAGE_ITEM_UNITS).
 *
 * @example saysPackageItem("面部护理10次卡") // true
 * @example saysPackageItem("Yoga 10-class pack") // true
 * @example saysPackageItem("美团洁牙套餐") // false
 */
export function saysPackageItem(name: string): boolean {
  const t = name.normalize("NFKC").toLowerCase();
  return saysWord(t, PACKAGE_WORDS) || PACKAGE_COUNT.test(t);
}

/**
 * The purchases at ¥0 that use a card or pack the customer paid for as an item (面部护理10次卡
 * 3,000, then 面部护理 at ¥0; saysPackageItem): on or after the first day she paid for one, an item
 * that is no pack itself. Uses, not free visits: purchases of her own rhythm as a 划卡 from stored
 * value is, so a card used on a few uneven days and then not at all is a customer gone quiet, not
 * a finished course (fix61l; retention.ts finishedCourses). 1 per such row, or null for none.
 */
function packageUses(t: Transactions): Uint8Array | null {
  if (t.products.length === 0) return null;
  const pack = t.products.map(saysPackageItem);
  if (!pack.includes(true)) return null;
  const since = new Map<number, number>();
  for (let i = 0; i < t.count; i++) {
    const p = t.product[i];
    if (p < 0 || !pack[p] || !(t.amount[i] > 0)) continue;
    const c = t.customer[i];
    const d = since.get(c);
    if (d === undefined || t.day[i] < d) since.set(c, t.day[i]);
  }
  if (since.size === 0) return null;
  const out = new Uint8Array(t.count);
  let any = false;
  for (let i = 0; i < t.count; i++) {
    const p = t.product[i];
    // A ¥0 purchase (not −0, a return of nothing) of an item that is no pack.
    if (t.amount[i] !== 0 || Object.is(t.amount[i], -0) || (p >= 0 && pack[p])) continue;
    const d = since.get(t.customer[i]);
    if (d === undefined || t.day[i] < d) continue;
    out[i] = 1;
    any = true;
  }
  return any ? out : null;
}
