import { InputError } from "./errors";
import { isEmailAddress, isMobileNumber, maskEmail, maskPhone } from "./followUp/mask";
import type { Dataset } from "./model";
import type { Finding } from "./quality";
import { say } from "./words/catalog";

/**
 * Findings fit to share (--share, rule set followUp.maskContactDetails): a phone or e-mail value
 * masked as the schedule masks it, in the value and in the message that quotes it, and the input
 * file by its name without its folder (a new-user trial found a raw `+86 159 0835 5354` in the
 * shared Data quality tab and JSON, and every row carrying the user's local path). In place.
 *
 * @example maskFindings(findings, dataset) // f.value "+86 159 0835 5354" → "+86 159****5354"
 */
export function maskFindings(findings: Finding[], dataset: Dataset): void {
  for (const f of findings) {
    const columns = dataset.sources[f.kind]?.columns ?? {};
    const mask =
      f.column !== "" && f.column === columns.phone
        ? maskPhone
        : f.column !== "" && f.column === columns.email
          ? maskEmail
          : null;
    if (mask && f.value !== "") {
      const masked = mask(f.value);
      for (const lang of Object.keys(f.message) as (keyof Finding["message"])[])
        f.message[lang] = f.message[lang].split(f.value).join(masked);
      f.value = masked;
    }
    if (f.file) {
      const name = f.file.split(/[\\/]/).pop() ?? f.file;
      for (const lang of Object.keys(f.message) as (keyof Finding["message"])[])
        f.message[lang] = f.message[lang].split(f.file).join(name);
      f.file = name;
    }
  }
}

/**
 * Refuses a workbook to share (--share, followUp.maskContactDetails) where a customer ID is a
 * mobile phone number or an e-mail address: the IDs name every row of every tab and cannot be
 * masked (a refresh and the comparison find customers by them), so the share would carry every
 * number or address the contact columns mask (reviewer56 R1: 有赞 exports keyed by 手机号, as the
 * missing-id advice suggests; tester57 U46: a Shopify export keyed by Email).
 *
 * @example refuseContactIds(dataset) // throws InputError "…客户编号是手机号…"
 */
export function refuseContactIds(dataset: Dataset): void {
  const ids = dataset.customers.id;
  let phones = 0;
  let emails = 0;
  let phone = "";
  let email = "";
  for (let i = 0; i < ids.length; i++) {
    const id = String(ids[i]);
    if (isMobileNumber(id)) {
      phones++;
      if (phone === "") phone = maskPhone(id);
    } else if (isEmailAddress(id)) {
      emails++;
      if (email === "") email = maskEmail(id);
    }
  }
  // Any: each one is a number or address the share would publish.
  if (phones === 0 && emails === 0) return;
  const words = (lang: "zh-CN" | "en-US") =>
    phones > 0
      ? say(lang, "followUp", "idsArePhones", { phones, customers: ids.length, example: phone })
      : say(lang, "followUp", "idsAreEmails", { emails, customers: ids.length, example: email });
  throw new InputError(words("en-US"), words("zh-CN"));
}
