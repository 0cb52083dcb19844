import type { Dataset } from "../model";
import { inputSheetName } from "../inputSheetName";
import type { RunWarning } from "../followUp/warnings";
import type { Lang } from "../schema";
import { say } from "../words/catalog";

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
  for (const id of ids)
    // indexOf first: most IDs have no asterisk, and no regular expression runs for them.
    if (id.indexOf("*") >= 0 || id.indexOf("＊") >= 0) {
      if (!MASK.test(id)) continue;
      if (masked++ === 0) example = id;
    }
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
