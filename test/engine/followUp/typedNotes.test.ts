import fc from "fast-check";
/**
 * Tester #8 (stop 44): what a manager typed on the 回访计划 tab (状态, 沟通要点, 说明) was
 * overwritten by the next refresh without a word. Now it is carried by customer ID (the same due
 * date first), values of ours from an earlier run are not taken for typed ones, and a typed row
 * whose customer has no row now is kept at the end of the tab and said.
 */
import { LIFECYCLE_STAGES, type CustomerAnalysis } from "../../../src/engine/analysis";
import type { Cell } from "../../../src/engine/cells";
import { scheduleFollowUps } from "../../../src/engine/followUp/schedule";
import {
  carryTypedNotes,
  mergeSchedules,
  readWritten,
  stateWroteTab,
  scheduleNotCarriedWarnings,
  type CarriedNotes,
  type EarlierScheduleRow,
  type WrittenHashes,
  scheduleOwnerDateChangedWarning,
  ScheduleTabReader,
  typedCell,
  typedNotesWarning,
  typedStatusesDroppedWarning,
  originalReason,
  WRITTEN_TAGS,
  WrittenTexts,
} from "../../../src/engine/followUp/typedNotes";
import {
  hashFlat,
  hashOfFlat,
  hashOfFlatFrom,
  keyState,
  prefixHashes,
} from "../../../src/engine/textHash";
import { CATALOGS } from "../../../src/engine/words/catalog";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { followUpTable, type CallerInputs } from "../../../src/engine/report/followUpTab";
import type { ReportTable } from "../../../src/engine/report/table";
import { breakLinesWell } from "../../../src/engine/report/textMeasure";
import { DEFAULTS } from "../../../src/engine/rules/defaults";
import { followUpRulesSchema } from "../../../src/engine/rules/service";
import { smallDataset } from "./smallDataset";
import { followUpReasonText } from "../../../src/engine/followUp/labels";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/followUpCodes";

const d = parseIsoDate;
const asOf = d("2026-03-02"); // a Monday
const dataset = smallDataset({
  asOf,
  customers: [
    { id: "C1", name: "甲公司", owner: "王", consent: 1, phone: "13800000001" },
    { id: "C2", name: "乙公司", owner: "王", consent: 1, email: "yi@example.com" },
    { id: "C3", name: "丙公司", owner: "李", consent: 1, phone: "13800000003" },
  ],
});
// Products the data knows: an earlier run's "最近购买：打印纸" is ours, whatever this run writes.
dataset.transactions.products = ["打印纸", "显示器"];
const analysis = {
  valueTier: Int8Array.of(0, 1, 1),
  churnLevel: Int8Array.of(0, 0, 0),
  lifecycleStage: Int8Array.of(3, 3, 3),
  monetary: Float64Array.of(8_000, 6_000, 5_000),
  churnProbability: Float64Array.of(0.95, 0.9, 0.9),
  churnReasons: { codes: new Int8Array(9).fill(-1), figures: new Float64Array(36) },
} as unknown as CustomerAnalysis;
const schedule = scheduleFollowUps({
  dataset,
  analysis,
  lastPurchase: Float64Array.of(d("2025-10-01"), d("2025-10-01"), d("2025-10-01")),
  rules: followUpRulesSchema.parse({ birthdayCare: false, holidayCare: false }),
  asOf,
});
const caller: CallerInputs = {
  analysis,
  lastPurchase: new Float64Array(3).fill(NaN),
  asOf,
  mask: false,
  churnLevels: DEFAULTS.churn.levels,
};

/** A table's grid as a sheet holds it: header row, then its rows. */
function grid(t: ReportTable): Cell[][] {
  const out: Cell[][] = [t.columns.map((c) => c.header)];
  for (let i = 0; i < t.rowCount; i++) {
    const row: Cell[] = new Array(t.columns.length).fill(null);
    t.fillRow!(i, row);
    // A date column's epoch day reads back from the sheet as a date (as the workbook holds it).
    t.columns.forEach((c, k) => {
      if (c.format === "date" && typeof row[k] === "number") row[k] = new Date(row[k] * 86_400_000);
    });
    out.push(row);
  }
  return out;
}

const col = (t: ReportTable, key: string) => t.columns.findIndex((c) => c.key === key);
/** A row kept off the schedule: its reason (column `reason`) says so (reviewer44 D12). */
const offRows = (reason: number) => (r: Cell[]) =>
  /^(已移出计划[：（]|Off the schedule[ :])/.test(String(r[reason]));

function readBack(rows: Cell[][]) {
  const r = new ScheduleTabReader();
  r.push(rows);
  return r.finish()!;
}

test("typed statuses, talking points and notes are carried to the customer's row; ours are not", () => {
  const before = followUpTable(schedule, dataset, "zh-CN", caller);
  const rows = grid(before);
  expect(rows.length).toBeGreaterThanOrEqual(4);
  const [status, point, note, id] = ["status", "talkingPoint", "note", "customerId"].map((k) =>
    col(before, k),
  );
  const rowOf = (cid: string) => rows.findIndex((r) => r[id] === cid);
  const c1 = rowOf("C1");
  const c2 = rowOf("C2");
  const c3 = rowOf("C3");
  rows[c1][status] = "已约下周二拜访";
  // A line typed under ours (Alt+Enter), and our line broken by the writer (a stale product).
  rows[c2][point] = `${String(rows[c2][point])}\n客户要求先发报价单`;
  rows[c2][note] = "经理已确认";
  // C3: an earlier run's talking point (another product) and our status: nothing typed.
  rows[c3][point] = "最近购买：\n打印纸";
  const carried = carryTypedNotes(readBack(rows), schedule, dataset);
  expect(carried.typedRows).toBe(2);
  const after = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried }));
  const again = (cid: string) => after[after.findIndex((r) => r[id] === cid)];
  expect(again("C1")[status]).toBe("已约下周二拜访");
  expect(String(again("C2")[point]).split("\n").at(-1)).toBe("客户要求先发报价单");
  expect(again("C2")[point]).toBe(`${String(grid(before)[c2][point])}\n客户要求先发报价单`);
  // Typed over our note: ours (this run's) first, then what was typed.
  expect(again("C2")[note]).toBe(`${String(grid(before)[c2][note])}\n经理已确认`);
  // Nothing of ours is carried as typed: C3's row is as this run writes it.
  expect(again("C3")).toEqual(grid(before)[c3]);
  expect(after.length).toBe(rows.length);
  expect(typedNotesWarning(carried)).toBeNull();

  // A second refresh carries the same once (our text is told apart from the typed line).
  const twice = carryTypedNotes(readBack(after), schedule, dataset);
  const third = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried: twice }));
  expect(third).toEqual(after);
});

test("a typed row whose customer is off the schedule is kept at the end of the tab and said", () => {
  const before = followUpTable(schedule, dataset, "zh-CN", caller);
  const rows = grid(before);
  const [status, point, id, date] = ["status", "talkingPoint", "customerId", "followUpDate"].map(
    (k) => col(before, k),
  );
  // A customer the earlier run had (gone from the data since): two typed rows.
  rows.push([
    "",
    "赵",
    "C9",
    "丁公司",
    "13800000009",
    "",
    "已约下周二拜访",
    ...Array(13).fill(null),
  ]);
  rows.push([...rows[1]]);
  rows[rows.length - 1][id] = "C9";
  rows[rows.length - 1][status] = "暂停合作";
  const carried = carryTypedNotes(readBack(rows), schedule, dataset);
  expect(carried.off.map((o) => o.typed.row.id)).toEqual(["C9", "C9"]);
  const after = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried }));
  expect(after.length).toBe(rows.length);
  // A block of their own after the planned rows, before the unscheduled list (the Overview points
  // to it at the end of the tab), the date blank and the reason saying so (reviewer44 D12).
  const isOff = offRows(col(before, "reason"));
  const kept = after.filter(isOff);
  expect(kept.map((r) => [r[date], r[id], r[status], r[point]])).toEqual([
    [null, "C9", "", "已约下周二拜访"],
    [null, "C9", "暂停合作", ""],
  ]);
  const firstOff = after.findIndex(isOff);
  expect(after.slice(1, firstOff).every((r) => r[status] === "已安排")).toBe(true);
  expect(after.slice(firstOff + 2).every((r) => r[status] === "未安排")).toBe(true);
  const w = typedNotesWarning(carried)!;
  expect(w.code).toBe("typed_notes_off_schedule");
  expect(w.customers).toEqual(["C9"]);
  expect(w.message["zh-CN"]).toContain("回访计划中有 2 行你手填的内容");
  expect(w.message["en-US"]).toContain("2 rows of what you typed on Follow-up schedule");
  // Refreshed again untouched: the rows stay kept, and are not said again (tester55 U12: the same
  // warning every week for rows already on the tab).
  const still = carryTypedNotes(readBack(after), schedule, dataset);
  expect(still.off.map((o) => o.typed.row.id)).toEqual(["C9", "C9"]);
  expect(typedNotesWarning(still)).toBeNull();
  // Refreshed again with the customer back on the schedule (one row, of the same due date as
  // the status's row): the status goes to that follow-up (the same due date first), and the
  // talking point, with no row left, joins that row's, after what it carries (tester46 L1: it was
  // kept as a row of a customer with fewer contacts, on every refresh while the customer had a row).
  const back = readBack(after).map((r) => (r.id === "C9" ? { ...r, id: "C3" } : r));
  const home = carryTypedNotes(back, schedule, dataset);
  expect(home.off).toEqual([]);
  const homeRows = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried: home }));
  const c3 = homeRows.filter((r) => r[id] === "C3");
  expect(c3).toHaveLength(1);
  expect(c3[0][status]).toBe("暂停合作");
  expect(String(c3[0][point]).split("\n").at(-1)).toBe("已约下周二拜访");
  expect(homeRows.filter(offRows(5))).toEqual([]);
  // And it stays there, once, on the next refresh.
  const again = carryTypedNotes(readBack(homeRows), schedule, dataset);
  expect(again.off).toEqual([]);
  expect([...again.byRow.values()].map((t) => [t.row.id, t.status, t.talkingPoint])).toEqual([
    ["C3", "暂停合作", "已约下周二拜访"],
  ]);
});

