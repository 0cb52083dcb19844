import type { ColumnOverrides } from "../engine/ingest/header";
import { foldHeader } from "../engine/parse/text";
import { defaultRules, parseRuleSet, type RuleSet } from "../engine/rules";
import type { Lang, SheetKind } from "../engine/schema";
import type { ExcelRun } from "../workbook/office/run";
import type { Detection } from "./inputs";
import { loadWorkbookSettings, saveWorkbookSettings } from "../workbook/office/settings";

/**
 * The settings kept in the workbook: the rule set and the user's choices of sheets and columns.
 */

/** The user's choices of sheets and columns (saved in the workbook with the rule set). */
export interface Choices {
  sheets: Partial<Record<SheetKind, string>>;
  columns: Partial<Record<SheetKind, ColumnOverrides>>;
}

export interface LoadedSettings {
  rules: RuleSet;
  /** Why the saved rule set was not used (it no longer validates): the defaults apply. */
  rulesProblems: string[];
  choices: Choices;
}

/**
 * Reads the rule set and the sheet and column choices saved in the workbook. A saved rule set
 * that no longer validates is reported and replaced by the defaults.
 *
 * @example const { rules, choices } = await loadSettings(Excel.run, "zh-CN");
 */
export async function loadSettings(run: ExcelRun, lang: Lang): Promise<LoadedSettings> {
  const saved = await loadWorkbookSettings(run);
  let rules = defaultRules();
  let rulesProblems: string[] = [];
  if (saved.rules !== undefined) {
    const parsed = parseRuleSet(saved.rules, lang);
    if (parsed.ok) rules = parsed.rules;
    else rulesProblems = parsed.errors;
  }
  return {
    rules,
    rulesProblems,
    choices: { sheets: { ...(saved.sheets ?? {}) }, columns: { ...(saved.columns ?? {}) } },
  };
}

/**
 * Saves the rule set and/or the choices in the workbook (only what is given). Settings hold
 * configuration only: sheet names and header texts, never customer data.
 *
 * @example await saveSettings(Excel.run, { rules, choices });
 */
export async function saveSettings(
  run: ExcelRun,
  what: { rules?: RuleSet; choices?: Choices },
): Promise<void> {
  const settings: Parameters<typeof saveWorkbookSettings>[1] = {};
  if (what.rules) settings.rules = what.rules;
  if (what.choices) {
    const columns = Object.fromEntries(
      Object.entries(what.choices.columns).filter(([, m]) => m && Object.keys(m).length > 0),
    );
    settings.sheets = Object.keys(what.choices.sheets).length ? what.choices.sheets : null;
    settings.columns = Object.keys(columns).length ? columns : null;
  }
  await saveWorkbookSettings(run, settings);
}

/**
 * The choices after picking a sheet for an input: the old column corrections no longer apply.
 *
 * @example withSheet({ sheets: {}, columns: { customers: { name: "X" } } }, "customers", "客户").columns.customers // undefined
 */
export function withSheet(choices: Choices, kind: SheetKind, sheet: string): Choices {
  const columns = { ...choices.columns };
  delete columns[kind];
  return { sheets: { ...choices.sheets, [kind]: sheet }, columns };
}

/**
 * The choices after mapping a field to a header (null: back to automatic matching for that field).
 *
 * @example withColumn(empty, "transactions", "amount", "实付").columns.transactions // { amount: "实付" }
 */
export function withColumn(
  choices: Choices,
  kind: SheetKind,
  field: string,
  header: string | null,
): Choices {
  const map = { ...(choices.columns[kind] ?? {}) };
  if (header === null) delete map[field];
  else {
    // One column feeds one field: a header chosen here is no longer claimed by another field.
    for (const [f, h] of Object.entries(map)) if (h === header && f !== field) delete map[f];
    map[field] = header;
  }
  const columns = { ...choices.columns, [kind]: map };
  if (Object.keys(map).length === 0) delete columns[kind];
  return { sheets: { ...choices.sheets }, columns };
}

/**
 * The choices after mapping a field to a header on the Data step (withColumn). The Customers' ID
 * chosen is chosen on every other input's sheet (as `detection` found them) that names no customer
 * ID of its own and has a column of that header too, or had the Customers' earlier choice carried to
 * it; back to automatic, those carried go with it (tester67 U314: 卡号 chosen on 会员资料 had to be
 * chosen again on 收银流水, 满意度回访 and 签到记录).
 *
 * @example withColumnChoice(empty, detection, "customers", "customerId", "卡号").columns.transactions // { customerId: "卡号" }
 */
export function withColumnChoice(
  choices: Choices,
  detection: Detection | null,
  kind: SheetKind,
  field: string,
  header: string | null,
): Choices {
  let next = withColumn(choices, kind, field, header);
  if (kind !== "customers" || field !== "customerId" || !detection) return next;
  const before = choices.columns.customers?.customerId;
  for (const info of Object.values(detection.inputs)) {
    if (info.kind === "customers" || !info.sheet) continue;
    const own = choices.columns[info.kind]?.customerId;
    const carried = own !== undefined && own === before;
    if (own !== undefined && !carried) continue;
    const named =
      header === null ? undefined : info.headers.find((h) => foldHeader(h) === foldHeader(header));
    if (named === undefined) {
      if (carried) next = withColumn(next, info.kind, "customerId", null);
    } else if (carried || info.missing.includes("customerId"))
      next = withColumn(next, info.kind, "customerId", named);
  }
  return next;
}
