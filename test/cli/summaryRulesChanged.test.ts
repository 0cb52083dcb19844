import { analyzeWorkbook, type Analysis } from "../../src/engine/analyze";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { epochDay } from "../../src/engine/parse/date";
import { defaultRules } from "../../src/engine/rules";
import { summaryText } from "../../src/cli/summary";
import { outcomeOf } from "./outcome";

// Stop-20 tester RC: a rule-set change alone read as customers getting worse ("145 位变差、0 位变好",
// same data, same date). The summary line now says the rule set changed, and a same-date re-run.

async function outcomeWith(
  previousAsOf: number,
  previousHash: string,
  rulesChanged: boolean,
  more: Record<string, unknown> = {},
) {
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
    previous: { asOf: previousAsOf, ruleSetHash: previousHash },
    comparison: {
      wrongWay: new Int32Array(145),
      rightWay: new Int32Array(0),
      rulesChanged,
      ...more,
    },
  } as unknown as Analysis["changes"];
  return outcomeOf({ ...a, changes }, "zh-CN");
}

it("a new rule set and a same-date re-run are said on the changes line, both languages", async () => {
  const o = await outcomeWith(epochDay(2025, 12, 31), "d23ca7fc212a99", true);
  const hash = o.analysis.ruleSet.hash.slice(0, 12);
  expect(summaryText(o, "zh-CN")).toContain(
    `与同一分析日期（2025-12-31）的上次运行相比：145 位变差、0 位变好、0 位有升有降、0 位平移；新增 0 位；规则集已更改（d23ca7fc212a → ${hash}）：变化含规则的影响。详见“变化”表。`,
  );
  expect(summaryText(o, "en-US")).toContain(
    `Since the previous run of the same analysis date (2025-12-31): 145 customers moved the wrong way, 0 the right way, 0 both ways (mixed), 0 sideways; 0 new; the rule set changed (d23ca7fc212a → ${hash}): the changes include the rules' effect. See the Changes tab.`,
  );
});

it("same rules, earlier date: the line as before, nothing about rules", async () => {
  const o = await outcomeWith(epochDay(2025, 11, 30), "x", false);
  const zh = summaryText(o, "zh-CN");
  expect(zh).toContain(
    "与 2025-11-30 相比：145 位变差、0 位变好、0 位有升有降、0 位平移；新增 0 位。详见“变化”表。\n",
  );
  expect(zh).not.toContain("规则集已更改");
});

it("the program's judgment rules changed: said after the counts, both languages (tester15 #7)", async () => {
  const versions = (from: number) => ({
    judgmentChanged: true,
    previous: { judgmentVersion: from },
    current: { judgmentVersion: 2 },
  });
  const o = await outcomeWith(epochDay(2025, 11, 30), "x", false, versions(1));
  expect(summaryText(o, "zh-CN")).toContain(
    "与 2025-11-30 相比：145 位变差、0 位变好、0 位有升有降、0 位平移；新增 0 位；程序的判断规则已更新（版本 1 → 2）：变化含其影响。详见“变化”表。",
  );
  expect(summaryText(o, "en-US")).toContain(
    "0 new; the program's judgment rules changed (version 1 → 2): the changes include their effect. See the Changes tab.",
  );
  // A previous run made before versions were recorded: "an earlier version".
  const old = await outcomeWith(epochDay(2025, 11, 30), "x", false, versions(0));
  expect(summaryText(old, "zh-CN")).toContain(
    "；程序的判断规则已更新（上次运行由更早的版本生成，本次为版本 2）：变化含其影响。",
  );
  expect(summaryText(old, "en-US")).not.toContain("rule set changed");
});
