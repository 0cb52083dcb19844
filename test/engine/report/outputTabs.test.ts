import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Cell } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import {
  loggedTabs,
  OUTPUT_TAB_KEYS,
  OUTPUT_TABS,
  RETIRED_COLUMNS,
  retiredHeaders,
  type RetiredColumn,
  tabName,
  type OutputTab,
  type TabSpec,
} from "../../../src/engine/report/outputTabs";
import { analysisTables, tabsWritten } from "../../../src/engine/report/tabs";
import { snapshotOf } from "../../../src/engine/changes";
import { defaultRules } from "../../../src/engine/rules";
import type { Lang } from "../../../src/engine/schema";

const LANGS: Lang[] = ["zh-CN", "en-US"];
import { tabOfOwnedName, ownedTabName } from "../../../src/workbook/ownedTabs";
import HEADERS_STOP_31 from "./tabHeaders.stop31.json";

const asOf = epochDay(2025, 12, 31);
const sheets = {
  客户: [
    ["客户编号", "客户名称"],
    [1, "甲"],
    [2, "乙"],
  ],
  交易: [
    ["客户编号", "日期", "金额"],
    [1, "2025-12-21", 100],
    [2, "2024-01-05", 300],
    [1, "2025-11-30", 50],
  ],
};

/**
 * The headers each retired column was written under, [zh-CN, en-US] (the stop-31 words): the add-in
 * finds the column in a user's workbook by these, so they must not change.
 */
const RETIRED_HEADERS: Partial<Record<OutputTab, Record<string, [string, string]>>> = {
  segments: { pAlive: ["存活概率", "P(alive)"] },
  runLog: { customerListRows: ["客户清单输出行数", "Customer list rows"] },
};

/** True when `keys` are `registry` with some left out, in the same order. */
function inRegistryOrder(keys: string[], registry: readonly string[]): boolean {
  let at = 0;
  for (const key of keys) {
    const i = registry.indexOf(key, at);
    if (i < 0) return false;
    at = i + 1;
  }
  return true;
}

/**
 * Every table's column keys as of stop 30. Keys are only ever appended, or a key is retired by
 * listing it in RETIRED_COLUMNS (outputTabs.ts): a user's structured reference or Power Query step
 * names them. Add a new tab's list here when it lands; never take a key out of it.
 */
const KEYS_STOP_30: Partial<Record<OutputTab, readonly string[]>> = {
  segments: [
    "id",
    "name",
    "type",
    "owner",
    "region",
    "firstPurchase",
    "lastPurchase",
    "orders",
    "recencyDays",
    "frequency",
    "monetary",
    "rScore",
    "fScore",
    "mScore",
    "rfmSegment",
    "valueClass",
    "valueTier",
    "lifecycleStage",
    "churnRiskProbability",
    "churnRiskLevel",
    "churnRiskReasons",
    "nextFollowUp",
    "pAlive", // retired at stop 36 (RETIRED_COLUMNS; tester11 #3, report/tabs.ts says why)
    "expectedPurchases",
    "clv",
    "expectedNextPurchase",
  ],
  followUps: [
    "followUpDate",
    "owner",
    "customerId",
    "customerName",
    "phone",
    "reason",
    "talkingPoint",
    "channel",
    "priority",
    "dueDate",
    "overdueDays",
    "plannedFrom",
    "status",
    "note",
    "email",
    "valueTier",
    "valueAtStake",
    "lastPurchase",
    "churnProbability",
    "churnReasons",
  ],
  dataQuality: [
    "sheet",
    "row",
    "column",
    "problem",
    "severity",
    "value",
    "message",
    "file",
    "code",
  ],
  customerList: [],
  runLog: [
    "at",
    "source",
    "ruleSetVersion",
    "ruleSetHash",
    "analysisDate",
    ...["customers", "transactions", "surveys", "complaints", "contacts"].flatMap((k) =>
      ["Read", "Used", "Rejected"].map((x) => k + x),
    ),
    "segmentsRows",
    "followUpsRows",
    "satisfactionRows",
    "complaintsRows",
    "overviewRows",
    "dataQualityRows",
    "customerListRows", // retired at stop 44 (RETIRED_COLUMNS; tester44 #9: blank in every run)
    "changesRows",
    "runStateRows",
    "validationRows",
    "durationSeconds",
    "activeCustomers",
    "revenue",
    "retentionRate",
    "churnRate",
    "repeatPurchaseRate",
    "csat",
    "nps",
    "highRiskCustomers",
    "backtestAuc",
    "warnings",
    "atRiskRows",
    // The Visits input's counts (stop 62, tester61 U112), appended.
    "visitsRead",
    "visitsUsed",
    "visitsRejected",
  ],
  atRisk: [
    "id",
    "name",
    "owner",
    "valueTier",
    "monetary",
    "valueAtStake",
    "churnRiskProbability",
    "churnRiskLevel",
    "churnRiskReasons",
    "phone",
    "nextFollowUp",
  ],
};

