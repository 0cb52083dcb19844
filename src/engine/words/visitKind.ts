import type { Lang } from "../schema";
import { say, type Code } from "./catalog";

/**
 * The words of the visits input in `lang` (catalog section visitKind): an appointments sheet's
 * (Visits.appointments: 预约就诊 / 到诊) or a check-in sheet's (上课签到 / 上课/签到), as the texts
 * that say visits take them ({log}, {one}). The one owner of those words (fix67e).
 *
 * @example visitWords("zh-CN", true).one // "到诊"
 */
export function visitWords(
  lang: Lang,
  appointments = false,
): { log: string; one: string; ones: string; logSheet: string } {
  const w = (code: Code<"visitKind">) =>
    say(lang, "visitKind", (appointments ? `${code}Appointments` : code) as Code<"visitKind">);
  return { log: w("log"), one: w("one"), ones: w("ones"), logSheet: w("logSheet") };
}
