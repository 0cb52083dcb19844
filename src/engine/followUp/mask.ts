/**
 * Masking of contact details for tabs shared outside the team (002/003 on protecting customer
 * data): enough is left to recognise the number or address, not to use it.
 */

/**
 * A phone number with its middle digits hidden: the first 3 and last 4 of 11 digits stay (the
 * usual Chinese mobile format, 138****8000); shorter numbers keep only the last 2 digits.
 * Separators are dropped; "" stays "".
 *
 * @example maskPhone("138 0013 8000") // "138****8000"
 * @example maskPhone("010-6552") // "******52"
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits === "") return phone.trim() === "" ? "" : "****";
  if (digits.length >= 11) return digits.slice(0, 3) + "****" + digits.slice(-4);
  return "*".repeat(Math.max(0, digits.length - 2)) + digits.slice(-2);
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
