/**
 * A steady customer whose last orders fall steeply is at risk on its rhythm too, and says so in its
 * own orders (judge61, tester60 U104): Delta Plumbing invoiced 6,000 a month for a year and a
 * half, then 4,500, 3,000, 2,000 while switching SKUs to a cheaper supplier; the 180-day spend
 * trend read it low, "within its own rhythm", with no word of the fall.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const AS_OF = "2026-12-06";

/** The first day of the m-th month after 2025-05 (0: 2025-06-01). */
const monthStart = (m: number) =>
  `${2025 + Math.floor((m + 5) / 12)}-${String(((m + 5) % 12) + 1).padStart(2, "0")}-01`;

/**
 * tester60's distributor, its invoices as the months' first days: ten monthly accounts from
 * 2025-06-01 to 2026-11-01 (DELTA's last four 6,000, 4,500, 3,000, 2,000 when `falls`), one whose
 * orders shrink at no rhythm (UNEVEN, gaps of 9 to 80 days) and two silent since the summer.
 */
function distributor(
  falls: boolean,
  notes: [id: string, date: string, note: string][] = [],
  instalments = false,
) {
  const rows: (string | number)[][] = [["Customer ID", "Date", "Amount"]];
  const ids: string[] = [];
  /** The first day of each month from 2025-06 to `last` (ISO). */
  const months = (last: string) => {
    const out: number[] = [];
    for (let m = 0; isoDate(parseIsoDate(monthStart(m))) <= last; m++)
      out.push(parseIsoDate(monthStart(m)));
    return out;
  };
  const account = (id: string, last: string, amount: (k: number, n: number) => number) => {
    ids.push(id);
    const days = months(last);
    days.forEach((day, k) => rows.push([id, isoDate(day), amount(k, days.length)]));
  };
  for (let k = 0; k < 9; k++) account(`STEADY${k}`, "2026-11-01", () => 3000 + 500 * k);
  const fall = [4500, 3000, 2000];
  account("DELTA", "2026-11-01", (k, n) => (falls && k >= n - 3 ? fall[k - (n - 3)] : 6000));
  account("GONE1", "2026-08-01", () => 5000);
  account("GONE2", "2026-07-01", () => 4000);
  if (instalments) {
    // reviewer61 R9: 6,000 a month, its last two months each paid as 3 × 2,000 a week apart.
    account("INSTAL", "2026-09-01", () => 6000);
    for (const m of ["2026-10", "2026-11"])
      for (const d of ["01", "08", "15"]) rows.push(["INSTAL", `${m}-${d}`, 2000]);
  }
  ids.push("UNEVEN");
  let day = parseIsoDate("2025-06-01");
  const gaps = [80, 9, 45, 12, 70, 20, 60, 10, 75, 15, 30];
  const amounts = [6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 4500, 3000, 2000, 1900];
  amounts.forEach((a, k) => {
    rows.push(["UNEVEN", isoDate(day), a]);
    day += gaps[k] ?? 0;
  });
  return memorySource({
    Customers: [["Customer ID"], ...ids.map((id) => [id])],
    Transactions: rows,
    ...(notes.length > 0 ? { Contacts: [["Customer ID", "Date", "Notes"], ...notes] } : {}),
  });
}

/** Customer `id`'s row, its churn reasons in words and its churn probability. */
const row = (a: Analysis, id: string) => a.dataset.customers.id.map(String).indexOf(id);
const reasons = (a: Analysis, id: string, lang: "zh-CN" | "en-US" = "en-US") =>
  churnReasonsIn(a.classification.analysis, row(a, id), lang);
const p = (a: Analysis, id: string) => a.classification.analysis.churnProbability[row(a, id)];