test("an English refresh reads a Chinese tab's typed values, and our English words are ours", () => {
  const zh = grid(followUpTable(schedule, dataset, "zh-CN", caller));
  const en = followUpTable(schedule, dataset, "en-US", caller);
  const status = col(en, "status");
  zh[1][status] = "Called, call back Friday";
  const carried = carryTypedNotes(readBack(zh), schedule, dataset);
  expect(carried.typedRows).toBe(1);
  const rows = grid(followUpTable(schedule, dataset, "en-US", { ...caller, carried }));
  expect(rows[1][status]).toBe("Called, call back Friday");
  // The English tab as written has nothing typed.
  expect(carryTypedNotes(readBack(grid(en)), schedule, dataset).typedRows).toBe(0);
});

// Reviewer44 D3: a typed status went to the customer's next call (another due date and reason)
// and stayed there every month. A status is carried to the same follow-up only (same due date
// and reason); a talking point or note still follows the customer.
/** The schedule of `a` on `day`, every customer last buying 2025-10-01, care rows off. */
function scheduleOf(a: CustomerAnalysis, day: number) {
  return scheduleFollowUps({
    dataset,
    analysis: a,
    lastPurchase: Float64Array.of(d("2025-10-01"), d("2025-10-01"), d("2025-10-01")),
    rules: followUpRulesSchema.parse({ birthdayCare: false, holidayCare: false }),
    asOf: day,
  });
}

/** C3 churned (an unscheduled win-back row with no due date): the analysis and its schedule. */
function scheduleWithC3Churned() {
  const churned = {
    ...analysis,
    lifecycleStage: Int8Array.of(3, 3, LIFECYCLE_STAGES.indexOf("churned")),
  } as CustomerAnalysis;
  return { churned, s: scheduleOf(churned, asOf) };
}

const emptyCarried = () => ({ byRow: new Map(), off: [], typedRows: 0, dropped: [] });

/** An earlier tab's row of owner 王, with no dates and nothing in it but `fields`. */
const earlierRow = (fields: Partial<EarlierScheduleRow>): EarlierScheduleRow => ({
  id: "",
  due: NaN,
  date: NaN,
  owner: "王",
  name: "",
  phone: "",
  email: "",
  reason: "",
  status: "",
  talkingPoint: "",
  note: "",
  ...fields,
});

