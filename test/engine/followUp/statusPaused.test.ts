/**
 * reviewer69 H4 (on 2de4a201, with M8): a status saying a pause whose dated end has passed, or that
 * says it expired, held the member paused: her silence added no risk (100 % → 30.8 %, "no sign of
 * leaving") and she got no retention call, two months after her freeze ended.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { statusPaused } from "../../../src/engine/followUp/hold";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2026, 12, 7);

test.each([
  ["冻结至2026-09-30", false],
  ["冻结至2026年9月30日", false],
  ["On hold until 2026-09-30", false],
  ["冻结（已过期）", false],
  ["On hold (expired)", false],
  ["冻结至2027-01-15", true],
  ["On hold until 2026-12-31", true],
  ["冻结", true],
  ["On hold", true],
  ["停卡到3月", true],
  ["Active", false],
  // reviewer70 H2: the day a freeze began, or a range running today, is no end (all false before).
  ["冻结 2026-11-01 至 2027-02-01", true],
  ["暂停（2026-12-01 至 2027-03-01）", true],
  ["2026-11-20冻结", true],
  ["冻结（2026-11-20起）", true],
  ["冻结2026-12-01起，3个月", true],
  ["On hold since 2026-11-15", true],
  ["On hold from 2026-11-15", true],
  ["On hold (requested 2026-11-15)", true],
  ["Paused 2026-11-01", true],
  ["停卡（2026-11-20，产假）", true],
  // A range that has run out, or an end written after its date, ends it.
  ["冻结 2026-08-01 至 2026-09-30", false],
  ["冻结 2026-08-01~2026-09-30", false],
  ["冻结，2026-09-30到期", false],
  ["On hold 2026-08-01 to 2026-09-30", false],
  ["On hold through 2026-09-30", false],
  // reviewer71 H1: a range typed with a hyphen, a start and its length, a labelled end or one
  // before 前 / 后恢复 held these for ever (all true on 12f77247).
  ["冻结 2026.08.01-2026.09.30", false],
  ["冻结期：2026/08/01-2026/09/30", false],
  ["Paused 2026-08-01 - 2026-09-30", false],
  ["冻结（2026-06-01起，3个月）", false],
  ["On hold for 3 months from 2026-06-01", false],
  ["冻结 2026-09-30前", false],
  ["冻结，2026-09-30后恢复", false],
  ["冻结到期日：2026-09-30", false],
  ["冻结（到期日2026-09-30）", false],
  ["冻结，预计恢复 2026-09-30", false],
  ["冻结，恢复时间：2026/9/30", false],
  ["冻结 截止日期：2026-09-30", false],
  ["冻结（结束：2026-09-30）", false],
  ["On hold, resumes 2026-09-30", false],
  ["On hold (end date 2026-09-30)", false],
  ["Paused — resume date: 2026-09-30", false],
  // Still running: the same shapes with a later end or length.
  ["冻结 2026.11.01-2026.12.31", true],
  ["冻结（2026-11-01起，3个月）", true],
  ["On hold, resumes 2026-12-31", true],
  ["冻结到期日：2026-12-31", true],
])("%p paused on 2026-12-07: %p", (status, paused) => {
  expect(statusPaused(status, asOf)).toBe(paused);
});

test("a member whose freeze ended in September and who never came back is high risk, as an active one", async () => {
  const customers: Grid = [["Customer ID", "Name", "Status"]];
  const sales: Grid = [["Date", "Customer ID", "Amount"]];
  for (let k = 0; k < 20; k++) {
    customers.push([`R${k}`, `R${k}`, "Active"]);
    for (let w = 0; w < 60; w++) sales.push([isoDate(asOf - 2 - (k % 5) - 7 * w), `R${k}`, 30]);
  }
  const statuses = ["On hold until 2026-09-30", "冻结至2026-09-30", "冻结（已过期）", "Active"];
  statuses.forEach((s, i) => {
    customers.push([`P${i}`, `P${i}`, s]);
    for (let w = 0; w < 40; w++) sales.push([isoDate(epochDay(2026, 8, 1) - 7 * w), `P${i}`, 30]);
  });
  const a = await analyzeWorkbook(memorySource({ Customers: customers, Sales: sales }), {
    rules: defaultRules(),
    asOf,
  });
  const p = (id: string) =>
    a.classification.analysis.churnProbability[a.dataset.customers.id.indexOf(id)];
  for (let i = 0; i < 3; i++) expect(p(`P${i}`)).toBeCloseTo(p("P3"), 6); // was 30.8 % against 100 %
}, 60_000);
