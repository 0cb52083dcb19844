/**
 * Masking of contact details for tabs shared outside the team (002/003 on protecting customer
 * data): enough is left to recognise the number or address, not to use it.
 */

/**
 * A phone number with its middle digits hidden: the first 3 and last 4 of 11 digits stay (the
 * usual Chinese mobile format, 138****8000); shorter numbers keep only the last 2 digits.
 * Separators are dropped; "" stays "". China's country code (+86, 0086, or 86 before an 11-digit
 * mobile) is kept apart from the number, so +86 138… is not masked as "861****…".
 *
 * @example maskPhone("138 0013 8000") // "138****8000"
 * @example maskPhone("+86 138-0013-8000") // "+86 138****8000"
 * @example maskPhone("010-6552") // "*****52"
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits === "") return phone.trim() === "" ? "" : "****";
  const country = countryCode(phone.trim(), digits);
  const local = country === "" ? digits : digits.slice(digits.indexOf(country) + country.length);
  const masked =
    local.length >= 11
      ? local.slice(0, 3) + "****" + local.slice(-4)
      : "*".repeat(Math.max(0, local.length - 2)) + local.slice(-2);
  return country === "" ? masked : `+${country} ${masked}`;
}

/** The country code of a number written internationally (+86…, 0086…); only China's is known. */
function countryCode(phone: string, digits: string): string {
  // 86 then an 11-digit mobile (8613800138000) is +86 written without its plus.
  const international =
    phone.startsWith("+") ||
    digits.startsWith("00") ||
    (digits.length === 13 && digits.startsWith("861"));
  if (!international) return "";
  const rest = digits.startsWith("00") ? digits.slice(2) : digits;
  // 86 followed by a Chinese mobile (11 digits starting with 1) or a landline with area code.
  return rest.startsWith("86") && rest.length >= 11 ? "86" : "";
}

/**
 * An e-mail address with the local part hidden but its first character; the domain stays.
 *
 * @example maskEmail("zhang.wei@example.com") // "z***@example.com"
 */
export function maskEmail(email: string): string {
  const e = email.trim();
  const at = e.lastIndexOf("@");
  if (at <= 0) return e === "" ? "" : "***";
  return e[0] + "***" + e.slice(at);
}

/** A mainland mobile number, with or without +86 and separators: 138 0013 8000, +86-13800138000. */
const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;

/**
 * True when `text` is a mainland mobile number (spaces and dashes aside): one test for the ids that
 * are phone numbers, in reach.ts (the id column is the phone column) and shareMask.ts (--share).
 *
 * @example isMobileNumber("+86 138-0013-8000") // true
 * @example isMobileNumber("12000000000") // false
 */
export function isMobileNumber(text: string): boolean {
  return MOBILE.test(text.replace(/[\s-]/g, ""));
}

/**
 * True when each of the n customers' ids is a mobile number: the id column is the phone column.
 * One rule for reach.ts (such ids are called by phone) and the customers' builder (the id is then
 * the phone number shown; tester64 U190).
 *
 * @example idsArePhones(["13800138000", "139 1111 0002"], 2) // true
 * @example idsArePhones(["13800138000", "K002"], 2) // false
 */
export function idsArePhones(ids: readonly string[], n: number): boolean {
  if (n === 0 || ids.length < n) return false;
  for (let c = 0; c < n; c++) if (!isMobileNumber(ids[c])) return false;
  return true;
}

/** An e-mail address: something, @, a domain with a dot; no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * True when `text` is an e-mail address: one test for the ids that are e-mail addresses (a
 * Shopify export keys its orders by Email), in reach.ts (the customer has that address) and
 * shareMask.ts (--share cannot mask an ID).
 *
 * @example isEmailAddress(" ann@example.com ") // true
 * @example isEmailAddress("C001") // false
 */
export function isEmailAddress(text: string): boolean {
  return text.indexOf("@") > 0 && EMAIL.test(text.trim());
}