describe("a status stays with its own follow-up", () => {
  const before = followUpTable(schedule, dataset, "zh-CN", caller);
  const rows = grid(before);
  const [status, point, id, due, reason, from] = [
    "status",
    "talkingPoint",
    "customerId",
    "dueDate",
    "reason",
    "plannedFrom",
  ].map((k) => col(before, k));
  const ofCustomer = (cid: string) =>
    rows.map((r, i) => (r[id] === cid ? i : -1)).filter((i) => i > 0);
  const isOff = offRows(reason);
  // A customer with two rows (other due dates).
  const two = ["C1", "C2", "C3"].find((cid) => ofCustomer(cid).length >= 2)!;

  test("same due date first: a status typed on the customer's second row stays on it", () => {
    expect(two).toBeDefined();
    const [first, second] = ofCustomer(two);
    const typed = rows.map((r) => [...r]);
    typed[second][status] = "已完成";
    const carried = carryTypedNotes(readBack(typed), schedule, dataset);
    const after = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried }));
    expect(after[second][status]).toBe("已完成");
    expect(after[first][status]).toBe(rows[first][status]);
    expect(carried.off).toEqual([]);
  });

  // Tester49 M1: a retention call is due two working days after each analysis date, so its due
  // date moves every month while the call stays open (same reason, same 计划依据日期): the status
  // typed on it went off the schedule at every refresh.
  test("a status whose due date moved but whose follow-up is the same (reason and planned-from date) stays on it", () => {
    const [first] = ofCustomer(two);
    const typed = rows.map((r) => [...r]);
    typed[first][status] = "客户拒接";
    typed[first][due] = new Date(d("2026-02-02") * 86_400_000);
    const carried = carryTypedNotes(readBack(typed), schedule, dataset);
    const after = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried }));
    expect(after[first][status]).toBe("客户拒接");
    expect(carried.off).toEqual([]);
    // A reason cell not of ours says nothing of which follow-up it was: by its due date only.
    typed[first][reason] = "客户自己写的原因";
    const other = carryTypedNotes(readBack(typed), schedule, dataset);
    expect(other.off.map((o) => o.typed.status)).toEqual(["客户拒接"]);
  });

  // Tester53 N3: 已联系 typed on SH001's retention call, and the call recorded in 跟进记录; refreshed,
  // the retention call (planned from the last purchase, so the same planned-from date) got it back.
  test("a status whose due date moved, the same planned-from date, but a contact recorded since: kept off", () => {
    const [first] = ofCustomer(two);
    const typed = rows.map((r) => [...r]);
    typed[first][status] = "已联系";
    typed[first][due] = new Date(d("2026-02-02") * 86_400_000);
    const carried = carryTypedNotes(readBack(typed), schedule, dataset, () => true);
    expect([...carried.byRow.values()].map((t) => t.status)).not.toContain("已联系");
    expect(carried.off.map((o) => o.typed.status)).toEqual(["已联系"]);
    // Nothing recorded since: still the same open call.
    const open = carryTypedNotes(readBack(typed), schedule, dataset, () => false);
    expect(open.byRow.get(first - 1)?.status).toBe("已联系");
    expect(open.off).toEqual([]);
  });

  test("a status whose follow-up moved (another due date) is kept off the schedule, not on the next call", () => {
    const [first] = ofCustomer(two);
    const typed = rows.map((r) => [...r]);
    typed[first][status] = "已完成";
    typed[first][point] = `${String(typed[first][point])}\n客户要求先发报价单`;
    typed[first][due] = new Date(d("2026-02-02") * 86_400_000);
    typed[first][from] = new Date(d("2020-01-01") * 86_400_000); // planned from another day: another follow-up
    const carried = carryTypedNotes(readBack(typed), schedule, dataset);
    const after = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried }));
    // No row of the customer reads 已完成; the talking point still follows the customer.
    expect(after.filter((r) => r[id] === two && !isOff(r)).map((r) => r[status])).not.toContain(
      "已完成",
    );
    expect(after[first][point]).toContain("客户要求先发报价单");
    const [kept] = after.filter(isOff);
    expect([kept[0], kept[id], kept[status], kept[due]]).toEqual([
      null,
      two,
      "已完成",
      new Date(d("2026-02-02") * 86_400_000),
    ]);
    // Refreshed again: still kept off, once, not carried to a call.
    const again = carryTypedNotes(readBack(after), schedule, dataset);
    expect(again.off.map((o) => o.typed.status)).toEqual(["已完成"]);
    expect([...again.byRow.values()].map((t) => t.status)).not.toContain("已完成");
  });

  // Tester51 R1: a key account's overdue visit became a retention call (the customer still first
  // on the list, nothing recorded since), and 已约1月8日拜访 went to a 14-line 已移出计划 row.
  describe("a status whose call changed its reason goes with the customer's open call", () => {
    const note = col(before, "note");
    const owner = col(before, "owner");
    /** The customer's first row typed on as a call of another reason and due date. */
    const typedOnOther = (earlierOwner?: string) => {
      const [first] = ofCustomer(two);
      const typed = rows.map((r) => [...r]);
      const other = FOLLOW_UP_REASONS.indexOf("key_account_overdue");
      typed[first][reason] = followUpReasonText(other, "zh-CN");
      typed[first][due] = new Date(d("2026-01-20") * 86_400_000);
      typed[first][status] = "已约1月8日拜访";
      typed[first][note] = "带报价单";
      if (earlierOwner) typed[first][owner] = earlierOwner;
      return { first, earlier: readBack(typed) };
    };
    const nothingSince = () => false;
    const calledSince = () => true;

    test("nothing recorded since: the status and its note are on the customer's first call", () => {
      const { first, earlier } = typedOnOther();
      const carried = carryTypedNotes(earlier, schedule, dataset, nothingSince);
      const after = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried }));
      // The typed note under the row's own line (an overdue call's 到回访日期逾期…: 73e44472).
      const noteLines = String(after[first][note]).split("\n");
      expect([after[first][status], noteLines.at(-1)]).toEqual(["已约1月8日拜访", "带报价单"]);
      expect(noteLines.length).toBeLessThanOrEqual(2);
      expect(carried.off).toEqual([]);
      // Refreshed again: it stays on that row (its own follow-up now).
      const again = carryTypedNotes(readBack(after), schedule, dataset, nothingSince);
      expect(again.byRow.get(first - 1)?.status).toBe("已约1月8日拜访");
      expect(again.off).toEqual([]);
    });

    test("a contact or purchase recorded since: kept off the schedule, its reason cell short", () => {
      const { earlier } = typedOnOther();
      const seen: (number | undefined)[] = [];
      const carried = carryTypedNotes(earlier, schedule, dataset, (_id, _c, since) => {
        seen.push(since);
        return calledSince();
      });
      // A status moved off by this run: since the earlier run's date (the caller's default).
      expect(seen).toEqual([undefined]);
      expect(carried.off.map((o) => [o.typed.status, o.typed.note])).toEqual([
        ["已约1月8日拜访", "带报价单"],
      ]);
      const after = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried }));
      const [kept] = after.filter(isOff);
      // One line of why, then the original reason (tester51 R1: 14 lines in the narrow column).
      const lines = String(kept[reason]).split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(
        /^已移出计划（原定回访日期 \d{4}-\d{2}-\d{2}）：这次回访已不在计划中$/,
      );
      expect(lines[1]).toBe(
        `原回访原因：${followUpReasonText(FOLLOW_UP_REASONS.indexOf("key_account_overdue"), "zh-CN")}`,
      );
      // Kept rows age from the planned date: a later refresh asks since then.
      const later: (number | undefined)[] = [];
      carryTypedNotes(readBack(after), schedule, dataset, (_id, _c, since) => {
        later.push(since);
        return true;
      });
      // (Asked by each step that reads it: the same follow-up by planned-from, then the open call.)
      expect([...new Set(later)]).toEqual([Math.floor(earlier[0].date)]);
    });

    test("no way to tell (no earlier run known): the status is kept, as before", () => {
      const { earlier } = typedOnOther();
      expect(carryTypedNotes(earlier, schedule, dataset).off).toHaveLength(1);
    });

    // Tester51 R3: the customer was given to another owner; the kept row stayed on the old
    // owner's list, undated, at the bottom.
    test("another owner now: the status follows the customer to the new owner's call", () => {
      const { first, earlier } = typedOnOther("赵");
      const carried = carryTypedNotes(earlier, schedule, dataset, nothingSince);
      const after = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried }));
      expect([after[first][owner], after[first][status]]).toEqual(["王", "已约1月8日拜访"]);
      expect(after[first][0]).toBeInstanceOf(Date);
    });

    test("another owner now and kept: listed under the new owner, the earlier one named", () => {
      const { earlier } = typedOnOther("赵");
      const carried = carryTypedNotes(earlier, schedule, dataset, calledSince);
      expect(carried.off.map((o) => o.owner)).toEqual(["王"]);
      const [kept] = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried })).filter(
        isOff,
      );
      expect(kept[owner]).toBe("王");
      expect(String(kept[reason]).split("\n")[0]).toMatch(/：这次回访已不在计划中（原负责人 赵）$/);
      const en = grid(followUpTable(schedule, dataset, "en-US", { ...caller, carried })).filter(
        offRows(reason),
      );
      expect(String(en[0][reason]).split("\n")[0]).toMatch(
        /^Off the schedule \(planned for \d{4}-\d{2}-\d{2}\): this call is no longer planned \(typed under 赵\)$/,
      );
      // Read back and refreshed: the kept row is the new owner's, its original reason kept.
      const back = readBack(
        grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried })),
      );
      const keptBack = back.find((r) => r.kept)!;
      expect(keptBack.owner).toBe("王");
      expect(originalReason(keptBack)).toBe(
        followUpReasonText(FOLLOW_UP_REASONS.indexOf("key_account_overdue"), "zh-CN"),
      );
    });
  });

  // Tester47 M2: 客户拒接 and the note "打了三次，13800138000 也不接" typed on the same row were
  // parted: the status kept with its follow-up, the note on the customer's next call.
  test("a note typed beside a status goes with it off the schedule, and back with it", () => {
    const [first] = ofCustomer(two);
    const note = col(before, "note");
    const typed = rows.map((r) => [...r]);
    const ownDue = typed[first][due];
    typed[first][status] = "客户拒接";
    typed[first][note] = "打了三次，13800138000 也不接";
    typed[first][point] = `${String(typed[first][point])}\n客户要求先发报价单`;
    typed[first][due] = new Date(d("2026-02-02") * 86_400_000);
    typed[first][from] = new Date(d("2020-01-01") * 86_400_000); // planned from another day: another follow-up
    let tab = typed;
    for (let run = 0; run < 2; run++) {
      const carried = carryTypedNotes(readBack(tab), schedule, dataset);
      tab = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried }));
      const kept = tab.filter(isOff);
      expect(kept.map((r) => [r[status], r[note]])).toEqual([
        ["客户拒接", "打了三次，13800138000 也不接"],
      ]);
      // The talking point's line still follows the customer; the note is not on a call of it.
      const calls = tab.filter((r) => r[id] === two && !isOff(r));
      expect(calls.map((r) => String(r[point])).join("\n")).toContain("客户要求先发报价单");
      expect(calls.map((r) => String(r[note] ?? "")).join("\n")).not.toContain("也不接");
    }
    // The status aged past the 30 days: dropped (said), the note not: it joins the customer's row.
    const aged = carryTypedNotes(readBack(tab), { ...schedule, start: asOf + 31 }, dataset);
    expect(aged.dropped.map((t) => [t.status, t.note])).toEqual([["客户拒接", ""]]);
    expect(aged.off).toEqual([]);
    expect([...aged.byRow.values()].map((t) => t.note)).toContain("打了三次，13800138000 也不接");
    // Its follow-up back (the same due date): status and note on its row together.
    const ownDay = (ownDue as Date).getTime() / 86_400_000;
    // (The kept row alone: the talking point's line, carried on that row, would take it first.)
    const back = readBack(tab)
      .filter((r) => r.kept)
      .map((r) => ({ ...r, due: ownDay }));
    const home = grid(
      followUpTable(schedule, dataset, "zh-CN", {
        ...caller,
        carried: carryTypedNotes(back, schedule, dataset),
      }),
    );
    expect(home.filter(isOff)).toEqual([]);
    const row = home[first];
    expect([row[id], row[status]]).toEqual([two, "客户拒接"]);
    expect(String(row[note]).split("\n")).toContain("打了三次，13800138000 也不接");
  });

  // Tester46 L2: the kept row's reason replaced the original one, so 客户拒接 no longer said which
  // follow-up it was about. The kept row names it on a line of its own, refresh after refresh,
  // and a refresh finds its follow-up by it when it is back.
  test("a kept row names the reason of the follow-up it was typed on, refresh after refresh", () => {
    const [first] = ofCustomer(two);
    const ours = String(rows[first][reason]);
    const typed = rows.map((r) => [...r]);
    typed[first][status] = "客户拒接";
    typed[first][due] = new Date(d("2026-02-02") * 86_400_000);
    typed[first][from] = new Date(d("2020-01-01") * 86_400_000); // planned from another day: another follow-up
    // As the writer may have broken it.
    typed[first][reason] = ours.length > 4 ? `${ours.slice(0, 4)}\n${ours.slice(4)}` : ours;
    let tab = typed;
    for (let run = 0; run < 2; run++) {
      const carried = carryTypedNotes(readBack(tab), schedule, dataset);
      tab = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried }));
      const kept = tab.filter(isOff);
      expect(kept.map((r) => r[status])).toEqual(["客户拒接"]);
      expect(String(kept[0][reason]).split("\n").at(-1)).toBe(`原回访原因：${ours}`);
    }
    expect(
      originalReason({
        reason: String(tab.find(isOff)![reason]).replace("：", "：\n"),
        kept: true,
      }),
    ).toBe(ours);
    // An English refresh reads it back too, in the words it was written in.
    const en = grid(
      followUpTable(schedule, dataset, "en-US", {
        ...caller,
        carried: carryTypedNotes(readBack(tab), schedule, dataset),
      }),
    );
    expect(String(en.find(isOff)![reason]).split("\n").at(-1)).toBe(`Original reason: ${ours}`);
  });

  test("a status kept off the schedule is dropped, and said, once its follow-up is over 30 days past due", () => {
    const [first] = ofCustomer(two);
    const typed = rows.map((r) => [...r]);
    typed[first][status] = "已完成";
    // Due 2026-01-30, 31 days before the analysis date (2026-03-02), and a kept row's (no date
    // of its own): dropped; 30 days: kept.
    typed[first][due] = new Date(d("2026-01-30") * 86_400_000);
    typed[first][from] = new Date(d("2020-01-01") * 86_400_000); // planned from another day: another follow-up
    typed[first][0] = null;
    // Reviewer45 D2: moved off by this run, it is kept (shown) this time, however late the run.
    const first1 = carryTypedNotes(readBack(typed), schedule, dataset);
    expect([first1.off.length, first1.dropped.length]).toEqual([1, 0]);
    // Read back as a kept row: past the 30 days, dropped.
    const keptTab1 = grid(
      followUpTable(schedule, dataset, "zh-CN", { ...caller, carried: first1 }),
    );
    const carried = carryTypedNotes(readBack(keptTab1), schedule, dataset);
    expect(carried.off).toEqual([]);
    expect(carried.dropped.map((t) => [t.row.id, t.status])).toEqual([[two, "已完成"]]);
    const w = typedStatusesDroppedWarning(carried)!;
    expect(w.code).toBe("typed_statuses_dropped");
    expect(w.customers).toEqual([two]);
    expect(w.message["zh-CN"]).toContain("早于本次分析日期 30 天以上");
    expect(w.message["en-US"]).toContain("1 status you typed");
    const after = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried }));
    expect(after.filter(isOff)).toEqual([]);
    typed[first][due] = new Date(d("2026-01-31") * 86_400_000);
    typed[first][from] = new Date(d("2020-01-01") * 86_400_000); // planned from another day: another follow-up
    const keptTab2 = grid(
      followUpTable(schedule, dataset, "zh-CN", {
        ...caller,
        carried: carryTypedNotes(readBack(typed), schedule, dataset),
      }),
    );
    const kept = carryTypedNotes(readBack(keptTab2), schedule, dataset);
    expect([kept.off.length, kept.dropped.length]).toEqual([1, 0]);
    expect(typedStatusesDroppedWarning(kept)).toBeNull();
    // Planned for 2026-02-02 (an overdue call, due long before): kept once, a month from its date.
    typed[first][due] = new Date(d("2025-10-01") * 86_400_000);
    typed[first][from] = new Date(d("2020-01-01") * 86_400_000); // planned from another day: another follow-up
    typed[first][0] = new Date(d("2026-02-02") * 86_400_000);
    const planned = carryTypedNotes(readBack(typed), schedule, dataset);
    expect([planned.off.length, planned.dropped.length]).toEqual([1, 0]);
    // Tester45 #3: the kept row (no date cell) names its planned date in its reason, so a re-run
    // at the same date, in either language, keeps it too (it was dropped: only the due date was read).
    for (const lang of ["zh-CN", "en-US"] as const) {
      const keptTab = grid(followUpTable(schedule, dataset, lang, { ...caller, carried: planned }));
      const [row] = keptTab.filter(isOff);
      expect(row[0]).toBeNull();
      expect(String(row[reason])).toContain("2026-02-02");
      // As the workbook holds it: the writer wraps a long cell with line breaks, here at every space.
      for (const r of keptTab) if (isOff(r)) r[reason] = String(r[reason]).replace(/ /g, "\n");
      const rerun = carryTypedNotes(readBack(keptTab), schedule, dataset);
      expect([rerun.off.length, rerun.dropped.length]).toEqual([1, 0]);
      // And again: the date is written back, not lost after one refresh.
      const again = grid(followUpTable(schedule, dataset, lang, { ...caller, carried: rerun }));
      expect(carryTypedNotes(readBack(again), schedule, dataset).dropped).toEqual([]);
    }
  });

  test("the dropped statuses are named: the first 10 with what was typed, then how many more", () => {
    const t = (i: number) => ({
      row: { ...readBack(rows)[0], id: `C${100 + i}`, name: `公司${i}`, due: d("2025-10-15") },
      status: `已完成 ${i}`,
      talkingPoint: "",
      note: "",
    });
    const one = typedStatusesDroppedWarning({ ...emptyCarried(), dropped: [t(1)] })!;
    expect(one.message["zh-CN"]).toContain("C101 公司1：已完成 1（应回访日期 2025-10-15）");
    expect(one.message["en-US"]).toContain("C101 公司1: 已完成 1 (due 2025-10-15)");
    expect(one.message["en-US"]).not.toContain("--json");
    const many = typedStatusesDroppedWarning({
      ...emptyCarried(),
      dropped: Array.from({ length: 12 }, (_, i) => t(i)),
    })!;
    expect(many.message["en-US"]).toContain("C109 公司9");
    expect(many.message["en-US"]).not.toContain("C110");
    expect(many.message["en-US"]).toContain("and 2 more");
    expect(many.message["zh-CN"]).toContain("另有 2 个");
    expect(many.customers).toHaveLength(12);
  });

  test("a status typed on another reason's row of the same due date is not that row's", () => {
    const [first] = ofCustomer(two);
    const typed = rows.map((r) => [...r]);
    typed[first][status] = "已完成";
    typed[first][reason] = "生日关怀";
    const carried = carryTypedNotes(readBack(typed), schedule, dataset);
    expect(carried.off.map((o) => o.typed.status)).toEqual(["已完成"]);
  });
});

