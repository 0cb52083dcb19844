import { isBlank, type Cell } from "../cells";
import { minuteOfDay } from "../parse/date";
import { cellText } from "../parse/text";
import type { SheetSpec } from "../schema";
import { WALK_IN_LINE_WORDS } from "../optionWords";
import type { BlockCursor } from "./blockCursor";

/**
 * Lines of one order rung up this close together (minutes) are that order's, whatever their
 * seconds: a till stamps each line as it is scanned (15:28:01, 15:28:09, 15:28:15; reviewer69 M1).
 */
const SAME_SALE_MINUTES = 2;

/** What was carried down in a sheet: how many rows, the first, and the columns filled. */
export interface CarriedLines {
  rows: number;
  first: number;
  /** Columns filled on some row, left to right. */
  columns: number[];
  /** The rows filled, in order (Excel row numbers). */
  lines: number[];
}

/** The order's fields a continuation line leaves blank: they are the line above's. */
const ORDER_FIELDS = ["date", "customerId", "orderId"] as const;

/**
 * Blank continuation lines of a multi-line order (一单多品; tester54 T10): a hand ledger writes an
 * order's date, number and customer on its first product line only and leaves them blank on the
 * lines below (the merged layout, unmerged). Such a line (customer blank, a product written, every
 * order field either blank or the line above's, right below a line with a customer) is read with
 * the line above's order fields, and the sheet says how many were (a warning: a line written
 * under an order that is not part of it would be counted to that customer). Anything else with a
 * blank customer is refused as before, and counted (many_blank_required). A line that says it is
 * a walk-in's (a cell 散客, Walk-in; a note with 散客 or 非会员 in it) is a sale of its own, never a
 * further line of the member's order above it (tester64 U181: a car wash's 散客 ¥35 on the date of a
 * member's card wash was counted as his, and his "last purchase"). Nor is a line with its own time
 * of day (a Time column beside the date, other than the line above's): a till's walk-in sale
 * written under a member's sale of the same day (tester68 U405: a bike shop's $15 flat repairs at
 * 13:31 under a member's 15:28 service, $1,920 in 80 members' spend).
 */
export class ContinuationLines {
  private carried: { row: readonly Cell[]; n: number } | null = null;
  private count = 0;
  private first = 0;
  private readonly filled = new Set<number>();
  private readonly lines: number[] = [];
  /** Blank-customer lines that are sales of their own (ownSale), Excel row numbers. */
  readonly ownSales: number[] = [];

  private constructor(
    /** The order fields' columns present, the customer's first. */
    private readonly keys: readonly number[],
    /** The product's column: a continuation line names what was bought. */
    private readonly product: number,
    /** The time-of-day column beside the date (not read otherwise), -1 none. */
    private readonly time: number,
  ) {}

  /**
   * For a transactions sheet with a customer and a product column; null otherwise (a line without
   * a product cannot be told from an unlabelled subtotal, whose amount would count twice).
   */
  static of(
    spec: SheetSpec,
    columns: Readonly<Record<string, number>>,
    time = -1,
  ): ContinuationLines | null {
    if (spec.kind !== "transactions" || !("customerId" in columns) || !("product" in columns))
      return null;
    const keys = [columns.customerId];
    for (const f of ORDER_FIELDS) if (f !== "customerId" && f in columns) keys.push(columns[f]);
    return new ContinuationLines(keys, columns.product, time);
  }

  /** True when the current row may continue the line above: its customer blank, a product written. */
  candidate(cur: BlockCursor): boolean {
    return cur.blankAt(this.keys[0]) && !cur.blankAt(this.product);
  }

  /**
   * The current row (number n) with the order fields of the line above filled in, or null when it
   * does not continue that line. `above`: row n-1's cell in a column, or null when that row is not
   * at hand (the header, a row of another read); a carried row is its own above.
   */
  fill(cur: BlockCursor, n: number, above: ((c: number) => Cell) | null): Cell[] | null {
    const get = this.carried?.n === n - 1 ? (c: number) => this.carried!.row[c] ?? null : above;
    if (this.ownSale(cur, get)) {
      this.ownSales.push(n);
      return null;
    }
    if (get === null || isBlank(get(this.keys[0]))) return null;
    const field = (i: number) => get(this.keys[i]);
    if (!sameOrderAs(cur, this.keys, field)) return null;
    const row = withOrderFields(cur, this.keys, field, (k) => this.filled.add(k));
    // The order's time carried too, for the next further line (the column is not read otherwise).
    if (this.time >= 0)
      withOrderFields(cur, [this.time], () => get(this.time)).forEach((v, c) => {
        if (c === this.time) row[c] = v;
      });
    this.carried = { row, n };
    this.lines.push(n);
    if (this.count++ === 0) this.first = n;
    return row;
  }

