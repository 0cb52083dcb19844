import { isBlank, type Cell } from "../cells";
import { HOUSEHOLD_PHONE_MAX } from "../followUp/reach";
import { customerKey } from "../parse/identifier";
import { cellText, toHalfWidth } from "../parse/text";
import { say } from "../words/catalog";
import type { ColumnOverrides, HeaderMatch } from "./header";

/** A customers column other than the ID that a dependent sheet may name its customers by. */
export type KeyField = "email" | "phone" | "name" | "nickname" | "plate";

/**
 * The customers fields tried, in order: on equal hits an e-mail address or a phone number says more
 * than a name (a phone: a store's sheets keyed by 顾客手机 where the customer list has 手机号, tester65
 * U200); a nickname after the name (a 售后 log's 微信昵称 beside the customers' 备注名: tester65
 * U208); a licence plate last (a car wash's visit log keyed by 车牌: tester64 U187).
 */
export const KEY_FIELDS: readonly KeyField[] = ["email", "phone", "name", "nickname", "plate"];

/** The words of what a key column holds of the customers (sheet.ts keyFinding, KeyMisses). */
export const KEY_WORDS = {
  email: "keyEmails",
  phone: "keyPhones",
  name: "keyNames",
  nickname: "keyNicknames",
  plate: "keyPlates",
} as const satisfies Record<KeyField, string>;

/** What a key column of `field` holds, in both languages: { what, whatEn }. */
export function keyWhat(field: KeyField): { what: string; whatEn: string } {
  return {
    what: say("zh-CN", "ingest", KEY_WORDS[field]),
    whatEn: say("en-US", "ingest", KEY_WORDS[field]),
  };
}

/** A value held by two customers or more (in CustomerKeys.values). */
export const SHARED = -1;

/**
 * The customers' values of a field, once the Customers are read: what a dependent sheet's key
 * column is matched against when it holds no customer IDs (keyByOther).
 */
export interface CustomerKeys {
  /** The customers' values of the field (keyValues). */
  values(field: KeyField): KeyValues;
  /** The Customers header of the field (Email, 客户名称), for the messages. */
  header(field: KeyField): string;
  /** Joins this sheet's rows by the field's values (until the sheet is read: workbook.ts). */
  adopt(field: KeyField): void;
  /** Why a value of the field joins no customer (KeyMisses), the same object for the field. */
  misses(field: KeyField): KeyMisses;
  /** The customer (index) whose ID `cell` is; undefined when none. */
  customer(cell: Cell): number | undefined;
}

/** The column a dependent sheet's rows are matched to customers by, and by which field. */
export interface KeyChoice {
  column: number;
  field: KeyField;
  /** How many values of the field two customers or more have (their rows are not matched). */
  shared: number;
}

/**
 * The column of a dependent sheet that names its customers by another customers field, when the
 * column read as the customer ID holds (almost) no customer's ID in the rows under the header, or
 * there is none: the column whose filled cells there are at least 80 % (and two or more) the
 * customers' e-mail addresses or names, the most such cells first. Null otherwise, or when the
 * user chose the ID column. Tester57 U46: a Shopify orders export names its customer by Email and
 * its own order Id was read as the customer's; U48: a 金蝶 K3 销售出库单's 客户 is the customer's
 * 客户名称, and all 8,772 rows were refused as unknown customers.
 *
 * @example keyByOther(match of ["Id", "Email", "Created at", "Total"], rows, {}, isCustomer, keys) // { column: 1, field: "email", … }
 */
