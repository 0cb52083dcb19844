import { isBlank, type Cell } from "../cells";
import { editDistance } from "../editDistance";
import {
  BUYER_ACCOUNT_HEADERS,
  HEADER_WORDS,
  NOT_CUSTOMER_ID,
  NOT_PURCHASE_DATE,
  ROW_NUMBER_HEADERS,
  SALES_CUSTOMER_HEADERS,
} from "../headerWords";
import { parseDate } from "../parse/date";
import { parseAmount } from "../parse/number";
import { cellText, foldHeader } from "../parse/text";
import {
  ENUMS,
  type EnumField,
  SHEETS,
  SHEET_KINDS,
  type FieldSpec,
  type Lang,
  type SheetKind,
  type SheetSpec,
} from "../schema";
import { say } from "../words/catalog";
import { HEADER_SEARCH_ROWS, mapColumns, type ColumnOverrides, type HeaderMatch } from "./header";
import { optionCodeOf } from "./options";
import { currencySymbolOf } from "./currencyColumn";

/** The most of a header, and of the whole list, a header error shows. */
const NAME_CHARS = 40;
const LIST_CHARS = 300;

/** Text cut to `max` characters with a marker. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The headers of a row as a header error lists them (`found`, `foundEn`), in each language's list
 * style; "—" when the row has none. Control characters are dropped and long texts cut (each
 * header at 40 characters, the list at 300): a file that is not text at all (random bytes, a
 * binary file read as CSV) must not fill the message with them.
 *
 * @example headersFound(["客户编号", "", "交易时间点"]).found // "客户编号、交易时间点"
 */
export function headersFound(row: readonly string[]): { found: string; foundEn: string } {
  const names = row
    // eslint-disable-next-line no-control-regex
    .map((h) => clip(h.replace(/[\u0000-\u001f\u007f]+/g, " ").trim(), NAME_CHARS))
    .filter((h) => h !== "");
  const list = (lang: Lang) =>
    names.length ? clip(names.join(say(lang, "ingest", "nameSeparator")), LIST_CHARS) : "—";
  return { found: list("zh-CN"), foundEn: list("en-US") };
}

/** A header no field claimed that is a typo of one of a field's accepted headers. */
export interface NearHeader {
  /** The column's header as written. */
  header: string;
  /** The accepted header it is near, with the unit the user wrote after it: 金额(元). */
  suggestion: string;
}

/**
 * The edits a typo may have and still be a suggestion for `synonym` (folded; a swap of two
 * neighbours is one edit): one in a Chinese header of 2 characters or more (金颔 for 金额, but not
 * 产品编号 for 客户编号), none in a Latin one under 3 letters (ID), one up to 7 (Amuont, Dtae), two
 * from 8 (Transacton Dat). Farther headers are other columns, not typos (Account is not Amount).
 */
function editsAllowed(synonym: string): number {
  if (/[\u4e00-\u9fff]/.test(synonym)) return synonym.length >= 2 ? 1 : 0;
  return synonym.length >= 8 ? 2 : synonym.length >= 3 ? 1 : 0;
}

/** A bracketed unit at the end of a header, kept on the suggestion: "金颔（元）" → "（元）". */
const UNIT_AT_END = /\s*(?:\([^()]*\)|（[^（）]*）|\[[^[\]]*\]|【[^【】]*】)\s*$/;

/** NOT_CUSTOMER_ID folded: a header holding one is never suggested as the customer ID. */
const NOT_ID_WORDS = NOT_CUSTOMER_ID.map((w) => foldHeader(w));

/** Row-number headers (序号, No.), folded: never suggested for a field (tester53 N35: 序号 → 编号). */
const ROW_NUMBERS = new Set(ROW_NUMBER_HEADERS.map((h) => foldHeader(h)));

/**
 * The header among the columns no field claimed (`unmapped`, indices into `headers`) nearest to
 * one of a missing field's accepted headers, within editsAllowed; the nearest wins, then the
 * leftmost column. Null when none is that near (a header error then lists the headers only).
 * Stop-26 tester: `金颔(元)` was refused without a word about 金额(元).
 *
 * For the customer ID, a Chinese header an accepted one ends with is its short form, nearer than
 * any typo (卡号: 会员卡号; tester64 U186, a car wash's 卡号 was asked "是否应为“学号”？", a
 * school's word, one edit away); and where the customers are read (`isId`), a column whose values
 * are not their IDs is no customer ID by any name.
 *
 * @example nearHeader({ headers: ["客户编号", "日期", "金颔(元)"], unmapped: [2] }, SHEETS.transactions.fields[2]) // { header: "金颔(元)", suggestion: "金额(元)" }
 * @example nearHeader({ headers: ["日期", "卡号"], unmapped: [1] }, SHEETS.transactions.fields[0]) // { header: "卡号", suggestion: "会员卡号" }
 */
