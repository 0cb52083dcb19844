/**
 * True for a number format that shows a date or time: after dropping bracketed parts ([Red],
 * [$-804]) and quoted text, a y, m, d, h, s or b (Buddhist year) remains.
 *
 * @example isDateFormat("yyyy-mm-dd") // true
 * @example isDateFormat("#,##0.00")   // false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "");
  return /[ymdhMsb]/.test(bare.replace(/General/gi, ""));
}
