import type { Cell } from "../cells";
import type { SheetSource } from "../model";
import { cellText } from "../parse/text";

/**
 * Each used row's payment method as written (支付方式 微信 / 刷卡), for the duplicate check: two rows
 * alike in every field read but paid two ways are a payment split in two (tester58 U67: a clinic's
 * 种植二期 3,000 微信 + 3,000 刷卡 on one 收费单号, the second dropped as the first's copy), not
 * one line twice (ingest/duplicateRows.ts).
 */
export class PaymentRows {
  private readonly rows: number[] = [];
  private readonly texts: string[] = [];

  constructor(
    readonly column: number,
    readonly header: string,
  ) {}

  /** A used row, Excel row `row`: its payment cell's text, trimmed ("" when blank). */
  see(reader: { cellAt(column: number): Cell }, row: number): void {
    const cell = reader.cellAt(this.column);
    this.rows.push(row);
    this.texts.push(cell === null || cell === undefined ? "" : cellText(cell).trim());
  }

  /** What SheetSource.payments keeps, or undefined when no row was seen. */
  done(): SheetSource["payments"] {
    if (this.rows.length === 0) return undefined;
    return { header: this.header, rows: this.rows, texts: this.texts };
  }
}

/**
 * The payment of each Excel row in `rows` (those of a few repeated pairs), from a sheet's
 * SheetSource.payments; empty without.
 */
export function paymentsOf(
  payments: SheetSource["payments"],
  rows: Iterable<number>,
): Map<number, string> {
  const out = new Map<number, string>();
  if (!payments) return out;
  const wanted = new Set(rows);
  for (let i = 0; i < payments.rows.length; i++)
    if (wanted.has(payments.rows[i])) out.set(payments.rows[i], payments.texts[i]);
  return out;
}
