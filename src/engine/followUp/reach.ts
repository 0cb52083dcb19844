import { normalisePhone, phoneHash } from "../ingest/duplicateKeys";
import { FirstSeen } from "../ingest/firstSeen";
import { idsArePhones, isEmailAddress } from "./mask";
import { HAS_EMAIL, HAS_PHONE } from "./placement";

/**
 * Per customer, the contact details the Customers sheet gives: HAS_PHONE (a phone number) |
 * HAS_EMAIL (an e-mail address), for Placement's route (stop 28 tester: on the 20k workbook 174
 * calls and 33 visits went to customers with no number, 470 e-mails to customers with no address).
 * With addresses and no phone number at all (a Shopify customers export: e-mail only), a call goes
 * by e-mail to a customer with an address, the route a customer without a number already gets (无电话
 * 号码，改为邮件), and a customer with neither is listed for her contact details: tester63 U169, 13
 * urgent and high 电话 contacts whose phone cell was blank, which nobody could make. Likewise with
 * phone numbers and no address at all, e-mails go as online messages to the numbers (tester52 L6:
 * 邮件 contacts whose talking point said 无邮箱地址). With neither, customers keyed by
 * their mobile number (`ids`: a 有赞 or 微店 export keyed by 买家手机号) have that number: tester55
 * U7, 4,328 e-mails planned to buyers with no address, where a message to the number reaches them.
 * A customer whose ID is an e-mail address has that address. null when the data has neither (nor
 * such ids).
 *
 * @example contactReach(["138…", ""], ["", "a@b.cn"]) // Uint8Array [1, 2]
 * contactReach(["138…", ""], ["", ""]) // Uint8Array [1, 0]
 * contactReach(["", ""], ["a@b.cn", ""]) // Uint8Array [2, 0]
 * contactReach(["", ""], ["", ""], 2, ["13800000000", "13900000000"]) // Uint8Array [1, 1]
 * contactReach(["138…", ""], ["", ""], 2, ["C1", "ann@example.com"]) // Uint8Array [1, 2]
 */
export function contactReach(
  phone: readonly (string | undefined)[],
  email: readonly (string | undefined)[],
  n: number,
  ids: readonly string[] = [],
): Uint8Array | null {
  const reach = new Uint8Array(n);
  let phones = 0;
  let emails = 0;
  for (let c = 0; c < n; c++) {
    let has = 0;
    const p = phone[c];
    if (p !== undefined && p !== "") {
      has = HAS_PHONE;
      phones++;
    }
    const e = email[c];
    // An ID that is an e-mail address is the customer's address (tester57 U46: a Shopify export
    // keyed by Email; 561 customers "without phone or e-mail" were left off the schedule).
    if ((e !== undefined && e !== "") || (c < ids.length && isEmailAddress(ids[c]))) {
      has |= HAS_EMAIL;
      emails++;
    }
    reach[c] = has;
  }
  if (phones === 0 && emails === 0) return idsArePhones(ids, n) ? reach.fill(HAS_PHONE) : null;
  if (phones === 0 && idsArePhones(ids, n)) for (let c = 0; c < n; c++) reach[c] |= HAS_PHONE;
  return reach;
}

/**
 * The most customers one phone number is taken as one person for (samePhoneRing): a household's cars
 * or children, two or three (tester62 U145: 张建华's two cars). More share a switchboard or a shop's
 * placeholder, not a person: reviewer63 R2, 20 branches of one chain on 021-66668888 got their urgent
 * calls a week late as visits; R7, 30 walk-ins on 00000000000 got one urgent win-back a day to 01-04.
 */
export const HOUSEHOLD_PHONE_MAX = 3;

/**
 * Per customer, the next customer with the same phone number (ingest/duplicateKeys.ts
 * normalisePhone, the key of the data-quality finding 可能与第 3 行为同一客户：电话相同), round a
 * ring back to itself; -1 for a customer whose number nobody else has (or who has none). null when
 * no two customers share a number. One number is one person to call: a 4S shop keyed by plate has
 * an owner with two cars, a school a parent with two children (tester62 U145: 张建华 got two calls
 * on the same day three times; Placement keeps them on different days). Not a placeholder
 * (normalisePhone keys none: duplicateKeys.ts placeholderPhone) nor a number more than
 * HOUSEHOLD_PHONE_MAX customers share: no one person.
 *
 * @example samePhoneRing(["138 0000 0001", "", "13800000001"]) // Int32Array [2, -1, 0]
 */
export function samePhoneRing(phone: readonly (string | undefined)[]): Int32Array | null {
  const n = phone.length;
  // The first customer with each number (FirstSeen: hashes read from the texts, the digits made
  // only for a customer whose hash was met before), not a Map of every customer's digits: that
  // cost ~70 ms a run at 100,000 customers, none of whom shared a number.
  const key = (c: number): string => normalisePhone(phone[c] ?? "");
  const seen = new FirstSeen(key);
  let first: Int32Array | null = null;
  for (let c = 0; c < n; c++) {
    const p = phone[c];
    const f = p === undefined || p === "" ? -1 : seen.checkHashed(phoneHash(p), c);
    if (f >= 0) (first ??= new Int32Array(n).fill(-1))[c] = f;
  }
  if (first === null) return null;
  // The customers after the first of each number, in order, by that first customer.
  const group = new Map<number, number[]>();
  for (let c = 0; c < n; c++) {
    const f = first[c];
    if (f < 0) continue;
    const g = group.get(f);
    if (g) g.push(c);
    else group.set(f, [f, c]);
  }
  const ring = new Int32Array(n).fill(-1);
  let shared = false;
  for (const g of group.values()) {
    if (g.length > HOUSEHOLD_PHONE_MAX) continue;
    // A ring: each to the next, the last back to the first.
    for (let i = 0; i < g.length; i++) ring[g[i]] = g[(i + 1) % g.length];
    shared = true;
  }
  return shared ? ring : null;
}
