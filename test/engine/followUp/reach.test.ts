/**
 * Stop 29 (tester stop 28, finding 2): each contact goes by a channel the customer's details reach.
 * On the 20k workbook 174 calls and 33 visits were planned to customers with no phone number and 470
 * e-mails to customers with no address. A call or message needs a number (else an e-mail), an
 * e-mail an address (else a message); with neither, nothing goes: no visit either, as nobody can
 * arrange it (stop 29 tester #2: 57 visits to such customers, 18 of them calls turned visits); the
 * contact is listed as no_contact_details. The row says why (FollowUpList.instead, the tab's note,
 * the JSON).
 */
import { scheduleSummary, scheduleSummaryLines } from "../../../src/engine/followUp/summary";
import { UNSCHEDULED_REASONS } from "../../../src/engine/followUp/labels";
import { contactReach } from "../../../src/engine/followUp/reach";
import { CONTACT_CHANNELS } from "../../../src/engine/model";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import { DEFAULTS } from "../../../src/engine/rules/defaults";
import { followUpTable, followUpsJson } from "../../../src/engine/report/followUpTab";
import type { CustomerAnalysis } from "../../../src/engine/analysis";
import { planFor, RISK, TIER, type Who } from "./planFor";
import { smallDataset } from "./smallDataset";

const d = parseIsoDate;
const PHONE = "13800000000";
const EMAIL = "li.na@example.cn";
// 2026-03-02 is a Monday. Three retention calls (urgent, by phone) and three regular contacts of
// low-value customers (by e-mail), each to a customer with both, one or neither detail.
const retention = (contact: Partial<Who>): Who => ({
  owner: "王",
  tier: TIER.medium,
  risk: RISK.high,
  lastPurchase: d("2025-12-01"),
  firstPurchase: d("2025-01-10"),
  monetary: 50_000,
  churnProbability: 0.5,
  ...contact,
});
const routine = (contact: Partial<Who>): Who => ({
  owner: "王",
  tier: TIER.low,
  risk: RISK.low,
  lastPurchase: d("2025-11-20"),
  firstPurchase: d("2025-01-10"),
  monetary: 1_000,
  churnProbability: 0.1,
  ...contact,
});
const who: Who[] = [
  retention({ phone: PHONE, email: EMAIL }),
  retention({ email: EMAIL }),
  retention({}),
  routine({ phone: PHONE, email: EMAIL }),
  routine({ phone: PHONE }),
  routine({}),
];

/** A high-tier, low-risk key account with the contact details given, the k-th biggest. */
const keyAccount = (contact: Partial<Who>, k: number): Who => ({
  owner: "王",
  tier: TIER.high,
  risk: RISK.low,
  lastPurchase: d("2026-01-01"),
  firstPurchase: d("2025-01-10"),
  monetary: 100_000 - k,
  churnProbability: 0.1,
  ...contact,
});