describe("falling orders of a steady customer (tester60 U104)", () => {
  let before: Analysis;
  let after: Analysis;
  beforeAll(async () => {
    const asOf = parseIsoDate(AS_OF);
    before = await analyzeWorkbook(distributor(false), { rules: defaultRules(), asOf });
    after = await analyzeWorkbook(distributor(true), { rules: defaultRules(), asOf });
    expect(after.churn.model.source).toBe("default");
  }, 60_000);

  it("Delta says its orders shrink, in its own orders, in both languages", () => {
    const shrinking = reasons(after, "DELTA").filter((r) => r.code === "shrinking_orders");
    expect(shrinking.map((r) => r.text)).toEqual([
      "Orders shrinking: the last 3 orders 3,167 on average (latest 2,000), against about 6,000 usually (down 47%)",
    ]);
    expect(reasons(after, "DELTA", "zh-CN").map((r) => r.text)).toContain(
      "订单金额在缩小：最近 3 单平均 3,167（最近一单 2,000），平时约 6,000（下降 47%）",
    );
    // Not the calendar's spend trend beside it: one fact, said once.
    expect(reasons(after, "DELTA").map((r) => r.code)).not.toContain("falling_spend");
  });

  it("the fall raises Delta's risk on its rhythm: medium, not low", () => {
    expect(p(after, "DELTA")).toBeGreaterThan(p(before, "DELTA") + 0.2);
    expect(after.classification.analysis.churnLevel[row(after, "DELTA")]).not.toBe(
      before.classification.analysis.churnLevel[row(before, "DELTA")],
    );
  });

  it("neither a steady account nor one at no rhythm of its own is said to shrink", () => {
    // UNEVEN's orders do fall (6,000 eight times, then 4,500, 3,000, 2,000, 1,900).
    expect(after.summary.segmentation.fallUsual[row(after, "UNEVEN")]).toBe(6000);
    for (const id of ["STEADY0", "STEADY8", "UNEVEN"])
      expect(reasons(after, id).map((r) => r.code)).not.toContain("shrinking_orders");
    // The others' figures move only as Delta's fall moves the customers' means (default weights).
    expect(Math.abs(p(after, "STEADY3") - p(before, "STEADY3"))).toBeLessThan(0.02);
  });
});

// reviewer61 R9 (L): a monthly 6,000 now paid as 3 × 2,000 a week apart was "Orders shrinking …
// down 67%": the same spend over time, in smaller payments. The recent orders must fall over the
// time the usual rhythm gives them, not in one month's instalments.
describe("instalments of a steady monthly order are no fall (reviewer61 R9)", () => {
  it("a month paid in three weekly parts is no shrinking order; Delta's fall still is", async () => {
    const a = await analyzeWorkbook(distributor(true, [], true), {
      rules: defaultRules(),
      asOf: parseIsoDate(AS_OF),
    });
    expect(a.summary.segmentation.fallUsual[row(a, "INSTAL")]).toBeNaN();
    expect(reasons(a, "INSTAL").map((r) => r.code)).not.toContain("shrinking_orders");
    expect(reasons(a, "DELTA").map((r) => r.code)).toContain("shrinking_orders");
  });
});

describe("a contact note stating a reason to leave (tester60 U104)", () => {
  let plain: Analysis;
  let noted: Analysis;
  // Everyone has a contact (no account is "never contacted" in one run and not the other).
  const routine = (id: string): [string, string, string] => [id, "2026-11-05", "Routine call"];
  const ids = [...Array(9).keys()].map((k) => `STEADY${k}`).concat("UNEVEN", "GONE1", "GONE2");
  beforeAll(async () => {
    const asOf = parseIsoDate(AS_OF);
    const notes = (delta: string): [string, string, string][] => [
      ...ids.map(routine),
      ["DELTA", "2026-11-10", delta],
    ];
    plain = await analyzeWorkbook(distributor(false, notes("Routine call")), {
      rules: defaultRules(),
      asOf,
    });
    noted = await analyzeWorkbook(
      distributor(false, [
        ...notes("Switching some SKUs to a cheaper supplier, unhappy with lead times"),
        // A denial is no reason to leave; nor is a note older than the trend period (180 days).
        ["STEADY1", "2026-11-12", "Not switching to a cheaper supplier, happy with us"],
        ["STEADY2", "2026-03-01", "Looked at a competitor"],
        // reviewer61 R3: a note followed by a purchase (STEADY3 bought on 11-01) is no leaving
        // statement; nor one saying the customer came back.
        ["STEADY3", "2026-10-15", "Moving some SKUs to another supplier"],
        ["STEADY4", "2026-11-20", "她说别家太贵了，还是来我们这"],
      ]),
      { rules: defaultRules(), asOf },
    );
  }, 60_000);

  it("says the note's reason first, in both languages, and raises the risk", () => {
    expect(reasons(noted, "DELTA")[1]).toEqual({
      code: "said_leaving",
      text: "A contact note of 2026-11-10 names a reason to leave: “cheaper supplier”",
    });
    expect(reasons(noted, "DELTA", "zh-CN").map((r) => r.text)).toContain(
      "2026-11-10 的联系记录提到了离开的原因：“cheaper supplier”",
    );
    // Default weights: + 0.6 log-odds (an open complaint's most).
    const logit = (x: number) => Math.log(x / (1 - x));
    expect(logit(p(noted, "DELTA")) - logit(p(plain, "DELTA"))).toBeCloseTo(0.6, 1);
  });

  it("a denied or old note, or one followed by a purchase, is no reason to leave", () => {
    for (const id of ["STEADY1", "STEADY2", "STEADY3", "STEADY4"])
      expect(reasons(noted, id).map((r) => r.code)).not.toContain("said_leaving");
  });
});
