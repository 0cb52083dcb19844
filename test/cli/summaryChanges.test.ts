import { DIMENSIONS } from "../../src/engine/changes/snapshot";
import { analyzeWorkbook, type Analysis } from "../../src/engine/analyze";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { epochDay } from "../../src/engine/parse/date";
import { defaultRules } from "../../src/engine/rules";
import { summaryText } from "../../src/cli/summary";
import { outcomeOf } from "./outcome";

// A new-user trial (stop 18, finding 16): a refresh wrote the Changes tab, the summary said nothing.
// The line is the Overview's sentence, sideways included (stop 38, reviewer13 D5: one owner).

/** `changes` with `extra` in their comparison. */
const withComparison = (changes: Analysis["changes"], extra: Record<string, unknown>) =>
  ({
    ...changes,
    comparison: { ...changes!.comparison, ...extra },
  }) as unknown as Analysis["changes"];

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
    comparison: {
      wrongWay: new Int32Array(74),
      rightWay: new Int32Array(45),
      mixedMoves: new Int32Array(2),
      sidewaysMoves: new Int32Array(7),
    },
  } as unknown as Analysis["changes"];
  const outcome = outcomeOf({ ...a, changes }, "en-US");
  expect(summaryText(outcome, "zh-CN")).toContain(
    "与 2025-11-30 相比：74 位变差、45 位变好、2 位有升有降、7 位平移；新增 0 位。详见“变化”表。\n",
  );
  expect(summaryText(outcome, "en-US")).toContain(
    "Since 2025-11-30: 74 customers moved the wrong way, 45 the right way, 2 both ways (mixed), 7 sideways; 0 new. See the Changes tab.\n",
  );
  expect(summaryText({ ...outcome, analysis: a }, "en-US")).not.toContain("moved the wrong way");
  // New and deleted customers are said too (stop 25 trial: the tab listed 2,700 deleted, the line not).
  const withRemoved = withComparison(changes, {
    added: new Int32Array(3),
    removed: new Int32Array(2700),
  });
  const both = outcomeOf({ ...a, changes: withRemoved }, "en-US");
  expect(summaryText(both, "en-US")).toContain(
    "7 sideways; 3 new, 2,700 no longer in the data. See the Changes tab.",
  );
  expect(summaryText(both, "zh-CN")).toContain(
    "；新增 3 位，数据中已没有 2,700 位。详见“变化”表。",
  );
  // None removed: not "0 no longer in the data" (reviewer13 D5).
  const onlyAdded = withComparison(changes, {
    added: new Int32Array(3),
    removed: new Int32Array(0),
  });
  const added = outcomeOf({ ...a, changes: onlyAdded }, "zh-CN");
  expect(summaryText(added, "zh-CN")).toContain("；新增 3 位。详见“变化”表。\n");
  expect(summaryText(added, "zh-CN")).not.toContain("已没有");
  expect(summaryText(added, "en-US")).toContain("; 3 new. See the Changes tab.\n");
  // Only the causes that moved someone (tester15 #11: all 8 moved with the cut-offs, the sentence
  // named three causes); counts only when more than one cause did.
  const cutOffsOnly = withComparison(changes, { cutOffMoves: new Int32Array(8) });
  const one = outcomeOf({ ...a, changes: cutOffsOnly }, "zh-CN");
  expect(summaryText(one, "zh-CN")).toContain("7 位平移，另有 8 位仅因分档门槛而移动；新增 0 位。");
  expect(summaryText(one, "en-US")).toContain(
    "7 sideways, 8 more moved only with the cut-offs; 0 new.",
  );
  const twoCauses = withComparison(changes, {
    refitMoves: new Int32Array(5),
    dataChangedList: new Int32Array(1),
  });
  const two = outcomeOf({ ...a, changes: twoCauses }, "zh-CN");
  expect(summaryText(two, "zh-CN")).toContain(
    "另有 6 位仅因流失模型重新拟合（5 位）或数据更正（1 位）而移动；",
  );
  expect(summaryText(two, "en-US")).toContain(
    "6 more moved only with the churn model's refit (5) or corrected data (1); 0 new.",
  );
  // Time alone has its own bracket: the count goes inside it, not "（已流失客户）（48 位）"
  // after it (tester43 #12). Customers 0-1 by the two-day rule (the stage bit), 2-4 already churned.
  const stageBit = 1 << DIMENSIONS.indexOf("lifecycleStage");
  const byTime = new Uint8Array(5);
  byTime.set([stageBit, stageBit, 1, 1, 1]);
  const timeCauses = withComparison(changes, {
    cutOffMoves: new Int32Array(8),
    byTimeMoves: Int32Array.from([0, 1, 2, 3, 4]),
    byTime,
    matureAfterDays: 365,
  });
  const time = outcomeOf({ ...a, changes: timeCauses }, "zh-CN");
  expect(summaryText(time, "zh-CN")).toContain(
    "另有 13 位仅因分档门槛（8 位）或时间推移（2 位只在两天购买，首次购买满 365 天；3 位已流失）而移动；",
  );
  expect(summaryText(time, "en-US")).toContain(
    "13 more moved only with the cut-offs (8) or time alone (2 with two purchase days, the first 365+ days ago; 3 already churned); 0 new.",
  );
  // Time alone of both kinds and nothing else: one cause, both counts (tester44 #8a: "time alone
  // (1 …) or time alone (42 already churned)" read as a duplicate).
  const timeOnly = withComparison(changes, {
    byTimeMoves: Int32Array.from([0, 1, 2, 3, 4]),
    byTime,
    matureAfterDays: 365,
  });
  const onlyTime = outcomeOf({ ...a, changes: timeOnly }, "zh-CN");
  expect(summaryText(onlyTime, "zh-CN")).toContain(
    "另有 5 位仅因时间推移（2 位只在两天购买，首次购买满 365 天；3 位已流失）而移动；",
  );
  expect(summaryText(onlyTime, "en-US")).toContain(
    "5 more moved only with time alone (2 with two purchase days, the first 365+ days ago; 3 already churned); 0 new.",
  );
});

