import type { Cell } from "../cells";
import {
  AMOUNT_ADJUSTED,
  AMOUNT_AFTER_PART,
  AMOUNT_PART,
  NOT_CONTACT_ADDRESS,
  NOT_CUSTOMER_ID,
  NOT_PURCHASE_DATE,
  NOT_UNIT_PRICE,
  PAID_AMOUNT_HEADERS,
  PAID_AMOUNT_LISTED,
  CHANGE_GIVEN_HEADERS,
  LINE_ITEM_HEADER_START,
  ORDER_NAME_HEADER,
  PET_OWNER_HEADERS,
  PET_RECORD_ID_HEADERS,
} from "../headerWords";
import { foldHeader, foldLabel, cellText } from "../parse/text";
import type { SheetSpec } from "../schema";

/** How many rows from the top we look through for the header row (title rows, notes, blanks). */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderMatch {
  /** Index of the header row within the rows searched. */
  rowIndex: number;
  /** Field key → column index. */
  columns: Record<string, number>;
  /** Header text per column index. */
  headers: string[];
  /** Columns with a header that no field claims. */
  unmapped: number[];
  /** Required fields with no column. */
  missing: string[];
  /**
   * A field whose header is merged across columns with a header of its own under each (金额 over
   * 含税 | 不含税): the field is read from the first (`read`), the others are left out. Set when the
   * header is two rows of that kind (withSubColumns).
   */
  subColumns?: { field: string; header: string; read: number; others: number[] }[];
}

/** A user's correction of the mapping: field key → header text (as written in the sheet). */
export type ColumnOverrides = Record<string, string>;

interface Candidate {
  field: string;
  column: number;
  score: number;
}

/** A field's synonyms, folded, and whether each says enough to be found inside a longer header. */
interface Synonyms {
  folded: string[];
  long: boolean[];
  /** Words that, inside a header, say it is not this field (a bank account is no customer ID). */
  not: string[];
}

const NOT_ID = NOT_CUSTOMER_ID.map((w) => foldHeader(w));
const NOT_ADDRESS = NOT_CONTACT_ADDRESS.map((w) => foldHeader(w));
const NOT_DATE = NOT_PURCHASE_DATE.map((w) => foldHeader(w));
const NOT_PRICE = NOT_UNIT_PRICE.map((w) => foldHeader(w));
const PART = AMOUNT_PART.map((w) => foldHeader(w));
const AFTER_PART = AMOUNT_AFTER_PART.map((w) => foldHeader(w));
const ADJUSTED = AMOUNT_ADJUSTED.map((w) => foldHeader(w));
const CHANGE_GIVEN: ReadonlySet<string> = new Set(CHANGE_GIVEN_HEADERS.map((w) => foldHeader(w)));
const PAID: ReadonlySet<string> = new Set(
  [...PAID_AMOUNT_HEADERS, ...PAID_AMOUNT_LISTED].map((w) => foldHeader(w)),
);

/**
 * A transactions header naming a part of the amount (Cart Discount Amount) or its later adjustment
 * (Adjusted Net Order Amount), not the amount.
 */
const amountPart = (header: string): boolean =>
  (PART.some((w) => header.includes(w)) && !AFTER_PART.some((w) => header.includes(w))) ||
  ADJUSTED.some((w) => header.includes(w));

/** The words that keep a header from field `key` of sheet `kind` (none for most). */
function notWords(kind: SheetSpec["kind"], key: string): string[] {
  if (key === "customerId") return NOT_ID;
  if (key === "email" || key === "phone") return NOT_ADDRESS;
  if (kind !== "transactions") return [];
  return key === "date" ? NOT_DATE : key === "unitPrice" ? NOT_PRICE : [];
}