export function keyByOther(
  match: HeaderMatch,
  rows: readonly (readonly Cell[])[],
  overrides: ColumnOverrides,
  known: (cell: Cell) => boolean,
  keys: CustomerKeys,
): KeyChoice | null {
  if (overrides.customerId !== undefined) return null;
  const data = rows.slice(match.rowIndex + 1);
  const chosen = match.columns.customerId;
  if (chosen !== undefined) {
    const ids = tally(data, chosen, known);
    // Some of its values are customers' IDs: the column is the key, its other values are said
    // row by row as before.
    if (ids.filled === 0 || ids.hits * 5 > ids.filled) return null;
  }
  const columns = chosen === undefined ? match.unmapped : [chosen, ...match.unmapped];
  let best: { column: number; field: KeyField; hits: number } | null = null;
  for (const field of KEY_FIELDS) {
    const values = keys.values(field).byKey;
    if (values.size === 0) continue;
    // A plate one character from one customer's is that column's too, mistyped (reviewer65 M7: a
    // member's 84 check-ins under 粤B·S7809 for 粤B·S7890 left 到店登记 unread).
    const misses = field === "plate" ? keys.misses(field) : null;
    const held = (cell: Cell) =>
      values.has(customerKey(cell)) || (misses !== null && misses.near(cell) >= 0);
    for (const c of columns) {
      const { hits, filled } = tally(data, c, held);
      // An empty column holds nobody's key (WooCommerce's Customer Note: tester58 U69).
      if (filled === 0 || hits < Math.min(2, filled) || hits * 5 < filled * 4) continue;
      if (!best || hits > best.hits) best = { column: c, field, hits };
    }
  }
  if (!best) return null;
  const { shared } = keys.values(best.field);
  return { column: best.column, field: best.field, shared: shared.length };
}

/** The filled cells of column `c` in `data`, and how many of them `hit`. */
export function tally(
  data: readonly (readonly Cell[])[],
  c: number,
  hit: (cell: Cell) => boolean,
): { hits: number; filled: number } {
  let hits = 0;
  let filled = 0;
  for (const row of data) {
    const cell = row[c] ?? null;
    if (isBlank(cell)) continue;
    filled++;
    if (hit(cell)) hits++;
  }
  return { hits, filled };
}

/** A customers field's values by customerKey, and those two customers or more have. */
export interface KeyValues {
  /** customerKey of a value → its customer's index, SHARED when two or more have it. */
  byKey: Map<string, number>;
  /** The values two or more customers have, as the first of them writes each. */
  shared: string[];
  /** Per key SHARED in byKey: the customers (indexes) that have it, in customer order. */
  sharedBy: Map<string, number[]>;
  /** Per customer: the first key of its value (a plate bare: plateKeys), "" when blank. */
  first: string[];
}

/**
 * The values of `texts` (a customers column, by customer index) by customerKey, or by each of the
 * keys `keysOf` gives a value (plateKeys: its ways of being written); blanks left out.
 *
 * @example keyValues(["a@x.com", "", "A@x.com "]).shared // ["a@x.com"]
 */
export function keyValues(
  texts: readonly string[],
  keysOf: (text: string) => string[] = (text) => [customerKey(text)],
): KeyValues {
  const byKey = new Map<string, number>();
  const shared: string[] = [];
  const sharedBy = new Map<string, number[]>();
  const first = new Array<string>(texts.length).fill("");
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    if (text === undefined || text.trim() === "") continue;
    for (const [k, key] of keysOf(text).entries()) {
      if (key === "") continue;
      if (k === 0) first[i] = key;
      const had = byKey.get(key);
      if (had === undefined) byKey.set(key, i);
      else if (had !== SHARED && had !== i) {
        byKey.set(key, SHARED);
        sharedBy.set(key, [had, i]);
        if (k === 0) shared.push(texts[had].trim());
      } else if (had === SHARED) {
        const by = sharedBy.get(key)!;
        if (by[by.length - 1] !== i) by.push(i);
      }
    }
  }
  return { byKey, shared, sharedBy, first };
}

/** Why a dependent sheet's key value joins no customer (KeyMisses.miss), as a row finding. */
export interface KeyMiss {
  code: "customer_key_shared_row" | "customer_key_near" | "customer_key_household_row";
  params: Record<string, string | number>;
  /** A household's phone on a sale: the member the row is counted for (KeyMisses.miss). */
  member?: number;
}