export function nearHeader(
  match: { headers: readonly string[]; unmapped: readonly number[] },
  field: Pick<FieldSpec, "synonyms"> & { key?: string },
  isId?: (column: number) => boolean,
): NearHeader | null {
  let best: (NearHeader & { distance: number }) | null = null;
  const id = field.key === "customerId";
  for (const c of match.unmapped) {
    const header = (match.headers[c] ?? "").trim();
    const folded = foldHeader(header);
    if (folded === "" || ROW_NUMBERS.has(folded)) continue;
    // A note is never the customer ID (Customer Note was asked "did you mean Customer No?": U69).
    if (id && NOT_ID_WORDS.some((w) => folded.includes(w))) continue;
    if (id && isId && !isId(c)) continue;
    for (const synonym of field.synonyms) {
      const target = foldHeader(synonym);
      // The customer ID's short form (卡号 of 会员卡号): the shortest such, before any typo.
      if (
        id &&
        /^[\u4e00-\u9fff]{2,}$/.test(folded) &&
        target.length > folded.length &&
        target.endsWith(folded)
      ) {
        const distance = 0.5 + target.length / 100;
        if (!best || distance < best.distance) best = { header, suggestion: synonym, distance };
        continue;
      }
      // A length gap alone past the allowance: no need to count the edits.
      const allowed = editsAllowed(target);
      if (Math.abs(target.length - folded.length) > allowed) continue;
      const distance = editDistance(folded, target);
      if (distance === 0 || distance > allowed || (best && distance >= best.distance)) continue;
      const unit = UNIT_AT_END.exec(header)?.[0] ?? "";
      best = { header, suggestion: synonym + unit, distance };
    }
  }
  return best && { header: best.header, suggestion: best.suggestion };
}

/**
 * A missing-column error's closing question, in each language (`hint`, `hintEn`): "did you mean"
 * the accepted header near a column found (nearHeader), or empty strings when none is near.
 *
 * @example didYouMean({ headers: ["金颔(元)"], unmapped: [0] }, amountField).hint // "。列“金颔(元)”是否应为“金额(元)”？"
 */
export function didYouMean(
  match: { headers: readonly string[]; unmapped: readonly number[] },
  field: Pick<FieldSpec, "synonyms"> & { key?: string },
  isId?: (column: number) => boolean,
): { hint: string; hintEn: string } {
  const near = nearHeader(match, field, isId);
  if (!near) return { hint: "", hintEn: "" };
  return {
    hint: say("zh-CN", "ingest", "didYouMean", { ...near }),
    hintEn: say("en-US", "ingest", "didYouMean", { ...near }),
  };
}

/**
 * An unrecognised column's "did you mean", in each language (`hint`, `hintEn`): the accepted header
 * of the one field with no column that its header is near (nearHeader), with that field's name
 * (`field`, `fieldEn`), else empty strings (none, or two fields as near: no guess). Tester15 #8: 负责任 for 负责人 was "not recognised; ignored"
 * only, and every contact's owner was lost, where a required column's typo got its suggestion.
 *
 * `values`: the column's first data values. A field of options whose options they mostly are not
 * (客户级别 A/B/C near 客户类别, whose options are 企业/个人/政府) gets no hint: following it led to a
 * refused value on every row (tester52 L4).
 *
 * @example unmappedHint({ headers: ["客户编号", "负责任"], unmapped: [1], columns: { customerId: 0 } }, 1, SHEETS.customers).hint // "。是否应为“负责人”？"
 */
export function unmappedHint(
  match: {
    headers: readonly string[];
    unmapped: readonly number[];
    columns: Readonly<Record<string, number>>;
  },
  column: number,
  spec: SheetSpec,
  values: readonly Cell[] = [],
  knownId?: (cell: Cell) => boolean,
): { hint: string; hintEn: string; field: string; fieldEn: string } {
  const near = nearMissingField(match.headers[column] ?? "", spec, match.columns);
  if (!near || !valuesFit(near.fd, values, knownId))
    return { hint: "", hintEn: "", field: "", fieldEn: "" };
  const { fd, ...n } = near;
  return {
    hint: say("zh-CN", "ingest", "unmappedNear", { ...n }),
    hintEn: say("en-US", "ingest", "unmappedNear", { ...n }),
    field: fd.label["zh-CN"],
    fieldEn: fd.label["en-US"],
  };
}

