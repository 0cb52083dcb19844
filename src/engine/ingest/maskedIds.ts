import type { Dataset } from "../model";
import { inputSheetName } from "../inputSheetName";
import type { RunWarning } from "../followUp/warnings";
import type { Lang } from "../schema";
import type { Finding } from "../quality";
import { say, sayBoth } from "../words/catalog";

/**
 * Customer IDs that are masked numbers (抖店's 收件人手机号 `138****1234`, a 淘宝 buyer `t**8`): two
 * buyers whose numbers share the shown digits are one ID, so different buyers are merged into one
 * customer, their purchases, risk and calls one (tester56 U29: 30,000 buyers became 24,275 IDs, said
 * nowhere). Told by a masked number in at least half the IDs: an ID system that writes `**` in a
 * few IDs is its own; a masked export masks every row.
 *
 * The one owner of "a masked number" (reviewer60 R4: duplicateKeys.ts took one mark anywhere, so
 * an extension written `010-12345678*801` lost its duplicate key, while `138•••• 4821` was no
 * masked ID here): isMaskedNumber.
 */

/** Whether a character code is a mark standing for a hidden digit: * ＊ • ●. */
const isMaskMark = (c: number): boolean => c === 42 || c === 0xff0a || c === 0x2022 || c === 0x25cf;

/**
 * Whether a text (an ID, a phone) is a masked number: a run of two or more mask marks (isMaskMark)
 * where digits were. One mark is no mask: an extension (`010-12345678*801`), an ID's own `A*1`.
 *
 * @example isMaskedNumber("138****1111") // true
 * @example isMaskedNumber("138•••• 4821") // true
 * @example isMaskedNumber("010-12345678*801") // false
 */
export function isMaskedNumber(text: string): boolean {
  let mark = false;
  for (let i = 0; i < text.length; i++) {
    const m = isMaskMark(text.charCodeAt(i));
    if (m && mark) return true;
    mark = m;
  }
  return false;
}

/**
 * Rewords the rows whose customer ID is not on the customer list and is a masked number (美团 /
 * 饿了么 orders' 138****1111): no customer can be added for it, so the words say it cannot be
 * matched and to use the platform's member ID or the full number (tester60 U95: the advice was to
 * add the customer to the customer list). The rows stay not used. Returns how many were reworded.
 *
 * @example pointAtMaskedIds(findings) // 2
 */
export function pointAtMaskedIds(findings: Finding[]): number {
  let reworded = 0;
  for (const f of findings) {
    if (f.code !== "unknown_customer" || f.kind === "customers" || !isMaskedNumber(f.value))
      continue;
    f.message = sayBoth("quality", "unknown_customer_masked", { value: f.value });
    reworded++;
  }
  return reworded;
}

/**
 * ids_masked, or null: how many of the customer IDs are masked, an example, and to use a column
 * that tells buyers apart as the ID.
 *
 * @example maskedIdsWarning({ customers: { id: ["138****1234", "139****0000"] }, sources: {} })?.code // "ids_masked"
 */
export function maskedIdsWarning(
  dataset: Pick<Dataset, "sources"> & { customers: Pick<Dataset["customers"], "id"> },
): RunWarning | null {
  const ids = dataset.customers.id;
  let masked = 0;
  let example = "";
  for (const id of ids) if (isMaskedNumber(id) && masked++ === 0) example = id;
  if (masked === 0 || masked * 2 < ids.length) return null;
  const words = (lang: Lang) =>
    say(lang, "followUp", "idsMasked", {
      count: masked,
      total: ids.length,
      example,
      sheet: inputSheetName(dataset, "customers", lang),
    });
  return { code: "ids_masked", message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") } };
}
