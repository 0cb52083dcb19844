import type { MarkReason } from "../parse/decimalMark";

/** Why a column's decimal mark was chosen, for the ambiguous_number finding (moved from rowReader.ts). */
export const MARK_REASONS: Record<MarkReason, Record<"zh" | "en", string>> = {
  column: { zh: "按此列其他值的小数符号", en: "as the column's other values show" },
  mixed: {
    zh: "此列同时出现小数点和小数逗号，按较多的一种",
    en: "the column shows both decimal marks; the more common one was used",
  },
  delimiter: {
    zh: "此列没有其他值能说明小数符号；文件以分号分隔，按小数逗号",
    en: "no other value in the column shows the decimal mark; the file is semicolon-separated, so a decimal comma",
  },
  default: {
    zh: "此列没有其他值能说明小数符号，按小数点",
    en: "no other value in the column shows the decimal mark; read with a decimal point",
  },
};