/**
 * Whether a column's first values could be field `fd`'s: always, but for a field of options
 * (ENUMS) or the currency, which half or more of its non-blank values must name (tester57 U51: a
 * gym's 卡种 of 月卡 / 季卡 was asked "是否应为“币种”？" as the run's first warning), and for the
 * customer ID where the customers are read (`knownId`), their IDs.
 */
function valuesFit(
  fd: FieldSpec,
  values: readonly Cell[],
  knownId?: (cell: Cell) => boolean,
): boolean {
  const fits =
    fd.key === "currency"
      ? isCurrencyCode
      : fd.kind === "enum" && fd.key in ENUMS
        ? (v: Cell) => optionCodeOf(fd.key as EnumField, v) !== null
        : fd.key === "customerId" && knownId
          ? knownId
          : null;
  if (fits === null) return true;
  let filled = 0;
  let fit = 0;
  for (const v of values) {
    if (isBlank(v)) continue;
    filled++;
    if (fits(v)) fit++;
  }
  return fit * 2 >= filled;
}

/** A currency cell's code: one the report has a symbol for (人民币, USD), or any three letters (JPY). */
function isCurrencyCode(cell: Cell): boolean {
  const text = cellText(cell).trim();
  return currencySymbolOf(text) !== null || /^[A-Za-z]{3}$/.test(text);
}

/**
 * A header_not_found error's closing hint, in each language (`hint`, `hintEn`): the row searched
 * that looks most like the header row (the most required columns' headers misspelt there, nearHeader;
 * then the most other fields named), with the accepted headers its typos are near and the required
 * columns it has no header for at all. Empty strings when no row names a field or is near one (the
 * error then lists the headers found only). Stop-28 brief: "no header row" gave no pointer when
 * the header row was there with 客户编码 for 客户编号.
 *
 * @example headerRowHint([{ row: ["Custmer ID", "Date", "Amuont"], n: 1 }], SHEETS.transactions).hintEn // ". Row 1 may be the header row. Did you mean “Customer ID” for “Custmer ID”, “Amount” for “Amuont”?" (Date is found: no header_not_found then)
 */
export function headerRowHint(
  rows: readonly { row: readonly Cell[]; n: number }[],
  spec: SheetSpec,
  overrides: ColumnOverrides = {},
  partner?: IdPartner,
): { hint: string; hintEn: string } {
  const required = spec.fields.filter((fd) => fd.required);
  const best = bestHeaderRow(rows, spec, overrides);
  if (!best) return missingHeaderHint(rows, required);
  const { n, typos, lacks } = best;
  const words = (lang: Lang) => {
    let text = say(lang, "ingest", "headerRow", { row: n });
    if (lacks.length > 0) {
      const fields = lacks.map((fd) => fd.label[lang]).join(say(lang, "ingest", "nameSeparator"));
      text += say(lang, "ingest", "headerRowLacks", { fields });
      const id = lacks.find((fd) => fd.key === "customerId");
      if (id)
        text += phoneIdHint(
          best.row.map((c) => cellText(c)),
          id,
          partner,
        )[lang];
    }
    if (typos.length > 0) {
      const each = typos.map((t) => say(lang, "ingest", "headerRowTypo", { ...t }));
      text += say(lang, "ingest", "headerRowTypos", {
        typos: each.join(say(lang, "ingest", "headerRowTypoSeparator")),
      });
    }
    return text;
  };
  return { hint: words("zh-CN"), hintEn: words("en-US") };
}

/**
 * The advice to key customers by phone when a sheet has no customer ID column but a phone column
 * (有赞 / 微店 exports: 手机号, 买家手机号; tester55 U20), in each language; "" when none.
 *
 * @example phoneIdHint(["订单号", "买家手机号"], idField)["zh-CN"] // "。如果客户是按手机号区分的，请把“买家手机号”列改名为“客户编号”…"
 */