// Folded synonyms per sheet spec, computed once.
const foldedCache = new WeakMap<SheetSpec, Map<string, Synonyms>>();
function foldedSynonyms(spec: SheetSpec): Map<string, Synonyms> {
  let m = foldedCache.get(spec);
  if (!m) {
    m = new Map(
      spec.fields.map((fd) => {
        const folded = fd.synonyms.map((s) => foldHeader(s));
        // A short synonym ("id", "日期") inside a longer header says little; require some substance.
        const long = folded.map((s) => (/[\u4e00-\u9fff]/.test(s) ? s.length >= 2 : s.length >= 4));
        return [fd.key, { folded, long, not: notWords(spec.kind, fd.key) }];
      }),
    );
    foldedCache.set(spec, m);
  }
  return m;
}

/**
 * Scores how well a header names a field: exact synonym beats a synonym at either end of a longer
 * header, which beats one inside a question (`您有多大可能向朋友推荐我们？`: see questionText).
 */
function headerScore(header: string, synonyms: Synonyms, question: boolean): number {
  if (header === "") return 0;
  const { folded, long, not } = synonyms;
  if (not.some((w) => header.includes(w))) return 0;
  for (let i = 0; i < folded.length; i++) if (header === folded[i]) return 200 - i;
  for (let i = 0; i < folded.length; i++) {
    const s = folded[i];
    if (long[i] && (header.startsWith(s) || header.endsWith(s))) return 100 - i;
  }
  if (question)
    for (let i = 0; i < folded.length; i++)
      if (long[i] && header.includes(folded[i])) return 50 - i;
  return 0;
}

// A survey export's question: numbered (`2、`, `Q3.`, `第4题`) or asked (`…满意吗？`).
const QUESTION_NUMBER = /^\s*(?:[QqＱｑ]|第)?\s*[0-9０-９]{1,3}\s*(?:[、.．:：)）]|题)/;
const ASKED = /[?？]/;

/**
 * A header written as a survey question (问卷星 / wjx exports: `2、您对我们的产品和服务总体满意吗？
 * (非常满意…非常不满意)`), folded without its number and its asking (`？`, `吗`), so its words end it
 * (`…总体满意`); null for a header that is no question (tester53 N26).
 *
 * @example questionText("3、您有多大可能向朋友推荐我们？（0-10分）") // "您有多大可能向朋友推荐我们"
 */
export function questionText(header: string): string | null {
  const numbered = QUESTION_NUMBER.exec(header);
  if (!numbered && !ASKED.test(header)) return null;
  const text = numbered ? header.slice(numbered[0].length) : header;
  return foldHeader(text)
    .replace(/[?？]+/g, "")
    .replace(/(?:吗|呢|么)$/, "");
}

/**
 * Each header folded as it is matched: a number sign read as No (`Account #` → Account No), or,
 * when read so the header names no field, dropped (`Tel #` → Tel, `Qty #` → Qty, as before the
 * sign meant No; reviewer54 M3). The No reading goes first so `Customer #` stays Customer No.
 */
function headerReadings(headers: readonly string[], synonyms: Map<string, Synonyms>): string[] {
  const all = [...synonyms.values()];
  return headers.map((h) => {
    const asNo = foldHeader(h);
    const bare = foldLabel(h);
    if (asNo === bare || all.some((syn) => headerScore(asNo, syn, false) > 0)) return asNo;
    return bare;
  });
}

/**
 * Maps the columns of one header row to fields: each field and each column at most once, best match
 * first. Overrides (from the task pane or saved settings) win over synonyms.
 */