/** Customers a shared value's row finding names, at most (then "…"). */
const NAMED_CUSTOMERS = 5;

/**
 * Why a key value of a dependent sheet joins no customer, for one customers field (reviewer65 M2,
 * M7, M8): two customers or more have it (a nickname two members share, a family's one phone, a
 * couple's one car), so the row is said and left unmatched, the rest of the sheet read; or, for a
 * plate, it is one character from exactly one customer's plate (粤B·S7809 for 粤B·S7890), a likely
 * typo said with that customer, never joined silently. Null: no such reason (unknown_customer).
 */
export class KeyMisses {
  private readonly seen = new Map<string, KeyMiss | null>();
  private readonly nearSeen = new Map<string, number>();
  /** The characters of the customers' plates (for the keys one edit from a plate). */
  private letters: string[] | null = null;
  /**
   * The sales money read since last taken (takeMoney): all of it, the rows' a shared value left
   * unmatched, and the rows' a household's phone counted for its first member.
   */
  private money = { all: 0, shared: 0, household: 0 };

  constructor(
    private readonly values: KeyValues,
    private readonly field: KeyField,
    /** The customers' values of the field as written (by customer index). */
    private readonly texts: readonly string[],
    /** A customer as a message names it (its ID, and its name if any). */
    private readonly who: (customer: number, lang: "zh" | "en") => string,
    /** Whether the rows are sales, which a household's phone counts for its first member. */
    private readonly sales = false,
  ) {}

  /**
   * Adds a sales row's `amount` to the money read, its key `cell` (null: not looked at): a used
   * row's, that of a household's phone among them, or an unmatched row's whose key several
   * customers share (reviewer66 M7: a family's phone left 32 % of the money out, said in rows
   * only). Other unmatched rows and amounts not read (NaN) add nothing.
   */
  spent(amount: number, cell: Cell | null, used: boolean): void {
    if (Number.isNaN(amount)) return;
    const shared =
      cell !== null && this.values.sharedBy.size > 0 && this.values.sharedBy.has(customerKey(cell));
    if (!used && !shared) return;
    if (shared) this.money[used ? "household" : "shared"] += amount;
    this.money.all += amount;
  }

  /** The money read since last taken (spent), the tally started again: one sheet's. */
  takeMoney(): { all: number; shared: number; household: number } {
    const m = this.money;
    this.money = { all: 0, shared: 0, household: 0 };
    return m;
  }

  /**
   * The member a sale keyed by a value several customers share is counted for, or -1: on a sales
   * sheet, a phone two or three customers share (HOUSEHOLD_PHONE_MAX, as the follow-up calls one
   * person for it) is one household's, and its sales are the shop's money whoever in the family
   * bought (reviewer66 M7: PH2 22,688 read of 33,568). They are counted for its first member on the
   * Customers sheet, who registered the number (the others, a daughter or a husband, added under
   * it later): the household's spend and visits on one customer, who is the one the phone reaches,
   * never split by a guess. A nickname, a name, an e-mail or a plate is no household's; a phone
   * more share (a switchboard, a placeholder) is no one's: unmatched, as before.
   */
  private household(by: readonly number[]): number {
    return this.sales && this.field === "phone" && by.length <= HOUSEHOLD_PHONE_MAX ? by[0] : -1;
  }

