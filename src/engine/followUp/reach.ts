import { HAS_EMAIL, HAS_PHONE } from "./placement";

/**
 * Per customer, the contact details the Customers sheet gives: HAS_PHONE (a phone number) |
 * HAS_EMAIL (an e-mail address), for Placement's route (stop 28 tester: on the 20k workbook 174
 * calls and 33 visits went to customers with no number, 470 e-mails to customers with no address).
 * A column that is empty for every customer is one the data does not have: nobody counts as
 * lacking it (the rules' channels stand), else a CSV without a phone column would turn every call
 * into an e-mail. null when the data has neither column.
 *
 * @example contactReach(["138…", ""], ["", "a@b.cn"]) // Uint8Array [1, 2]
 */
export function contactReach(
  phone: readonly (string | undefined)[],
  email: readonly (string | undefined)[],
  n: number,
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
    if (e !== undefined && e !== "") {
      has |= HAS_EMAIL;
      emails++;
    }
    reach[c] = has;
  }
  if (phones === 0 && emails === 0) return null;
  if (phones === 0 || emails === 0) {
    const all = phones === 0 ? HAS_PHONE : HAS_EMAIL;
    for (let c = 0; c < n; c++) reach[c] |= all;
  }
  return reach;
}