export function phoneIdHint(
  headers: readonly string[],
  id: FieldSpec,
  partner?: IdPartner,
): Record<Lang, string> {
  // A marketplace's buyer account (买家会员名) is read as the ID itself (headerWords.ts
  // BUYER_ACCOUNT_HEADERS), so its masked phone column is never advised here (tester57 U57).
  const phone = phoneHeader(headers);
  // No phone either: an e-mail column (a WooCommerce customers export: Email; tester58 U69).
  const email = phone === null ? emailHeader(headers) : undefined;
  // The transactions sheets with no phone column to rename but the customer's name (a 档口's
  // ledger: 客户名称 here, 客户 there; tester63 U167): the name is the key both sheets share.
  const byName =
    partner && phoneHeader(partner.headers) === null && (phone !== null || email === undefined)
      ? nameKeys(headers, partner.headers)
      : null;
  const words = (lang: Lang) =>
    byName
      ? say(lang, "ingest", "nameAsId", {
          ...byName,
          sheets: partner!.sheets.map((n) => `“${n}”`).join(say(lang, "ingest", "nameSeparator")),
          field: id.label[lang],
        })
      : phone !== null
        ? say(lang, "ingest", "phoneAsId", { header: phone, field: id.label[lang] })
        : email !== undefined
          ? say(lang, "ingest", "emailAsId", { header: email, field: id.label[lang] })
          : "";
  return { "zh-CN": words("zh-CN"), "en-US": words("en-US") };
}

/**
 * The transactions sheets a Customers sheet with no ID column keys its customers with (their
 * names, in `sheets`), and the header texts of the first: phoneIdHint advises the column both share.
 */
export interface IdPartner {
  sheets: readonly string[];
  headers: readonly string[];
}

/**
 * The customer's name column here (the customers' name headers) and on the transactions sheet
 * (those, or SALES_CUSTOMER_HEADERS), else null when either has none.
 */
function nameKeys(
  headers: readonly string[],
  partner: readonly string[],
): { header: string; partner: string } | null {
  nameWords ??= new Set(HEADER_WORDS.customers.fields.name.map((w) => foldHeader(w)));
  salesWords ??= new Set(SALES_CUSTOMER_HEADERS.map((w) => foldHeader(w)));
  const header = headers.find((h) => nameWords!.has(foldHeader(h)))?.trim();
  const there = partner.find((h) => {
    const folded = foldHeader(h);
    return nameWords!.has(folded) || salesWords!.has(folded);
  });
  return header === undefined || there === undefined ? null : { header, partner: there.trim() };
}
let nameWords: Set<string> | undefined;
let salesWords: Set<string> | undefined;

/** The header of an e-mail column (the customers' e-mail synonyms, whole), or undefined. */
function emailHeader(headers: readonly string[]): string | undefined {
  emailWords ??= new Set(HEADER_WORDS.customers.fields.email.map((w) => foldHeader(w)));
  return headers.find((h) => emailWords!.has(foldHeader(h)))?.trim();
}
let emailWords: Set<string> | undefined;

/**
 * Why a forecast date column (Pipedrive's Deal - Expected close date: NOT_PURCHASE_DATE) was passed
 * over when a transactions sheet has no date column, and the columns to export instead, in each
 * language; "" when no header is one (reviewer56 L9: the message listed neither).
 *
 * @example forecastDateHint(["Deal - Expected close date"])["en-US"] // ". “Deal - Expected close date” is a forecast…"
 */
export function forecastDateHint(headers: readonly string[]): Record<Lang, string> {
  const not = NOT_PURCHASE_DATE.map((w) => foldHeader(w));
  const header = headers.find(
    (h) => typeof h === "string" && not.some((w) => foldHeader(h).includes(w)),
  );
  const words = (lang: Lang) => (header ? say(lang, "ingest", "forecastDate", { header }) : "");
  return { "zh-CN": words("zh-CN"), "en-US": words("en-US") };
}

/**
 * A phone column's header on a row (手机号, 买家手机号, 联系电话, Phone, Mobile, Tel), else null: one
 * holding a customers-sheet phone header word (headerWords.ts, the one owner of those words).
 */
let phoneWords: string[] | null = null;
export function phoneHeader(row: readonly Cell[]): string | null {
  phoneWords ??= HEADER_WORDS.customers.fields.phone.map((w) => foldHeader(w));
  for (const c of row) {
    if (typeof c !== "string") continue;
    const folded = foldHeader(c);
    // A short Latin word whole only (Tel, not the tel of Hotel).
    const has = (w: string) =>
      /^[a-z]{1,3}$/.test(w) ? new RegExp(`\\b${w}\\b`, "i").test(c) : folded.includes(w);
    if (phoneWords.some(has)) return c.trim();
  }
  return null;
}