export function mapColumns(
  headerRow: readonly Cell[],
  spec: SheetSpec,
  overrides: ColumnOverrides = {},
): Omit<HeaderMatch, "rowIndex"> {
  const headers = headerRow.map((c) => cellText(c));
  const questions = headers.map((h) => questionText(h));
  const synonyms = foldedSynonyms(spec);
  const read = headerReadings(headers, synonyms);
  const folded = headers.map((_, c) => questions[c] ?? read[c]);
  const columns: Record<string, number> = {};
  const taken = new Set<number>();

  for (const [field, header] of Object.entries(overrides)) {
    const col = headers.findIndex((h) => foldHeader(h) === foldHeader(header));
    if (col >= 0 && spec.fields.some((fd) => fd.key === field) && !taken.has(col)) {
      columns[field] = col;
      taken.add(col);
    }
  }
  const candidates: Candidate[] = [];
  for (const fd of spec.fields) {
    if (fd.key in columns) continue;
    const syn = synonyms.get(fd.key)!;
    for (let c = 0; c < folded.length; c++) {
      const score = headerScore(folded[c], syn, questions[c] !== null);
      if (score > 0) candidates.push({ field: fd.key, column: c, score });
    }
  }
  // A part of the amount (Cart Discount Amount) is the amount only when no other header is.
  if (spec.kind === "transactions") {
    dropAmountParts(candidates, folded);
    onlyBeside(candidates, "adjustedAmount", "amount");
    keepPaidAmount(candidates, folded);
    orderNameOfLineItems(candidates, folded);
  }
  if (spec.kind === "customers") {
    ownerOfPet(candidates, folded);
    onlyBeside(candidates, "nickname", "name");
  }
  // The problem in words (投诉内容) beside a cause column (投诉类型); alone, or one header read as
  // both (问题类别), it is the cause's, read as before (tester55's wine importer: 发票问题 其他).
  if (spec.kind === "complaints") onlyBeside(candidates, "problem", "cause");
  // Best score first; on equal scores required fields and then the leftmost column win.
  const required = new Set(spec.fields.filter((fd) => fd.required).map((fd) => fd.key));
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      Number(required.has(b.field)) - Number(required.has(a.field)) ||
      a.column - b.column,
  );
  for (const cand of candidates) {
    if (cand.field in columns || taken.has(cand.column)) continue;
    columns[cand.field] = cand.column;
    taken.add(cand.column);
  }
  const unmapped: number[] = [];
  for (let c = 0; c < headers.length; c++) if (headers[c] !== "" && !taken.has(c)) unmapped.push(c);
  const missing = spec.fields
    .filter((fd) => fd.required && !(fd.key in columns))
    .map((fd) => fd.key);
  if (spec.anyOf && !spec.anyOf.some((key) => key in columns)) missing.push(spec.anyOf[0]);
  return { columns, headers, unmapped, missing };
}

/** Leaves out the amount's candidates that name a part of it, when one that does not is there. */
function dropAmountParts(candidates: Candidate[], folded: readonly string[]): void {
  const isPart = (cand: Candidate) => cand.field === "amount" && amountPart(folded[cand.column]);
  if (!candidates.some((cand) => cand.field === "amount" && !isPart(cand))) return;
  for (let i = candidates.length - 1; i >= 0; i--)
    if (isPart(candidates[i])) candidates.splice(i, 1);
}

/**
 * Leaves out the candidates of `field`, read only beside `other`, unless a candidate of `other` is
 * on another column: alone, the column is `other`'s. An adjusted total (Adjusted Order Total) beside
 * the amount; a nickname (微信昵称) beside the name (备注名, 姓名), and alone the name (tester64 U190).
 */
function onlyBeside(candidates: Candidate[], field: string, other: string): void {
  const own = new Set(candidates.filter((cand) => cand.field === field).map((cand) => cand.column));
  if (own.size === 0) return;
  if (candidates.some((cand) => cand.field === other && !own.has(cand.column))) return;
  for (let i = candidates.length - 1; i >= 0; i--)
    if (candidates[i].field === field) candidates.splice(i, 1);
}

/**
 * Leaves out the amount's candidates other than what was paid (Amount Paid, 实收金额:
 * PAID_AMOUNT_HEADERS, PAID_AMOUNT_LISTED), when one of those is there: a Total or 应收金额 beside it is billed, not paid.
 * Beside a till's change column (CHANGE_GIVEN_HEADERS: 找零), the other way round: 实收 is the cash
 * handed over, and the billed amount is what was paid (reviewer60 R7).
 */
