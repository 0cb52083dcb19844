import { maskEmail, maskPhone } from "../followUp/mask";

/** The longest value an encoding finding shows (the row's text can be long). */
const MAX_LENGTH = 80;

/**
 * An encoding finding's value: the cells of a row's decoded line that hold text other than ASCII
 * (what the two encodings read differently: ASCII reads the same in both), so the user sees what
 * was decoded, e.g. `广州测试公司 | 企业 | 陈静`. Phones, e-mails, ids and amounts are ASCII and
 * left out; written in full-width forms (１３９…, common in GBK exports) they count as ASCII (NFKC),
 * and a phone or e-mail inside a kept cell (电话：13912345678) is masked as on a shared schedule:
 * a finding's value is shown in every run, --share or not, and the row's contact details are not
 * what the user needs to see there. Cells are cut at any of `, ; tab |` and unquoted; "" for no text.
 *
 * @example decodedText("7777777,广州测试公司,企业,陈静,13800000000\r\n") // "广州测试公司 | 企业 | 陈静"
 * @example decodedText("C4,张三,１３９１２３４５６７８,电话：13912345678") // "张三 | 电话：139****5678"
 */
export function decodedText(line: string): string {
  const cells = line
    .split(/[,;\t|]/)
    .map((c) => c.trim().replace(/^"|"$/g, "").replace(/""/g, '"').trim())
    .filter((c) => /[\u0080-\uffff]/.test(c.normalize("NFKC")))
    .map(maskContacts);
  const text = cells.join(" | ");
  if (text.length <= MAX_LENGTH) return text;
  // Cut by code points: a character beyond U+FFFF (GB18030 decodes some) is two UTF-16 units, and
  // half of one is a lone surrogate that strict JSON readers refuse.
  const points = [...text];
  return points.length > MAX_LENGTH ? `${points.slice(0, MAX_LENGTH - 1).join("")}…` : text;
}

/** A cell's phone numbers (7+ digits, with spaces, dashes or a +; not a date) and e-mail addresses, masked. */
function maskContacts(cell: string): string {
  return cell
    .replace(/[\p{L}\p{N}._%+-]+[@＠][\p{L}\p{N}.-]+/gu, (email) =>
      maskEmail(email.normalize("NFKC")),
    )
    .replace(/\+?[0-9０-９](?:[0-9０-９ \-－]*[0-9０-９]){6,}/g, (digits) => {
      const ascii = digits.normalize("NFKC");
      return /^\d{4}-\d{1,2}-\d{1,2}(\s|$)/.test(ascii) ? digits : maskPhone(ascii); // a date is no phone
    });
}
