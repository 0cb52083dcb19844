/** The longest value an encoding finding shows (the row's text can be long). */
const MAX_LENGTH = 80;

/**
 * An encoding finding's value: the cells of a row's decoded line that hold text other than ASCII
 * (what the two encodings read differently: ASCII reads the same in both), so the user sees what
 * was decoded, e.g. `广州测试公司 | 企业 | 陈静`. Phones, e-mails, ids and amounts are ASCII and
 * left out (nothing for --share to mask). Cells are cut at any of `, ; tab |` and unquoted; "" for
 * no text.
 *
 * @example decodedText("7777777,广州测试公司,企业,陈静,13800000000\r\n") // "广州测试公司 | 企业 | 陈静"
 */
export function decodedText(line: string): string {
  const cells = line
    .split(/[,;\t|]/)
    .map((c) => c.trim().replace(/^"|"$/g, "").replace(/""/g, '"').trim())
    .filter((c) => /[\u0080-\uffff]/.test(c));
  const text = cells.join(" | ");
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
