import type { Cell } from "../cells";
import { ITEM_HEADER_PARTS, ITEM_REFUND_NEGATIONS, ITEM_REFUND_WORDS } from "../optionWords";
import { cellText } from "../parse/text";
import { endsWithWord } from "./cellWords";

const WORDS = ITEM_REFUND_WORDS.map((w) => w.toLowerCase());
/** What may stand between a leading refund word and the item it refunds (退费-正畸, Refund: …). */
const SEPARATOR = /^\s*[-–—:：/（(【[,，]/;
/** Trailing punctuation and brackets, so that 正畸（退费） ends with its refund word. */
const TRAILING = /[\s)）\]】.。,，;；!！]+$/;
const LETTER = /[a-z]/;
/** A bracketed note ending a name: （部分）, (partial), 【…】; its content in group 1. */
const BRACKETED_TAIL = /[（(【[]([^（(【[）)】\]]*)[）)】\]][\s.。]*$/;

/**
 * Whether an item's name (a product, treatment or service: 正畸退费, 会员卡退款, Invisalign refund)
 * says the row is a refund of it. Chinese and English put the head of a compound last, so the
 * refund word must end the name — 退货运费险 (shipping-return insurance) and Refund protection are
 * products — or begin it before a separator (退费-正畸, Refund: membership). A negation before it
 * (不退款, 免退货, no refund) says the opposite. The whole word alone (退费, refund) is one too.
 *
 * @example itemRefund("正畸退费") // true
 * @example itemRefund("退货运费险") // false
 */
export function itemRefund(text: string): boolean {
  if (!mayHold(text)) return false;
  let t = text.toLowerCase().trim();
  // A bracketed tail is the refund word alone (正畸（退费）) or a note on the name before it:
  // 正畸退费（部分） is a refund, 运费险（支持7天退货） a product sold (reviewer59 L1).
  const tail = BRACKETED_TAIL.exec(t);
  if (tail) {
    if (WORDS.includes(tail[1].trim())) return true;
    t = t.slice(0, tail.index);
  }
  t = t.replace(TRAILING, "").trimStart();
  for (const w of WORDS) {
    const english = LETTER.test(w[0]);
    if (t.endsWith(w)) {
      const before = t.slice(0, t.length - w.length);
      if (english && LETTER.test(before.slice(-1))) continue; // Prerefund: not the word
      if (!negated(before, english)) return true;
    }
    if (t.startsWith(w) && SEPARATOR.test(t.slice(w.length))) return true;
  }
  return false;
}

/**
 * Whether a cell may hold a refund word: a 退, or an f of "refund". Most cells hold neither; one
 * pass over the char codes is the run's cost per row (1M rows at 100k: indexOf × 3 took 3 times as long).
 */
function mayHold(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x9000 || c === 0x66 || c === 0x46) return true;
  }
  return false;
}

const NEGATIONS_EN = ITEM_REFUND_NEGATIONS.filter((n) => LETTER.test(n[0]));
const NEGATIONS_ZH = ITEM_REFUND_NEGATIONS.filter((n) => !LETTER.test(n[0]));

/** Whether the text before a refund word ends with a negation: 不 / 免 …, or no / non as a word. */
const negated = (before: string, english: boolean): boolean =>
  endsWithWord(before.replace(/[\s-]+$/, ""), english ? NEGATIONS_EN : NEGATIONS_ZH);

/** Whether a header names the row's item (治疗项目, 商品名称, Service): its values are items. */
export const itemHeader = (header: string): boolean => {
  const h = header.toLowerCase();
  return ITEM_HEADER_PARTS.some((p) => h.includes(p));
};

/** What one item column said: refund rows whose amount was positive, made negative. */
export interface ItemRefundColumn {
  header: string;
  count: number;
  /** The first such row (Excel row number). */
  row: number;
  /** Distinct values as written, in order met (at most 3). */
  values: string[];
}

/**
 * Refunds written in an item column (tester58 U61: a clinic's 治疗项目 `正畸退费`, 实收 6,000
 * written positive, among treatment names, so no row-kind column was read and the refund counted
 * as a sale). Watches the product column and the unread columns whose header names an item, for
 * rows no row-kind column called a sale or a return; once the table is built their positive
 * amounts are made negative and said per column (`negate`).
 */
export class ItemRefunds {
  private readonly seen: { index: number[]; rows: number[]; texts: string[] }[];

  constructor(private readonly columns: readonly { column: number; header: string }[]) {
    this.seen = columns.map(() => ({ index: [], rows: [], texts: [] }));
  }

  /** The current row, used as table row `index` (Excel row `row`). */
  see(reader: { cellAt(column: number): Cell }, index: number, row: number): void {
    for (let k = 0; k < this.columns.length; k++) {
      const cell = reader.cellAt(this.columns[k].column);
      // No cache: itemRefund's first look (two index looks) is cheaper than hashing each cell.
      if (typeof cell !== "string" || cell.length > 40 || !itemRefund(cell)) continue;
      const s = this.seen[k];
      s.index.push(index);
      s.rows.push(row);
      s.texts.push(cellText(cell).trim());
      return; // one column says it: the row is counted once
    }
  }

  /** Makes the refund rows' positive amounts negative; per column with any, what it did. */
  negate(amount: Float64Array): ItemRefundColumn[] {
    const out: ItemRefundColumn[] = [];
    this.seen.forEach((s, k) => {
      let count = 0;
      let row = 0;
      const values: string[] = [];
      for (let i = 0; i < s.index.length; i++) {
        const a = amount[s.index[i]];
        if (!(a > 0)) continue;
        amount[s.index[i]] = -a;
        count++;
        if (row === 0 || s.rows[i] < row) row = s.rows[i];
        if (values.length < 3 && !values.includes(s.texts[i])) values.push(s.texts[i]);
      }
      if (count > 0) out.push({ header: this.columns[k].header, count, row, values });
    });
    return out;
  }
}

/**
 * The product column's refunds read from the built table (no row-kind column: no row is called a
 * sale): each product name is looked at once, and only when one names a refund are the rows read,
 * their positive amounts made negative. Null when none was.
 */
export function negateProducts(
  amount: Float64Array,
  product: Int32Array,
  products: readonly string[],
  rows: Int32Array,
  header: string,
): ItemRefundColumn | null {
  const refund = products.map((p) => itemRefund(p));
  if (!refund.includes(true)) return null;
  let count = 0;
  let row = 0;
  const values: string[] = [];
  for (let i = 0; i < amount.length; i++) {
    const p = product[i];
    if (p < 0 || !refund[p] || !(amount[i] > 0)) continue;
    amount[i] = -amount[i];
    count++;
    if (row === 0 || rows[i] < row) row = rows[i];
    if (values.length < 3 && !values.includes(products[p])) values.push(products[p]);
  }
  return count > 0 ? { header, count, row, values } : null;
}
