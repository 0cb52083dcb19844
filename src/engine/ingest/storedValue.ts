import type { Cell } from "../cells";
import type { Dataset } from "../model";
import {
  OUTSIDE_BALANCE_WORDS,
  STORED_VALUE_PAYMENT_ALONE,
  STORED_VALUE_PAYMENT_WORDS,
} from "../optionWords";
import { cellText } from "../parse/text";
import { itemHeader } from "./itemRefunds";
import { rowKindOf } from "./rowKinds";

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
  rowKindOf(text) === "sale" && paidFromStoredValue(text);

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
      if (cell !== null && cell !== undefined && paidFromStoredValue(cellText(cell))) hits++;
    }
    if (hits > bestHits) {
      best = c;
      bestHits = hits;
    }
  }
  return best;
}

/**
 * Stored value on a transactions sheet (tester57 U41: a gym's 充值 top-ups of 5,000, then 年卡 paid
 * `支付方式 储值卡` from that balance, both counted: +9,280 revenue). The rule: a top-up is money
 * held for later purchases, not a purchase, when the sheet records those purchases (a row paid
 * from stored value): the top-ups are then read at 0 (zeroTopUps) and the purchases count.
 * With no such row the purchases from the balance are not here, so the top-ups count, said too.
 */
export class StoredValue {
  /** The used top-up rows (Excel row numbers, ascending). */
  readonly topUps: number[] = [];
  /** Used purchases paid from stored value: how many, the first (Excel row). */
  readonly paid = { count: 0, row: 0 };
  /** The header of the column that said the first of them (the payment's, else the row type's). */
  paidHeader: string;
  private readonly cache = new Map<string, boolean>();
  private readonly kindCache = new Map<string, boolean>();

  constructor(
    /** The payment column (支付方式), or -1 when the sheet has none. */
    readonly column: number,
    readonly header: string,
    /**
     * The row-type column (类别 充值 / 储值消费), or -1: a sale word of it saying stored value is a
     * purchase paid from it too (tester59 U83).
     */
    readonly kindColumn = -1,
    readonly kindHeader = "",
  ) {
    this.paidHeader = header;
  }

  /** A used row, Excel row `row`: a top-up, or a purchase told by its payment or row-type cell. */
  see(reader: { cellAt(column: number): Cell }, row: number, topUp: boolean): void {
    if (topUp) {
      this.topUps.push(row);
      return;
    }
    const byPayment = this.said(reader, this.column, this.cache, paidFromStoredValue);
    const paid = byPayment || this.said(reader, this.kindColumn, this.kindCache, storedValueSale);
    if (!paid || this.paid.count++ > 0) return;
    this.paid.row = row;
    this.paidHeader = byPayment ? this.header : this.kindHeader;
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

  /** True when the top-ups are left out: some purchase here was paid from stored value. */
  get leftOut(): boolean {
    return this.topUps.length > 0 && this.paid.count > 0;
  }
}

/**
 * Reads the top-ups at 0 (SheetSource.topUpRows, set when StoredValue.leftOut): their money is the
 * purchases' paid from it, so it is not counted twice, but the day stays a visit of the customer's.
 * Left out, a member whose last visit was a top-up read as lapsed (reviewer58 M2: QZ033 topped up
 * 5,000 five days before the analysis date and was 77 % 中 with an urgent win-back; 12.6 % 低 when
 * the top-up counted).
 */
export function zeroTopUps(dataset: Dataset): void {
  const source = dataset.sources.transactions;
  const rows = source?.topUpRows;
  const t = dataset.transactions;
  if (!rows || !t) return;
  delete source.topUpRows;
  const top = new Set(rows);
  for (let i = 0; i < t.count; i++) if (top.has(t.sourceRow[i])) t.amount[i] = 0;
}
