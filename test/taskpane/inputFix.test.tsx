import { InputError } from "../../src/engine/errors";
import { SHEET_KINDS, type SheetKind } from "../../src/engine/schema";
import { RunStep, type RunStepProps } from "../../src/taskpane/components/RunStep";
import type { Detection, InputInfo } from "../../src/taskpane/controller";
import { translator } from "../../src/taskpane/i18n";
import { blockText, nextStepText } from "../../src/taskpane/inputFix";
import { blockingInput, initialState, paneReducer } from "../../src/taskpane/paneState";
import { fromWire, toWire } from "../../src/taskpane/worker/protocol";
import { render } from "./components/render";

/**
 * A required column unmapped (stop 51 tester P2): Run said nothing and stayed enabled, and the
 * error after the run did not point at the one dropdown on Data that fixes it.
 */

/** Every input found on a sheet of its own name, `change` applied to the transactions. */
function detection(change: Partial<InputInfo> = {}): Detection {
  const inputs = {} as Record<SheetKind, InputInfo>;
  for (const kind of SHEET_KINDS)
    inputs[kind] = {
      kind,
      required: kind === "customers" || kind === "transactions",
      sheet: kind === "transactions" ? "交易" : kind,
      chosen: false,
      headerRow: 1,
      headers: [],
      mapping: {},
      missing: [],
      corrected: [],
      ...(kind === "transactions" ? change : {}),
    };
  return { names: [...SHEET_KINDS], inputs };
}

const detected = (d: Detection) =>
  paneReducer(initialState("zh-CN"), { type: "detected", detection: d });

describe("a required input the run cannot read, before the run", () => {
  test("a required column with no column blocks the run, named with its input", () => {
    expect(blockingInput(detected(detection()))).toBeNull();
    expect(blockingInput(detected(detection({ missing: ["amount"] })))).toEqual({
      kind: "transactions",
      sheet: "交易",
      fields: ["amount"],
    });
    expect(blockingInput(detected(detection({ headerRow: null })))).toEqual({
      kind: "transactions",
      sheet: "交易",
      fields: [],
    });
  });

  test("an optional input with a column missing does not block the run", () => {
    const d = detection();
    d.inputs.surveys.missing = ["date"];
    expect(blockingInput(detected(d))).toBeNull();
  });

  test("in words: which input, which column, and where to choose it (zh-CN, en-US)", () => {
    const amount = { kind: "transactions" as const, sheet: "交易", fields: ["amount"] };
    expect(blockText(amount, "zh-CN")).toBe(
      "还不能运行：“交易”表缺少必需的列“金额”。请在“数据”页的“交易”下为它选择一列。",
    );
    expect(blockText({ ...amount, sheet: "Transactions" }, "en-US")).toBe(
      "Cannot run yet: the Transactions sheet has no column for “Amount” (required). Choose one under Data → Transactions.",
    );
    // A sheet called otherwise is named too.
    expect(blockText({ ...amount, sheet: "销售", fields: ["date", "amount"] }, "zh-CN")).toBe(
      "还不能运行：“交易”表（工作表“销售”）缺少必需的列“日期”、“金额”。请在“数据”页的“交易”下为它选择一列。",
    );
    expect(blockText({ kind: "customers", sheet: null, fields: [] }, "en-US")).toBe(
      "Cannot run yet: no Customers sheet found (required). Choose it under Data.",
    );
  });
});

describe("after a run stopped at an input", () => {
  test("the next step names the input and the column", () => {
    const at = { kind: "transactions" as const, fields: ["amount"] };
    expect(nextStepText(at, "zh-CN")).toBe(
      "下一步：在“数据”页的“交易”下为“金额”选择一列，再运行分析。",
    );
    expect(nextStepText(at, "en-US")).toBe(
      "Next step: under Data → Transactions, choose the column for “Amount”, then run again.",
    );
    expect(nextStepText({ kind: "customers", fields: [] }, "zh-CN")).toBe(
      "下一步：在“数据”页检查“客户”用的工作表，再运行分析。",
    );
  });

  test("where to fix it survives the worker's boundary", () => {
    const error = new InputError("Sheet", "工作表");
    error.at = { kind: "transactions", fields: ["amount"] };
    const back = fromWire(toWire(error)) as InputError;
    expect(back).toBeInstanceOf(InputError);
    expect(back.at).toEqual(error.at);
    expect((fromWire(toWire(new InputError("x"))) as InputError).at).toBeUndefined();
  });

  test("Go to Data opens that input on the Data step; a step shown by its tab does not", () => {
    const onRun = { ...initialState("zh-CN"), step: "run" as const };
    const sent = paneReducer(onRun, { type: "fixInput", kind: "transactions" });
    expect(sent.step).toBe("data");
    expect(sent.focusInput).toEqual({ kind: "transactions", seq: 1 });
    const again = paneReducer(sent, { type: "fixInput", kind: "transactions" });
    expect(again.focusInput?.seq).toBe(2);
    expect(paneReducer(again, { type: "step", step: "data" }).focusInput).toBeNull();
  });
});

describe("the Run step", () => {
  function props(lang: "zh-CN" | "en-US", change: Partial<RunStepProps>): RunStepProps {
    return {
      lang,
      t: translator(lang),
      asOf: "2025-12-31",
      progress: null,
      cancelling: false,
      blocked: null,
      hasResults: false,
      error: null,
      errorFix: null,
      lastDuration: null,
      onRun: () => undefined,
      onCancel: () => undefined,
      onFixInput: () => undefined,
      ...change,
    };
  }

  test.each(["zh-CN", "en-US"] as const)(
    "%s: blocked by an input: the reason, a Go to Data button, and Run disabled",
    (lang) => {
      const t = translator(lang);
      const text = blockText({ kind: "transactions", sheet: "x", fields: ["amount"] }, lang);
      const { html, text: shown } = render(
        <RunStep {...props(lang, { blocked: { text, input: "transactions" } })} />,
      );
      expect(shown).toContain(text);
      expect(shown).toContain(t("goToData"));
      const run = html.match(/<button[^>]*>(?:(?!<\/button>).)*<\/button>/g)!;
      expect(run.find((b) => b.includes(t("runButton")))).toMatch(/disabled/);
      expect(run.find((b) => b.includes(t("goToData")))).not.toMatch(/disabled/);
    },
  );

  test.each(["zh-CN", "en-US"] as const)(
    "%s: a run stopped at an input: its error, the next step and a Go to Data button",
    (lang) => {
      const t = translator(lang);
      const next = nextStepText({ kind: "transactions", fields: ["amount"] }, lang);
      const { text } = render(
        <RunStep
          {...props(lang, {
            error: { kind: "input", text: "工作表“交易”：缺少必需的列“金额”" },
            errorFix: { text: next, input: "transactions" },
          })}
        />,
      );
      expect(text).toContain("缺少必需的列“金额”");
      expect(text).toContain(next);
      expect(text).toContain(t("goToData"));
    },
  );

  test("rules invalid: the reason, no Go to Data", () => {
    const t = translator("en-US");
    const { text } = render(
      <RunStep {...props("en-US", { blocked: { text: t("fixRulesFirst"), input: null } })} />,
    );
    expect(text).toContain(t("fixRulesFirst"));
    expect(text).not.toContain(t("goToData"));
  });
});