// Reviewer44 D4: telling a long pasted reply from our words cost O(n²)–O(n³) in the cell's length
// (a 22k-character cell: 8.7 CPU-s). Now a value's scan stops at the longest value and a run of
// lines longer than ours can be is the user's without matching.
test("a pasted 32k-character reply under our talking point is told apart at once", () => {
  const before = followUpTable(schedule, dataset, "zh-CN", caller);
  const rows = grid(before);
  const [point, id] = ["talkingPoint", "customerId"].map((k) => col(before, k));
  const c2 = rows.findIndex((r) => r[id] === "C2");
  const line =
    "客户回复：感谢来电，关于续约事宜我们内部还在讨论，预计下月初给出答复。邮箱：yi@example.com；最近购买：打印纸"
      .repeat(40)
      .slice(0, 1_480);
  const reply = Array.from({ length: 22 }, () => line).join("\n");
  rows[c2][point] = `${String(rows[c2][point])}\n${reply}`;
  expect(String(rows[c2][point]).length).toBeGreaterThan(32_500);
  const start = process.cpuUsage();
  const carried = carryTypedNotes(readBack(rows), schedule, dataset);
  const used = process.cpuUsage(start);
  expect([...carried.byRow.values()].map((t) => t.talkingPoint)).toEqual([reply]);
  // Before: tens of CPU-seconds; now a few milliseconds (bound loose for a shared machine).
  expect((used.user + used.system) / 1000).toBeLessThan(1_000);
});

// Reviewer44 D1: whether a cell was ours was told by today's catalog only, so a typed column's
// words changed between the build that wrote the tab and this one made every earlier cell of ours
// read as typed (carried under our new text, kept off the schedule, again on every refresh). The
// run state now records what we wrote; the catalog is asked only without it.
describe("what the earlier run recorded writing", () => {
  const zh = CATALOGS["zh-CN"] as unknown as {
    followUpTab: Record<string, string>;
  };
  /** The tab as an earlier build wrote it, other words for the no-phone note and the address line. */
  function olderTab(): { rows: Cell[][]; written: WrittenTexts } {
    const saved = [zh.followUpTab.insteadNoPhone, zh.followUpTab.sendTo];
    const written = new WrittenTexts();
    try {
      zh.followUpTab.insteadNoPhone = "客户没有留电话，请改用{channel}联系";
      zh.followUpTab.sendTo = "请发送到 {email}";
      const t = followUpTable(schedule, dataset, "zh-CN", {
        ...caller,
        written: { texts: written, worklistRows: 100 },
      });
      return { rows: grid(t), written };
    } finally {
      [zh.followUpTab.insteadNoPhone, zh.followUpTab.sendTo] = saved;
    }
  }
  const before = followUpTable(schedule, dataset, "zh-CN", caller);
  const [note, point, id] = ["note", "talkingPoint", "customerId"].map((k) => col(before, k));
  const withWritten = (rows: Cell[][], written: WrittenTexts) => {
    const hashes = readWritten(written.cells());
    return readBack(rows).map((r) => ({ ...r, written: hashes }));
  };

  test("a typed column's template changed since the tab was written: our old text is still ours", () => {
    const { rows, written } = olderTab();
    const text = JSON.stringify(rows);
    expect(text).toContain("客户没有留电话，请改用邮件联系");
    expect(text).toContain("请发送到 yi@example.com");
    // Today's catalog alone takes the older words for typed ones (the phantom rows of D1).
    expect(carryTypedNotes(readBack(rows), schedule, dataset).typedRows).toBeGreaterThan(0);
    // What the earlier run recorded: nothing typed.
    const carried = carryTypedNotes(withWritten(rows, written), schedule, dataset);
    expect(carried.typedRows).toBe(0);
    expect(grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried }))).toEqual(
      grid(before),
    );
  });

  // Reviewer45 D6: the hashes were one set for every row, and one run of our lines was taken out
  // of a cell: a line typed inside our talking point left our later line read as typed, carried
  // under our new text and doubled on every refresh; a user's line equal to our text on another
  // row was dropped as ours.
  test("every line of ours is taken out, by customer: a line typed between two of ours is the user's alone", () => {
    const saved = zh.followUpTab.sendTo;
    const written = new WrittenTexts();
    let rows: Cell[][];
    try {
      // An earlier build whose address line was two lines, neither of them today's words.
      zh.followUpTab.sendTo = "请发送至：{email}\n请抄送：{email}";
      rows = grid(
        followUpTable(schedule, dataset, "zh-CN", {
          ...caller,
          written: { texts: written, worklistRows: 100 },
        }),
      );
    } finally {
      zh.followUpTab.sendTo = saved;
    }
    const c2 = rows.findIndex((r) => r[id] === "C2");
    const c1 = rows.findIndex((r) => r[id] === "C1");
    const [first, ...rest] = String(rows[c2][point]).split("\n");
    expect(first).toBe("请发送至：yi@example.com");
    rows[c2][point] = [first, "客户说下月再订", ...rest].join("\n");
    // C2's line typed on C1's row: C1's, not ours.
    rows[c1][point] = `${String(rows[c1][point] ?? "")}\n请抄送：yi@example.com`.trim();
    const carried = carryTypedNotes(withWritten(rows, written), schedule, dataset);
    const typed = () => new Map([...carried.byRow.values()].map((t) => [t.row.id, t.talkingPoint]));
    expect(typed()).toEqual(
      new Map([
        ["C1", "请抄送：yi@example.com"],
        ["C2", "客户说下月再订"],
      ]),
    );
    // Refreshed twice by this build: the same, once.
    let tab = rows;
    let w = written;
    let now = carried;
    for (let k = 0; k < 2; k++) {
      const next = new WrittenTexts();
      tab = grid(
        followUpTable(schedule, dataset, "zh-CN", {
          ...caller,
          carried: now,
          written: { texts: next, worklistRows: 100 },
        }),
      );
      w = next;
      now = carryTypedNotes(withWritten(tab, w), schedule, dataset);
      expect(new Map([...now.byRow.values()].map((t) => [t.row.id, t.talkingPoint]))).toEqual(
        typed(),
      );
    }
  });

  test("a line typed under our older text is the user's alone, and stays once over refreshes", () => {
    const { rows, written } = olderTab();
    const r = rows.findIndex((x) => String(x[note] ?? "").includes("客户没有留电话"));
    expect(r).toBeGreaterThan(0);
    rows[r][note] = `${String(rows[r][note])}\n经理已确认`;
    rows[r][point] = `${String(rows[r][point])}\n客户要求先发报价单`;
    const carried = carryTypedNotes(withWritten(rows, written), schedule, dataset);
    expect(carried.typedRows).toBe(1);
    const [t] = carried.byRow.values();
    expect([t.note, t.talkingPoint, t.status]).toEqual(["经理已确认", "客户要求先发报价单", ""]);
    // Refreshed again by this build, which records its own words: the same, once.
    const now = new WrittenTexts();
    const after = grid(
      followUpTable(schedule, dataset, "zh-CN", {
        ...caller,
        carried,
        written: { texts: now, worklistRows: 100 },
      }),
    );
    const again = carryTypedNotes(withWritten(after, now), schedule, dataset);
    expect([...again.byRow.values()].map((x) => [x.row.id, x.note, x.talkingPoint])).toEqual([
      [rows[r][id], "经理已确认", "客户要求先发报价单"],
    ]);
  });
});

