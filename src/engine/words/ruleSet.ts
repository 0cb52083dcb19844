/**
 * Words of the rule-set file: the printed file's comment (rules/index.ts ruleSetJson), what is wrong
 * with a rule set (rules/validate.ts, and the checks in rules/schema.ts and service.ts), the value
 * types those messages name, and what a migration from an earlier version changed (rules/migrate.ts).
 * Registered as sections `ruleSetFile`, `ruleErrors`, `ruleTypes` and `ruleMigration`. The field
 * explanations are in ruleDocs.ts. A message starts with the field's path ("window.months: …"),
 * which stays as the user wrote it in the file.
 */

export const RULE_SET_FILE_EN = {
  comment:
    "Customer analytics rule set. Keep only the fields you change; the rest take their defaults. _doc entries explain and are ignored when read.",
};
export const RULE_SET_FILE_ZH: Record<keyof typeof RULE_SET_FILE_EN, string> = {
  comment: "客户分析规则集。只需保留要修改的字段，其余取默认值。_doc 为说明，读取时忽略。",
};

export const RULE_ERRORS_EN = {
  /** The path of a problem with the whole document (not one field). */
  wholeRuleSet: "(rule set)",
  /** A problem after the field it concerns: "window.months: expected ≥ 1, got 0". */
  fieldProblem: "{path}: {problem}",
  nestedTooDeep:
    "nested more than {depth} levels deep; not a rule set (a rule set is only a few levels deep)",
  notJson: "not valid JSON: the error is at line {line}, column {column}",
  wholeNumber: "expected a whole number",
  wrongType: "expected {expected}, got {got}",
  exactItems: "expected exactly {n} items",
  minItems: "expected at least {n} items",
  maxItems: "expected at most {n} items",
  bound: "expected {op} {bound}, got {got}",
  oneOf: "expected one of {options}; got {got}",
  /**
   * A number option given as text: "version": "2" (tester45 #8 read "expected one of 2; got "2"").
   * {text}: as written, trimmed ("012" is not said to be "12": reviewer46 L1).
   */
  numberNotText: 'must be the number {value}, not the text "{text}": write {value}, without quotes',
  /** Between the options of oneOf. */
  optionSeparator: ", ",
  unknownField: "unknown field (misspelt?)",
  unknownFieldNear: "unknown field: did you mean {suggestion}?",
  dateFormat: "expected a date as YYYY-MM-DD",
  /** asOf given as a number; {problem} is the typed date's words (typedDate section) for its digits. */
  dateNumber:
    "{problem}; a number is not read as a date (nor as an Excel date serial): write the date in quotes, as text",
  /** asOf given as a number whose digits are a date (20251231). */
  dateNumberQuote: 'the number {value} is not read as a date: write it in quotes, "{value}"',
  badFormat: "does not have the expected format",
  invalid: "invalid value",
  // The rule set's own checks (rules/schema.ts, service.ts).
  cutPointsAscending: "cut points must be in ascending order",
  rangeMinMax: "range [min, max] must have min ≤ max",
  uncoveredScores: "{count} score combinations match no segment ({shown}); add a catch-all last",
  shareSum: "highShare + mediumShare must not exceed 1",
  levelsOrder: "medium must not be above high",
  detractorBelowPromoter: "must be below npsPromoterMin ({promoterMin})",
  currencyUnknown: "expected a currency the report can show: {currencies}",
};
export const RULE_ERRORS_ZH: Record<keyof typeof RULE_ERRORS_EN, string> = {
  wholeRuleSet: "整个规则集",
  fieldProblem: "{path}：{problem}",
  nestedTooDeep: "嵌套超过 {depth} 层，不是规则集（规则集最深只有几层）",
  notJson: "不是有效的 JSON：错误在第 {line} 行第 {column} 列",
  wholeNumber: "应为整数",
  wrongType: "应为{expected}，实际为{got}",
  exactItems: "应正好有 {n} 项",
  minItems: "至少应有 {n} 项",
  maxItems: "最多只能有 {n} 项",
  bound: "应 {op} {bound}，实际为 {got}",
  oneOf: "应为以下之一：{options}；实际为 {got}",
  numberNotText: '应为数字 {value}，而不是文本 "{text}"：请写作 {value}，不加引号',
  optionSeparator: ", ",
  unknownField: "未知的字段（拼写有误？）",
  unknownFieldNear: "未知的字段：您是否想输入 {suggestion}？",
  dateFormat: "应为 YYYY-MM-DD 格式的日期",
  dateNumber:
    "{problem}；数字不按日期读取（也不按 Excel 日期序号读取）：请把日期加上英文双引号，写成文本",
  dateNumberQuote: '数字 {value} 不按日期读取：请加上英文双引号，写作 "{value}"',
  badFormat: "格式不正确",
  invalid: "值无效",
  cutPointsAscending: "分界点必须按从小到大排列",
  rangeMinMax: "范围 [最小, 最大] 中最小值不能大于最大值",
  uncoveredScores: "有 {count} 个评分组合不属于任何分群（{shown}），请在最后加一个兜底分群",
  shareSum: "highShare 与 mediumShare 之和不能超过 1",
  levelsOrder: "medium 不能高于 high",
  detractorBelowPromoter: "应低于 npsPromoterMin（{promoterMin}）",
  currencyUnknown: "应为报告能显示的币种：{currencies}",
};

/** The kinds of value a rule-set field takes, as the messages above name them (zod's type names). */
export const RULE_TYPES_EN = {
  number: "a number",
  int: "a whole number",
  string: "text",
  boolean: "true or false",
  object: "an object {…}",
  array: "a list […]",
  tuple: "a list […]",
  null: "null (no value)",
  undefined: "missing",
};
export const RULE_TYPES_ZH: Record<keyof typeof RULE_TYPES_EN, string> = {
  number: "数字",
  int: "整数",
  string: "文本",
  boolean: "true 或 false",
  object: "对象 {…}",
  array: "数组 […]",
  tuple: "数组 […]",
  null: "空值（null）",
  undefined: "缺失",
};

/** What bringing a version-1 rule set up to date changed (rules/migrate.ts). */
export const RULE_MIGRATION_EN = {
  levelsDropped:
    "churn.levels were 0–100 score bands and are now probabilities of no purchase: the defaults apply",
  factorsMoved:
    "churn.factors' weights are no longer used (weights are learned from the workbook's own history); lookbacks moved to churn.signals",
  oldNameIgnored:
    "churn.inactiveDays is the old name of churn.churnedAfterDays; both are given, so churn.churnedAfterDays applies and churn.inactiveDays is ignored",
};
export const RULE_MIGRATION_ZH: Record<keyof typeof RULE_MIGRATION_EN, string> = {
  levelsDropped: "churn.levels 原为 0–100 风险分的分界，现为不再购买的概率阈值：已改用默认值",
  factorsMoved:
    "churn.factors 的权重不再使用（权重由工作簿自身的历史学习）；回看天数已移至 churn.signals",
  oldNameIgnored:
    "churn.inactiveDays 是 churn.churnedAfterDays 的旧名称；两者都已给出，按 churn.churnedAfterDays，忽略 churn.inactiveDays",
};
