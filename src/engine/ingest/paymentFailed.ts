import { PAYMENT_FAILED_STATUS_WORDS } from "../optionWords";

/** A status as PAYMENT_FAILED_STATUS_WORDS are matched: lower case, `_` / `-` and spaces as one space. */
const normal = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[_\-\s]+/g, " ")
    .trim();

const INDEX: ReadonlyMap<string, number> = new Map(
  PAYMENT_FAILED_STATUS_WORDS.map((w, i) => [normal(w), i] as const),
);

/**
 * Per customer, the PAYMENT_FAILED_STATUS_WORDS index of a status saying a charge failed (past_due,
 * 欠费, 扣款失败), -1 for any other; null without a status column (tester61 U134).
 *
 * @example paymentFailedStatus(["active", "past_due"]) // Int8Array [-1, 0]
 */
export function paymentFailedStatus(status: readonly string[] | undefined): Int8Array | null {
  if (!status) return null;
  const out = new Int8Array(status.length).fill(-1);
  let any = false;
  for (let c = 0; c < status.length; c++) {
    const s = status[c];
    if (!s || s.length > 24) continue;
    const i = INDEX.get(normal(s));
    if (i === undefined) continue;
    out[c] = i;
    any = true;
  }
  return any ? out : null;
}
