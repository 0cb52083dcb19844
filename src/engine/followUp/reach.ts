import { isEmailAddress, isMobileNumber } from "./mask";
import { HAS_EMAIL, HAS_PHONE } from "./placement";

/**
 * Per customer, the contact details the Customers sheet gives: HAS_PHONE (a phone number) |
 * HAS_EMAIL (an e-mail address), for Placement's route (stop 28 tester: on the 20k workbook 174
 * calls and 33 visits went to customers with no number, 470 e-mails to customers with no address).
 * A phone column that is empty for every customer is one the data does not have: nobody counts as
 * lacking a number (the rules' calls stand), else a CSV without a phone column would turn every
 * call into an e-mail. Not so for e-mail: with phone numbers and no address at all, e-mails go as
 * online messages to the numbers (tester52 L6: 邮件 contacts whose talking point said 无邮箱地址),
 * the route a customer without an address already gets; a message reaches the same number a call
 * does, so the owners' work stays the kind the rules asked for. With neither, customers keyed by
 * their mobile number (`ids`: a 有赞 or 微店 export keyed by 买家手机号) have that number: tester55
 * U7, 4,328 e-mails planned to buyers with no address, where a message to the number reaches them.
 * A customer whose ID is an e-mail address has that address. null when the data has neither (nor
 * such ids).
 *
 * @example contactReach(["138…", ""], ["", "a@b.cn"]) // Uint8Array [1, 2]
 * contactReach(["138…", ""], ["", ""]) // Uint8Array [1, 0]
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
  if (phones === 0) for (let c = 0; c < n; c++) reach[c] |= HAS_PHONE;
  return reach;
}

/** True when each of the n customers' ids is a mobile number (the id column is the phone column). */
function idsArePhones(ids: readonly string[], n: number): boolean {
  if (n === 0 || ids.length < n) return false;
  for (let c = 0; c < n; c++) if (!isMobileNumber(ids[c])) return false;
  return true;
}
