/**
 * Tester53 N3 (second half): SH001's call was recorded on the Contacts sheet on 2026-11-30, and the
 * refresh as of 12-04 planned it an urgent retention call again, planned from its last purchase
 * (08-05). A retention call is not owed while a contact made since the customer went late is
 * within the tier's regular contact interval; the regular contact counts from that contact; the
 * call is planned from the later of the last purchase and the last contact.
 */
import { NO_PRIORITY } from "../../../src/engine/followUp/contactList";
import type { FollowUpSchedule } from "../../../src/engine/followUp/schedule";
import { UNSCHEDULED_REASONS, unscheduledText } from "../../../src/engine/followUp/labels";
import { wentLateOn, type Rhythm } from "../../../src/engine/followUp/retention";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import { planFor, RISK, TIER, type Who } from "./planFor";

const d = parseIsoDate;
const CONTACTED = UNSCHEDULED_REASONS.indexOf("contacted_while_late");

/** Planned contacts: customer, reason, day and planned-from date. */
function planned(s: FollowUpSchedule): string[] {
  const f = s.followUps;
  return Array.from(
    { length: f.count },
    (_, i) =>
      `${f.customer[i]} ${FOLLOW_UP_REASONS[f.reason[i]]} ${isoDate(f.day[i])} from ${isoDate(f.plannedFrom[i])}`,
  );
}

/** Unscheduled contacts: customer, reason, why, due and planned-from date (and a rank when it has one). */
function unscheduled(s: FollowUpSchedule): string[] {
  const u = s.unscheduled;
  return Array.from(
    { length: u.count },
    (_, i) =>
      `${u.customer[i]} ${FOLLOW_UP_REASONS[u.reason[i]]} ${UNSCHEDULED_REASONS[u.why[i]]} due ${isoDate(u.due[i])} from ${isoDate(u.plannedFrom[i])}${u.priority[i] === NO_PRIORITY ? "" : ` priority ${u.priority[i]}`}`,
  );
}

// Everyone buys every 30 days (planFor's rhythm). A key account (regular contact every 14 days) at
// medium risk, last bought 2026-08-05: late since 09-04, owed a retention call as of 2026-12-04.
const keyAccount = (contacts?: string[]): Who => ({
  owner: "周敏",
  tier: TIER.high,
  risk: RISK.medium,
  lastPurchase: d("2026-08-05"),
  firstPurchase: d("2025-01-05"),
  monetary: 430_000,
  churnProbability: 0.69,
  contacts: contacts?.map(d),
});

describe("a retention call and the contacts recorded since the customer went late (tester53 N3)", () => {
  test("called 4 days ago, after going late: no retention call; the regular contact counts from that call", () => {
    const s = planFor("2026-12-04", [keyAccount(["2026-03-01", "2026-11-30"])]);
    expect(planned(s)).toEqual([
      "0 cadence 2026-12-14 from 2026-11-30",
      "0 cadence 2026-12-28 from 2026-12-14",
    ]);
    // Listed, with the contact as its planned-from date and due when the regular interval ends; no
    // rank (not 紧急 on the call sheet: nobody is to make this call).
    expect(unscheduled(s)).toEqual([
      "0 win_back contacted_while_late due 2026-12-14 from 2026-11-30",
    ]);
  });

  test("no contact since the last purchase: the retention call, planned from the last purchase", () => {
    const s = planFor("2026-12-04", [keyAccount(["2026-03-01"])]);
    expect(planned(s)[0]).toBe("0 win_back 2026-12-04 from 2026-08-05");
    expect(unscheduled(s)).toEqual([]);
  });

  test("called after going late, but longer ago than the regular interval: the call again, planned from that contact", () => {
    const s = planFor("2026-12-04", [keyAccount(["2026-11-10"])]);
    expect(planned(s)[0]).toBe("0 win_back 2026-12-04 from 2026-11-10");
    expect(unscheduled(s)).toEqual([]);
  });

  test("a recent contact before the customer went late does not stand for the call", () => {
    // Bought 10-20, every 30 days: late since 11-19. Called 11-15, within a medium account's 30
    // days, but before it went late: the retention call is owed, planned from that contact.
    const s = planFor("2026-12-04", [
      {
        owner: "王",
        tier: TIER.medium,
        risk: RISK.high,
        lastPurchase: d("2026-10-20"),
        monetary: 50_000,
        churnProbability: 0.8,
        contacts: [d("2026-11-15")],
      },
    ]);
    expect(planned(s)[0]).toBe("0 win_back 2026-12-04 from 2026-11-15");
    expect(unscheduled(s)).toEqual([]);
  });

  test("the unscheduled row says why in both languages", () => {
    expect(unscheduledText(CONTACTED, "zh-CN")).toContain("逾期未购后已有联系记录");
    expect(unscheduledText(CONTACTED, "zh-CN")).toContain("定期回访从该次联系起算");
    expect(unscheduledText(CONTACTED, "en-US")).toContain(
      "the regular contact counts from that contact",
    );
  });
});

describe("wentLateOn", () => {
  const rhythm: Rhythm = {
    typicalGapDays: Float64Array.of(30, 709),
    overdueFactor: 3,
    horizonDays: 90,
  };
  test("the last purchase plus the own gap; stopped after one interval: when the purchase left the trend period", () => {
    expect(wentLateOn(rhythm, 0, 100.5)).toBe(130);
    expect(wentLateOn(rhythm, 1, 100)).toBe(809);
    const stopped = { ...rhythm, oneIntervalStopped: Uint8Array.of(0, 1), trendPeriodDays: 180 };
    expect(wentLateOn(stopped, 1, 100)).toBe(280);
    // Without the rhythm every high-risk customer is owed the call: late since the last purchase.
    expect(wentLateOn(undefined, 0, 100.5)).toBe(100);
  });
});
