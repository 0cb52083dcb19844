import { GrowableColumn } from "../columns";
import { idsArePhones } from "../followUp/mask";
import { organisationName } from "../followUp/visits";
import { COMPLAINT_CAUSES, CUSTOMER_TYPES, type Customers } from "../model";
import { isBlank, type Cell } from "../cells";
import { cellText } from "../parse/text";
import { birthdayWithoutYear, isoDate, isoDateTime } from "../parse/date";
import { customerKey, exactCustomerKey } from "../parse/identifier";
import type { EnumField, Lang } from "../schema";
import { say, type Code } from "../words/catalog";
import { optionCode, readFlag } from "./options";
import { isExcelError, type RowReader } from "./rowReader";
import { rawDigits } from "./rawCells";
import type { KeyMisses } from "./keyByOther";
import { FirstSeen } from "./firstSeen";
import { NumberIndex } from "./numberIndex";
import { ZeroTwins } from "./zeroTwins";
import { RAW_NO, RawFields, columnsOf } from "./rawFields";
import { joinName } from "./fullName";
import { petRecordName, petRecords } from "./petName";
import {
  emailHash,
  foldName,
  householdNames,
  nameRegionHash,
  normalisePhone,
  phoneHash,
} from "./duplicateKeys";
import { CELL_MAX_CHARS } from "../report/limits";

export { foldName, normalisePhone } from "./duplicateKeys";

/** Turns the rows of one sheet into its typed table. `add` returns false for a rejected row. */
export interface TableBuilder<T> {
  add(r: RowReader): boolean;
  build(): T;
  /** Sizes the columns for about `rows` rows (the source's estimate), so they need not grow. */
  reserve?(rows: number): void;
}

/**
 * Customer key → index into Customers: how the other sheets join. Keys that are plain whole numbers
 * are indexed by their number only (byNumber), so numeric id cells need no string to be looked up
 * and a million numeric ids keep no Map of a million strings; get, has and size see both.
 */
export class CustomerIndex extends Map<string, number> {
  readonly byNumber = new NumberIndex();
  /**
   * Customers whose ids differ only by leading zeros, per the one this index finds them by; null
   * while the Customers sheet has none (then a join pays one null check for them).
   */
  twins: ZeroTwins | null = null;
  /**
   * For one dependent sheet joined by another customers field (keyByOther.ts): why a value joins
   * no customer (shared by two, a plate one character off); null otherwise.
   */
  keyMisses: KeyMisses | null = null;
  /** byNumber as an array over [low, low + length) once looked up, when the ids are that dense. */
  private dense: Int32Array | null = null;
  /** Plain-number keys addAlias set for one sheet read (phone numbers), apart from byNumber. */
  private numberAliases: Map<number, number> | null = null;
  private low = 0;
  private denseBuilt = false;

  override set(key: string, index: number): this {
    const n = plainNumber(key);
    if (n < 0) return super.set(key, index);
    this.byNumber.set(n, index);
    this.denseBuilt = false;
    return this;
  }

  /** The index `key` has, or (undefined) sets it to `index`: get and set with one lookup. */
  getOrSet(key: string, index: number): number | undefined {
    const n = plainNumber(key);
    if (n < 0) {
      const had = super.get(key);
      if (had === undefined) super.set(key, index);
      return had;
    }
    return this.getOrSetNumber(n, index);
  }

  /** getOrSet of a key that is a plain whole number (plainNumber's). */
  getOrSetNumber(n: number, index: number): number | undefined {
    const had = this.byNumber.getOrSet(n, index);
    if (had === undefined) this.denseBuilt = false;
    return had;
  }

  /**
   * Lets another value of customer `index` (an e-mail address, a name, a phone number) join as its
   * id, for one sheet read (keyByOther.ts); false, nothing set, when it is a key already. A plain
   * number (a phone: 13800000001) is held apart from the ids' (numberAliases), so it can be taken out.
   */
  addAlias(key: string, index: number): boolean {
    const n = plainNumber(key);
    if (n >= 0) {
      if (this.byNumber.get(n) !== undefined || this.numberAliases?.has(n)) return false;
      (this.numberAliases ??= new Map()).set(n, index);
      return true;
    }
    if (super.has(key)) return false;
    super.set(key, index);
    return true;
  }

  /** Takes out keys addAlias set. */
  removeAliases(keys: readonly string[]): void {
    for (const key of keys) {
      const n = plainNumber(key);
      if (n < 0) super.delete(key);
      else this.numberAliases?.delete(n);
    }
    if (this.numberAliases?.size === 0) this.numberAliases = null;
  }

