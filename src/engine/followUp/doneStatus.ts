// A status typed on the schedule that says the call was made (已联系, 已拜访, Called…) is kept with
// the schedule, but it is no contact record: the plan counts from the Contacts sheet's last
// contact, so the customer is called again and the status later goes to a kept row and is
// dropped (tester48 M1: nobody said so). The run says it, naming where a contact is recorded.
import type { Lang } from "../schema";
import { SHEETS } from "../schema";
import { say } from "../words/catalog";
import { tabName } from "../report/outputTabs";
import type { CarriedNotes, TypedRow } from "./typedNotes";
import type { RunWarning } from "./warnings";

/**
 * A status that opens with the words of a call made: 已联系 / 已拜访 / 已回访 / 已沟通 / 已致电 /
 * 已电话 / 已打电话 / 已完成 / 已跟进 / 已处理 / 联系过 / 拜访过 / 完成, or done / called / contacted /
 * visited / completed / reached / spoke. A plan (已约下周二拜访, 待联系, call back) is not one.
 *
 * @example statusSaysDone("已联系，客户说下月再订") // true
 * @example statusSaysDone("已约下周二拜访") // false
 */
export function statusSaysDone(status: string): boolean {
  const s = status.trim();
  return (
    /^(已经?|都已)\s*(联系|拜访|回访|沟通|致电|电话|打电话|打过电话|完成|跟进|处理|通话|见面)/.test(
      s,
    ) ||
    /^(联系|拜访|回访|沟通|通话)(过|完)/.test(s) ||
    /^完成/.test(s) ||
    /^(done|called|contacted|visited|completed|reached|spoke|met)\b/i.test(s)
  );
}

/** How many such statuses the warning names (the rest: "and N more"). */
const NAMED = 10;

/**
 * The warning for statuses typed on the schedule that say the call was made (statusSaysDone), on
 * rows of this schedule or kept off it; null when none.
 *
 * @example doneStatusWarning(carried)?.customers // ["1002101"]
 */
export function doneStatusWarning(
  carried: CarriedNotes,
  scheduleTab: (lang: Lang) => string = (lang) => tabName("followUps", lang),
): RunWarning | null {
  const typed: TypedRow[] = [...carried.byRow.values(), ...carried.off.map((o) => o.typed)];
  const done = typed.filter((t) => t.status !== "" && statusSaysDone(t.status));
  if (done.length === 0) return null;
  const named = done.slice(0, NAMED);
  const more = done.length - named.length;
  const ids = (lang: Lang) =>
    say(lang, "followUp", more > 0 ? "typedStatusesDroppedIdsMore" : "typedStatusesDroppedIds", {
      ids: named
        .map((t) =>
          say(lang, "followUp", "typedStatusDroppedUndated", {
            who: `${t.row.id} ${t.row.name.trim()}`.trim(),
            status: t.status.replace(/\s+/g, " "),
          }),
        )
        .join(say(lang, "followUp", "typedStatusDroppedSeparator")),
      more,
    });
  const words = (lang: Lang) =>
    say(lang, "followUp", "typedStatusSaysDone", {
      count: done.length,
      tab: scheduleTab(lang),
      contacts: SHEETS.contacts.label[lang],
      ids: ids(lang),
    });
  return {
    code: "typed_status_says_done",
    message: { "zh-CN": words("zh-CN"), "en-US": words("en-US") },
    customers: [...new Set(done.map((t) => t.row.id))],
  };
}