describe("a channel that reaches the customer (stop 29)", () => {
  const s = planFor("2026-03-02", who, { horizonDays: 10 });
  const f = s.followUps;
  const rows = Array.from(
    { length: f.count },
    (_, i) =>
      `${f.customer[i]} ${FOLLOW_UP_REASONS[f.reason[i]]} ${CONTACT_CHANNELS[f.channel[i]]} ${f.instead?.[i] ?? "-"}`,
  );

  test("a call without a number goes by e-mail, else nowhere; an e-mail without an address as a message", () => {
    expect(rows.sort()).toEqual([
      "0 win_back phone 0",
      "1 win_back email 2",
      "3 cadence email 0",
      "4 cadence online 3",
    ]);
  });

  test("a call or e-mail to a customer with neither detail is listed: no_contact_details, ask the owner", () => {
    const u = s.unscheduled;
    const listed = Array.from(
      { length: u.count },
      (_, k) =>
        `${u.customer[k]} ${FOLLOW_UP_REASONS[u.reason[k]]} ${UNSCHEDULED_REASONS[u.why[k]]}`,
    );
    // Customer 2's retention call and the regular contact it would have covered: both need the details.
    expect(listed.sort()).toEqual([
      "2 cadence no_contact_details",
      "2 win_back no_contact_details",
      "5 cadence no_contact_details",
    ]);
  });

  test("the summary, the JSON and the tab's note say so", () => {
    const sum = scheduleSummary(s);
    expect(sum.insteadByCode).toEqual({ no_call_slot: 0, no_phone: 1, no_email: 1 });
    expect(scheduleSummaryLines(sum, "zh-CN")).toContain(
      "  客户无电话号码、改为邮件的电话或消息联系 1",
    );
    // The console's short label, and where the whole reason is (tester50 L4: it was a paragraph).
    const en = scheduleSummaryLines(sum, "en-US");
    expect(en).toContain("  Not scheduled: No phone or e-mail — 3");
    expect(en.at(-1)).toBe(
      "  Why not, and what to do instead: the not-scheduled rows on the Follow-up schedule tab",
    );
    expect(scheduleSummaryLines(sum, "zh-CN")).toContain("  未安排：无电话和邮箱 3");
    expect(scheduleSummaryLines(sum, "en-US")).toContain(
      "  E-mails to customers with no e-mail address, sent as a message instead — 1",
    );
    const dataset = smallDataset({ asOf: d("2026-03-02"), customers: who });
    const json = followUpsJson(s, dataset, "en-US").followUps;
    const items = Array.from({ length: json.count }, (_, i) => json.item(i));
    const byId = (c: number) => items.find((x) => x.customerId === dataset.customers.id[c])!;
    expect(byId(0).instead).toBeUndefined();
    expect(byId(1).instead).toEqual({ code: "no_phone" });
    expect(items.some((x) => x.customerId === dataset.customers.id[2])).toBe(false);
    expect(byId(4).instead).toEqual({ code: "no_email" });
    const caller = {
      analysis: {
        valueTier: Int8Array.from(who, (w) => w.tier),
        churnProbability: new Float64Array(who.length),
        churnLevel: new Int8Array(who.length).fill(2), // low
        churnReasons: {
          codes: new Int8Array(6 * who.length).fill(-1),
          figures: new Float64Array(24 * who.length),
        },
      } as unknown as CustomerAnalysis,
      lastPurchase: new Float64Array(who.length).fill(NaN),
      asOf: d("2026-03-02"),
      mask: false,
      churnLevels: DEFAULTS.churn.levels,
    };
    for (const [lang, words] of [
      ["zh-CN", ["无电话号码，改为邮件", "无邮箱地址，改为在线（微信/短信）"]],
      [
        "en-US",
        ["No phone number: by E-mail instead", "No e-mail address: by Online (chat/SMS) instead"],
      ],
    ] as const) {
      const t = followUpTable(s, dataset, lang, caller);
      const note = t.columns.findIndex((c) => c.key === "note");
      const point = t.columns.findIndex((c) => c.key === "talkingPoint");
      const all = t.rows(0, t.rowCount);
      const row = (c: number) => all.find((r) => r[2] === dataset.customers.id[c])!;
      expect(row(0)[note]).toBe("");
      expect(String(row(1)[note])).toContain(words[0]);
      expect(String(row(4)[note])).toContain(words[1]);
      // The e-mail instead of a call prints its address; the customer with neither is not planned.
      expect(String(row(1)[point])).toContain(EMAIL);
      const status = t.columns.findIndex((c) => c.key === "status");
      const two = all.filter((r) => r[2] === dataset.customers.id[2]);
      expect(two.map((r) => r[status])).toEqual(
        lang === "zh-CN" ? ["未安排", "未安排"] : ["Not scheduled", "Not scheduled"],
      );
      expect(String(two[0][note])).toContain(
        lang === "zh-CN" ? "请向负责人索取联系方式" : "ask the owner",
      );
    }
  });

  test("a visit that does not fit becomes a call only with a number, else an e-mail", () => {
    const keyAccounts = [0, 1, 2, 3].map((k) =>
      keyAccount(k === 3 ? { email: EMAIL } : { phone: PHONE, email: EMAIL }, k),
    );
    // One visit a day over one working day: the three bigger key accounts take... one visit, two calls;
    // the fourth, with no number, goes by e-mail.
    // Visits as the channels say (visitBusinessesOnly: these test customers have no type nor name;
    // visits.test.ts has who is visited by default).
    const p = planFor("2026-03-02", keyAccounts, {
      horizonDays: 1,
      channelCapacity: { visit: 1, email: null, online: null },
      visitBusinessesOnly: false,
    });
    const channels = Array.from(
      { length: p.followUps.count },
      (_, i) =>
        `${p.followUps.customer[i]} ${CONTACT_CHANNELS[p.followUps.channel[i]]} ${p.followUps.instead?.[i]}`,
    ).sort();
    expect(channels).toEqual(["0 visit 0", "1 phone 0", "2 phone 0", "3 email 2"]);
  });
});