  /**
   * Whether the current line (customer blank) is a sale of its own: it says it is a walk-in's, or
   * it has a time of day of its own, not the line above's (none at hand: any time written).
   */
  private ownSale(cur: BlockCursor, get: ((c: number) => Cell) | null): boolean {
    if (saysWalkIn(cur, this.product)) return true;
    if (this.time < 0 || cur.blankAt(this.time)) return false;
    const own = minuteOfDay(cur.cellAt(this.time));
    if (Number.isNaN(own)) {
      // A service's duration ("45 min", 1小时): the column says nothing of the sale's time. Another
      // cell no clock is read in (15.28): its own sale when it differs from the line above's, as
      // before 49ece5ac (reviewer71 H5: a walk-in's line was carried as the member's).
      if (saysDuration(cur.cellAt(this.time))) return false;
      return get === null || !sameOrderAs(cur, [this.time], () => get(this.time));
    }
    if (get === null) return true;
    const above = minuteOfDay(get(this.time));
    return Number.isNaN(above) || Math.abs(own - above) > SAME_SALE_MINUTES;
  }

  /** What was carried, or null when no line was. */
  result(): CarriedLines | null {
    if (this.count === 0) return null;
    const columns = [...this.filled].sort((a, b) => a - b);
    return { rows: this.count, first: this.first, columns, lines: this.lines };
  }
}

/** A duration as a Time column of services holds it: a number and a unit, no clock's colon. */
const DURATION =
  /\d\s*(?:m|mins?|minutes?|h|hrs?|hours?|分钟|分|小时|个小时)\s*(?:\d+\s*(?:m|mins?|minutes?|分钟|分)?)?$/i;

/** Whether a Time cell is a duration ("45 min", 1h30, 1小时), not a time of day. */
function saysDuration(value: Cell): boolean {
  return typeof value === "string" && !/[:：]/.test(value) && DURATION.test(value.trim());
}

const WALK_IN_CELLS: ReadonlySet<string> = new Set(WALK_IN_LINE_WORDS);
/** 散客 / 非会员 inside a longer note (散客，洗车; 非会员现金), not a price (按非会员价收). */
const WALK_IN_IN_NOTE = /(散客|非会员)(?!价)/;

/**
 * Whether a cell of the current row other than its product says the sale is a walk-in's (a
 * product "Walk-in closet kit" says nothing of the buyer: reviewer64 H4).
 */
function saysWalkIn(cur: BlockCursor, product: number): boolean {
  for (let c = 0; c < cur.width; c++) {
    if (c === product) continue;
    const v = cur.cellAt(c);
    if (typeof v !== "string") continue;
    const t = v.trim().toLowerCase();
    if (WALK_IN_CELLS.has(t) || WALK_IN_IN_NOTE.test(t)) return true;
  }
  return false;
}

/**
 * Whether the current row's order fields (`keys`, columns) are blank or those of the order's line
 * `field(i)` gives for keys[i] (by text): a line of that order. Shared by ContinuationLines and
 * OrderTotalLines, the two readers of lines that leave their order's fields blank.
 */
export function sameOrderAs(
  cur: BlockCursor,
  keys: readonly number[],
  field: (i: number) => Cell,
): boolean {
  for (let i = 0; i < keys.length; i++) {
    const own = cur.cellAt(keys[i]);
    if (!isBlank(own) && cellText(own) !== cellText(field(i))) return false;
  }
  return true;
}

/** The current row's cells, its blank order fields (`keys`) filled from `field`; `onFill` per column filled. */
export function withOrderFields(
  cur: BlockCursor,
  keys: readonly number[],
  field: (i: number) => Cell,
  onFill?: (column: number) => void,
): Cell[] {
  const row: Cell[] = [];
  for (let c = 0; c < cur.width; c++) row.push(cur.cellAt(c));
  keys.forEach((k, i) => {
    while (row.length <= k) row.push(null);
    if (!isBlank(row[k])) return;
    row[k] = field(i);
    onFill?.(k);
  });
  return row;
}
