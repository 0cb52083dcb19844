/**
 * A low row with nothing that holds it down, in a workbook whose typical customer is not low: a
 * one-time buyer just under the medium line. judge59's first-line rule (reviewer58 R1) took its
 * reasons away and the row said nothing (reviewer59 M3: the clinic's BC0054 at 49.99 %, BC0074–76);
 * it now opens with the line it is under, then its reasons.
 */
import { CHURN_REASON_CODES, RISK_LEVELS } from "../../../src/engine/analysis";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsIn, isRelief } from "../../../src/engine/churn/reasons";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const AS_OF = "2026-11-30";

/** A clinic's ledger: patients every ~120 days, many one-off visitors, two new ones. */
function ledger() {
  const end = parseIsoDate(AS_OF);
  const rows: (string | number)[][] = [["Customer ID", "Date", "Amount"]];
  const ids: string[] = [];
  const visits = (id: string, days: number[]) => {
    ids.push(id);
    for (const d of days) rows.push([id, isoDate(end - d), 300]);
  };
  for (let k = 0; k < 12; k++) visits(`R${k}`, [10 + 9 * k, 130 + 9 * k, 250 + 9 * k, 370 + 9 * k]);
  for (let k = 0; k < 20; k++) visits(`O${k}`, [200 + 15 * k]);
  visits("NEW18", [18]);
  visits("NEW63", [63]);
  return memorySource({
    Customers: [["Customer ID"], ...ids.map((id) => [id])],
    Transactions: rows,
  });
}

describe("a low row under the medium line with no relief", () => {
  let a: Analysis;
  const row = (id: string) => a.dataset.customers.id.map(String).indexOf(id);
  beforeAll(async () => {
    a = await analyzeWorkbook(ledger(), { rules: defaultRules(), asOf: parseIsoDate(AS_OF) });
    expect(a.churn.model.source).toBe("default");
  }, 60_000);

  it("opens with the medium line it is under, then says its reasons, in zh-CN and en-US", () => {
    const an = a.classification.analysis;
    for (const id of ["NEW18", "NEW63"]) {
      const i = row(id);
      expect([id, RISK_LEVELS[an.churnLevel[i]]]).toEqual([id, "low"]);
      const zh = churnReasonsIn(an, i, "zh-CN");
      expect(zh.map((r) => r.code)).toEqual(["typical_lowers", "bought_once"]);
      expect(zh[0].text).toBe("低于中风险起点：90 天内不再购买的概率未到 50%");
      expect(churnReasonsIn(an, i, "en-US")[0].text).toBe(
        "Below the medium-risk line: the chance of no purchase in 90 days is under 50%",
      );
    }
    // No low row with a reason that adds risk is left without a first line on its side.
    for (let i = 0; i < an.churnLevel.length; i++) {
      if (RISK_LEVELS[an.churnLevel[i]] !== "low") continue;
      const codes = churnReasonsIn(an, i, "en-US").map((r) => r.code);
      if (codes.some((c) => c === "bought_once" || c === "long_since_purchase"))
        expect([i, isRelief(CHURN_REASON_CODES.indexOf(codes[0]))]).toEqual([i, true]);
    }
  });
});
