/**
 * speed70: the JSON's churn reasons (customerJson.ts writeCustomerJsonValues) were put into words
 * once per customer and reason: at 100,000 customers 119,883 reasonText calls on the JSON's
 * thread for 29,400 distinct reasons (the tabs' writer kept each distinct one already: reasonMemo.ts).
 * Now each distinct reason (code and figures) is put into words once per language, in either form
 * of the reasons (the analysis's, or the worker's compact copy: releaseRows.ts compactReasons).
 */
import { compactReasons } from "../../../src/cli/releaseRows";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import * as reasons from "../../../src/engine/churn/reasons";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { customerJson } from "../../../src/engine/report/customerJson";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2025, 12, 31);
const sheets = {
  客户: [
    ["客户编号", "客户名称"],
    [1, "甲"],
    [2, "乙"],
    [3, "丙"],
  ],
  交易: [
    ["客户编号", "日期", "金额"],
    [1, "2025-06-21", 100],
    [2, "2025-03-05", 300],
    [3, "2025-12-30", 50],
  ],
};

test("each distinct churn reason of the JSON is put into words once per language, not once per customer", async () => {
  const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
  const ca = a.classification.analysis;
  const levels = defaultRules().churn.levels;
  // Three customers with the same two reasons (the model's, the rhythm's) and the same figures.
  const codes = Int8Array.from([11, 0, -1, 11, 0, -1, 11, 0, -1]);
  const one = [0.25, 7, 30, 2, 40, 30, 70, 1, 0, 0, 0, 0];
  const figures = Float64Array.from({ length: 36 }, (_, k) => one[k % 12]);
  const full = { ...ca, churnReasons: { codes, figures } };
  const compact = compactReasons({ codes: codes.slice(), figures: figures.slice() });
  const small = { ...ca, churnReasons: compact as unknown as typeof ca.churnReasons };
  // The worker's compact form first (the JSON's thread): before, reasonText 14 times here.
  for (const analysis of [small, full]) {
    const said = jest.spyOn(reasons, "reasonText");
    try {
      for (const lang of ["zh-CN", "en-US"] as const) {
        const texts = [0, 1, 2].map((i) =>
          customerJson(analysis, i, lang, levels).churnRisk.reasons.map((r) => r.text),
        );
        // Not vacuous: two reasons each, the words reasonText gives for them.
        expect(texts[0]).toHaveLength(2);
        expect(texts[0][0]).toBe(
          reasons.reasonText(
            "overdue_vs_rhythm",
            figures.subarray(4, 8),
            lang,
            ca.visitsAppointments,
          ),
        );
        expect(texts[1]).toEqual(texts[0]);
        expect(texts[2]).toEqual(texts[0]);
      }
      // Before: 6 per language (3 customers × 2 reasons), and the 2 expectations' own calls.
      expect(said).toHaveBeenCalledTimes(2 * 2 + 2);
    } finally {
      said.mockRestore();
    }
  }
});
