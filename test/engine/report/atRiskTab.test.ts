import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsText } from "../../../src/engine/churn/reasons";
import {
  UNSCHEDULED_REASONS,
  followUpReasonText,
  unscheduledText,
} from "../../../src/engine/followUp/labels";
import { say } from "../../../src/engine/words/catalog";
import { maskPhone } from "../../../src/engine/followUp/mask";
import { valueAtStake } from "../../../src/engine/followUp/valueAtStake";
import {
  atRiskInputsOf,
  atRiskListed,
  atRiskOrder,
  atRiskTable,
  keepReasons,
  reasonsKept,
} from "../../../src/engine/report/atRiskTab";
import { mostAtStake } from "../../../src/cli/summary";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import { segmentsTable } from "../../../src/engine/report/segmentsTab";
import { callerInputsOf, followUpTable } from "../../../src/engine/report/followUpTab";
import { LATER_LOGGED_INPUTS, OUTPUT_TABS } from "../../../src/engine/report/outputTabs";
import { rowReader } from "../../../src/engine/report/table";
import { fitWidths } from "../../../src/workbook/file/columnWidths";
import { pagesWide } from "../../../src/workbook/file/printSetup";
import { columnWidths, printSetup } from "../../../src/workbook/office/printLayout";
import { tableHeaders } from "../../../src/workbook/file/tablePart";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import { sampleSource } from "../../../src/sample/source";

let a: Analysis;
/** The tab's customers in order. */
const orderOf = (x: Analysis) =>
  atRiskOrder(x.classification.analysis, atRiskListed(x.classification.analysis, x.schedule));
beforeAll(async () => {
  // 600: the smallest sample with low-risk customers owed a retention contact (4; 400 has none).
  const sample = sampleSource({ customers: 600, transactions: 6000 });
  a = await analyzeWorkbook(sample.source, { rules: defaultRules(), asOf: sample.asOf });
});

/** Customers at low risk with a retention (win_back) contact, planned or not. */
function retentionAtLow(x: Analysis): Set<number> {
  const winBack = 1 << FOLLOW_UP_REASONS.indexOf("win_back");
  const out = new Set<number>();
  for (const l of [x.schedule.followUps, x.schedule.unscheduled])
    for (let k = 0; k < l.count; k++)
      if (l.reasons[k] & winBack && x.classification.analysis.churnLevel[l.customer[k]] === 2)
        out.add(l.customer[k]);
  return out;
}