  override get(key: string): number | undefined {
    const n = plainNumber(key);
    return n < 0 ? super.get(key) : this.numbered(n);
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  override get size(): number {
    return super.size + this.byNumber.size;
  }

  /**
   * The customer with this numeric id, or undefined. Millions of rows join this way; a Map of a
   * million numbers costs a cache miss or two per lookup, so ids in a compact range (the usual
   * 1000001…) are looked up in an array instead.
   *
   * @example index.set("1001", 0); index.numbered(1001) // 0
   */
  numbered(n: number): number | undefined {
    const i = this.ownNumbered(n);
    return i === undefined && this.numberAliases !== null ? this.numberAliases.get(n) : i;
  }

  /** The customer whose own id is the number `n` (numbered, aliases aside). */
  private ownNumbered(n: number): number | undefined {
    if (!this.denseBuilt) this.buildDense();
    const dense = this.dense;
    if (dense === null) return this.byNumber.get(n);
    const at = n - this.low;
    if (at < 0 || at >= dense.length) return undefined;
    const i = dense[at];
    return i < 0 ? undefined : i;
  }

  private buildDense(): void {
    this.denseBuilt = true;
    this.dense = null;
    // Ids that came as one ascending run are looked up by subtraction already (NumberIndex).
    if (this.byNumber.size < 1024 || this.byNumber.onlyRun) return;
    let low = Infinity;
    let high = -Infinity;
    this.byNumber.forEach((_, n) => {
      if (n < low) low = n;
      if (n > high) high = n;
    });
    // At most 4 slots per customer (16 bytes each): beyond that the Map is the better trade.
    if (high - low + 1 > 4 * this.byNumber.size) return;
    const dense = new Int32Array(high - low + 1).fill(-1);
    this.byNumber.forEach((i, n) => (dense[n - low] = i));
    this.dense = dense;
    this.low = low;
  }
}

/**
 * A text to keep in a table, as a string of its own. A CSV field is a slice of the decoded piece
 * of the file it came from, and V8 keeps a slice of 13 characters or more as a view that holds the
 * whole piece (512 KB) alive: kept names and e-mails held 16 MB of such pieces per 100,000
 * customers. Appending a character flattens the text into a new string; slicing it off again
 * views only that copy. Shorter texts are copies already.
 *
 * @example ownText("zhang.wei@example.com") // the same text, not a view of the file's piece
 */
export function ownText(text: string): string {
  return text.length < 13 ? text : (text + " ").slice(0, -1);
}

/** A closed-date column as days, cut (or filled with NaN) to the customers' count. */
function sizedDays(days: number[], count: number): Float64Array {
  const out = new Float64Array(count).fill(NaN);
  for (let i = 0; i < Math.min(count, days.length); i++) out[i] = days[i] ?? NaN;
  return out;
}

/** A text column (status, note) cut (or filled with "") to the customers' count. */
function sizedTexts(status: string[], count: number): string[] {
  for (let i = status.length; i < count; i++) status[i] = "";
  status.length = count;
  return status;
}

export const f64 = () => new GrowableColumn(Float64Array);
export const i32 = () => new GrowableColumn(Int32Array);
export const i8 = () => new GrowableColumn(Int8Array);

/** The causes complaints are counted by, as the complaints tab names them (unknown_cause's advice). */
const CAUSE_NAMES = {
  causes: causeNames("zh-CN"),
  causesEn: causeNames("en-US"),
};

function causeNames(lang: Lang): string {
  return COMPLAINT_CAUSES.map((c) => `“${say(lang, "complaintsTab", c)}”`).join(
    say(lang, "ingest", "nameSeparator"),
  );
}

/**
 * Reads an enum cell: its option index, -1 when blank, `unknown` (with a warning) when unrecognised.
 * An unknown complaint cause is counted as "other" (DOMAIN §6) and says so.
 */
export function readOption(
  r: RowReader,
  field: EnumField,
  codes: readonly string[],
  unknown: number,
): number {
  if (!r.has(field)) return -1;
  const c = r.cell(field);
  if (isBlank(c)) return -1;
  const code = optionCode(field, c);
  if (code === null) {
    if (field === "cause") r.report("unknown_cause", field, c, CAUSE_NAMES);
    else r.report("unparseable_optional", field, c);
    return unknown;
  }
  return codes.indexOf(code);
}

/** The customer a row of a dependent sheet belongs to, or -1 (reported) when none. */
export function joinCustomer(r: RowReader, index: CustomerIndex): number {
  // A CSV's plain digits (a raw cell) join by number with no text made.
  const raw = r.rawIs("customerId", rawDigits, -1);
  if (raw >= 0) {
    const hit = index.numbered(raw);
    if (hit !== undefined)
      return index.twins === null ? hit : index.twins.pick(r, hit, r.cell("customerId"));
  }
  const c = r.cell("customerId");
  // Numeric ids (what Excel stores for 1001) and plain digit texts join by number: no string
  // to fold or hash per row.
  const n = typeof c === "number" ? c : typeof c === "string" ? plainNumber(c) : -1;
  if (n >= 0 && raw < 0) {
    const hit = index.numbered(n);
    if (hit !== undefined) return index.twins === null ? hit : index.twins.pick(r, hit, c);
  }
  const key = customerKey(c);
  if (key === "") {
    r.report("missing_required", "customerId", c);
    return -1;
  }
  const i = index.get(key);
  if (i === undefined) {
    const first = firstOfSeveral(c, index);
    if (first) {
      r.report("customer_id_first_of_several", "customerId", c, {
        first: first.id,
        nth: first.nth,
      });
      return first.i;
    }
    // A nickname two members share, a plate one character off one's: said as such, no row joined
    // to either (reviewer65 M2, M7, M8); a household's phone on a sale: counted for its first
    // member, said (reviewer66 M7).
    const miss = index.keyMisses?.miss(key, c);
    if (miss) r.report(miss.code, "customerId", c, miss.params);
    else r.report("unknown_customer", "customerId", c);
    return miss?.member ?? -1;
  }
  return index.twins === null ? i : index.twins.pick(r, i, c);
}

/**
 * The first of several IDs in one cell that is a customer's (HubSpot's Associated Company IDs of a
 * deal with two companies: "9000221732;9000000000"; reviewer55 R4 had every such deal "not on the
 * Customers sheet"), or null. Asked only of an ID no customer has.
 *
 * @example firstOfSeveral("9000221732;9000000000", index) // { id: "9000221732", i: 17 }
 */
function firstOfSeveral(
  cell: Cell,
  index: CustomerIndex,
): { id: string; i: number; nth: number } | null {
  // Semicolons only: a comma is a thousands separator too (reviewer56 R4: "1,000", an id
  // formatted #,##0 and saved as CSV, was counted to customer 1).
  if (typeof cell !== "string" || !/[;；]/.test(cell)) return null;
  let nth = 0;
  for (const part of cell.split(/[;；]/)) {
    const id = part.trim();
    if (id === "") continue;
    nth++;
    const n = plainNumber(id);
    const i = (n >= 0 ? index.numbered(n) : undefined) ?? index.get(customerKey(id));
    // The first that is a customer's, as said (reviewer56 R5: an unknown first one gave up), and
    // which of the cell's it is (reviewer56 L: "the first" said of the second).
    if (i !== undefined) return { id, i, nth };
  }
  return null;
}

/**
 * The value of a text of 1–15 digits without a leading zero, else -1 (then the full fold applies):
 * the keys CustomerIndex holds by number.
 *
 * @example plainNumber("1000026") // 1000026; plainNumber("C001") // -1
 */
export function plainNumber(text: string): number {
  const len = text.length;
  if (len === 0 || len > 15 || (len > 1 && text.charCodeAt(0) === 48)) return -1;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * True for an id key in the scientific notation Excel shows a long number in (`1.23457E+17`): a CSV
 * saved from that sheet holds the cut number, not the id.
 */
function looksScientific(key: string): boolean {
  const c = key.charCodeAt(0);
  const next = key.charCodeAt(1); // "." or "E": the test is passed over for a plain id
  return (
    c >= 48 &&
    c <= 57 &&
    (next === 46 || next === 69) &&
    key.length <= 24 &&
    /^\d(\.\d+)?E\+\d+$/.test(key)
  );
}

/**
 * The customer row's birthday: a date, or a month and day with no year (`12月9日`, `Dec 9`:
 * birthdayWithoutYear), all a birthday care needs, read with no finding (tester60 U101: all 16 of a
 * salon's birthdays were refused as "no year"), `12/11` in the order its column or sheet shows
 * (tester61 U121). Other dates still need their year.
 */
function readBirthday(r: RowReader): number {
  if (r.has("birthday")) {
    const cell = r.cell("birthday");
    if (typeof cell === "string" && cell.length <= 24) {
      const day = birthdayWithoutYear(cell, r.monthDayOrder());
      if (!Number.isNaN(day)) return day;
    }
  }
  return r.date("birthday", false);
}

/** A date that must not be after the analysis date; reports and returns NaN when it is. */
export function dateNotAfter(r: RowReader, field: string, required: boolean): number {
  const d = r.date(field, required);
  if (d > r.asOf + 1 - 1e-9) {
    r.report("future_date", field, r.cell(field), { value: isoDate(d) });
    return NaN;
  }
  return d;
}

/**
 * An optional time that must have happened by the end of the analysis date: a later one (the export
 * was made after it) is treated as not yet happened, NaN, with a warning. `d` is the value already
 * read, when it was.
 */
export function happenedBy(r: RowReader, field: string, d = r.date(field, false)): number {
  if (d > r.asOf + 1 - 1e-9) {
    const when = isoDateTime(d);
    const asOf = isoDate(r.asOf);
    r.report("out_of_range", field, r.cell(field), {
      value: when,
      range: `≤ 分析日期 ${asOf}`,
      rangeEn: `on or before the analysis date ${asOf}`,
    });
    return NaN;
  }
  return d;
}

export class CustomersBuilder implements TableBuilder<Customers> {
  readonly index = new CustomerIndex();
  // The text columns, sized for the expected rows once told (reserve): a pushed array's growth
  // copies (~3x its final size of new memory) cost ~10 ms per column at 100,000 customers.
  private id: string[] = [];
  private key: string[] = [];
  private name: string[] = [];
  private owner: string[] = [];
  private phone: string[] = [];
  private email: string[] = [];
  private region: string[] = [];
  private industry: string[] = [];
  private creditRating: string[] = [];
  /** The status column's texts, only when the sheet has one (null until its first row says). */
  private status: string[] | null | undefined = undefined;
  /** The closed-date column's days, only when the sheet has one (null until its first row says). */
  private closedDate: number[] | null | undefined = undefined;
  /** The renewal-date column's days, only when the sheet has one (null until its first row says). */
  private renewalDate: number[] | null | undefined = undefined;
  /** The note column's texts, only when the sheet has one (null until its first row says). */
  private note: string[] | null | undefined = undefined;
  /** The plate column's texts, only when the sheet has one (null until its first row says). */
  private plate: string[] | null | undefined = undefined;
  /** The nickname column's texts, only when the sheet has one (null until its first row says). */
  private nickname: string[] | null | undefined = undefined;
  /**
   * The pet's name column's texts beside a name column (null until its first row says; none: no
   * such pair); with no name column the pet's name is the name (a patient's, petName.ts).
   */
  private petName: string[] | null | undefined = undefined;
  /** The pet's kind column's texts (品种; fix67e), only when the sheet has one. */
  private petKind: string[] | null | undefined = undefined;
  /** Whether each row is one pet (petName.ts petRecords), once the first row says. */
  private pets: boolean | undefined = undefined;
  /** Customers added: the text columns' values before this index are theirs. */
  private count = 0;
  private readonly type = i8();
  /** The user's own types by customer (readType), holes for the others; null while none is. */
  private ownType: string[] | null = null;
  private readonly consent = i8();
  private readonly created = f64();
  private readonly birthday = f64();
  private readonly sourceRow = i32();
  // First customer seen per normalised phone, e-mail and name+region, for likely-duplicate flags.
  private readonly byPhone = new FirstSeen((i) => normalisePhone(this.phone[i]));
  private readonly byEmail = new FirstSeen((i) => this.email[i].toLowerCase());
  private readonly byNameRegion = new FirstSeen((i) => this.nameRegionKey(i));
  /** True once an id in scientific notation was reported (once per sheet). */
  private scientificNoted = false;
  /** A CSV row's raw cells read by column (rawFields.ts), and the sheet's column per field. */
  private readonly raw = new RawFields();
  private columns: Record<string, number> | null = null;
  /** foldName of the regions met (a few dozen texts, folded once each). */
  private readonly foldedRegions = new Map<string, string>();

  add(r: RowReader): boolean {
    if (this.raw.at(r) && this.addRaw(r)) return true;
    const idCell = r.cell("customerId");
    const key = ownText(customerKey(idCell));
    if (key === "") {
      r.report("missing_required", "customerId", idCell);
      return false;
    }
    // An ID whose formula failed (#N/A) is no customer: said so, the row not used (reviewer55 R3:
    // a customer "#N/A" was read, and the real one's sales were each "not on the Customers sheet").
    if (isExcelError(idCell)) {
      r.report("unparseable_value", "customerId", idCell);
      return false;
    }
    if (!this.scientificNoted && looksScientific(key)) {
      this.scientificNoted = true;
      r.report("id_in_scientific_notation", "customerId", idCell);
    }
    const i = this.count;
    const first = this.index.getOrSet(key, i);
    if (first !== undefined && !this.zeroTwin(r, idCell, first)) return false;
    // A plain id (1000001) is its own key and its cell's text: its text is not made again. One
    // longer than a cell holds goes through ownText, which reports it (text_too_long).
    const plain = idCell === key && key.length <= CELL_MAX_CHARS;
    this.id[i] = plain ? key : r.ownText("customerId");
    this.key[i] = first === undefined ? key : ownText(exactCustomerKey(idCell));
    const name = this.petOwnerName(r, i, this.fullName(r, r.ownText("name")));
    const phone = r.ownText("phone");
    const email = r.ownText("email");
    const region = r.ownText("region");
    this.name[i] = name;
    this.owner[i] = r.ownText("owner");
    this.phone[i] = phone;
    this.email[i] = email;
    this.region[i] = region;
    this.industry[i] = r.ownText("industry");
    this.creditRating[i] = r.ownText("creditRating");
    if ((this.status ??= r.has("status") ? [] : null) !== null)
      this.status[i] = r.ownText("status");
    if ((this.closedDate ??= r.has("closedDate") ? [] : null) !== null)
      this.closedDate[i] = r.date("closedDate", false);
    // A renewal is ahead of the analysis date by nature: no finding for a future date.
    if ((this.renewalDate ??= r.has("renewalDate") ? [] : null) !== null)
      this.renewalDate[i] = r.date("renewalDate", false);
    if ((this.note ??= r.has("note") ? [] : null) !== null) this.note[i] = r.ownText("note");
    if ((this.plate ??= r.has("plate") ? [] : null) !== null) this.plate[i] = r.ownText("plate");
    if ((this.nickname ??= r.has("nickname") ? [] : null) !== null)
      this.nickname[i] = r.ownText("nickname");
    this.count = i + 1;
    this.type.push(this.readType(r, i));
    this.created.push(r.date("created", false));
    this.birthday.push(readBirthday(r));
    let consent = -1;
    if (r.has("marketingConsent")) {
      consent = readFlag(r.cell("marketingConsent"));
      if (Number.isNaN(consent)) {
        r.report("unparseable_optional", "marketingConsent", r.cell("marketingConsent"));
        consent = -1;
      }
    }
    this.consent.push(consent);
    this.sourceRow.push(r.rowNumber);
    this.likelyDuplicates(r, i);
    return true;
  }

  /**
   * Customer i's type: one of ours (企业, 个人, 政府), else -1 with the text kept as the user's own
   * type (酒店, 西餐厅: tester55 U14, 39 rows each "无法识别为列表中的选项" for a wine importer's
   * kinds of restaurant). An Excel error is said as before (readOption).
   */
  private readType(r: RowReader, i: number): number {
    if (!r.has("type")) return -1;
    const cell = r.cell("type");
    if (isBlank(cell) || isExcelError(cell)) return readOption(r, "type", CUSTOMER_TYPES, -1);
    const code = optionCode("type", cell);
    if (code !== null) return CUSTOMER_TYPES.indexOf(code as (typeof CUSTOMER_TYPES)[number]);
    const own = cellText(cell).trim();
    if (own !== "") (this.ownType ??= [])[i] = own;
    return -1;
  }

  /**
   * The row read from its raw cells (rawFields.ts) when it makes no finding but likely-duplicate
   * ones: a new plain id (1000001), texts, options, yyyy-mm-dd dates. False, nothing changed, for
   * any other row: `add` reads it by RowReader.
   */
  private addRaw(r: RowReader): boolean {
    const c = (this.columns ??= columnsOf(r));
    const raw = this.raw;
    const n = raw.id(c.customerId);
    if (n === RAW_NO) return false;
    const first = raw.text(c.name);
    const last = c.lastName >= 0 ? raw.text(c.lastName) : "";
    // A pet's name or kind column is read by RowReader (petOwnerName), as a rarer sheet's.
    if (c.petName >= 0 || c.petKind >= 0) return false;
    const name = first === null || last === null ? null : joinName(first, last);
    const owner = raw.text(c.owner);
    const phone = raw.text(c.phone);
    const email = raw.text(c.email);
    const region = raw.text(c.region);
    const industry = raw.text(c.industry);
    const creditRating = raw.text(c.creditRating);
    const status = c.status >= 0 ? raw.text(c.status) : "";
    const note = c.note >= 0 ? raw.text(c.note) : "";
    const plate = c.plate >= 0 ? raw.text(c.plate) : "";
    const nickname = c.nickname >= 0 ? raw.text(c.nickname) : "";
    const type = raw.option(c.type, "type", CUSTOMER_TYPES);
    const created = raw.day(r, c.created, false);
    const birthday = raw.day(r, c.birthday, false);
    const consent = raw.flag(c.marketingConsent);
    const closedDate = c.closedDate >= 0 ? raw.day(r, c.closedDate, false) : NaN;
    if (closedDate === undefined) return false;
    const renewalDate = c.renewalDate >= 0 ? raw.day(r, c.renewalDate, false) : NaN;
    if (renewalDate === undefined) return false;
    if (name === null || owner === null || phone === null || email === null) return false;
    if (region === null || industry === null || creditRating === null || status === null)
      return false;
    if (note === null || plate === null || nickname === null) return false;
    if (type === RAW_NO || created === undefined || birthday === undefined || consent === RAW_NO)
      return false;
    const i = this.count;
    if (this.index.getOrSetNumber(n, i) !== undefined) return false; // a duplicate or zero twin
    // A plain id is its own key (customerKey) and its cell's text: its digits, no leading zero, at
    // most 15 (rawDigits), which is what String(n) writes; not decoded from the bytes again.
    const key = String(n);
    this.id[i] = key;
    this.key[i] = key;
    this.name[i] = name;
    this.owner[i] = owner;
    this.phone[i] = phone;
    this.email[i] = email;
    this.region[i] = region;
    this.industry[i] = industry;
    this.creditRating[i] = creditRating;
    if ((this.status ??= c.status >= 0 ? [] : null) !== null) this.status[i] = status;
    if ((this.closedDate ??= c.closedDate >= 0 ? [] : null) !== null)
      this.closedDate[i] = closedDate;
    if ((this.renewalDate ??= c.renewalDate >= 0 ? [] : null) !== null)
      this.renewalDate[i] = renewalDate;
    if ((this.note ??= c.note >= 0 ? [] : null) !== null) this.note[i] = note;
    if ((this.plate ??= c.plate >= 0 ? [] : null) !== null) this.plate[i] = plate;
    if ((this.nickname ??= c.nickname >= 0 ? [] : null) !== null) this.nickname[i] = nickname;
    this.count = i + 1;
    this.type.push(type);
    this.created.push(created);
    this.birthday.push(birthday);
    this.consent.push(consent);
    this.sourceRow.push(r.rowNumber);
    this.likelyDuplicates(r, i);
    return true;
  }

  /** Flags customer i (just added) when an earlier one has its phone, e-mail or name and region. */
  private likelyDuplicates(r: RowReader, i: number): void {
    // The keys' hashes are read from the texts; a key is made only when its hash was met before.
    const byPhone = this.byPhone.checkHashed(phoneHash(this.phone[i]), i);
    const byEmail = this.byEmail.checkHashed(emailHash(this.email[i]), i);
    const byName = this.byNameRegion.checkHashed(
      nameRegionHash(this.name[i], this.regionKey(this.region[i])),
      i,
    );
    if (byPhone >= 0 || byEmail >= 0 || byName >= 0)
      this.flagLikelyDuplicates(r, i, byPhone, byEmail, byName);
  }

  /**
   * A row whose id has the customerKey of customer `first`'s: a duplicate (reported, false) when
   * the two ids are the same but for spacing, width, case or a ".0"; a customer of its own when they
   * differ by leading zeros (`001` and `1`: zero twins, true), with a warning that ids of this kind
   * in the other sheets join only when they name one of the twins exactly.
   */
  private zeroTwin(r: RowReader, idCell: Cell, first: number): boolean {
    const exact = exactCustomerKey(idCell);
    const group = this.index.twins?.of(first);
    const headExact = group ? "" : exactCustomerKey(this.id[first]);
    const same = group ? group.get(exact) : exact === headExact ? first : undefined;
    if (same !== undefined) {
      this.reportDuplicate(r, idCell, same);
      return false;
    }
    // The head keeps its exact key from now on: twins' keys must differ (the run state joins by key).
    if (!group) this.key[first] = ownText(headExact);
    (this.index.twins ??= new ZeroTwins()).add(first, headExact, this.count, exact);
    r.report("zero_twin_customer_id", "customerId", idCell, {
      firstRow: this.sourceRow.get(first),
      firstId: this.id[first],
    });
    return true;
  }

  /**
   * Customer i's name, `name` as read, with its pet's (petName.ts): a pet's record is shown by its
   * owner's name and the pet's (王磊（豆豆）); a pet's name column with no name column is the name
   * (a patient's, or a pet's alone); otherwise the pet's name is kept beside the name.
   */
  private petOwnerName(r: RowReader, i: number, name: string): string {
    // A pet's kind (品种, 宠物 猫 / 柯基: fix67e) is no name: kept to tell two pets apart.
    if (r.has("petKind")) (this.petKind ??= [])[i] = r.ownText("petKind");
    if (!r.has("petName") && !(r.has("petKind") && r.has("name"))) return name;
    const pet = r.has("petName") ? r.ownText("petName") : "";
    if (!r.has("name")) return pet;
    this.pets ??= petRecords(r);
    (this.petName ??= [])[i] = pet;
    return this.pets ? petRecordName(name, pet) : name;
  }

  /** The row's name joined with its last name when the sheet has one (fullName.ts). */
  private fullName(r: RowReader, name: string): string {
    return r.has("lastName") ? joinName(name, r.ownText("lastName")) : name;
  }

  /**
   * A row whose id is customer `first`'s: not used, so the id's transactions all count for the
   * first row's customer. When the two rows name different customers (names that differ once
   * folded: not spacing, width or case), the finding says so with both names and rows: two
   * companies' sales would otherwise merge under a message that reads like a harmless repeat
   * (tester13 #8). The first row stays the customer: the one the rest of the sheet met first, as
   * for any repeat, so a later row cannot change a customer the other sheets already joined.
   */
  private reportDuplicate(r: RowReader, idCell: Cell, first: number): void {
    const firstRow = this.sourceRow.get(first);
    const name = this.fullName(r, r.has("name") ? cellText(r.cell("name")).trim() : "");
    const firstName = this.name[first];
    // A number of 16 digits or more (6228480402564890018 typed into a number cell): Excel kept 15
    // and made the rest 0, so two customers' ids became one. Said, with the fix: format the column
    // as text and retype, not another id (tester63 U174).
    if (typeof idCell === "number" && Math.abs(idCell) >= 1e15) {
      r.report(
        "duplicate_customer_id",
        "customerId",
        idCell,
        { firstRow },
        "duplicate_customer_id_digits_lost",
      );
      return;
    }
    if (name !== "" && firstName !== "" && foldName(name) !== foldName(firstName)) {
      const quoted = (t: string) => (t.length > 60 ? t.slice(0, 60) + "…" : t);
      r.report(
        "duplicate_customer_id",
        "customerId",
        idCell,
        { firstRow, firstName: quoted(firstName), name: quoted(name) },
        "duplicate_customer_id_other_name",
      );
    } else r.report("duplicate_customer_id", "customerId", idCell, { firstRow });
  }

  /**
   * Whether customer i is an organisation: typed an enterprise or a government body, or of no type
   * with an organisation's name (followUp/visits.ts organisationName, the one reading of a name).
   */
  private organisation(i: number): boolean {
    const type = CUSTOMER_TYPES[this.type.get(i)];
    if (type === "enterprise" || type === "government") return true;
    return type === undefined && organisationName(this.name[i]);
  }

  /** Customer i's name and region as a duplicate key ("" when either folds to nothing). */
  private nameRegionKey(i: number): string {
    const regionKey = this.regionKey(this.region[i]);
    if (regionKey === "") return "";
    const nameKey = foldName(this.name[i]);
    return nameKey ? `${nameKey}|${regionKey}` : "";
  }

  /** foldName of a region, folded once per region text met. */
  private regionKey(region: string): string {
    let regionKey = this.foldedRegions.get(region);
    if (regionKey === undefined) {
      regionKey = foldName(region);
      if (this.foldedRegions.size < 4096) this.foldedRegions.set(region, regionKey);
    }
    return regionKey;
  }

  /**
   * Whether customers i and `other` are two pets (their pet's names both written and not the same
   * once folded): one owner's pets share her phone, name and e-mail, no duplicate (tester65 U220).
   */
  private otherPet(i: number, other: number): boolean {
    const differ = (list: string[] | null | undefined) => {
      const [a, b] = [list?.[i] ?? "", list?.[other] ?? ""];
      return a !== "" && b !== "" && foldName(a) !== foldName(b);
    };
    // Their names, else their kinds (猫, 柯基: fix67e) differ.
    return differ(this.petName) || differ(this.petKind);
  }

  /** One finding per earlier customer this one resembles, naming every way they match. */
  private flagLikelyDuplicates(
    r: RowReader,
    i: number,
    byPhone: number,
    byEmail: number,
    byName: number,
  ): void {
    const ways: [number, string, Code<"ingest">][] = [
      [byPhone, "phone", "samePhone"],
      [byEmail, "email", "sameEmail"],
      [byName, "name", "sameName"],
    ];
    const join = (same: typeof ways, lang: Lang) =>
      same.map((w) => say(lang, "ingest", w[2])).join(say(lang, "ingest", "sameSeparator"));
    for (const other of new Set([byPhone, byEmail, byName])) {
      if (other < 0 || this.otherPet(i, other)) continue;
      const same = ways.filter((w) => w[0] === other);
      // Another name on both (李一一, 李二二 with their parent's phone): a household, not a
      // duplicate; not among organisations (a bureau on a firm's phone may be the firm renamed).
      const name = this.name[i];
      const otherName = this.name[other];
      const household =
        other !== byName &&
        householdNames(name, otherName) &&
        !this.organisation(i) &&
        !this.organisation(other);
      if (household) {
        r.report("shared_contact", same[0][1], r.cell(same[0][1]), {
          otherRow: this.sourceRow.get(other),
          otherId: this.id[other],
          otherName,
          name,
          reason: join(same, "zh-CN"),
          reasonEn: join(same, "en-US"),
        });
        continue;
      }
      r.report("possible_duplicate_customer", same[0][1], r.cell(same[0][1]), {
        otherRow: this.sourceRow.get(other),
        otherId: this.id[other],
        reason: join(same, "zh-CN"),
        reasonEn: join(same, "en-US"),
      });
    }
  }

  reserve(rows: number): void {
    for (const c of [this.type, this.consent, this.created, this.birthday, this.sourceRow])
      c.reserve(rows);
    this.index.byNumber.reserve(rows);
    for (const seen of [this.byPhone, this.byEmail, this.byNameRegion]) seen.reserve(rows);
    if (rows <= this.id.length) return;
    const sized = (texts: string[]) => {
      const next = new Array<string>(rows);
      for (let i = 0; i < this.count; i++) next[i] = texts[i];
      return next;
    };
    this.id = sized(this.id);
    this.key = sized(this.key);
    this.name = sized(this.name);
    this.owner = sized(this.owner);
    this.phone = sized(this.phone);
    this.email = sized(this.email);
    this.region = sized(this.region);
    this.industry = sized(this.industry);
    this.creditRating = sized(this.creditRating);
  }

  /**
   * True when no customer has a phone number and every ID is a mobile number: a member list keyed
   * by its phone number (a 团长's 群成员 keyed by 手机号, as the product advises renaming it 客户编号)
   * whose ID is then the number to call, shown in the schedule's 电话 (tester64 U190: blank on every
   * call). The rule of followUp/reach.ts contactReach, which already called them by phone.
   */
  private idsArePhones(): boolean {
    for (let i = 0; i < this.count; i++) if (this.phone[i]) return false;
    return idsArePhones(this.id, this.count);
  }

  build(): Customers {
    const texts = [this.id, this.key, this.name, this.owner, this.phone, this.email, this.region];
    for (const t of [...texts, this.industry, this.creditRating]) t.length = this.count;
    if (this.idsArePhones()) this.phone = this.id.slice();
    // A customer with no name beside a nickname column (备注名 blank, 微信昵称 小李) is shown by it.
    const nickname = this.nickname;
    if (nickname)
      for (let i = 0; i < this.count; i++)
        if (!this.name[i]?.trim() && nickname[i]?.trim()) this.name[i] = nickname[i].trim();
    return {
      count: this.count,
      id: this.id,
      key: this.key,
      name: this.name,
      type: this.type.toArray(),
      ...(this.ownType && {
        ownType: Array.from({ length: this.count }, (_, i) => this.ownType![i] ?? ""),
      }),
      owner: this.owner,
      phone: this.phone,
      email: this.email,
      region: this.region,
      industry: this.industry,
      created: this.created.toArray(),
      birthday: this.birthday.toArray(),
      creditRating: this.creditRating,
      marketingConsent: this.consent.toArray(),
      ...(this.status ? { status: sizedTexts(this.status, this.count) } : {}),
      ...(this.closedDate ? { closedDate: sizedDays(this.closedDate, this.count) } : {}),
      ...(this.renewalDate ? { renewalDate: sizedDays(this.renewalDate, this.count) } : {}),
      ...(this.note ? { note: sizedTexts(this.note, this.count) } : {}),
      ...(this.plate ? { plate: sizedTexts(this.plate, this.count) } : {}),
      ...(this.nickname ? { nickname: sizedTexts(this.nickname, this.count) } : {}),
      ...(this.petName ? { petName: sizedTexts(this.petName, this.count) } : {}),
      ...(this.pets && this.petName ? { petRecords: true } : {}),
      sourceRow: this.sourceRow.toArray(),
    };
  }
}
