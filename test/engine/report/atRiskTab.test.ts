import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsText } from "../../../src/engine/churn/reasons";
import { maskPhone } from "../../../src/engine/followUp/mask";
import { valueAtStake } from "../../../src/engine/followUp/valueAtStake";
import {
  atRiskInputsOf,
  atRiskOrder,
  atRiskTable,
  keepReasons,
  reasonsKept,
} from "../../../src/engine/report/atRiskTab";
import { segmentsTable } from "../../../src/engine/report/segmentsTab";
import { OUTPUT_TABS } from "../../../src/engine/report/outputTabs";
import { rowReader } from "../../../src/engine/report/table";
import { textWidth } from "../../../src/engine/report/textMeasure";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import { sampleSource } from "../../../src/sample/source";

let a: Analysis;
beforeAll(async () => {
  const sample = sampleSource({ customers: 400, transactions: 4000 });
  a = await analyzeWorkbook(sample.source, { rules: defaultRules(), asOf: sample.asOf });
});

describe("the at-risk tab", () => {
  test("lists every customer at high or medium risk, biggest value at stake first", () => {
    const an = a.classification.analysis;
    const tab = atRiskTable(atRiskInputsOf(a), "zh-CN");
    expect(tab.sheetName).toBe("流失风险名单");
    expect(tab.style).toBe("table");
    // The Overview's counts of high and medium: no cap, no silent drop.
    expect(tab.rowCount).toBe(a.kpis.customersByRisk[0] + a.kpis.customersByRisk[1]);
    expect(tab.rowCount).toBeGreaterThan(20);
    const order = atRiskOrder(an);
    const stakes = Array.from(order, (c) => valueAtStake(an, c, true));
    for (let i = 1; i < stakes.length; i++) expect(stakes[i]).toBeLessThanOrEqual(stakes[i - 1]);
    const read = rowReader(tab);
    const levels = new Set<unknown>();
    for (let i = 0; i < tab.rowCount; i++) {
      const row = read(i);
      const c = order[i];
      expect(row[0]).toBe(a.dataset.customers.id[c]);
      // The schedule's figure (followUp/valueAtStake.ts), to the cent.
      expect(row[5]).toBe(Math.round(valueAtStake(an, c, true) * 100) / 100);
      expect(row[8]).toBe(churnReasonsText(an, c, "zh-CN"));
      levels.add(row[7]);
    }
    expect([...levels].sort()).toEqual(["中", "高"]);
  });

  test("reuses the segments tab's reasons cells, made once, and lets each go once written", () => {
    const an = a.classification.analysis;
    const kept = reasonsKept(an);
    const segments = keepReasons(
      segmentsTable(a.dataset, a.summary, a.classification, "en-US"),
      kept,
    );
    const readSegments = rowReader(segments);
    for (let i = 0; i < segments.rowCount; i++) readSegments(i);
    const order = atRiskOrder(an);
    expect(kept.texts.filter((t) => t !== undefined)).toHaveLength(order.length);
    const tab = atRiskTable(atRiskInputsOf(a), "en-US", kept);
    const read = rowReader(tab);
    for (let i = 0; i < tab.rowCount; i++)
      expect(read(i)[8]).toBe(churnReasonsText(an, order[i], "en-US"));
    expect(kept.texts.filter((t) => t !== undefined)).toHaveLength(0);
    // Read again (no text kept now): the same words, made here.
    expect(tab.rows(0, 1)[0][8]).toBe(churnReasonsText(an, order[0], "en-US"));
  });

  test("the next contact is the schedule's; phones are masked when the rule set says so", () => {
    const order = atRiskOrder(a.classification.analysis);
    const plain = atRiskTable(atRiskInputsOf(a), "en-US");
    const masked = atRiskTable({ ...atRiskInputsOf(a), mask: true }, "en-US");
    const keys = plain.columns.map((c) => c.key);
    const phone = keys.indexOf("phone");
    const next = keys.indexOf("nextFollowUp");
    let planned = 0;
    let phones = 0;
    const rows = plain.rows(0, plain.rowCount);
    const maskedRows = masked.rows(0, masked.rowCount);
    rows.forEach((row, i) => {
      const c = order[i];
      const day = a.schedule.nextFollowUp[c];
      expect(row[next]).toBe(Number.isFinite(day) ? day : null);
      if (Number.isFinite(day)) planned++;
      const number = a.dataset.customers.phone[c] ?? "";
      expect(row[phone]).toBe(number);
      expect(maskedRows[i][phone]).toBe(maskPhone(number));
      if (number) phones++;
    });
    expect(planned).toBeGreaterThan(0);
    expect(phones).toBeGreaterThan(0);
    expect(maskedRows.some((r, i) => r[phone] !== rows[i][phone])).toBe(true);
  });

  test("is registered: its columns in registry order, after the schedule, counted at the log's end", () => {
    expect(atRiskTable(atRiskInputsOf(a), "en-US").columns.map((c) => c.key)).toEqual([
      ...OUTPUT_TABS.atRisk.columns,
    ]);
    const tables = analysisTables(a, "en-US", { at: a.asOf, durationSeconds: 1, source: "cli" });
    const tabs = tables.map((t) => t.tab);
    expect(tabs.indexOf("atRisk")).toBe(tabs.indexOf("followUps") + 1);
    const log = tables.at(-1)!;
    const keys = log.columns.map((c) => c.key);
    // Appended after the warnings: no earlier run-log column moves.
    expect(keys.at(-1)).toBe("atRiskRows");
    expect(keys.indexOf("durationSeconds")).toBe(keys.indexOf("validationRows") + 1);
    const row = log.rows(0, log.rowCount).at(-1)!;
    expect(row.at(-1)).toBe(tables.find((t) => t.tab === "atRisk")!.rowCount);
    expect(log.columns.at(-1)!.header).toBe("At-risk customers rows");
  });

  test("prints every column one page wide: widths held, reasons wrapped", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const tab = atRiskTable(atRiskInputsOf(a), lang);
      expect(tab.printColumns).toBe(tab.columns.length);
      // Widths asked, headers short (a table column is at least its header wide): under the 200
      // characters printSetup.ts fits on one landscape page.
      const total = tab.columns.reduce(
        (n, c) => n + Math.max(c.width ?? 0, textWidth(c.header) + 4),
        0,
      );
      expect(total).toBeLessThan(200);
    }
  });
});