describe("a visit needs a way to arrange it (stop 29 tester #2)", () => {
  test("a key account's visit: by phone or e-mail to arrange it; with neither, listed for the owner", () => {
    const p = planFor(
      "2026-03-02",
      [keyAccount({ phone: PHONE }, 0), keyAccount({ email: EMAIL }, 1), keyAccount({}, 2)],
      { horizonDays: 10, visitBusinessesOnly: false }, // visits as the channels say (see above)
    );
    const f = p.followUps;
    const planned = Array.from(
      { length: f.count },
      (_, i) => `${f.customer[i]} ${CONTACT_CHANNELS[f.channel[i]]}`,
    );
    expect(planned.sort()).toEqual(["0 visit", "1 visit"]);
    const u = p.unscheduled;
    const listed = Array.from(
      { length: u.count },
      (_, k) => `${u.customer[k]} ${UNSCHEDULED_REASONS[u.why[k]]}`,
    );
    expect(listed).toEqual(["2 no_contact_details"]);
  });
});

describe("contactReach", () => {
  test("a detail no customer has is a column the data lacks: nobody lacks it", () => {
    expect(contactReach(["", ""], ["", ""], 2)).toBeNull();
    // Addresses and no phone number at all (tester63 U169): the one with an address has only it,
    // the one with neither has nothing (was [3, 1]: every customer had a number, so the rules'
    // calls stood with a blank phone cell).
    expect(Array.from(contactReach(["", ""], ["a@b.cn", ""], 2)!)).toEqual([2, 0]);
    // Ids that are mobile numbers are the numbers, as with no address column.
    expect(
      Array.from(contactReach(["", ""], ["a@b.cn", ""], 2, ["13800000000", "13900000000"])!),
    ).toEqual([3, 1]);
    expect(Array.from(contactReach(["1", ""], ["", "a@b.cn"], 2)!)).toEqual([1, 2]);
  });

  test("an ID that is an e-mail address is the customer's address (tester57 U46)", () => {
    // A Shopify export keyed by Email, with a Phone column: before, the second customer had
    // neither and was left off the schedule, the first was sent an e-mail as a message.
    expect(
      Array.from(contactReach(["1", ""], ["", ""], 2, ["ann@example.com", "bo@x.io"])!),
    ).toEqual([3, 2]);
    expect(Array.from(contactReach(["1", ""], ["", ""], 2, ["C1", "@x.io"])!)).toEqual([1, 0]);
  });
});

describe("no e-mail column at all (tester52 L6)", () => {
  test("e-mails go as messages to the numbers; a customer with no number either is listed", () => {
    // Before: everyone counted as having an address, so the low-value contacts were planned as
    // 邮件 with the talking point 无邮箱地址.
    expect(Array.from(contactReach(["1", ""], ["", ""], 2)!)).toEqual([1, 0]);
    const p = planFor("2026-03-02", [routine({ phone: PHONE }), routine({ phone: PHONE })], {
      horizonDays: 10,
    });
    const f = p.followUps;
    const rows = Array.from(
      { length: f.count },
      (_, i) => `${f.customer[i]} ${CONTACT_CHANNELS[f.channel[i]]} ${f.instead?.[i]}`,
    );
    expect(rows.sort()).toEqual(["0 online 3", "1 online 3"]);
  });
});

describe("a Shopify customers export: e-mail only, no phone column (tester63 U169)", () => {
  // Before: every customer counted as having a number, so the retention calls stood as 电话 with a
  // blank phone cell (13 urgent and high calls in the wine club's schedule).
  const shop = [retention({ email: EMAIL }), retention({ email: "b@example.com" }), retention({})];
  const p = planFor("2026-03-02", shop, { horizonDays: 10 });
  const f = p.followUps;

  test("a call to a customer with an address goes by e-mail, said as 无电话号码，改为邮件", () => {
    const rows = Array.from(
      { length: f.count },
      (_, i) => `${f.customer[i]} ${CONTACT_CHANNELS[f.channel[i]]} ${f.instead?.[i] ?? "-"}`,
    );
    expect(rows.sort()).toEqual(["0 email 2", "1 email 2"]);
    const sum = scheduleSummary(p);
    expect(sum.insteadByCode?.no_phone).toBe(2);
    expect(scheduleSummaryLines(sum, "zh-CN")).toContain(
      "  客户无电话号码、改为邮件的电话或消息联系 2",
    );
  });

  test("a customer with neither is listed for her contact details, not called with a blank number", () => {
    const u = p.unscheduled;
    const listed = Array.from(
      { length: u.count },
      (_, k) => `${u.customer[k]} ${UNSCHEDULED_REASONS[u.why[k]]}`,
    );
    expect([...new Set(listed)]).toEqual(["2 no_contact_details"]);
  });
});
