import { say } from "../engine/words/catalog";

/**
 * Why an output tab did not get its usual name, in the user's words: both adapters say it the
 * same way (the words: file.renamedForOurTab / renamedForUsersSheet in the catalog).
 *
 * @example renamedBecause("客户分类", "客户分类 (2)", false, "zh-CN") // "工作簿中已有您自己的工作表…"
 */
export function renamedBecause(
  wanted: string,
  used: string,
  takenByOurOwnTab: boolean,
  lang: "zh-CN" | "en-US",
): string {
  const code = takenByOurOwnTab ? "renamedForOurTab" : "renamedForUsersSheet";
  return say(lang, "file", code, { wanted, used });
}