describe("the at-risk tab", () => {
  test("lists every customer at high or medium risk, biggest value at stake first", () => {
    const an = a.classification.analysis;
    const tab = atRiskTable(atRiskInputsOf(a), "zh-CN");
    expect(tab.sheetName).toBe("流失风险名单");
    expect(tab.style).toBe("table");
    // The Overview's counts of high and medium, plus the low-risk customers with a retention
    // contact: no cap, no silent drop.
    const lowKept = retentionAtLow(a).size;
    expect(tab.rowCount).toBe(a.kpis.customersByRisk[0] + a.kpis.customersByRisk[1] + lowKept);
    expect(tab.rowCount).toBeGreaterThan(20);
    const order = orderOf(a);
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
    expect([...levels].sort()).toEqual(lowKept > 0 ? ["中", "低", "高"] : ["中", "高"]);
  });

  test("lists a low-risk customer the schedule owes a retention contact (stop 30, c)", () => {
    const low = retentionAtLow(a);
    // The sample has some: a key account silent for a whole churn horizon at a low figure.
    expect(low.size).toBeGreaterThan(0);
    const listed = new Set(orderOf(a));
    for (const c of low) expect(listed.has(c)).toBe(true);
    // Not a low-risk customer without one, nor one already churned.
    const an = a.classification.analysis;
    const stages = new Set(Array.from(listed, (c) => an.churnLevel[c]));
    expect([...stages].sort()).toEqual([0, 1, 2]);
    for (const c of listed) if (an.churnLevel[c] === 2) expect(low.has(c)).toBe(true);
  });

  test("the console's most value at risk are the tab's first rows (stop 30, e)", () => {
    const order = orderOf(a);
    const tab = atRiskTable(atRiskInputsOf(a), "en-US");
    const first = tab.rows(0, 10).map((r) => r[0]);
    const top = mostAtStake(a.classification.analysis, a.schedule, 10);
    expect(top.map((c) => a.dataset.customers.id[c])).toEqual(first);
    expect(top).toEqual(Array.from(order.subarray(0, 10)));
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
    const order = orderOf(a);
    // Kept: the high and medium rows (a low-risk row with a retention contact is made here).
    const highOrMedium = order.filter((c) => an.churnLevel[c] <= 1).length;
    expect(kept.texts.filter((t) => t !== undefined)).toHaveLength(highOrMedium);
    const tab = atRiskTable(atRiskInputsOf(a), "en-US", kept);
    const read = rowReader(tab);
    for (let i = 0; i < tab.rowCount; i++)
      expect(read(i)[8]).toBe(churnReasonsText(an, order[i], "en-US"));
    expect(kept.texts.filter((t) => t !== undefined)).toHaveLength(0);
    // Read again (no text kept now): the same words, made here.
    expect(tab.rows(0, 1)[0][8]).toBe(churnReasonsText(an, order[0], "en-US"));
  });

  test("with the schedule, keeps the reasons of its customers for the follow-up tab (stop 32)", () => {
    const an = a.classification.analysis;
    const kept = reasonsKept(an, a.schedule);
    const segments = keepReasons(
      segmentsTable(a.dataset, a.summary, a.classification, "en-US"),
      kept,
    );
    const readSegments = rowReader(segments);
    for (let i = 0; i < segments.rowCount; i++) readSegments(i);
    const { followUps: f, unscheduled: u } = a.schedule;
    // The follow-up tab's rows: the planned contacts, then the unscheduled ones.
    const customers = [
      ...Array.from({ length: f.count }, (_, k) => f.customer[k]),
      ...Array.from({ length: u.count }, (_, k) => u.customer[k]),
    ];
    expect(customers.length).toBeGreaterThan(100);
    for (const c of customers) expect(kept.texts[c]).toBe(churnReasonsText(an, c, "en-US"));
    const tab = followUpTable(a.schedule, a.dataset, "en-US", callerInputsOf(a), kept);
    const reasons = tab.columns.findIndex((c) => c.key === "churnReasons");
    // Read from the cache, not made again: a kept text marked here comes out marked.
    const marked = customers[0];
    kept.texts[marked] = "kept";
    const read = rowReader(tab);
    for (let i = 0; i < tab.rowCount; i++)
      expect(read(i)[reasons]).toBe(
        customers[i] === marked ? "kept" : churnReasonsText(an, customers[i], "en-US"),
      );
  });

  test("the next contact is the schedule's; phones are masked when the rule set says so", () => {
    const order = orderOf(a);
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

  test("says who makes the next contact, and why a row has none (stop 30, a and b)", () => {
    const order = orderOf(a);
    const { followUps, unscheduled, owners } = a.schedule;
    for (const lang of ["zh-CN", "en-US"] as const) {
      const tab = atRiskTable(atRiskInputsOf(a), lang);
      const keys = tab.columns.map((c) => c.key);
      const [next, by, why] = ["nextFollowUp", "nextFollowUpBy", "noNextFollowUp"].map((k) =>
        keys.indexOf(k),
      );
      // The new columns come last: no column before them moved (OUTPUT_TABS is append-only).
      expect([by, why]).toEqual([keys.length - 2, keys.length - 1]);
      const said = new Map<string, number>();
      let ownerless = 0;
      let unplacedBy = 0;
      tab.rows(0, tab.rowCount).forEach((row, i) => {
        const c = order[i];
        const planned: number[] = [];
        for (let k = 0; k < followUps.count; k++) if (followUps.customer[k] === c) planned.push(k);
        if (planned.length > 0) {
          // The first planned contact's day and its assignee; no reason said.
          const k = planned.reduce((m, j) => (followUps.day[j] < followUps.day[m] ? j : m));
          expect(row[next]).toBe(followUps.day[k]);
          expect(row[by]).toBe(owners[followUps.owner[k]]);
          expect(row[why]).toBe("");
          if (!a.dataset.customers.owner[c]) ownerless++;
          return;
        }
        expect(row[next]).toBeNull();
        // Never blank: the schedule's reason in the schedule tab's words, or none due.
        const text = String(row[why]);
        expect(text.length).toBeGreaterThan(10);
        let u = -1;
        for (let k = unscheduled.count - 1; k >= 0; k--) if (unscheduled.customer[k] === c) u = k;
        // Whom the unplaced contact is given to (an ownerless customer's assignee: tester, stop 31).
        const to = u >= 0 ? unscheduled.owner[u] : -1;
        expect(row[by]).toBe(to >= 0 ? owners[to] : "");
        if (to >= 0) unplacedBy++;
        if (u >= 0) {
          // The schedule's reason, short: the schedule tab's full sentence (up to 250 characters)
          // printed a campaign row on 8-11 lines (stop 30 tester #1).
          const why = unscheduled.why[u];
          expect(text).toContain(say(lang, "atRiskWhy", UNSCHEDULED_REASONS[why]));
          expect(text).toContain(followUpReasonText(unscheduled.reason[u], lang));
          expect(text.length).toBeLessThan(unscheduledText(why, lang).length + 30);
          expect(text.length).toBeLessThanOrEqual(lang === "en-US" ? 110 : 50);
        } else if (a.schedule.rhythmDays?.[c])
          // fix63f: a regular contact spaced by the customer's own rhythm says its days, not the
          // tier's (followUp.cadenceRhythmShare; the tier's 14 said before).
          expect(text).toMatch(
            lang === "en-US"
              ? new RegExp(
                  `^No contact due by \\d{4}-\\d\\d-\\d\\d: .*\\((High|Medium|Low) value\\) about every ${a.schedule.rhythmDays[c]} days, half its own purchase interval$`,
                )
              : new RegExp(
                  `^至 \\d{4}-\\d\\d-\\d\\d 无到期联系：.*[高中低]价值客户按自身购买节奏约每 ${a.schedule.rhythmDays[c]} 天定期回访（通常购买间隔的一半）$`,
                ),
          );
        else
          expect(text).toMatch(
            lang === "en-US"
              ? /^No contact due by \d{4}-\d\d-\d\d: .*\((High|Medium|Low) value\) every \d+ days$/
              : /^至 \d{4}-\d\d-\d\d 无到期联系：.*[高中低]价值客户每 \d+ 天定期回访$/,
          );
        const kind =
          u >= 0 ? String(unscheduled.why[u]) : a.schedule.rhythmDays?.[c] ? "rhythm" : "none";
        said.set(kind, (said.get(kind) ?? 0) + 1);
      });
      // The sample has rows of each kind: campaign, no free day, on no list.
      expect(said.size).toBeGreaterThanOrEqual(2);
      expect(said.get("none") ?? 0).toBeGreaterThan(0);
      // 17 rows at 2025-12-31 said "every 14 / 30 / 90 days" of a contact spaced by its rhythm;
      // fix63o (reviewer63 R1): a customer at medium or high risk is not spaced (the tier's days),
      // so none of these rows is: 17 → 0 (their contacts are back in the plan).
      expect(said.get("rhythm") ?? 0).toBe(0);
      // Customers without an owner whom the schedule gives to someone: the caller is named.
      expect(ownerless).toBeGreaterThan(0);
      expect(unplacedBy).toBeGreaterThan(0);
    }
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
    // Appended after the warnings: no earlier run-log column moves. Only the counts of inputs added
    // later (LATER_LOGGED_INPUTS: the Visits, stop 62) come after it, appended in turn.
    const at = keys.indexOf("atRiskRows");
    expect(at).toBe(keys.indexOf("warnings") + 1);
    expect(keys.slice(at + 1).every((k) => LATER_LOGGED_INPUTS.some((i) => k.startsWith(i)))).toBe(
      true,
    );
    expect(keys.indexOf("durationSeconds")).toBe(keys.indexOf("validationRows") + 1);
    const row = log.rows(0, log.rowCount).at(-1)!;
    expect(row[at]).toBe(tables.find((t) => t.tab === "atRisk")!.rowCount);
    expect(log.columns[at].header).toBe("At-risk customers rows");
  });

  test("prints who, why, how to reach and who calls one page wide (A:L), reasons held wide", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const tab = atRiskTable(atRiskInputsOf(a), lang);
      const key = (k: string) => tab.columns.findIndex((c) => c.key === k);
      // Why no next contact (M) stays on screen: its room goes to the reasons (print53: shared,
      // the reasons wrapped to 5-7 lines, 12 rows a page; on a page beside, the paper doubled).
      expect(tab.printColumns).toBe(key("noNextFollowUp"));
      expect(tab.printBeside).toBeUndefined();
      expect(tab.columns.filter((c) => c.sharesWidth)).toEqual([]);
      // The writer's own widths (headers on two lines, held text widths, a sample of the rows):
      // the printed columns one landscape page wide (printSetup.ts: 200 characters at 70 %).
      const sample = tab.rows(0, Math.min(tab.rowCount, 2000));
      const widths = fitWidths(tab, sample, tableHeaders(tab), []);
      expect(pagesWide(widths.slice(0, tab.printColumns).map((w) => w.width))).toBe(1);
      // Held at their asked width past the screen's cap of 50 (ReportColumn.uncapped), wrapped.
      expect(widths[key("churnRiskReasons")]).toEqual({ width: 60, wrap: true });
      expect(widths[key("noNextFollowUp")].wrap).toBe(true);
      // The add-in prints it the same: print area A:L, one page wide, the reasons 60 wide.
      expect(printSetup(tab)).toEqual({ pagesWide: 1, titleColumns: null, printedColumns: 12 });
      expect(columnWidths(tab)[key("churnRiskReasons")]).toBe(60);
    }
  });
});

