import { analyzeWorkbook, type Analysis } from "../../src/engine/analyze";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { epochDay } from "../../src/engine/parse/date";
import { defaultRules } from "../../src/engine/rules";
import { summaryText } from "../../src/cli/summary";
import { outcomeOf } from "./outcome";

// A new-user trial (stop 18, finding 16): a refresh wrote the Changes tab, the summary said nothing.
it("a refresh's summary says how many moved the wrong and the right way, both languages", async () => {
  const a = await analyzeWorkbook(
    memorySource({
      Customers: [["Customer ID"], ["A"]],
      Transactions: [
        ["Customer ID", "Date", "Amount"],
        ["A", "2025-06-01", 10],
      ],
    }),
    { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
  );
  const changes = {
    previous: { asOf: epochDay(2025, 11, 30) },
    comparison: { wrongWay: new Int32Array(74), rightWay: new Int32Array(45) },
  } as unknown as Analysis["changes"];
  const outcome = outcomeOf({ ...a, changes }, "en-US");
  expect(summaryText(outcome, "zh-CN")).toContain(
    "与 2025-11-30 相比的变化：74 位变差、45 位变好（见“变化”表）",
  );
  expect(summaryText(outcome, "en-US")).toContain(
    "Changes since 2025-11-30: 74 customers moved the wrong way, 45 the right way (see the Changes tab)",
  );
  expect(summaryText({ ...outcome, analysis: a }, "en-US")).not.toContain("Changes since");
  // New and deleted customers are said too (stop 25 trial: the tab listed 2,700 deleted, the line not).
  const withRemoved = {
    ...changes,
    comparison: { ...changes!.comparison, added: new Int32Array(3), removed: new Int32Array(2700) },
  } as unknown as Analysis["changes"];
  const both = outcomeOf({ ...a, changes: withRemoved }, "en-US");
  expect(summaryText(both, "en-US")).toContain(
    "45 the right way (see the Changes tab); 3 new, 2,700 no longer in the data",
  );
  expect(summaryText(both, "zh-CN")).toContain("（见“变化”表）；新增 3 位，数据中已没有 2,700 位");
});