function keepPaidAmount(candidates: Candidate[], folded: readonly string[]): void {
  const paid = (cand: Candidate) => PAID.has(folded[cand.column]);
  // Beside the change given back, 实收 is the cash handed over: the billed amount is what was paid.
  if (folded.some((h) => CHANGE_GIVEN.has(h))) {
    if (!candidates.some((cand) => cand.field === "amount" && !paid(cand))) return;
    for (let i = candidates.length - 1; i >= 0; i--)
      if (candidates[i].field === "amount" && paid(candidates[i])) candidates.splice(i, 1);
    return;
  }
  if (!candidates.some((cand) => cand.field === "amount" && paid(cand))) return;
  for (let i = candidates.length - 1; i >= 0; i--)
    if (candidates[i].field === "amount" && !paid(candidates[i])) candidates.splice(i, 1);
}

const PET_IDS: ReadonlySet<string> = new Set(PET_RECORD_ID_HEADERS.map((w) => foldHeader(w)));
const PET_OWNERS: ReadonlySet<string> = new Set(PET_OWNER_HEADERS.map((w) => foldHeader(w)));

/**
 * On a clinic's patient records (a pet record's ID, PET_RECORD_ID_HEADERS, and a pet's name) with
 * no name column, the Owner column is the pet's owner, the customer's name (PET_OWNER_HEADERS), not
 * the staff owner of the calls (reviewer66 M10: Emma Lee made the calls' owner, Max the customer's name).
 */
function ownerOfPet(candidates: Candidate[], folded: readonly string[]): void {
  if (!folded.some((h) => PET_IDS.has(h))) return;
  const pets = new Set(candidates.filter((c) => c.field === "petName").map((c) => c.column));
  if (pets.size === 0) return;
  const owner = folded.findIndex((h) => PET_OWNERS.has(h));
  // Another name column (Client Name) is the owner's; the pet's (Pet Name) is none.
  const named = (c: Candidate) => c.field === "name" && c.column !== owner && !pets.has(c.column);
  if (owner < 0 || candidates.some(named)) return;
  for (let i = candidates.length - 1; i >= 0; i--)
    if (candidates[i].column === owner) candidates.splice(i, 1);
  candidates.push({ field: "name", column: owner, score: Number.MAX_SAFE_INTEGER });
}

const LINE_ITEM = foldHeader(LINE_ITEM_HEADER_START);
const ORDER_NAME = foldHeader(ORDER_NAME_HEADER);

/**
 * In a line-item export (Shopify: Lineitem name, Lineitem quantity), the `Name` column is the order
 * ID, over Receipt Number or any other orderId candidate: it is the one filled on every line.
 */
function orderNameOfLineItems(candidates: Candidate[], folded: readonly string[]): void {
  const name = folded.indexOf(ORDER_NAME);
  if (name < 0 || !folded.some((h) => h.startsWith(LINE_ITEM) && h !== LINE_ITEM)) return;
  for (let i = candidates.length - 1; i >= 0; i--)
    if (candidates[i].field === "orderId" || candidates[i].column === name) candidates.splice(i, 1);
  candidates.push({ field: "orderId", column: name, score: Number.MAX_SAFE_INTEGER });
}

/**
 * The columns whose header may name the customer ID when the headers alone cannot tell: those
 * inside which an accepted header stands (单据编号 and 往来单位编号 both end in 编号), or two or more
 * that are accepted headers, left to right. A column whose header is another field's word (订单编号)
 * is not one, and one accepted header beside longer ones (客户编号 beside 产品编号) is the only
 * one: the headers tell. Which of several is the customer's is for the values to tell (tester53
 * N30: the invoice number was read as the id).
 *
 * @example idCandidates(["单据日期", "凭证编号", "购方编号"], SHEETS.transactions) // [1, 2]
 */
export function idCandidates(headers: readonly string[], spec: SheetSpec): number[] {
  const synonyms = foldedSynonyms(spec);
  const id = synonyms.get("customerId");
  if (!id) return [];
  const others = spec.fields
    .filter((fd) => fd.key !== "customerId")
    .map((fd) => synonyms.get(fd.key)!);
  const read = headerReadings(headers, synonyms);
  const named: number[] = [];
  const exact: number[] = [];
  for (let c = 0; c < headers.length; c++) {
    const folded = read[c];
    const score = headerScore(folded, id, false);
    if (score === 0 || others.some((o) => o.folded.includes(folded))) continue;
    named.push(c);
    if (score > 100) exact.push(c);
  }
  return exact.length === 1 ? exact : named;
}