test("a typed row's customer is matched as the Changes tab matches ids: width, case and spacing folded (reviewer44 D8)", () => {
  const before = followUpTable(schedule, dataset, "zh-CN", caller);
  const rows = grid(before);
  const [status, id] = ["status", "customerId"].map((k) => col(before, k));
  const c1 = rows.findIndex((r) => r[id] === "C1");
  rows[c1][status] = "已约下周二拜访";
  rows[c1][id] = " ｃ１ ";
  const carried = carryTypedNotes(readBack(rows), schedule, dataset);
  expect(carried.off).toEqual([]);
  expect([...carried.byRow.entries()].map(([r, t]) => [r + 1, t.status])).toEqual([
    [c1, "已约下周二拜访"],
  ]);
});

// Reviewer44 D5: a tab whose ID header was renamed was dropped without a word, and a column the
// user added was replaced without a word. Both are said now.
describe("what a refresh cannot carry is said", () => {
  const before = followUpTable(schedule, dataset, "zh-CN", caller);
  test("no customer ID column: no row read, how many said", () => {
    const rows = grid(before);
    rows[0][col(before, "customerId")] = "编号";
    rows[1][col(before, "status")] = "已约下周二拜访";
    const earlier = readBack(rows);
    expect(earlier).toHaveLength(0);
    expect(earlier.notCarried).toEqual({ unreadRows: rows.length - 1 });
    const [w] = scheduleNotCarriedWarnings(earlier);
    expect(w.code).toBe("typed_notes_not_read");
    expect(w.message["zh-CN"]).toContain(`回访计划有 ${rows.length - 1} 行，但找不到“客户编号”列`);
  });
  test("a run state changed after it was written (tester50 H1): said once, in both languages, and kept by a merge", () => {
    const earlier = readBack(grid(before));
    expect(scheduleNotCarriedWarnings(earlier)).toEqual([]);
    earlier.writtenDamaged = true;
    const merged = mergeSchedules(earlier, readBack(grid(before)).slice(0, 1));
    for (const e of [earlier, merged]) {
      const ws = scheduleNotCarriedWarnings(e);
      expect(ws.map((w) => w.code)).toEqual(["schedule_state_changed"]);
      expect(ws[0].message["zh-CN"]).toContain("回访计划所写内容的隐藏运行状态在写入后被改动");
      expect(ws[0].message["en-US"]).toContain(
        "Follow-up schedule was changed after it was written",
      );
    }
  });
  // A column the user added is report/addedColumns.ts's (test/engine/report/addedColumns.test.ts).
  test("our own tab, in either language: nothing said", () => {
    expect(scheduleNotCarriedWarnings(readBack(grid(before)))).toEqual([]);
    const en = followUpTable(schedule, dataset, "en-US", caller);
    expect(scheduleNotCarriedWarnings(readBack(grid(en)))).toEqual([]);
  });
});

describe("hashOfFlat: hashFlat of the flattened text in one pass", () => {
  const slow = (t: string): number => {
    const f = t.replace(/\s+/g, "").toLowerCase();
    return f === "" ? -1 : hashFlat(f);
  };

  test("every UTF-16 unit alone hashes as its flattened self", () => {
    const bad: string[] = [];
    for (let ch = 0; ch <= 0xffff; ch++) {
      const t = `a${String.fromCharCode(ch)}b`;
      if (hashOfFlat(t) !== slow(t)) bad.push(ch.toString(16));
    }
    expect(bad).toEqual([]);
  });

  test("any mix of cases, spaces, CJK, fullwidth, Latin-1 and astral letters", () => {
    const units = [
      ..."aZ09 \t\n\r逾期客户，（）：；“”…—·　\u00a0\ufeffÉéＡａİΣς\u2028",
      "\u{10400}", // Deseret capital: lower-cases as a pair
      "\u{1F600}",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 40 }), (parts) => {
        const t = parts.join("");
        expect(hashOfFlat(t)).toBe(slow(t));
      }),
    );
  });

  test("what the run state records of a text is what the reader looks up: each line, by customer", () => {
    const w = new WrittenTexts();
    w.addRow("C1", "王", 20454, "逾期 3\n上次联系：2025-11-02，电话，Wang Fang", "已安排", "");
    const read = readWritten(w.cells());
    expect(read.keyed).toBe(true);
    const line = (id: string, text: string) =>
      hashOfFlatFrom(text, 0, text.length, keyState(id, WRITTEN_TAGS.talkingPoint));
    expect(read.has(line("C1", "逾期3"))).toBe(true);
    expect(read.has(line("C1", "上次联系：2025-11-02，电话，wangfang"))).toBe(true);
    // Another customer's line, and the unkeyed whole cell of an older build, are not.
    expect(read.has(line("C2", "逾期3"))).toBe(false);
    expect(read.has(hashFlat("逾期3上次联系：2025-11-02，电话，wangfang"))).toBe(false);
    // An older build's cells (base-36 hashes of whole cells, any row) read as they were written.
    const old = readWritten([`${hashFlat("逾期3").toString(36)} zz`]);
    expect([old.keyed, old.has(hashFlat("逾期3")), old.has(parseInt("zz", 36))]).toEqual([
      false,
      true,
      true,
    ]);
  });

  test("the recorded hashes round-trip: sorted VLQ deltas over cells of at most 32,000 characters (reviewer45 D8)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.stringMatching(/^[A-Z0-9]{1,8}$/), fc.string({ maxLength: 30 })), {
          maxLength: 60,
        }),
        (rows) => {
          const w = new WrittenTexts();
          for (const [id, text] of rows) w.addRow(id, "", null, text, "", "");
          const cells = w.cells();
          expect(cells.every((c) => c.length <= 32_000 && c.startsWith("~"))).toBe(true);
          const read = readWritten(cells);
          for (const [id, text] of rows)
            for (const l of text.split("\n").slice(0, 3)) {
              const h = hashOfFlatFrom(l, 0, l.length, keyState(id, WRITTEN_TAGS.talkingPoint));
              if (h >= 0) expect(read.has(h)).toBe(true);
            }
          expect(read.has(12345)).toBe(false);
          // Every bit kept: a hash that differs from a recorded one above its 40th bit is not it
          // (reviewer46 M1: cut to 40 bits, 1 lookup in ~370,000 at 1M rows took a user's line).
          for (const h of read.sorted) {
            const other = h >= 2 ** 52 ? h - 2 ** 52 : h + 2 ** 52;
            if (!read.sorted.includes(other)) expect(read.has(other)).toBe(false);
          }
        },
      ),
    );
    // Past one cell: 30,000 rows of one line each.
    const w = new WrittenTexts();
    for (let i = 0; i < 30_000; i++) w.addRow(`C${i}`, "", null, `最近购买：产品${i}`, "", "");
    const cells = w.cells();
    expect(cells.length).toBeGreaterThan(1);
    expect(cells.length).toBeLessThanOrEqual(WrittenTexts.maxCells(30_000));
    const read = readWritten(cells);
    expect(read.sorted.length).toBe(2 * 30_000); // a line and an owner/date a row
    for (const i of [0, 12_345, 29_999])
      expect(
        read.has(
          hashOfFlatFrom(`最近购买：产品${i}`, 0, 99, keyState(`C${i}`, WRITTEN_TAGS.talkingPoint)),
        ),
      ).toBe(true);
  });

  test("the recorded cells hold no `_x`, hex digits, `_` that LibreOffice reads as an escape, and a changed cell is told (tester50 H1)", () => {
    // 20,000 rows: about one `_xH…_` lookalike in 80,000 VLQ characters was written before.
    const w = new WrittenTexts();
    for (let i = 0; i < 20_000; i++) w.addRow(`C${i}`, "王", 20454 + (i % 30), `逾期 ${i}`, "", "");
    const cells = w.cells();
    const joined = cells.join("");
    expect(joined.match(/_x[0-9A-Fa-f]{1,4}_/g)).toBeNull();
    expect(joined).toContain("."); // the stand-in was needed here: the test can fail
    const read = readWritten(cells);
    expect(read.damaged).toBe(false);
    // A state written before (`_` where `.` is now) reads the same hashes.
    const older = readWritten(cells.map((c) => c.replace(/\./g, "_")));
    expect([older.damaged, older.sorted]).toEqual([false, read.sorted]);
    // LibreOffice's reading of `_xC_` (U+000C) in a cell, or a cell cut inside a number: told.
    const at = cells[0].indexOf(".");
    const changed = `${cells[0].slice(0, at)}\u000c${cells[0].slice(at + 5)}`;
    expect(readWritten([changed, ...cells.slice(1)]).damaged).toBe(true);
    const cut = cells[0].replace(/[A-Za-z0-9\-_.]$/, "g"); // "g": a digit that goes on
    expect(readWritten([cut, ...cells.slice(1)]).damaged).toBe(true);
    // A later cell that lost its mark: its hashes are lost, told (reviewer50 L6).
    expect(cells.length).toBeGreaterThan(1);
    expect(readWritten([cells[0], cells[1].slice(1), ...cells.slice(2)]).damaged).toBe(true);
    expect(readWritten([...cells, ""]).damaged).toBe(false);
  });
});

