import { CHURN_REASON_CODES, MAX_CHURN_REASONS, type CustomerAnalysis } from "../analysis";
import type { CustomerModel } from "../clv/customerModel";
import {
  leftStageWord,
  noteLeftWord,
  noteSaysLeft,
  petDeath,
  saysCompleted,
  saysLeft,
} from "../ingest/contactOutcome";
import { foldName, normalisePhone } from "../ingest/duplicateKeys";
import { petNameForms, recordOwner } from "../ingest/petName";
import { NOTE_LEFT_WORDS, PET_WORDS } from "../optionWords";
import type { Dataset } from "../model";
import { subscriptionState } from "../ingest/subscriptions";

/**
 * Why a customer left: its status says so, its account was closed, or its status says it finished
 * what it bought (结课, 毕业: tester61 U117), every subscription ended, or its note says so (已搬去成都,
 * Closed for good: tester62 U142), or a contact's note does (店已经关了: fix64b), or its status is a
 * stage someone set (Churned, Former customer, 已流失: LEFT_STAGE_WORDS; reviewer65 M4), or on a vet's
 * record of one pet a contact's note says the pet died (咪咪9月底去世了: tester65 U203) (LEFT_BY index).
 */
export const LEFT_BY = [
  "status",
  "closed_date",
  "completed",
  "subscription",
  "note",
  "contact",
  "stage",
  // A contact's note saying the pet of a vet's record of one pet died (咪咪9月底去世了: tester65 U203).
  "pet_died",
] as const;

/** Who left (customersLeft), and for those a contact note says left, which contact said so. */
export interface LeftCustomers {
  /** Per customer 0 not left, else 1 + LEFT_BY index. */
  left: Uint8Array;
  /**
   * Per customer left by a contact's note (LEFT_BY contact): the Contacts row of the latest such
   * note up to the analysis date, -1 every other; absent when no contact note says so.
   */
  contactRow?: Int32Array;
  /** Per such customer: the word found (contactOutcome.ts noteLeftWord index), else -1. */
  contactWord?: Int16Array;
}

/**
 * Customers who have left for good, by what the user wrote (tester58 U65, tester57 U44): the
 * Customers sheet's status says so, else its note in words strong enough alone (NOTE_LEFT_WORDS) (已搬离, 已转诊, 已转让, 已注销, Moved away: optionWords.ts
 * LEFT_WORDS; a pause word wins) or that it finished the course (COMPLETED_WORDS), or its closed date (用友 U8 停用日期) is on or before the analysis
 * date, else the latest contact note up to the analysis date saying so in the note's words
 * (noteSaysLeft: 店已经关了, Customer moved to Texas, closing account; fix64b; classify.ts drops it
 * when she bought after it) (`readStatus` false: the closed date only, for an earlier date's classification). Per customer 0 not left, else 1 + LEFT_BY index; undefined when nobody left (the sheet has
 * neither column, or no row says so): nothing more is read per customer. Such a customer is in the
 * churned stage, not at risk, and is listed, not called (classify.ts markLeft, followUp).
 *
 * @example customersLeft(dataset, dataset.asOf)?.left[3] // 1 (状态 已搬离)
 */
export function customersLeft(
  dataset: Dataset,
  asOf: number,
  readStatus = true,
): LeftCustomers | undefined {
  const { closedDate, count } = dataset.customers;
  const status = readStatus ? dataset.customers.status : undefined;
  // The note, as the status, is today's word (NOTE_LEFT_WORDS: 已搬去成都, Closed for good).
  const note = readStatus ? dataset.customers.note : undefined;
  // Every subscription ended (tester61 U114): by its status only for the analysis date's state.
  const ended = subscriptionState(dataset, asOf)?.endedDay;
  const said = readStatus ? leavingContacts(dataset, asOf) : undefined;
  if (!status && !note && !closedDate && !ended && !said) return undefined;
  const left = new Uint8Array(count);
  const statusSays = new Map<string, number>();
  let any = false;
  for (let c = 0; c < count; c++) {
    if (closedDate && closedDate[c] <= asOf) {
      left[c] = 1 + LEFT_BY.indexOf("closed_date");
      any = true;
      continue;
    }
    const end = ended ? ended[c] : NaN;
    if (end <= asOf && (readStatus || end > -Infinity)) {
      left[c] = 1 + LEFT_BY.indexOf("subscription");
      any = true;
      continue;
    }
    const text = status?.[c];
    let says = 0;
    if (text) {
      const known = statusSays.get(text);
      if (known === undefined) statusSays.set(text, (says = statusLeft(text)));
      else says = known;
    }
    if (says === 0 && note?.[c] && noteSaysLeft(note[c])) says = 1 + LEFT_BY.indexOf("note");
    if (says === 0 && said && said.row[c] >= 0)
      says = 1 + LEFT_BY.indexOf(said.pet?.[c] ? "pet_died" : "contact");
    if (says > 0) {
      left[c] = says;
      any = true;
    }
  }
  if (!any) return undefined;
  return said ? { left, contactRow: said.row, contactWord: said.word } : { left };
}