/**
 * Finds the header row among the first rows of a sheet: the row whose cells name the most fields,
 * preferring rows that name every required field. A title row or blank rows above it are fine.
 * Returns null when no row names any required field.
 *
 * @example findHeader([["2025 销售"], [], ["客户编号", "日期", "金额(元)"]], SHEETS.transactions)?.rowIndex // 2
 */
export function findHeader(
  rows: readonly (readonly Cell[])[],
  spec: SheetSpec,
  overrides: ColumnOverrides = {},
): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const required = spec.fields.filter((fd) => fd.required);
  const requiredCount = required.length;
  // A Subscriptions sheet, whose one required column is the customer ID, is found by two of its
  // other columns too: its key may be the customers' e-mail (keyByOther), as a transactions sheet's
  // is beside its date and amount (tester63 U163: Email, Status, Current Period End, Canceled At
  // was no header, the sheet not read). Not the Customers sheet: with no ID column its header row
  // is offered to choose from (N21), and its e-mails are what the other sheets join by.
  const idOnly =
    spec.kind === "subscriptions" && requiredCount === 1 && required[0].key === "customerId";
  for (let r = 0; r < limit; r++) {
    const row = rows[r];
    if (!row || row.length === 0) continue;
    // Header cells are text; a row of numbers or dates is data.
    if (!row.some((c) => typeof c === "string" && c.trim() !== "")) continue;
    const m = mapColumns(row, spec, overrides);
    const mapped = Object.keys(m.columns).length;
    const requiredFound = requiredCount - m.missing.length;
    if (requiredFound === 0 && !(idOnly && mapped >= 2)) continue;
    const score = requiredFound * 100 + mapped;
    if (score > bestScore) {
      bestScore = score;
      best = { rowIndex: r, ...m };
    }
  }
  if (!best) return null;
  const topped = withTopHeader(rows, best, spec, overrides);
  return topped === best ? withSubHeader(rows, best, spec, overrides) : topped;
}

/** True when a row holds some text and nothing but text (a header row, not data). */
function onlyText(row: readonly Cell[] | undefined): row is readonly Cell[] {
  if (!row || !row.some((c) => typeof c === "string" && c.trim() !== "")) return false;
  return !row.some((c) => c !== null && c !== undefined && typeof c !== "string");
}

/**
 * The other half of a two-row header: the row found names the fields of the lower row (日期 |
 * 金额 under 交易信息 merged across) and the row above holds the headers merged down (客户编号,
 * 订单号, their lower cell blank). Each column takes its lower header where it has one, else the
 * top one. Taken when the two read together miss fewer required fields, or as many while naming
 * more fields and the row above has two headers or more (a one-cell title row is not a header).
 * Stop 23/24 testers: 交易 with A1:A2 客户编号 merged down was refused as "no column 客户编号".
 *
 * @example withTopHeader([["客户编号", "交易信息", null], [null, "日期", "金额"]], findHeader(…)).headers // ["客户编号", "日期", "金额"]
 */
function withTopHeader(
  rows: readonly (readonly Cell[])[],
  match: HeaderMatch,
  spec: SheetSpec,
  overrides: ColumnOverrides,
): HeaderMatch {
  const above = match.rowIndex > 0 ? rows[match.rowIndex - 1] : undefined;
  if (!onlyText(above)) return match;
  const width = Math.max(above.length, match.headers.length);
  const joined = Array.from(
    { length: width },
    (_, c) => (match.headers[c] ?? "").trim() || cellText(above[c] ?? null).trim(),
  );
  const m = mapColumns(joined, spec, overrides);
  const fields = (x: { columns: Record<string, number> }) => Object.keys(x.columns).length;
  const headersAbove = above.filter((c) => typeof c === "string" && c.trim() !== "").length;
  const better =
    m.missing.length < match.missing.length ||
    (m.missing.length === match.missing.length && fields(m) > fields(match) && headersAbove >= 2);
  return better ? { rowIndex: match.rowIndex, ...m } : match;
}