test("a status typed on an unscheduled row (no due date: a win-back) stays on the customer's row of that kind, and a kept one ages", () => {
  // Reviewer45 D1: C3 churned, an unscheduled row with no due date; 已发挽回邮件 typed on it was
  // moved off to a kept row on every refresh, beside C3's own row, and never aged.
  const { churned, s } = scheduleWithC3Churned();
  const c3 = s.unscheduled.customer.indexOf(2);
  expect(c3).toBeGreaterThanOrEqual(0);
  expect(Number.isFinite(s.unscheduled.due[c3])).toBe(false);
  const withCaller = { ...caller, analysis: churned };
  const table = followUpTable(s, dataset, "zh-CN", withCaller);
  const rows = grid(table);
  const [status, id, reason] = ["status", "customerId", "reason"].map((k) => col(table, k));
  const at = rows.findIndex((r) => r[id] === "C3");
  rows[at][status] = "已发挽回邮件";
  const carried = carryTypedNotes(readBack(rows), s, dataset);
  expect(carried.off).toEqual([]);
  expect([...carried.byRow.values()].map((t) => [t.row.id, t.status])).toEqual([
    ["C3", "已发挽回邮件"],
  ]);
  // Kept (the customer's row gone): named with the date it was first kept, and dropped 31 days on.
  const gone = carryTypedNotes(readBack(rows), schedule, dataset);
  const keptTab = grid(followUpTable(schedule, dataset, "zh-CN", { ...caller, carried: gone }));
  const kept = keptTab.filter((r) => r[status] === "已发挽回邮件");
  expect(kept.map((r) => r[reason])).toEqual([
    "已移出计划（保留自 2026-03-02）：这次回访已不在计划中\n原回访原因：挽回活动（已流失）",
  ]);
  const later = { ...schedule, start: asOf + 31 };
  const aged = carryTypedNotes(readBack(keptTab), later, dataset);
  expect(aged.dropped.map((t) => [t.row.id, t.status])).toEqual([["C3", "已发挽回邮件"]]);
  expect(
    carryTypedNotes(readBack(keptTab), { ...schedule, start: asOf + 30 }, dataset).dropped,
  ).toEqual([]);
});

test("an id whose leading zeros changed is joined only as the Changes tab joins it: 7's note is not 007's when 7 is gone (reviewer45 D4)", () => {
  const zeros = smallDataset({
    asOf,
    customers: [
      { id: "007", name: "甲", owner: "王", consent: 1, phone: "13800000001" },
      { id: "1001", name: "乙", owner: "王", consent: 1, email: "yi@example.com" },
      { id: "C3", name: "丙", owner: "李", consent: 1, phone: "13800000003" },
    ],
  });
  const row = (id: string, note: string) => earlierRow({ id, note });
  const earlier = [
    row("7", "客户7的老板换人了，别再打给他"),
    row("007", ""),
    row("001001", "下月再订"),
  ];
  const carried = carryTypedNotes(earlier, schedule, zeros);
  // 7 is gone (007 is matched by its exact id): kept off, the customer gone, not on 007's row.
  expect(carried.off.map((o) => [o.typed.row.id, o.customerGone])).toEqual([["7", true]]);
  // 001001 alone folds to 1001 on both sides: carried to 1001's row.
  const on = [...carried.byRow.entries()].map(([r, t]) => [
    zeros.customers.id[r < schedule.followUps.count ? schedule.followUps.customer[r] : -1],
    t.note,
  ]);
  expect(on).toEqual([["1001", "下月再订"]]);
});

test("kept rows of a customer no longer on the schedule age too, notes included (reviewer45 D3)", () => {
  const row = (due: number, kept: boolean) => ({
    id: "C9",
    due,
    date: NaN,
    owner: "王",
    name: "己公司",
    phone: "",
    email: "",
    reason: kept ? "已移出计划：本次计划中没有该客户" : "",
    kept,
    status: "",
    talkingPoint: "",
    note: "老板换人了",
  });
  // Moved off by this run: kept this time, however old its due date.
  const first = carryTypedNotes([row(asOf - 40, false)], schedule, dataset);
  expect([first.off.length, first.dropped.length]).toEqual([1, 0]);
  expect(first.off[0].customerGone).toBe(true);
  // Already a kept row: dropped past 30 days (and named by what was typed), kept within them.
  const aged = carryTypedNotes([row(asOf - 31, true)], schedule, dataset);
  expect([aged.off.length, aged.dropped.length]).toEqual([0, 1]);
  const dropped = typedStatusesDroppedWarning(aged)!;
  expect(dropped.message["zh-CN"]).toContain("老板换人了");
  // What was dropped is a note: the words say what was typed, not "statuses".
  expect(dropped.message["zh-CN"]).toContain("有 1 行你手填的内容（状态、沟通要点、说明）");
  expect(dropped.message["en-US"]).toMatch(
    /^1 row of what you typed \(status, talking point, note\)/,
  );
  const recent = carryTypedNotes([row(asOf - 30, true)], schedule, dataset);
  expect([recent.off.length, recent.dropped.length]).toEqual([1, 0]);
});

test("prefixHashes: each run of lines from a start hashes as its joined text, empty runs -1", () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom("", "逾期3", "a", "上次联系：2025-11-02", "x y"), { maxLength: 30 }),
      fc.nat(),
      (flats, k) => {
        const from = flats.length === 0 ? 0 : k % flats.length;
        const out = new Float64Array(flats.length + 1);
        prefixHashes(flats, from, out);
        for (let i = from + 1; i <= flats.length; i++) {
          const joined = flats.slice(from, i).join("");
          expect(out[i]).toBe(joined === "" ? -1 : hashFlat(joined));
        }
      },
    ),
  );
});

// Tester45 #6: a typed talking-point line the tab carried was written broken where it wraps
// (breakLinesWell), and the next refresh carried the breaks as the user's: one more each run as
// the column narrowed. The tab records the typed lines it carries; the next refresh joins a line
// broken so back as it was typed.
test("a typed line the writer broke is carried as it was typed, however narrow the column", () => {
  const before = followUpTable(schedule, dataset, "zh-CN", caller);
  const [point, note, id] = ["talkingPoint", "note", "customerId"].map((k) => col(before, k));
  const zhLine = "重点谈价格：可给 95 折；最近购买：培训课程，客户下月再订";
  const enLine = "Customer asked to call after 3pm about the renewal of the contract";
  const rows = grid(before);
  const c2 = rows.findIndex((r) => r[id] === "C2");
  rows[c2][point] = `${String(rows[c2][point] ?? "")}\n${zhLine}`.trim();
  rows[c2][note] = `${String(rows[c2][note] ?? "")}\n${enLine}`.trim();
  let carried = carryTypedNotes(readBack(rows), schedule, dataset);
  for (const width of [14, 10, 8]) {
    const w = new WrittenTexts();
    const tab = grid(
      followUpTable(schedule, dataset, "zh-CN", {
        ...caller,
        carried,
        written: { texts: w, worklistRows: 100 },
      }),
    );
    // As the workbook holds it: the writer breaks the cells where they wrap.
    for (const r of tab.slice(1))
      for (const k of [point, note])
        if (typeof r[k] === "string") r[k] = breakLinesWell(r[k], width);
    const c = tab.findIndex((r) => r[id] === "C2");
    expect(String(tab[c][point]).split("\n").length).toBeGreaterThan(2);
    const hashes = readWritten(w.cells());
    carried = carryTypedNotes(
      readBack(tab).map((r) => ({ ...r, written: hashes })),
      schedule,
      dataset,
    );
    const [t] = carried.byRow.values();
    expect([t.talkingPoint, t.note]).toEqual([zhLine, enLine]);
  }
});

// Tester46 H1: a user lengthened one of our talking-point lines ("Last bought: Desk and chair
// set (wants a 10% discount)"); the writer broke it right after the part that is our line, and
// the next refresh took that part out as ours and carried "(wants a 10% discount)" alone.
test("a lengthened line of ours broken where ours ends is carried whole", () => {
  const before = followUpTable(schedule, dataset, "zh-CN", caller);
  const [point, id] = ["talkingPoint", "customerId"].map((k) => col(before, k));
  const rows = grid(before);
  const c2 = rows.findIndex((r) => r[id] === "C2");
  const ours = String(rows[c2][point]).split("\n");
  const added = "(wants a 10% discount)";
  const lengthened = `${ours[0]} ${added}`;
  rows[c2][point] = [lengthened, ...ours.slice(1)].join("\n");
  const first = carryTypedNotes(readBack(rows), schedule, dataset);
  expect([...first.byRow.values()][0].talkingPoint).toBe(lengthened);
  const w = new WrittenTexts();
  const tab = grid(
    followUpTable(schedule, dataset, "zh-CN", {
      ...caller,
      carried: first,
      written: { texts: w, worklistRows: 100 },
    }),
  );
  const c = tab.findIndex((r) => r[id] === "C2");
  const cell = String(tab[c][point]);
  expect(cell).toContain(lengthened);
  // As the writer breaks it at the space where our line ends (the space dropped).
  tab[c][point] = cell.replace(lengthened, `${ours[0]}\n${added}`);
  const hashes = readWritten(w.cells());
  const next = carryTypedNotes(
    readBack(tab).map((r) => ({ ...r, written: hashes })),
    schedule,
    dataset,
  );
  expect([...next.byRow.values()][0].talkingPoint).toBe(lengthened);
});

// Reviewer46 M2: with per-customer hashes every line of ours is found by them; what is left is
// the user's, a line worded as ours included ("最近购买：显示器" typed under C2's line of ours was
// dropped by the catalog's templates).
test("a typed line worded as ours, under a line of ours, is the user's (keyed state)", () => {
  const w = new WrittenTexts();
  const before = followUpTable(schedule, dataset, "zh-CN", {
    ...caller,
    written: { texts: w, worklistRows: 100 },
  });
  const hashes = readWritten(w.cells());
  const [point, id] = ["talkingPoint", "customerId"].map((k) => col(before, k));
  const carry = (typedLine: string) => {
    const tab = grid(before);
    const c2 = tab.findIndex((r) => r[id] === "C2");
    expect(String(tab[c2][point] ?? "")).not.toBe("");
    tab[c2][point] = `${String(tab[c2][point])}\n${typedLine}`;
    const carried = carryTypedNotes(
      readBack(tab).map((r) => ({ ...r, written: hashes })),
      schedule,
      dataset,
    );
    return [...carried.byRow.values()].map((t) => [t.row.id, t.talkingPoint]);
  };
  expect(carry("客户说下月再订")).toEqual([["C2", "客户说下月再订"]]);
  expect(carry("最近购买：显示器")).toEqual([["C2", "最近购买：显示器"]]);
});

