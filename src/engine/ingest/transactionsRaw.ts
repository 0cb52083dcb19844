// The Transactions builder's fast path for CSV rows (issue 11: a million rows at 100,000
// customers): a row whose cells are all raw bytes of the usual shapes (a plain id, a yyyy-mm-dd
// date, plain amounts, an ASCII order id, a product) is read by column index straight from the
// block, with none of RowReader's per-field lookups by name. Only rows that make no finding take
// it, so every other row (blank, bad or unusual cells, a zero amount, a future or early date) is read by
// TransactionsBuilder.add as before, with its findings.
import type { Dictionary } from "../columns";
import type { DecimalMarkEvidence } from "../parse/decimalMark";
import type { AmountReading } from "../parse/number";
import { EARLIEST_TRANSACTION_DAY } from "../quality";
import { CELL_MAX_CHARS } from "../report/limits";
import { CELL_BLANK, CELL_RAW, type BlockColumn } from "./columnBlock";
import {
  AMOUNT_MARKS,
  PARSE_AMOUNT,
  PARSE_DIGITS,
  PARSE_HASH,
  PARSE_ISO_KEY,
  rawAmount,
  rawDigits,
  rawHashAscii,
  rawIsoKey,
} from "./rawCells";
import type { BlockCursor } from "./blockCursor";
import type { RowReader } from "./rowReader";

/** The Transactions fields' columns in the reader's sheet (-1: the sheet has none). */
export interface RawColumns {
  reader: RowReader;
  id: number;
  date: number;
  amount: number;
  order: number;
  product: number;
  quantity: number;
  /** The amount's and quantity's decimal-mark evidence, once a point was counted (RowReader's). */
  amountMarks: DecimalMarkEvidence | null;
  quantityMarks: DecimalMarkEvidence | null;
}

export function rawColumnsOf(r: RowReader): RawColumns {
  const at = (field: string) => r.columns[field] ?? -1;
  return {
    reader: r,
    id: at("customerId"),
    date: at("date"),
    amount: at("amount"),
    order: at("orderId"),
    product: at("product"),
    quantity: at("quantity"),
    amountMarks: null,
    quantityMarks: null,
  };
}

/** A fast-path row's values; `points`: bit 1 the amount, bit 2 the quantity was read with a point. */
export interface RawRow {
  customer: number;
  day: number;
  amount: number;
  order: number;
  quantity: number;
  points: number;
}

/**
 * Reads the reader's current block row into `out` when every cell is of a shape the fast path
 * takes (see the file's comment) and the row makes no finding; false otherwise. Looks, never
 * changes: no finding, no evidence counted (the caller counts `points`), no customer looked up
 * (the caller joins `out.customer`, a customer id as rawDigits reads it). The same values as
 * joinCustomer, RowReader.date and RowReader.amount read from the same cells, ahead-read
 * (parseRaw) or not.
 */