  /** The finding of a row whose key `cell` (customerKey `key`) joins no customer, or null. */
  miss(key: string, cell: Cell): KeyMiss | null {
    let m = this.seen.get(key);
    if (m !== undefined) return m;
    const by = this.values.sharedBy.get(key);
    if (by) {
      const names = (lang: "zh" | "en") =>
        by
          .slice(0, NAMED_CUSTOMERS)
          .map((c) => this.who(c, lang))
          .join(lang === "zh" ? "、" : ", ") + (by.length > NAMED_CUSTOMERS ? "…" : "");
      const params = {
        ...keyWhat(this.field),
        count: by.length,
        customers: names("zh"),
        customersEn: names("en"),
      };
      const member = this.household(by);
      m =
        member < 0
          ? { code: "customer_key_shared_row", params }
          : {
              code: "customer_key_household_row",
              params: {
                ...params,
                customer: this.who(member, "zh"),
                customerEn: this.who(member, "en"),
              },
              member,
            };
    } else {
      const near = this.near(cell);
      m =
        near < 0
          ? null
          : {
              code: "customer_key_near",
              params: {
                ...keyWhat(this.field),
                near: this.texts[near].trim(),
                customer: this.who(near, "zh"),
                customerEn: this.who(near, "en"),
              },
            };
    }
    this.seen.set(key, m);
    return m;
  }

  /**
   * The customer whose plate `cell` is one character from (a letter changed, added or dropped, or
   * two neighbours swapped: editDistance 1), when exactly one customer's is and none has it; -1
   * otherwise, and for any other field (a name one character off is often another person).
   */
  near(cell: Cell): number {
    if (this.field !== "plate" || isBlank(cell)) return -1;
    const keys = plateKeys(cellText(cell));
    if (keys.length < 2) return -1; // no plate's shape
    const bare = keys[0];
    let hit = this.nearSeen.get(bare);
    if (hit !== undefined) return hit;
    hit = -1;
    const { byKey } = this.values;
    if (!byKey.has(bare)) {
      // The keys one edit away (a letter changed, added, dropped, two neighbours swapped), looked
      // up: a few hundred per plate, whatever the number of customers.
      const found = new Set<number>();
      const look = (k: string) => {
        const c = byKey.get(k);
        if (c !== undefined) found.add(c);
      };
      const letters = (this.letters ??= plateLetters(this.values.first));
      for (let i = 0; i <= bare.length; i++) {
        const head = bare.slice(0, i);
        const rest = bare.slice(i);
        if (i < bare.length) look(head + rest.slice(1));
        if (i + 1 < bare.length) look(head + rest[1] + rest[0] + rest.slice(2));
        for (const l of letters) {
          look(head + l + rest);
          if (i < bare.length && l !== rest[0]) look(head + l + rest.slice(1));
        }
      }
      if (found.size === 1 && !found.has(SHARED)) hit = [...found][0];
    }
    this.nearSeen.set(bare, hit);
    return hit;
  }
}

/** The characters the plate keys `first` are written in, each once. */
function plateLetters(first: readonly string[]): string[] {
  const letters = new Set<string>();
  for (const key of first) for (const l of key) letters.add(l);
  return [...letters];
}

/** What a plate's province and letter may be set apart from its number by: 粤B·A1234, 粤B A1234. */
const PLATE_SEPARATORS = ["", "·", "•", "・", "-", " ", "."];

/**
 * The join keys of a licence plate as a visit log may write it (tester64 U187: 会员档案 粤B·A1234,
 * a log's 粤BA1234, 粤b·a1234): its province and letter, then its number, with or without any
 * separator (PLATE_SEPARATORS), case and width folded; the first is the plate bare. Any other text:
 * its customerKey alone.
 *
 * @example plateKeys("粤B·A1234")[0] // "粤BA1234"
 */
export function plateKeys(text: string): string[] {
  const bare = toHalfWidth(text)
    .toUpperCase()
    .replace(/[\s·•・.\-_]/g, "");
  if (!/^[\u4e00-\u9fff][A-Z][A-Z0-9]{4,6}$/.test(bare)) return [customerKey(text)];
  const keys = PLATE_SEPARATORS.map((s) => customerKey(bare.slice(0, 2) + s + bare.slice(2)));
  return [...new Set(keys)];
}