// Tester45 #1: a reassigned 负责人 or a moved 回访日期 was put back without a word. The run that
// wrote the tab records each row's owner and date with its customer; a refresh says which rows
// the user changed (the schedule plans anew, so it writes its own).
test("rows whose owner or date the user changed are counted and named; untouched ones are not", () => {
  const w = new WrittenTexts();
  const table = followUpTable(schedule, dataset, "zh-CN", {
    ...caller,
    written: { texts: w, worklistRows: 100 },
  });
  const rows = grid(table);
  const [owner, date, id] = ["owner", "followUpDate", "customerId"].map((k) => col(table, k));
  const hashes = readWritten(w.cells());
  const read = (tab: Cell[][]) => readBack(tab).map((r) => ({ ...r, written: hashes }));
  expect(carryTypedNotes(read(rows), schedule, dataset).ownerOrDateChanged).toEqual([]);
  const c1 = rows.findIndex((r) => r[id] === "C1");
  const c3 = rows.findIndex((r) => r[id] === "C3");
  rows[c1][owner] = "李";
  expect(rows[c3][date]).toBeInstanceOf(Date);
  rows[c3][date] = new Date((rows[c3][date] as Date).getTime() + 7 * 86_400_000);
  const carried = carryTypedNotes(read(rows), schedule, dataset);
  // In the tab's order: C3's owner comes before C1's by name (owners.ts OWNER_ORDER).
  expect(carried.ownerOrDateChanged!.map((r) => r.id)).toEqual(["C3", "C1"]);
  const warning = scheduleOwnerDateChangedWarning(carried)!;
  expect(warning.customers).toEqual(["C3", "C1"]);
  expect(warning.message["zh-CN"]).toContain(
    "回访计划中有 2 行的负责人或回访日期是你改过的（C3 丙公司、C1 甲公司）",
  );
  expect(warning.message["en-US"]).toContain("2 rows of Follow-up schedule had their");
  // A report written before the owners and dates were recorded: nothing is said.
  const old = readWritten([hashFlat("x").toString(36)]);
  const before = carryTypedNotes(
    readBack(rows).map((r) => ({ ...r, written: old })),
    schedule,
    dataset,
  );
  expect(scheduleOwnerDateChangedWarning(before)).toBeNull();
});

/** The tab as a run writes it with its run state (keyed hashes), read back with that state. */
function writtenTab(s = schedule, c: CallerInputs = caller, carried?: CarriedNotes) {
  const texts = new WrittenTexts();
  const table = followUpTable(s, dataset, "zh-CN", {
    ...c,
    ...(carried ? { carried } : {}),
    written: { texts, worklistRows: 100 },
  });
  let hashes: WrittenHashes | undefined;
  /** `ofTab` false: a state the run log says did not write the tab (stateWroteTab). */
  const read = (tab: Cell[][], ofTab = true) => {
    hashes ??= readWritten(texts.cells());
    const h = hashes;
    h.ofTab = ofTab;
    return readBack(tab).map((r) => ({ ...r, written: h }));
  };
  return { table, rows: grid(table), read };
}
const carriedBy = (carried: CarriedNotes, k: "status" | "talkingPoint" | "note") =>
  [...carried.byRow.values()].map((t) => [t.row.id, t[k]]);

// Tester46 M2: 已安排 typed on a 未安排 row (or 未安排 on an 已安排 row) read as ours, a catalog
// word, and was dropped without a word. The run records the status it wrote on each row.
test("a status typed in our own words on a row where we wrote the other one is the user's", () => {
  const { churned, s } = scheduleWithC3Churned();
  const withCaller = { ...caller, analysis: churned };
  const first = writtenTab(s, withCaller);
  const rows = first.rows;
  const [status, id] = ["status", "customerId"].map((k) => col(first.table, k));
  expect(carryTypedNotes(first.read(rows), s, dataset).typedRows).toBe(0);
  const c1 = rows.findIndex((r) => r[id] === "C1");
  const c3 = rows.findIndex((r) => r[id] === "C3");
  expect([rows[c1][status], rows[c3][status]]).toEqual(["已安排", "未安排"]);
  rows[c1][status] = "未安排";
  rows[c3][status] = "已安排";
  const carried = carryTypedNotes(first.read(rows), s, dataset);
  expect(carriedBy(carried, "status")).toEqual([
    ["C1", "未安排"],
    ["C3", "已安排"],
  ]);
  // Written on their rows, and carried again by the next refresh (still not what we wrote there).
  const second = writtenTab(s, withCaller, carried);
  expect(second.rows[c1][status]).toBe("未安排");
  expect(second.rows[c3][status]).toBe("已安排");
  const again = carryTypedNotes(second.read(second.rows), s, dataset);
  expect(carriedBy(again, "status")).toEqual(carriedBy(carried, "status"));
  // Our own status left as we wrote it stays ours.
  expect(carryTypedNotes(second.read(grid(second.table)), s, dataset).typedRows).toBe(2);
  expect(carryTypedNotes(first.read(grid(first.table)), s, dataset).typedRows).toBe(0);
});

// Tester46 M3: a line of ours the user edited ("最近购买：培训课程（客户嫌讲师水平一般）") printed
// under our fresh copy of it, and a line inserted between two of ours moved to the end.
test("a line of ours the user edited takes its place, once; a line typed between two of ours stays there", () => {
  const zh = CATALOGS["zh-CN"] as unknown as { followUpTab: Record<string, string> };
  const saved = zh.followUpTab.sendTo;
  try {
    // Two lines of ours in C2's talking point.
    zh.followUpTab.sendTo = "请发送至：{email}\n请抄送客户经理";
    const first = writtenTab();
    const rows = first.rows;
    const [point, note, id] = ["talkingPoint", "note", "customerId"].map((k) =>
      col(first.table, k),
    );
    const c2 = rows.findIndex((r) => r[id] === "C2");
    const [a, b] = String(rows[c2][point]).split("\n");
    const ourNote = String(rows[c2][note]);
    expect([a, b, ourNote]).toEqual([
      "请发送至：yi@example.com",
      "请抄送客户经理",
      "无电话号码，改为邮件",
    ]);
    const edited = [`${a}（已发报价单）`, "客户说下月再订", b].join("\n");
    rows[c2][point] = edited;
    rows[c2][note] = `${ourNote}，客户周五回电`;
    const carried = carryTypedNotes(first.read(rows), schedule, dataset);
    expect(carriedBy(carried, "talkingPoint")).toEqual([
      ["C2", `${a}（已发报价单）\n客户说下月再订`],
    ]);
    expect(carriedBy(carried, "note")).toEqual([["C2", `${ourNote}，客户周五回电`]]);
    // The refresh writes the cells as the user left them: no fresh copy of the edited lines.
    const second = writtenTab(schedule, caller, carried);
    expect(second.rows[c2][point]).toBe(edited);
    expect(second.rows[c2][note]).toBe(`${ourNote}，客户周五回电`);
    // And so on every refresh.
    const third = writtenTab(
      schedule,
      caller,
      carryTypedNotes(second.read(second.rows), schedule, dataset),
    );
    expect(third.rows).toEqual(second.rows);
    // A line typed above ours stays above, one typed under a line of ours stays under it; a line
    // of ours the user removed (nothing typed reads as an edit of it) is written again.
    rows[c2][point] = ["先打给采购部", a, "客户说下月再订"].join("\n");
    const top = carryTypedNotes(first.read(rows), schedule, dataset);
    expect(writtenTab(schedule, caller, top).rows[c2][point]).toBe(
      ["先打给采购部", a, "客户说下月再订", b].join("\n"),
    );
  } finally {
    zh.followUpTab.sendTo = saved;
  }
});

// Our notes are recorded for any row (逾期 3 on another customer's row): a typed note line that
// reads like one of ours this run is an edit of it only where that line stood, so our fresh note
// is not hidden behind an older typed line below it.
test("a typed note line replaces a line of ours only where that line stood", () => {
  const w = new WrittenTexts();
  w.addRow("C9", "王", 20454, "", "已安排", "逾期 3");
  w.addRow("C1", "王", 20454, "", "已安排", "轮流分配的负责人");
  const written = readWritten(w.cells());
  const rotated = hashOfFlatFrom("轮流分配的负责人", 0, 99, keyState("", WRITTEN_TAGS.note));
  const place = { anchors: [rotated], found: [rotated], key: "C1", written };
  expect(typedCell("逾期 3\n轮流分配的负责人", "逾期 3 天，已催款", place, "note")).toBe(
    "逾期 3\n轮流分配的负责人\n逾期 3 天，已催款",
  );
  // Where it stood (first, above the line of ours that follows): in its place.
  const first = { ...place, anchors: [-2] };
  expect(typedCell("逾期 3\n轮流分配的负责人", "逾期 3 天，已催款", first, "note")).toBe(
    "逾期 3 天，已催款\n轮流分配的负责人",
  );
});

// Reviewer46 M2 (rest): a cell holding no recorded line (ours was empty) still went to the
// catalog's templates, so "最近购买：显示器" typed there was dropped.
test("a line worded as ours typed where our cell was empty is the user's (keyed state of the tab's run)", () => {
  const first = writtenTab();
  const rows = first.rows;
  const [point, id] = ["talkingPoint", "customerId"].map((k) => col(first.table, k));
  const c1 = rows.findIndex((r) => r[id] === "C1");
  expect(rows[c1][point]).toBe("");
  rows[c1][point] = "最近购买：显示器";
  const carried = carryTypedNotes(first.read(rows), schedule, dataset);
  expect(carriedBy(carried, "talkingPoint")).toEqual([["C1", "最近购买：显示器"]]);
  // With a state that is not the tab's run's (its dates are another run's), the catalog judges.
  const later = scheduleOf(analysis, asOf + 7);
  const other = writtenTab(later);
  expect(carryTypedNotes(other.read(rows, false), schedule, dataset).typedRows).toBe(0);
});

