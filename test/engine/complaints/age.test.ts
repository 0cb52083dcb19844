import { complaintAgeDays } from "../../../src/engine/complaints/age";
import { serviceSignals } from "../../../src/engine/churn/signals";
import { talkingPoints, talkingPointText } from "../../../src/engine/followUp/talkingPoints";
import { summariseComplaints } from "../../../src/engine/complaints/summary";
import { defaultRules } from "../../../src/engine/rules";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { smallDataset } from "../followUp/smallDataset";

// tester52 L15: a complaint received 2026-11-10 09:30, analysed as of 2026-12-05, read 25 days in
// the call reason, 26 on the at-risk tab (the elapsed time to the end of the day, rounded).
const asOf = parseIsoDate("2026-12-05");
const received = parseIsoDate("2026-11-10") + 9.5 / 24;

describe("the age of a complaint (one owner)", () => {
  it("counts calendar days to the analysis date", () => {
    expect(complaintAgeDays(asOf, received)).toBe(25);
    expect(complaintAgeDays(asOf, asOf + 0.9)).toBe(0);
    expect(complaintAgeDays(asOf + 0.5, asOf - 1 + 0.99)).toBe(1);
  });

  it("is the same on the at-risk reason, the talking point and the Complaints tab", () => {
    const dataset = smallDataset({
      asOf,
      customers: [{ id: "KH013" }],
      transactions: [{ customer: 0, day: asOf - 40, amount: 100 }],
      complaints: [{ customer: 0, receivedAt: received, cause: 0, resolved: false }],
    });
    const rules = defaultRules();
    const signals = serviceSignals(dataset, rules, asOf);
    expect(signals.oldestOpenDays?.[0]).toBe(25);
    const points = talkingPoints(dataset, asOf);
    expect(talkingPointText(points, dataset, 0, asOf, "zh-CN", false)).toContain("最久 25 天");
    const summary = summariseComplaints({ dataset, rules: rules.complaints, asOf });
    // 25 days: the band above 7 and up to 30 (openAgeBucketsDays 1, 3, 7, 30).
    expect(summary?.openByAge.find((b) => b.count > 0)?.upperDays).toBe(30);
  });
});
