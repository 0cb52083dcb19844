import { defaultRules } from "../../src/engine/rules";
import { saveSettings } from "../../src/taskpane/choices";
import { workbookLooker } from "../../src/taskpane/look";
import { openPane } from "../../src/taskpane/opening";
import { saveLanguage } from "../../src/taskpane/paneLanguage";
import { initialState, paneReducer, type PaneState } from "../../src/taskpane/paneState";
import { createSimulatedExcel, SimWorkbook } from "../../src/workbook/simulator";

/**
 * A workbook with its inputs under names the pane does not find by itself (so only the saved
 * sheet choice finds them), and saved settings: English chosen, a rule set's analysis date.
 */
async function savedBook() {
  const workbook = SimWorkbook.fromSheets({
    Accounts: [
      ["Customer ID", "Name"],
      ["C1", "Acme"],
    ],
    Sales: [
      ["Customer ID", "Date", "Amount"],
      ["C1", "2025-01-02", 10],
    ],
  });
  const { run } = createSimulatedExcel(workbook);
  const rules = { ...defaultRules(), asOf: "2025-06-30" };
  const choices = { sheets: { customers: "Accounts", transactions: "Sales" }, columns: {} };
  await saveSettings(run, { rules, choices });
  await saveLanguage(run, "en-US");
  return { workbook, run, rules, choices };
}

/** The pane's state as its reducer makes it from what the opening says. */
function pane() {
  let state = initialState("zh-CN");
  const dispatch = (a: Parameters<typeof paneReducer>[1]) => (state = paneReducer(state, a));
  return { dispatch, looker: workbookLooker(dispatch), state: (): PaneState => state };
}

describe("openPane: what the pane reads when it opens", () => {
  test("reads the language, the saved settings and the inputs they point to", async () => {
    const { run, rules, choices } = await savedBook();
    const p = pane();
    await openPane({ run, display: "zh-CN", looker: p.looker, dispatch: p.dispatch });
    const s = p.state();
    expect([s.lang, s.langSource]).toEqual(["en-US", "chosen"]);
    expect([s.rules.asOf, s.choices, s.settingsRead]).toEqual([rules.asOf, choices, true]);
    expect(s.detection?.inputs.customers.sheet).toBe("Accounts");
    expect(s.loadProblem).toBeNull();
  });

  test("an unreadable workbook at start, then readable: opening again reads the saved settings (stop 51)", async () => {
    const { workbook, run, rules, choices } = await savedBook();
    const p = pane();
    let known = 0;
    workbook.failSync(1); // the first read (the saved language) fails
    await openPane({
      run,
      display: "zh-CN",
      looker: p.looker,
      dispatch: p.dispatch,
      languageKnown: () => known++,
    });
    let s = p.state();
    expect([s.loadProblem?.key, s.detecting, s.settingsRead, known]).toEqual([
      "loadFailed",
      false,
      false,
      1,
    ]);
    expect([s.lang, s.rules.asOf, s.choices.sheets]).toEqual(["zh-CN", defaultRules().asOf, {}]);
    // 重新查找 / Look again before the settings were read opens again (App.tsx lookAgain).
    await openPane({ run, display: "zh-CN", looker: p.looker, dispatch: p.dispatch });
    s = p.state();
    expect([s.lang, s.langSource, s.rules.asOf, s.choices]).toEqual([
      "en-US",
      "chosen",
      rules.asOf,
      choices,
    ]);
    expect([s.loadProblem, s.settingsRead]).toEqual([null, true]);
    expect(s.detection?.inputs.transactions.sheet).toBe("Sales");
  });

  test("what the user changed after a failed read is kept when the settings come (theirs is newer)", async () => {
    const { workbook, run, choices } = await savedBook();
    const p = pane();
    workbook.failSync(1);
    await openPane({ run, display: "zh-CN", looker: p.looker, dispatch: p.dispatch });
    const mine = { ...defaultRules(), asOf: "2025-01-31" };
    p.dispatch({ type: "rulesReplaced", rules: mine, notice: "imported" });
    await openPane({ run, display: "zh-CN", looker: p.looker, dispatch: p.dispatch });
    const s = p.state();
    // The rule set is the user's; the sheets they did not touch are the saved ones.
    expect([s.rules, s.choices]).toEqual([mine, choices]);
  });

  test("nothing is said once the pane has left", async () => {
    const { run } = await savedBook();
    const said: string[] = [];
    await openPane({
      run,
      display: "zh-CN",
      looker: workbookLooker((a) => said.push(a.type)),
      dispatch: (a) => said.push(a.type),
      live: () => false,
    });
    expect(said).toEqual([]);
  });
});