/** headerRowHint's pick: the row with the most typos of required headers, then the most fields. */
interface HeaderRowGuess {
  n: number;
  row: readonly Cell[];
  score: number;
  typos: NearHeader[];
  lacks: FieldSpec[];
}

const NICKNAMES = new Set(
  BUYER_ACCOUNT_HEADERS.filter((w) => /昵称|nick/i.test(w)).map((w) => foldHeader(w)),
);

/** Whether a suggested customer ID header is a buyer's nickname (用户昵称, 买家昵称). */
const nicknameId = (suggestion: string): boolean => NICKNAMES.has(foldHeader(suggestion));

function bestHeaderRow(
  rows: readonly { row: readonly Cell[]; n: number }[],
  spec: SheetSpec,
  overrides: ColumnOverrides,
): HeaderRowGuess | null {
  const required = spec.fields.filter((fd) => fd.required);
  let best: HeaderRowGuess | null = null;
  for (const { row, n } of rows.slice(0, HEADER_SEARCH_ROWS)) {
    if (!row.some((c) => typeof c === "string" && c.trim() !== "")) continue;
    const match = mapColumns(row, spec, overrides);
    const typos: NearHeader[] = [];
    const lacks: FieldSpec[] = [];
    for (const fd of required) {
      if (fd.key in match.columns) continue;
      const unmapped = match.unmapped.filter(
        (c) => !typos.some((t) => t.header === match.headers[c].trim()),
      );
      const near = nearHeader({ headers: match.headers, unmapped }, fd);
      // A nickname near a buyer-account ID (客户昵称 for 用户昵称) beside a phone column: the phone
      // is the key to advise (phoneIdHint), not a name members change (tester66 U238).
      if (near && !(fd.key === "customerId" && nicknameId(near.suggestion) && phoneHeader(row)))
        typos.push(near);
      else lacks.push(fd);
    }
    // A row of data (two numbers or dates or more) is no header row, whatever its texts nearly
    // say (tester55 U6: HubSpot's row 2 was offered as the header for its value "customer").
    const data = row.filter(looksLikeData).length >= 2;
    const score = (data ? 0 : typos.length * 100) + Object.keys(match.columns).length;
    if (score > 0 && (!best || score > best.score)) best = { n, row, score, typos, lacks };
  }
  return best;
}

/**
 * The cells of the row headerRowHint names as the header row, else null: a header error lists
 * them as the headers found, not a title above them (tester, stop 31: "Headers found: Customer
 * list (sample data…" then "Row 3 may be the header row").
 *
 * @example likelyHeaderRow([{ row: ["Title"], n: 1 }, { row: ["Kunde", "Date", "Amount"], n: 3 }], SHEETS.transactions) // ["Kunde", "Date", "Amount"]
 */
export function likelyHeaderRow(
  rows: readonly { row: readonly Cell[]; n: number }[],
  spec: SheetSpec,
  overrides: ColumnOverrides = {},
): readonly Cell[] | null {
  return bestHeaderRow(rows, spec, overrides)?.row ?? null;
}

/**
 * The header row to offer when findHeader finds none (no row names a required column): the row
 * headerRowHint names (the most typos of required headers, then the most fields), as a match whose
 * required columns are missing, so the pane lists its headers to choose them from. Null when no
 * row of two cells or more names or nearly names a field. Tester53 N21: a Customers sheet whose id
 * column had an unknown header (`Account #`) showed "No header row" and no column to choose, and
 * Run stayed disabled, while its Sales Log with the same header got a Customer ID dropdown.
 *
 * @example headerToChoose([["Customer list"], [], ["Kundennr", "Name", "Phone"]], SHEETS.customers)?.rowIndex // 2
 */
export function headerToChoose(
  rows: readonly (readonly Cell[])[],
  spec: SheetSpec,
  overrides: ColumnOverrides = {},
): HeaderMatch | null {
  const numbered = rows.map((row, n) => ({ row, n }));
  const texts = (row: readonly Cell[]) => row.filter((c) => cellText(c).trim() !== "").length;
  const best = bestHeaderRow(
    numbered.filter(({ row }) => texts(row) >= 2),
    spec,
    overrides,
  );
  return best && { rowIndex: best.n, ...mapColumns(best.row, spec, overrides) };
}

