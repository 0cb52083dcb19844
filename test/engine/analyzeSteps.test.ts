import { analyzeWorkbook, type Progress } from "../../src/engine/analyze";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { epochDay } from "../../src/engine/parse/date";
import { defaultRules } from "../../src/engine/rules";

// Stop-21 words, item 6: a first run's progress said "… comparing with the last run" / "… 对比上次运行的
// 变化" although there was no last run. The step is reported only when there is one.
test("a run without a previous one reports no comparison step", async () => {
  const steps: string[] = [];
  await analyzeWorkbook(
    memorySource({
      Customers: [["Customer ID"], ["A"], ["B"]],
      Transactions: [
        ["Customer ID", "Date", "Amount"],
        ["A", "2025-06-01", 10],
        ["B", "2025-07-01", 20],
      ],
    }),
    {
      rules: defaultRules(),
      asOf: epochDay(2025, 12, 31),
      onProgress: (p: Progress) => void (p.step === "analyze" && steps.push(p.detail)),
    },
  );
  expect(steps).toContain("followUps");
  expect(steps).not.toContain("changes");
});