// Stop 31 tester #5: moves by cut-offs alone were counted worse / better, a customer whose history
// changed was not said at all, and a refresh without the Surveys the last run read said nothing.
it("a refresh's summary says what it counted neither way and which input sheets it left out", async () => {
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
    previous: { asOf: epochDay(2025, 12, 31) },
    comparison: {
      wrongWay: new Int32Array(0),
      rightWay: new Int32Array(2),
      cutOffMoves: new Int32Array(2),
      refitMoves: new Int32Array(4),
      dataChangedList: new Int32Array(3),
      sheetsLeftOut: ["surveys", "complaints", "contacts"],
    },
  } as unknown as Analysis["changes"];
  const outcome = outcomeOf({ ...a, changes }, "en-US");
  const en = summaryText(outcome, "en-US");
  // Refit moves apart from the cut-offs' (refresh8: one count held both).
  expect(en).toContain(
    "\n  2 customers moved only because the cut-offs moved with other customers' figures (their own unchanged): not counted as wrong or right way\n",
  );
  expect(en).toContain(
    "\n  4 customers changed churn risk level only because the churn model was refit on the other customers' changed data (their own figures unchanged): not counted as wrong or right way\n",
  );
  expect(en).toContain(
    "\n  For 3 customers the data up to 2025-12-31 (purchases, surveys, complaints or contacts) differ from what the previous run read (corrected, added late or removed): not counted as wrong or right way; check the data (see the Changes tab)\n",
  );
  expect(en).toContain(
    "\n  The previous run also read Surveys, Complaints, Contacts; this one did not: some of these movements come from that, not from the customers\n",
  );
  // The changes sentence counts them too, so that its counts add up to every mover (judge15: the
  // zh December refresh's 8 moved with the cut-offs were in none of its counts).
  expect(en).toContain(
    "0 sideways, 9 more moved only with the cut-offs (2), the churn model's refit (4) or corrected data (3); 0 new.",
  );
  const zh = summaryText(outcome, "zh-CN");
  expect(zh).toContain(
    "0 位平移，另有 9 位仅因分档门槛（2 位）、流失模型重新拟合（4 位）或数据更正（3 位）而移动；新增 0 位。",
  );
  expect(zh).toContain(
    "\n  2 位客户仅因分档门槛随其他客户的数据变化而移动（自身数据未变），未计入变差或变好\n",
  );
  expect(zh).toContain(
    "\n  4 位客户仅因流失模型随其他客户数据的变化重新拟合而改变流失风险等级（自身数据未变），未计入变差或变好\n",
  );
  expect(zh).toContain(
    "\n  3 位客户截至 2025-12-31 的数据（交易、满意度调查、投诉或跟进记录）与上次运行读取的不同",
  );
  expect(zh).toContain("\n  上次运行还读取了满意度调查、投诉、跟进记录，本次没有");
  const added = withComparison(changes, { sheetsLeftOut: [], sheetsAdded: ["surveys"] });
  expect(summaryText(outcomeOf({ ...a, changes: added }, "en-US"), "en-US")).toContain(
    "\n  This run also read Surveys; the previous one did not: some of these movements come from that, not from the customers\n",
  );
  // None of them: no such line.
  const plain = {
    ...changes,
    comparison: { wrongWay: new Int32Array(1), rightWay: new Int32Array(2) },
  } as unknown as Analysis["changes"];
  const none = summaryText(outcomeOf({ ...a, changes: plain }, "en-US"), "en-US");
  expect(none).not.toMatch(/cut-offs|differ from the data|also read/);
});