/**
 * Per customer, the Contacts row of the latest contact up to `asOf` whose note says the customer
 * left (noteLeftWord: 店已经关了，老板回老家了; Customer moved to Texas, closing account; 已经换了别家
 * 供应商: fix64b), -1 none, with the word found: only when no later contact that reached her has a
 * note saying otherwise (客户说下个月回来看看: she is still talking to the firm). On one day the row
 * further down is the later. Undefined when no note says so. On a vet's records of one pet
 * (Customers petRecords) a death is the pet's (petDeath: 咪咪9月底去世了, 狗狗上周去世了; `pet` 1), or
 * another pet's of the owner named there (糖糖走了 on 豆豆's record: no leaving of this one).
 */
function leavingContacts(
  dataset: Dataset,
  asOf: number,
): { row: Int32Array; word: Int16Array; pet?: Uint8Array } | undefined {
  const k = dataset.contacts;
  const notes = k?.note;
  if (!k || !notes) return undefined;
  const n = dataset.customers.count;
  const pets = petsOf(dataset.customers);
  const pet = pets ? new Uint8Array(n) : undefined;
  const limit = Math.floor(asOf) + 1;
  // Per customer, the latest contact whose note counts (says she left, or reached her), -1 none.
  const latest = new Int32Array(n).fill(-1);
  const word = new Int16Array(n).fill(-1);
  let any = false;
  // Contact `i` counts for `c` unless a later one already does (on one day the row further down).
  const later = (c: number, i: number) => {
    const j = latest[c];
    return (
      j >= 0 && (k.day[j] > k.day[i] || (k.day[j] === k.day[i] && k.sourceRow[j] > k.sourceRow[i]))
    );
  };
  for (let i = 0; i < k.count; i++) {
    const c = k.customer[i];
    if (c < 0 || c >= n || !(k.day[i] < limit) || !notes[i] || later(c, i)) continue;
    let w = noteLeftWord(notes[i]);
    let died = 0;
    if (pets) {
      const death = petDeath(notes[i], pets.name[c], pets.others(c), pets.elsewhere(c));
      if (death.says === 1) [w, died] = [death.word, 1];
      // Another pet's death is none of this record's (a leaving in other words still is): it ends
      // that pet's record, the owner's other pet named there (reviewer66 H5: 糖糖上周去世了 on 豆豆's).
      else if (death.says === 2) {
        if (w >= NOTE_LEFT_WORDS.length) w = -1;
        const o = pets.record(c, death.other);
        const dw = petDeath(notes[i], death.other, []).word;
        if (o >= 0 && dw >= 0 && !later(o, i)) {
          [latest[o], word[o], any] = [i, dw, true];
          if (pet) pet[o] = 1;
        }
      }
      // The owner's death (主人去世了) is a person's, not the pet's: the record continues; so does
      // it when the pet named is found on none of the owner's records (said: followUp/hold.ts).
      else if (death.says >= 3 && w >= NOTE_LEFT_WORDS.length) w = -1;
    }
    if (w < 0 && k.notReached?.[i] === 1) continue;
    latest[c] = i;
    word[c] = w;
    if (pet) pet[c] = died;
    if (w >= 0) any = true;
  }
  if (!any) return undefined;
  for (let c = 0; c < n; c++) if (word[c] < 0) latest[c] = -1;
  return pet ? { row: latest, word, pet } : { row: latest, word };
}

/**
 * A vet's records of one pet (Customers petRecords): each record's pet's name, the names of its
 * owner's other pets, the record of one of them by its name (-1 none), and the name of a pet of
 * the sheet that a note's text names (foldPetText) though it is none of the owner's (`elsewhere`:
 * said, not ended); undefined for any other Customers sheet. The owner's records are those on
 * her phone or under her name (a second phone: fix67e), a pet's name read leniently (petNameForms:
 * 豆豆 and 豆豆（柯基） are one pet).
 */
