/**
 * One missed visit of a frequent buyer is no sign of leaving (tester66 U234): at a dry cleaner, a
 * weekly regular (吴老板, 92 weekly visits, 47 % of the revenue) with no visit in a holiday week, 13
 * days silent against 7, went 4 % → 68 % and got an urgent win-back call. The own rhythm
 * (churn/ownRhythm.ts) puts its 50 % point no sooner than one missed visit of up to a week.
 */
import { RISK_LEVELS } from "../../../src/engine/analysis";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { defaultRules } from "../../../src/engine/rules";

const AS_OF = "2026-12-13";

/** A laundry's ledger: weekly regulars, one 13 days silent (WU), one gone 5 weeks (GONE). */
function laundry() {
  const end = parseIsoDate(AS_OF);
  const rows: (string | number)[][] = [["Customer ID", "Date", "Amount"]];
  const ids: string[] = [];
  const buyer = (id: string, every: number, last: number, amount: number) => {
    ids.push(id);
    for (let day = end - last, k = 0; k < 92; day -= every, k++)
      rows.push([id, isoDate(day), amount]);
  };
  for (let k = 0; k < 8; k++) buyer(`W${k}`, 7, 1 + (k % 6), 40 + 5 * k);
  buyer("WU", 7, 13, 300);
  buyer("GONE", 7, 35, 60);
  return memorySource({
    Customers: [["Customer ID"], ...ids.map((id) => [id])],
    Transactions: rows,
  });
}

describe("a weekly regular who missed one week", () => {
  let a: Analysis;
  const at = (id: string) => a.dataset.customers.id.map(String).indexOf(id);
  const level = (id: string) => RISK_LEVELS[a.classification.analysis.churnLevel[at(id)]];
  beforeAll(async () => {
    a = await analyzeWorkbook(laundry(), { rules: defaultRules(), asOf: parseIsoDate(AS_OF) });
    expect(a.churn.model.source).toBe("default");
  }, 60_000);

  it("is at low risk with no win-back call; five weeks silent is still high", () => {
    expect(level("WU")).toBe("low");
    expect(level("GONE")).toBe("high");
    const calls = followUpsJson(a.schedule, a.dataset, "en-US").followUps;
    const all = Array.from({ length: calls.count }, (_, i) => calls.item(i));
    expect(all.filter((x) => x.customerId === "WU" && x.reason.code === "win_back")).toEqual([]);
    expect(all.find((x) => x.customerId === "GONE")).toMatchObject({
      reason: { code: "win_back" },
    });
  });
});