describe("the output-tab registry", () => {
  test("column keys are only appended, or retired by listing them in RETIRED_COLUMNS: every table's keys of stop 30 but the retired still lead its entry, in order", () => {
    for (const t of OUTPUT_TAB_KEYS) {
      const spec: TabSpec = OUTPUT_TABS[t];
      if (spec.kind === "layout" || t === "runState") continue; // the hidden state is ours alone
      const before = KEYS_STOP_30[t];
      expect({ tab: t, listed: before !== undefined }).toEqual({ tab: t, listed: true });
      const retired = new Set((RETIRED_COLUMNS[t] ?? []).map((c) => c.key));
      const kept = before!.filter((k) => !retired.has(k));
      expect({ tab: t, keys: spec.columns.slice(0, kept.length) }).toEqual({ tab: t, keys: kept });
    }
  });

  test("a retired column is one the tab had, is no longer written, and is found by the headers it was written under", () => {
    // The add-in deletes a live table's column under a retired header before a refresh copies the
    // new layout in (office/commit.ts): a header that is also a current one would delete a live column.
    for (const [tab, list] of Object.entries(RETIRED_COLUMNS) as [OutputTab, RetiredColumn[]][]) {
      for (const c of list) {
        expect({ tab, key: c.key, had: KEYS_STOP_30[tab]?.includes(c.key) }).toEqual({
          tab,
          key: c.key,
          had: true,
        });
        expect(OUTPUT_TABS[tab].columns as readonly string[]).not.toContain(c.key);
        expect([c.header["zh-CN"], c.header["en-US"]]).toEqual(RETIRED_HEADERS[tab]?.[c.key]);
        expect(retiredHeaders(tab)).toEqual(expect.arrayContaining(RETIRED_HEADERS[tab]![c.key]));
        const pinned = HEADERS_STOP_31 as unknown as Record<string, Record<string, string[]>>;
        const current = Object.values(pinned[tab] ?? {}).flat();
        expect(current.filter((h) => retiredHeaders(tab).includes(h))).toEqual([]);
      }
    }
    expect(Object.keys(RETIRED_COLUMNS)).toEqual(Object.keys(RETIRED_HEADERS));
  });

  test("every table a run writes is registered, with its name and column keys in order", async () => {
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    for (const lang of LANGS) {
      const tables = analysisTables(a, lang, { at: asOf, durationSeconds: 1, source: "cli" });
      for (const t of tables) {
        const spec = OUTPUT_TABS[t.tab];
        expect(t.sheetName).toBe(tabName(t.tab, lang));
        if (spec.kind === "layout") continue;
        const keys = t.columns.map((c) => c.key);
        // The hidden state's entry is what it writes, no more (stop 29: 15 listed, 3 written).
        if (t.tab === "runState") expect(keys).toEqual([...spec.columns]);
        expect({ tab: t.tab, ok: inRegistryOrder(keys, spec.columns) }).toEqual({
          tab: t.tab,
          ok: true,
        });
      }
    }
  });

  test("tabsWritten names the tabs a run writes, in their order, before they are built", async () => {
    // The command line's tab_names_kept warning lists the tabs new to a workbook from it (stop-34
    // tester #7): a first run, a refresh (Changes), a run dated before the one compared with.
    const first = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    const refresh = await analyzeWorkbook(memorySource(sheets), {
      rules: defaultRules(),
      asOf: asOf + 31,
      previous: snapshotOf(first),
    });
    const backdated = await analyzeWorkbook(memorySource(sheets), {
      rules: defaultRules(),
      asOf: asOf - 1,
      previous: snapshotOf(first),
    });
    expect(tabsWritten(first)).not.toContain("changes");
    expect(tabsWritten(refresh)).toContain("changes");
    for (const a of [first, refresh, backdated]) {
      const tabs = analysisTables(a, "en-US", { at: asOf, durationSeconds: 1, source: "cli" });
      expect(tabsWritten(a)).toEqual(tabs.map((t) => t.tab));
    }
  });

  test("the run log has every registered column, so appended rows line up across versions", async () => {
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    const log = analysisTables(a, "en-US", { at: asOf, durationSeconds: 1, source: "cli" }).at(-1)!;
    expect(log.columns.map((c) => c.key)).toEqual([...OUTPUT_TABS.runLog.columns]);
    expect(loggedTabs()).not.toContain("runLog");
  });

  test("every row-count column of the run log is filled: it logs only tabs a run writes (tester44 #9)", async () => {
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    const tables = analysisTables(a, "zh-CN", { at: asOf, durationSeconds: 1, source: "cli" });
    const log = tables.at(-1)!;
    const row = log.rows(0, 1)[0];
    for (const t of tables) {
      if (t.tab === "runLog") continue;
      const k = log.columns.findIndex((c) => c.key === `${t.tab}Rows`);
      expect({ tab: t.tab, rows: row[k] }).toEqual({ tab: t.tab, rows: t.rowCount });
    }
    // No run writes the Customer list tab: its column stood blank in every run.
    expect(loggedTabs()).not.toContain("customerList");
    expect(log.columns.map((c) => c.header)).not.toContain("客户清单输出行数");
  });

  test("names are unique per language and valid sheet names; the adapters own exactly these tabs", () => {
    for (const lang of LANGS) {
      const names = OUTPUT_TAB_KEYS.map((t) => tabName(t, lang));
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n).toMatch(/^[^[\]:*?/\\']{1,31}$/);
    }
    for (const t of OUTPUT_TAB_KEYS) expect(tabOfOwnedName(ownedTabName(t))).toBe(t);
  });

  test("header words are pinned: every table's headers, both languages, are the catalogue's words of stop 31", async () => {
    // A header is a name users type: a structured reference (=客户分类[流失风险分]) and Power Query
    // name a table's column by it, and a refresh finds an earlier tab's columns by their headers
    // (changes/segmentsReader.ts, history.ts, state.ts). The words are the catalogue's as of stop 31
    // (tabHeaders.stop31.json, [zh-CN, en-US] per key): a word changed in the catalogue fails
    // here once, on purpose; change it in the JSON in the same commit and say why there.
    // 300 customers with repeat purchases: the model's columns (expected purchases, CLV …) are written too.
    const customers: Cell[][] = [["客户编号", "客户名称"]];
    const transactions: Cell[][] = [["客户编号", "日期", "金额"]];
    for (let c = 1; c <= 300; c++) {
      customers.push([c, `客户${c}`]);
      for (let k = 0; k <= (c * 7) % 9; k++) {
        const daysBack = (c * 37 + k * 53 * (1 + (c % 5))) % 700;
        transactions.push([c, isoDate(asOf - daysBack), 50 + ((c * k * 13) % 400)]);
      }
    }
    const source = memorySource({ 客户: customers, 交易: transactions });
    const a = await analyzeWorkbook(source, { rules: defaultRules(), asOf });
    const pinned = HEADERS_STOP_31 as unknown as Record<string, Record<string, [string, string]>>;
    const seen = new Set<string>();
    for (const [at, lang] of LANGS.entries()) {
      for (const t of analysisTables(a, lang, { at: asOf, durationSeconds: 1, source: "cli" })) {
        if (OUTPUT_TABS[t.tab].kind === "layout") continue;
        for (const c of t.columns) {
          seen.add(`${t.tab}.${c.key}`);
          expect({ tab: t.tab, key: c.key, lang, header: c.header }).toEqual({
            tab: t.tab,
            key: c.key,
            lang,
            header: pinned[t.tab]?.[c.key]?.[at],
          });
        }
      }
    }
    // Every pinned word was checked: a column a run no longer writes fails here too.
    const listed = Object.entries(pinned).flatMap(([tab, keys]) =>
      Object.keys(keys).map((k) => `${tab}.${k}`),
    );
    expect(listed.filter((k) => !seen.has(k))).toEqual([]);
  });
});