export function readRawRow(
  r: RowReader,
  raw: RawColumns,
  reading: AmountReading,
  out: RawRow,
): boolean {
  const block = r.currentBlock!;
  const bytes = block.bytes;
  if (bytes === undefined || raw.id < 0 || raw.date < 0 || raw.amount < 0) return false;
  const i = r.blockIndex;
  const cols = block.columns;

  const idCol = cols[raw.id];
  if (idCol === undefined || idCol.kinds[i] !== CELL_RAW) return false;
  const id =
    idCol.parsedAs === PARSE_DIGITS
      ? parsedOr(idCol, i, -1)
      : rawDigits(bytes, idCol.starts![i], idCol.ends![i]);
  if (id < 0) return false;

  const dateCol = cols[raw.date];
  if (dateCol === undefined || dateCol.kinds[i] !== CELL_RAW) return false;
  const key =
    dateCol.parsedAs === PARSE_ISO_KEY
      ? parsedOr(dateCol, i, -1)
      : rawIsoKey(bytes, dateCol.starts![i], dateCol.ends![i]);
  if (key < 0) return false;
  const known = r.isoDay(key);
  if (Number.isNaN(known)) return false;
  const day = Math.floor(known);
  // A future_date or an early_date finding.
  if (day > r.asOf || day < EARLIEST_TRANSACTION_DAY) return false;

  let points = 0;
  if (!plainAmount(bytes, cols[raw.amount], i, reading)) return false;
  const amount = reading.value;
  if (Number.isNaN(amount) || amount === 0) return false; // 0: a zero_amount finding
  if (reading.evidence === "point") points |= 1;

  let order = 0;
  if (raw.order >= 0) {
    const col = cols[raw.order];
    if (col === undefined || col.kinds[i] !== CELL_RAW) return false;
    const h =
      col.parsedAs === PARSE_HASH
        ? parsedOr(col, i, undefined)
        : rawHashAscii(bytes, col.starts![i], col.ends![i]);
    if (h === undefined) return false;
    order = h;
  }

  if (raw.product >= 0) {
    const col = cols[raw.product];
    const kind = col === undefined ? CELL_BLANK : col.kinds[i];
    if (kind === CELL_RAW) {
      if (col!.ends![i] - col!.starts![i] > CELL_MAX_CHARS) return false; // text_too_long?
    } else if (kind !== CELL_BLANK) return false;
  }

  let quantity = NaN;
  if (raw.quantity >= 0) {
    const col = cols[raw.quantity];
    const kind = col === undefined ? CELL_BLANK : col.kinds[i];
    if (kind === CELL_RAW) {
      if (!plainAmount(bytes, col, i, reading)) return false;
      quantity = reading.value;
      if (Number.isNaN(quantity)) return false;
      if (reading.evidence === "point") points |= 2;
    } else if (kind !== CELL_BLANK) return false;
  }

  out.customer = id;
  out.day = day;
  out.amount = amount;
  out.order = order;
  out.quantity = quantity;
  out.points = points;
  return true;
}

/** A value read ahead (parseRaw), or `none` where it found none (NaN). */
function parsedOr<T>(col: BlockColumn, i: number, none: T): number | T {
  const v = col.parsed![i];
  return Number.isNaN(v) ? none : v;
}

/**
 * True when a raw cell holds a plain amount with no decimal mark to weigh or a point (rawAmount's
 * "none" and "point"), its value (possibly NaN) then in `reading.value` and its evidence in
 * `reading`; false when not raw, of another shape or an ambiguous "1.234". The value is left in
 * `reading` rather than returned: this call is not inlined, and a double it returned was boxed, a
 * heap number per amount and quantity (issue 11: ~16 MB of young garbage on the aside thread at
 * the 100k CSVs' million rows).
 */
function plainAmount(
  bytes: Uint8Array,
  col: BlockColumn | undefined,
  i: number,
  reading: AmountReading,
): boolean {
  if (col === undefined || col.kinds[i] !== CELL_RAW) return false;
  if (col.parsedAs === PARSE_AMOUNT) {
    const mark = col.marks![i];
    if (mark === AMOUNT_MARKS.none) reading.evidence = "none";
    else if (mark === AMOUNT_MARKS.point) reading.evidence = "point";
    else return false;
    reading.value = col.parsed![i];
    return true;
  }
  if (!rawAmount(bytes, col.starts![i], col.ends![i], reading)) return false;
  return reading.evidence === "none" || reading.evidence === "point";
}

/**
 * Product codes of the product cells' raw bytes, while the column has few distinct texts: each
 * distinct text trimmed and coded once (RowReader.text's text), kept with the text the reader
 * keeps for those bytes (BlockCursor.rawText). A row whose item column was read for its kind
 * first (RowKinds "topUps") so has its bytes looked up once, not twice. -1 for a blank cell; -2
 * once the column has more than INTERN_LIMIT texts (the caller reads the text).
 */
export class RawProducts {
  code(
    r: Pick<BlockCursor, "currentBlock" | "blockIndex" | "rawText">,
    c: number,
    products: Dictionary,
  ): number {
    const made = r.rawText(c);
    if (made === undefined) {
      const col = r.currentBlock!.columns[c];
      return col === undefined || col.kinds[r.blockIndex] !== CELL_RAW ? -1 : -2;
    }
    if (made.of !== products) {
      made.code = products.code(made.text.trim());
      made.of = products;
    }
    return made.code;
  }
}