// Reviewer46 L3: a changed owner or date was said only for rows whose cells held a recorded line
// of ours; the README said every row.
test("a changed owner is said on a row whose cells hold nothing of ours, not with another run's state", () => {
  const first = writtenTab();
  const rows = first.rows;
  const [point, note, owner, id] = ["talkingPoint", "note", "owner", "customerId"].map((k) =>
    col(first.table, k),
  );
  const c1 = rows.findIndex((r) => r[id] === "C1");
  rows[c1][point] = "客户要求周二上门";
  rows[c1][note] = "经理已确认";
  rows[c1][owner] = "李";
  const carried = carryTypedNotes(first.read(rows), schedule, dataset);
  expect(carried.ownerOrDateChanged!.map((r) => r.id)).toEqual(["C1"]);
  expect(carriedBy(carried, "note")).toEqual([["C1", "经理已确认"]]);
  // Another run's state (a week later: other dates on every row) is not this tab's: nothing said.
  const later = scheduleOf(analysis, asOf + 7);
  expect(
    carryTypedNotes(writtenTab(later).read(rows, false), schedule, dataset).ownerOrDateChanged,
  ).toEqual([]);
});

// Reviewer47 H1: whose state it was was told by the owner and date cells (most rows as recorded),
// so a manager filling a new owner down every row, or moving every date, turned the keyed reading
// off: the change was put back unsaid, and a typed line worded as ours was dropped.
test.each([
  ["owner", "赵"],
  ["followUpDate", new Date((asOf + 3) * 86_400_000)],
] as const)(
  "%s changed on every row: said, and a typed line worded as ours carried",
  (key, value) => {
    const first = writtenTab();
    const rows = first.rows;
    const [point, changed, id] = ["talkingPoint", key, "customerId"].map((k) =>
      col(first.table, k),
    );
    for (let r = 1; r < rows.length; r++) rows[r][changed] = value;
    const c2 = rows.findIndex((r) => r[id] === "C2");
    rows[c2][point] = `${String(rows[c2][point])}\n最近购买：显示器`;
    const carried = carryTypedNotes(first.read(rows), schedule, dataset);
    const ids = new Set(carried.ownerOrDateChanged!.map((r) => r.id));
    expect([...ids].sort()).toEqual(["C1", "C2", "C3"]);
    expect(carriedBy(carried, "talkingPoint")).toEqual([["C2", "最近购买：显示器"]]);
  },
);

// The run log tells whether the state's run wrote the tab: the last-written run's date.
test("stateWroteTab: the last-written run of the log is the state's date", () => {
  const [nov, dec, jan] = [d("2025-11-30"), d("2025-12-31"), d("2026-01-31")];
  expect(
    stateWroteTab(jan, [
      { asOf: nov, at: 1 },
      { asOf: jan, at: 2 },
    ]),
  ).toBe(true);
  // A December re-run after January's kept January's state and rewrote the tab.
  expect(
    stateWroteTab(jan, [
      { asOf: jan, at: 2 },
      { asOf: dec, at: 3 },
    ]),
  ).toBe(false);
  // No run log, or one with no times: nothing said against the state.
  expect(stateWroteTab(jan, [])).toBe(true);
  expect(stateWroteTab(jan, [{ asOf: dec, at: NaN }])).toBe(true);
});

// Reviewer46 L2: typed lines past the 32nd were not recorded (the writer's breaks in them carried
// as the user's), and a keyed cell of over 64 lines was tried from its first 24 lines only.
test("every typed line is recorded: the writer's breaks in the 40th are joined back", () => {
  const first = writtenTab();
  const rows = first.rows;
  const [note, id] = ["note", "customerId"].map((k) => col(first.table, k));
  const c2 = rows.findIndex((r) => r[id] === "C2");
  const typedNote = Array.from(
    { length: 40 },
    (_, k) => `第${k + 1}条：客户说下月再订，请周五回电确认`,
  );
  rows[c2][note] = `${String(rows[c2][note])}\n${typedNote.join("\n")}`;
  const carried = carryTypedNotes(first.read(rows), schedule, dataset);
  expect(carriedBy(carried, "note")).toEqual([["C2", typedNote.join("\n")]]);
  const second = writtenTab(schedule, caller, carried);
  const tab = second.rows;
  // As the workbook holds it: the writer breaks the note's lines where they wrap.
  tab[c2][note] = breakLinesWell(String(tab[c2][note]), 14);
  expect(String(tab[c2][note]).split("\n").length).toBeGreaterThan(80);
  const again = carryTypedNotes(second.read(tab), schedule, dataset);
  expect(carriedBy(again, "note")).toEqual([["C2", typedNote.join("\n")]]);
});

test("every line of a long cell is tried: our line under 70 typed lines is ours, not doubled", () => {
  const first = writtenTab();
  const rows = first.rows;
  const [point, id] = ["talkingPoint", "customerId"].map((k) => col(first.table, k));
  const c2 = rows.findIndex((r) => r[id] === "C2");
  const above = Array.from({ length: 70 }, (_, k) => `备注${k + 1}`);
  const ours = String(rows[c2][point]);
  rows[c2][point] = `${above.join("\n")}\n${ours}`;
  const carried = carryTypedNotes(first.read(rows), schedule, dataset);
  expect(carriedBy(carried, "talkingPoint")).toEqual([["C2", above.join("\n")]]);
  // Written where it was typed, above ours, and read so again.
  const second = writtenTab(schedule, caller, carried);
  expect(second.rows[c2][point]).toBe(`${above.join("\n")}\n${ours}`);
  const again = carryTypedNotes(second.read(second.rows), schedule, dataset);
  expect(carriedBy(again, "talkingPoint")).toEqual([["C2", above.join("\n")]]);
});

// A dropped row with no due date read "（应回访日期 ）": it names the date it aged from.
test("a dropped typed row with no due date names its planned or first-kept date, or none", () => {
  const base = readBack(grid(followUpTable(schedule, dataset, "zh-CN", caller)))[0];
  const dropped = (row: Partial<typeof base>) => ({
    ...emptyCarried(),
    dropped: [
      {
        row: { ...base, id: "C9", name: "己公司", due: NaN, date: NaN, ...row },
        status: "已发挽回短信",
        talkingPoint: "",
        note: "",
      },
    ],
  });
  const say = (row: Partial<typeof base>) => typedStatusesDroppedWarning(dropped(row))!.message;
  const since = say({ since: d("2026-01-02") });
  expect(since["zh-CN"]).toContain("C9 己公司：已发挽回短信（保留自 2026-01-02）");
  expect(since["en-US"]).toContain("C9 己公司: 已发挽回短信 (kept since 2026-01-02)");
  const planned = say({ date: d("2026-01-05") });
  expect(planned["zh-CN"]).toContain("C9 己公司：已发挽回短信（原定回访日期 2026-01-05）");
  expect(planned["en-US"]).toContain("C9 己公司: 已发挽回短信 (planned for 2026-01-05)");
  const none = say({});
  expect(none["zh-CN"]).toContain("C9 己公司：已发挽回短信");
  for (const m of [since, planned, none]) {
    expect(m["zh-CN"]).not.toContain("应回访日期 ）");
    expect(m["en-US"]).not.toContain("(due )");
  }
  // Sched47: the sentence said "due and planned" of a row dated by when it was first kept.
  expect(since["zh-CN"]).toContain("其首次保留的日期早于本次分析日期 30 天以上");
  expect(since["en-US"]).toContain("was first kept more than 30 days before this analysis");
  expect(since["zh-CN"]).not.toContain("原定回访日期都");
  expect(planned["zh-CN"]).toContain("其应回访日期和原定回访日期都早于本次分析日期 30 天以上");
  expect(planned["en-US"]).toContain("was due and planned more than 30 days before");
  const both = typedStatusesDroppedWarning({
    ...emptyCarried(),
    dropped: [
      ...dropped({ since: d("2026-01-02") }).dropped,
      ...dropped({ due: d("2026-01-05") }).dropped,
    ],
  })!.message;
  expect(both["zh-CN"]).toContain("（两者都没有的行：首次保留的日期）都早于");
  expect(both["en-US"]).toContain(
    "were due and planned (a row with neither date: first kept) more than",
  );
});

// speedref48: a cell of ours alone is told without splitting it (oursAlone); the line-by-line way
// decides every other cell, so a typed line the tab carried over two lines of ours is still the
// user's, and "\r\n", blank lines and letters that flatten otherwise read as before.
test("a cell read without splitting: ours alone is nothing typed, a carried line over ours is", () => {
  const [a, b] = ["最近购买：书桌", "逾期 3 天"];
  const typedLine = `${a} ${b}`;
  const w = new WrittenTexts();
  const row = (talkingPoint: string, id = "C2") => earlierRow({ id, talkingPoint });
  const typed = { row: row(typedLine), status: "", talkingPoint: typedLine, note: "" };
  w.addRow("C2", "王", NaN, `${a}\n${b}`, "已安排", "", typed);
  w.addRow("C1", "王", NaN, "最近购买：Café 套装\n逾期 3 天", "已安排", "");
  w.addRow("C3", "李", NaN, `${a}\n${b}`, "已安排", "");
  const hashes = readWritten(w.cells());
  const carry = (rows: ReturnType<typeof row>[]) =>
    carryTypedNotes(
      rows.map((r) => ({ ...r, written: hashes })),
      schedule,
      dataset,
    );
  // The writer broke the carried line where ours ends: ours ends there too, the longer run wins.
  const carried = carry([row(`${a}\n${b}`)]);
  expect([...carried.byRow.values()].map((t) => t.talkingPoint)).toEqual([typedLine]);
  // Nothing typed: ours with "\r\n" and blank lines, ours with a letter flatText lower-cases.
  const none = carry([
    row(`\r\n${a}\r\n\r\n${b}\n`, "C3"),
    row("最近购买：CAFÉ 套装\r\n逾期 3 天", "C1"),
  ]);
  expect(none.typedRows).toBe(0);
  // A line not ours after ours: carried, the cell read line by line.
  const some = carry([row(`${a}\r\n${b}\r\n明天再打`, "C3")]);
  expect([...some.byRow.values()].map((t) => t.talkingPoint)).toEqual(["明天再打"]);
});