/**
 * A header of two rows, as a sheet with merged header cells has it: a group name merged across its
 * columns over their own headers (联系方式 over 电话 | 邮箱) and the other headers merged down (their
 * lower cell blank). The row under the header row continues it when it holds only text, nothing in
 * the columns of the required fields found (a data row has a customer id), and the two rows read
 * together name more fields than the top one alone: each column then takes its lower header where it
 * has one ("电话"), else the top one ("客户编号"). The match then ends at the lower row, and the data
 * starts under it.
 *
 * @example withSubHeader([["客户编号", "联系方式", null], [null, "电话", "邮箱"]], findHeader(…)).headers // ["客户编号", "电话", "邮箱"]
 */
function withSubHeader(
  rows: readonly (readonly Cell[])[],
  match: HeaderMatch,
  spec: SheetSpec,
  overrides: ColumnOverrides,
): HeaderMatch {
  const below = rows[match.rowIndex + 1];
  if (!onlyText(below)) return match;
  const required = spec.fields.filter((fd) => fd.required && fd.key in match.columns);
  if (required.some((fd) => cellText(below[match.columns[fd.key]] ?? null).trim() !== ""))
    return withSubColumns(below, match);
  const width = Math.max(below.length, match.headers.length);
  const top = (c: number) => (match.headers[c] ?? "").trim();
  const sub = (c: number) => cellText(below[c] ?? null).trim();
  const fields = (m: { columns: Record<string, number> }) => Object.keys(m.columns).length;
  const joined = Array.from({ length: width }, (_, c) => sub(c) || top(c));
  const m = mapColumns(joined, spec, overrides);
  return m.missing.length <= match.missing.length && fields(m) > fields(match)
    ? { rowIndex: match.rowIndex + 1, ...m }
    : match;
}

/**
 * A header of two rows whose lower row splits a field's column: the field's header merged across
 * columns (金额 over C:D, so D's top cell is blank) with a header of its own under each (含税 |
 * 不含税), and no other text in the lower row. Tester52 L13: the lower row was read as data (three
 * errors) and which column the amounts came from was not said. The field is read from the first of
 * its columns, where the merged header sits (the rule said in a finding: sheet.ts), and the others
 * take their own lower headers, as columns no field claims. Otherwise the match as it was.
 *
 * @example withSubColumns([null, null, "含税", "不含税"], match of ["客户编号", "日期", "金额", null]).subColumns // [{ field: "amount", header: "金额", read: 2, others: [3] }]
 */
function withSubColumns(below: readonly Cell[], match: HeaderMatch): HeaderMatch {
  const width = Math.max(below.length, match.headers.length);
  const top = (c: number) => (match.headers[c] ?? "").trim();
  const sub = (c: number) => cellText(below[c] ?? null).trim();
  const covered = new Set<number>();
  const headers = match.headers.slice();
  const picks: NonNullable<HeaderMatch["subColumns"]> = [];
  for (const [field, start] of Object.entries(match.columns)) {
    if (sub(start) === "") continue;
    let end = start;
    while (end + 1 < width && top(end + 1) === "" && sub(end + 1) !== "") end++;
    // Text under a column of its own: a data row (an id, a date), not a split header.
    if (end === start) return match;
    const others: number[] = [];
    for (let c = start; c <= end; c++) covered.add(c);
    for (let c = start + 1; c <= end; c++) {
      headers[c] = sub(c);
      others.push(c);
    }
    picks.push({ field, header: top(start), read: start, others });
  }
  if (picks.length === 0) return match;
  for (let c = 0; c < width; c++) if (sub(c) !== "" && !covered.has(c)) return match;
  const unmapped = [...match.unmapped, ...picks.flatMap((p) => p.others)].sort((a, b) => a - b);
  return { ...match, rowIndex: match.rowIndex + 1, headers, unmapped, subColumns: picks };
}
