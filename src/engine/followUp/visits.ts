import { COMPANY_NAME_HEADERS } from "../headerWords";
import { invoiceSheet } from "../ingest/rowKinds";
import { CUSTOMER_TYPES, type Dataset } from "../model";
import { ORGANISATION_NAME_WORDS } from "../optionWords";
import { foldHeader } from "../parse/text";

const ENTERPRISE = CUSTOMER_TYPES.indexOf("enterprise");
const GOVERNMENT = CUSTOMER_TYPES.indexOf("government");
const INDIVIDUAL = CUSTOMER_TYPES.indexOf("individual");
const COMPANY_NAMES: ReadonlySet<string> = new Set(COMPANY_NAME_HEADERS.map(foldHeader));
const WHOLE_WORDS: ReadonlySet<string> = new Set(ORGANISATION_NAME_WORDS.whole);

/** A bracketed part of a name: （东门店）, (Acme Inc), 【老店】, [HQ]. */
const BRACKETED = /[（(【[][^（()）【】[\]]*[）)】\]]/g;

/**
 * Whether a customer's name is an organisation's (ORGANISATION_NAME_WORDS). Read outside brackets:
 * 王姐（东门店） is a person, with the store she is at in brackets (fix61o's open point: bare 店 made
 * her an organisation, to be visited); 华联超市(东门店) and 东门店（王姐） are stores. A name that is
 * all brackets is read whole.
 *
 * @example organisationName("西安联康贸易有限公司") // true; organisationName("Ryan B. Han") // false
 * @example organisationName("王姐（东门店）") // false
 */
export function organisationName(whole: string | undefined): boolean {
  if (!whole) return false;
  const name = whole.replace(BRACKETED, "").trim() || whole;
  if (ORGANISATION_NAME_WORDS.inside.some((w) => name.includes(w))) return true;
  return name
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => WHOLE_WORDS.has(w));
}

/**
 * Whether the workbook reads as a business's selling to businesses, for its customers of no type:
 * its Customers sheet names them as companies (the name column headed 公司名称, 往来单位, Company
 * Name…: COMPANY_NAME_HEADERS), or it sells on invoices (ingest/rowKinds.ts invoiceSheet). A shop,
 * salon or clinic lists people (姓名, 会员) and sells on receipts.
 *
 * @example sellsToBusinesses(dataset) // true for tester60's distributor (Company Name, Invoice Number)
 */
export function sellsToBusinesses(dataset: Pick<Dataset, "sources">): boolean {
  const customers = dataset.sources.customers;
  const name = customers?.columns.name;
  if (name !== undefined && COMPANY_NAMES.has(foldHeader(name))) return true;
  const tx = dataset.sources.transactions;
  return tx !== undefined && invoiceSheet([...Object.values(tx.columns), ...tx.unmappedHeaders]);
}

/**
 * Per customer, 1 where a visit (拜访) fits: an organisation (its type enterprise or government; of
 * no type, its name an organisation's, organisationName, or the workbook selling to businesses,
 * sellsToBusinesses); 0 for a person (type individual) and for the customers of a shop, salon or
 * clinic, who are invited in or called, not visited (tester60 U110, tester59 U85: a salon's
 * high-tier members got 拜访). The rule followUp.visitBusinessesOnly (default true) turns their
 * regular contact's visit into a call (cadence.ts); false: visits as cadenceChannels say.
 *
 * @example visitsFit(dataset)[c] // 0 for a salon's member
 */
export function visitsFit(dataset: Pick<Dataset, "customers" | "sources">): Uint8Array {
  const { type, name } = dataset.customers;
  const business = sellsToBusinesses(dataset);
  // A loop, not Uint8Array.from(type, fn): a typed array made from a map function costs ~18 ms
  // per 100,000 customers in V8 (the callback through the iterator protocol), a loop under 1 ms.
  const fit = new Uint8Array(type.length);
  for (let c = 0; c < type.length; c++) {
    const t = type[c];
    if (t === ENTERPRISE || t === GOVERNMENT) fit[c] = 1;
    else if (t !== INDIVIDUAL && (business || organisationName(name[c]))) fit[c] = 1;
  }
  return fit;
}
