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
 * nowhere). Told by a run of two or more asterisks in at least half the IDs: an ID system that
 * writes `**` in a few IDs is its own; a masked export masks every row.
 */

/** A run of asterisks (half- or full-width) where digits were. */
const MASK = /[*＊]{2,}/;

/**
 * Whether an ID is a masked number: a run of two or more asterisks where digits were.
 *
 * @example isMaskedId("138****1111") // true
 * @example isMaskedId("A*1") // false
 */
export function isMaskedId(id: string): boolean {
  // indexOf first: most IDs have no asterisk, and no regular expression runs for them.
  return (id.indexOf("*") >= 0 || id.indexOf("＊") >= 0) && MASK.test(id);
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
    if (f.code !== "unknown_customer" || f.kind === "customers" || !isMaskedId(f.value)) continue;
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
  for (const id of ids) if (isMaskedId(id) && masked++ === 0) example = id;
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