/** True for a cell a header row would not hold: a number, date or TRUE/FALSE, or a text reading as one. */
function looksLikeData(cell: Cell): boolean {
  if (cell === null || cell === undefined) return false;
  if (typeof cell !== "string") return true;
  const text = cell.trim();
  return text !== "" && (!Number.isNaN(parseAmount(text)) || !Number.isNaN(parseDate(text)));
}

/**
 * headerRowHint's hint when no row names or nearly names a field: the first row with cells, when
 * two or more of them are numbers or dates (`1000001`, `2024-10-25`), looks like data, so the
 * header row may be missing (stop-28 tester #3: a sheet whose row 1 was data got no pointer). Its
 * first cells are quoted (a date as its day) with the required columns' names to add above it.
 * Empty strings otherwise.
 *
 * @example missingHeaderHint([{ row: ["1000001", "2024-10-25", "2844.12"], n: 1 }], required).hintEn // ". Row 1 looks like data (1000001, 2024-10-25, 2844.12): the header row may be missing. Add a row of column names above it, such as Customer ID, Date, Amount"
 */
function missingHeaderHint(
  rows: readonly { row: readonly Cell[]; n: number }[],
  required: readonly FieldSpec[],
): { hint: string; hintEn: string } {
  const first = rows.find(({ row }) => row.some((c) => cellText(c) !== ""));
  if (!first || first.row.filter(looksLikeData).length < 2) return { hint: "", hintEn: "" };
  const cells = first.row.map(cellText).filter((t) => t !== "");
  const words = (lang: Lang) => {
    const sep = say(lang, "ingest", "nameSeparator");
    const shown = cells.slice(0, DATA_CELLS_SHOWN).map((t) => clip(t, NAME_CHARS));
    if (cells.length > DATA_CELLS_SHOWN) shown.push("…");
    return say(lang, "ingest", "rowLooksLikeData", {
      row: first.n,
      values: shown.join(sep),
      fields: required.map((fd) => fd.label[lang]).join(sep),
    });
  };
  return { hint: words("zh-CN"), hintEn: words("en-US") };
}

/** The cells of a data-looking first row that missingHeaderHint quotes. */
const DATA_CELLS_SHOWN = 3;

/**
 * The one field the sheet has no column for whose accepted header `header` is near (nearHeader),
 * with the suggestion; null when none is, or two are as near (no guess). `mapped` holds the fields
 * the sheet has a column for (by key): the match's columns, or a read sheet's SheetSource.columns.
 * The one test of unmappedHint (the finding unmapped_near_field) and of the run's warning that
 * names the field on the Overview (followUp/warnings.ts misspeltColumnWarnings).
 *
 * @example nearMissingField("负责任", SHEETS.customers, { customerId: 0 })?.fd.key // "owner"
 */
export function nearMissingField(
  header: string,
  spec: SheetSpec,
  mapped: Readonly<Record<string, unknown>>,
): (NearHeader & { fd: FieldSpec }) | null {
  const near = spec.fields
    .filter((fd) => !(fd.key in mapped))
    .flatMap((fd) => {
      const n = nearHeader({ headers: [header], unmapped: [0] }, fd);
      return n ? [{ ...n, fd }] : [];
    });
  return near.length === 1 ? near[0] : null;
}

/**
 * A missing-column error's closing question when the headers are plainly another sheet's
 * (`hint`, `hintEn`): tester43 #11, the customers file given as --transactions read only "missing
 * 金额" above a list of 客户名称、负责人、电话…. Another sheet kind "claims" the headers when its
 * fields map at least three of them, none of its required fields is missing, and it maps at least
 * two more than `spec` does; its mapped headers are named (up to four). Empty strings otherwise.
 *
 * @example otherSheetHint(["客户编号", "客户名称", "负责人", "电话"], SHEETS.transactions).hint // "。这些列像是“客户”表的列（…）…"
 */
export function otherSheetHint(
  headers: readonly string[],
  spec: SheetSpec,
): { hint: string; hintEn: string } {
  const claim = otherSheetClaim(headers, spec);
  if (!claim) return { hint: "", hintEn: "" };
  const words = (lang: Lang) =>
    say(lang, "ingest", "otherSheet", {
      sheet: claim.kind.label[lang],
      columns: claimedColumns(claim, lang),
    });
  return { hint: words("zh-CN"), hintEn: words("en-US") };
}

