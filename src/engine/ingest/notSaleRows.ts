import type { Cell } from "../cells";
import { NOT_A_SALE_WORDS } from "../optionWords";
import { cellText } from "../parse/text";

/** A cell's text as NOT_A_SALE_WORDS are matched: lower case, `_` / `-` and runs of spaces as one space. */
const normal = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[_\-\s]+/g, " ")
    .trim();

const WORDS: ReadonlySet<string> = new Set(
  [...NOT_A_SALE_WORDS.returned, ...NOT_A_SALE_WORDS.voided].map(normal),
);

/** What notSaleRows found in one column: rows whose amount is positive. */
export interface NotSaleColumn {
  header: string;
  /** Rows with a not-a-sale word and a positive amount. */
  count: number;
  /** The first of them (Excel row number) and its cell as written. */
  row: number;
  value: string;
  /** The distinct words met, as written, in order met (at most 3). */
  values: string[];
}

/**
 * Watches the transactions sheet's unread columns for words of rows that are not sales (退货,
 * refunded, 作废, Closed Lost: NOT_A_SALE_WORDS) while its rows are read, both by cell and by
 * column block (`cellAt` of either reader). Only rows with such a word are kept, so a sheet with
 * none costs a text look-up per row and column watched. Which of them have a positive amount is
 * told once the table is built (`positive`): this tool reads a return from the amount's sign, so
 * those rows were counted as purchases (tester54 T1: a 类型 column 销售 / 退货 with positive
 * amounts; a Shopify export's Financial Status = refunded).
 */
export class NotSaleRows {
  private readonly seen: { column: number; index: number[]; rows: number[]; texts: string[] }[];

  constructor(private readonly columns: readonly { column: number; header: string }[]) {
    this.seen = columns.map((c) => ({ column: c.column, index: [], rows: [], texts: [] }));
  }

  /** The current row, used as table row `index` (Excel row `row`). */
  see(reader: { cellAt(column: number): Cell }, index: number, row: number): void {
    for (const s of this.seen) {
      const cell = reader.cellAt(s.column);
      if (typeof cell !== "string" || cell.length > 24) continue;
      const text = cellText(cell);
      if (!WORDS.has(normal(text))) continue;
      s.index.push(index);
      s.rows.push(row);
      s.texts.push(text);
    }
  }

  /** Per column with any: its rows whose amount (the built table's) is above zero. */
  positive(amount: Float64Array): NotSaleColumn[] {
    const out: NotSaleColumn[] = [];
    this.seen.forEach((s, k) => {
      let count = 0;
      let first = -1;
      const values: string[] = [];
      for (let i = 0; i < s.index.length; i++) {
        if (!(amount[s.index[i]] > 0)) continue;
        count++;
        if (first < 0 || s.rows[i] < s.rows[first]) first = i;
        if (values.length < 3 && !values.includes(s.texts[i])) values.push(s.texts[i]);
      }
      if (count > 0)
        out.push({
          header: this.columns[k].header,
          count,
          row: s.rows[first],
          value: s.texts[first],
          values,
        });
    });
    return out;
  }
}