export function petsOf(customers: Dataset["customers"]):
  | {
      name: string[];
      others: (c: number) => string[];
      record: (c: number, pet: string) => number;
      elsewhere: (c: number) => (text: string) => string | undefined;
    }
  | undefined {
  const name = customers.petRecords ? customers.petName : undefined;
  if (!name) return undefined;
  const byPhone = new Map<string, number[]>();
  const byOwner = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, c: number) => {
    if (key === "") return;
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  const phoneOf = (c: number) => normalisePhone(customers.phone[c]);
  const ownerOf = (c: number) => {
    // A record with no owner's name is shown by the pet's alone: no owner to match by.
    if (customers.name[c] === name[c]) return "";
    const owner = foldName(recordOwner(customers.name[c], name[c]));
    return [...owner].length >= 2 ? owner : "";
  };
  const forms = name.map((p) => petNameForms(p));
  for (let c = 0; c < customers.count; c++) {
    add(byPhone, phoneOf(c), c);
    add(byOwner, ownerOf(c), c);
  }
  const samePet = (a: number, b: number) => forms[a].some((f) => forms[b].includes(f));
  const same = (c: number) => {
    const all = new Set([...(byPhone.get(phoneOf(c)) ?? []), ...(byOwner.get(ownerOf(c)) ?? [])]);
    return [...all].filter((o) => o !== c && name[o] !== "" && !samePet(o, c));
  };
  const others = (c: number) => same(c).map((o) => name[o]);
  const record = (c: number, pet: string) => same(c).find((o) => name[o] === pet) ?? -1;
  // Every pet's forms, the names' own words (狗狗, 宝宝: an animal or a person) left to petDeath.
  const sheet = new Map<string, number>();
  for (let c = 0; c < customers.count; c++)
    for (const f of forms[c]) if (!PET_WORDS.some((w) => f.includes(w))) sheet.set(f, c);
  const elsewhere = (c: number) => (text: string) => {
    let mine: Set<number> | undefined;
    for (const [f, o] of sheet) {
      if (!text.includes(f) || samePet(o, c)) continue;
      if ((mine ??= new Set(same(c))).has(o)) continue;
      return name[o];
    }
    return undefined;
  };
  return { name, others, record, elsewhere };
}

/**
 * 1 + LEFT_BY index of what a status cell says (a leaving before a completion; a stage someone set,
 * LEFT_STAGE_WORDS, apart from an event), 0 neither.
 */
function statusLeft(text: string): number {
  if (saysLeft(text)) return 1 + LEFT_BY.indexOf(leftStageWord(text) >= 0 ? "stage" : "status");
  return saysCompleted(text) ? 1 + LEFT_BY.indexOf("completed") : 0;
}

/**
 * A customer who left buys no more, whatever the repeat-purchase model says of the history
 * (reviewer59: a closed account kept P(alive) 97 %, an expected next purchase and its lifetime
 * value on the segments tab, the Overview's total and the JSON). For each customer markLeft put in
 * the churned stage with the reason customer_left: P(alive), expected purchases and lifetime value
 * 0, no expected next purchase. The model still learns from their history (fitted before).
 *
 * @example modelForLeft(model, analysis) // 3 (customers whose figures were set)
 */
export function modelForLeft(
  model: Pick<CustomerModel, "pAlive" | "expectedPurchases" | "expectedNextPurchase" | "clv">,
  analysis: Pick<CustomerAnalysis, "churnReasons">,
): number {
  const codes = analysis.churnReasons.codes;
  const left = CHURN_REASON_CODES.indexOf("customer_left");
  let count = 0;
  for (let c = 0; c < model.pAlive.length; c++) {
    if (codes[c * MAX_CHURN_REASONS] !== left) continue;
    // A figure the model did not give (NaN, its note says why) stays blank.
    if (model.pAlive[c] === model.pAlive[c]) model.pAlive[c] = 0;
    if (model.expectedPurchases[c] === model.expectedPurchases[c]) model.expectedPurchases[c] = 0;
    if (model.clv[c] === model.clv[c]) model.clv[c] = 0;
    model.expectedNextPurchase[c] = NaN;
    count++;
  }
  return count;
}