describe("a churn probability just under a level's threshold stays under it (reviewer D2, stop 34)", () => {
  /** Each customer's figure 0.0000004 under the threshold of the level above (high: on its own). */
  const nearThresholds = (x: Analysis) => {
    const an = x.classification.analysis;
    const at = [0.8000004, 0.7999996, 0.4999996]; // high, medium, low (default levels 0.8, 0.5)
    const churnProbability = an.churnProbability.map((p, c) =>
      an.churnLevel[c] <= 2 && Number.isFinite(p) ? at[an.churnLevel[c]] : p,
    );
    return { ...an, churnProbability };
  };
  /** The figure to a millionth each level's customers read: never the next level's threshold. */
  const shown = [0.8, 0.799999, 0.499999];

  test("the at-risk and the follow-up tab: a filter on >= 0.5 (>= 0.8) finds exactly medium (high) and up", () => {
    const an = nearThresholds(a);
    const atRisk = atRiskTable({ ...atRiskInputsOf(a), analysis: an }, "en-US");
    const order = atRiskOrder(an, atRiskListed(an, a.schedule));
    const levels = new Set<number>();
    atRisk.rows(0, atRisk.rowCount).forEach((row, i) => {
      levels.add(an.churnLevel[order[i]]);
      expect(row[6]).toBe(shown[an.churnLevel[order[i]]]);
    });
    expect([...levels].sort()).toEqual([0, 1, 2]);
    const f = a.schedule.followUps;
    const u = a.schedule.unscheduled;
    const customers = [
      ...Array.from({ length: f.count }, (_, k) => f.customer[k]),
      ...Array.from({ length: u.count }, (_, k) => u.customer[k]),
    ];
    const tab = followUpTable(a.schedule, a.dataset, "en-US", {
      ...callerInputsOf(a),
      analysis: an,
    });
    const col = tab.columns.findIndex((c) => c.key === "churnProbability");
    const read = rowReader(tab);
    let checked = 0;
    for (let i = 0; i < tab.rowCount; i++) {
      const k = an.churnLevel[customers[i]];
      if (k > 2 || !Number.isFinite(an.churnProbability[customers[i]])) continue;
      expect(read(i)[col]).toBe(shown[k]);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