/**
 * The other sheet kind whose headers `headers` plainly are (see otherSheetHint), with its mapped
 * headers in column order; null when none claims them.
 *
 * @example otherSheetClaim(["客户编号", "日期", "金额", "订单号"], SHEETS.customers)?.kind.kind // "transactions"
 */
export function otherSheetClaim(
  headers: readonly string[],
  spec: SheetSpec,
): { kind: SheetSpec; columns: string[] } | null {
  return sheetKindClaim(
    headers,
    SHEET_KINDS.filter((k) => k !== spec.kind),
    [spec],
    2,
  );
}

/**
 * The one test of which sheet kind a row of headers plainly is, behind otherSheetClaim and
 * lookalikeClaim: of `kinds`, the one whose fields map the most headers, when it maps at least
 * three, none of its required fields is missing, and it maps at least `margin` more than each of
 * `rivals`; with its mapped headers in column order. Null when none does.
 */
function sheetKindClaim(
  headers: readonly string[],
  kinds: readonly SheetKind[],
  rivals: readonly SheetSpec[],
  margin: number,
): { kind: SheetSpec; columns: string[] } | null {
  const rival = Math.max(0, ...rivals.map((r) => mappedCount(mapColumns(headers, r))));
  let best: { kind: SheetSpec; columns: string[] } | null = null;
  for (const kind of kinds) {
    const other = SHEETS[kind];
    const m = mapColumns(headers, other);
    const count = mappedCount(m);
    if (m.missing.length > 0 || count < 3 || count < rival + margin) continue;
    if (best && count <= best.columns.length) continue;
    const columns = Object.values(m.columns)
      .sort((a, b) => a - b)
      .map((c) => m.headers[c]);
    best = { kind: other, columns };
  }
  return best;
}

/**
 * Whether a sheet whose headers are `headers` looks like `spec`'s sheet, for a missing sheet's
 * error (tester45 #9: the customers on a sheet named Sheet1 were refused as "no 客户 sheet" beside
 * the list "Sheet1、交易…"): `spec`'s fields map at least three headers, none of its required is
 * missing, and more than any other kind's do. Its mapped headers in column order; null otherwise.
 *
 * @example lookalikeClaim(["客户编号", "客户名称", "负责人", "电话"], SHEETS.customers)?.columns.length // 4
 */
export function lookalikeClaim(
  headers: readonly string[],
  spec: SheetSpec,
): { kind: SheetSpec; columns: string[] } | null {
  return sheetKindClaim(
    headers,
    [spec.kind],
    SHEET_KINDS.filter((k) => k !== spec.kind).map((k) => SHEETS[k]),
    1,
  );
}

/**
 * Whether a sheet whose headers are `headers` would be `spec`'s but for one or two required
 * columns, for a missing sheet's error (tester60 U102: a franchise's store sheets keyed by 手机号
 * had every transactions column but 客户编号, and "no 交易 sheet" named none of them): `spec`'s
 * fields map at least three headers, more than any other kind's do. Its mapped headers in column
 * order and the required fields missing (their keys); null otherwise, and for a full lookalike.
 *
 * @example nearLookalikeClaim(["下单时间", "订单编号", "手机号", "实付金额"], SHEETS.transactions)?.missing // ["customerId"]
 */
export function nearLookalikeClaim(
  headers: readonly string[],
  spec: SheetSpec,
): { columns: string[]; missing: string[] } | null {
  const m = mapColumns(headers, spec);
  const count = mappedCount(m);
  const rival = Math.max(
    0,
    ...SHEET_KINDS.filter((k) => k !== spec.kind).map((k) =>
      mappedCount(mapColumns(headers, SHEETS[k])),
    ),
  );
  if (m.missing.length === 0 || m.missing.length > 2 || count < 3 || count <= rival) return null;
  const columns = Object.values(m.columns)
    .sort((a, b) => a - b)
    .map((c) => m.headers[c]);
  return { columns, missing: m.missing };
}

/** A claim's headers as a message names them: the first four, in `lang`'s list style. */
export function claimedColumns(claim: { columns: readonly string[] }, lang: Lang): string {
  return (
    claim.columns.slice(0, 4).join(say(lang, "ingest", "nameSeparator")) +
    (claim.columns.length > 4 ? "…" : "")
  );
}

function mappedCount(m: { columns: Record<string, number> }): number {
  return Object.keys(m.columns).length;
}
