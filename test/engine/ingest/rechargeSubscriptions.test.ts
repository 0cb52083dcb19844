/**
 * tester63 U163: a Recharge subscriptions export (customer_id, status CANCELLED,
 * next_charge_scheduled_at blank for a canceled one, cancelled_at) was "read" with no period
 * column, so hasPeriods dropped it: C1 and C2 stayed mature, medium risk, with urgent win-back
 * calls, where `Current Period End` in its place made both churned with customer_left. A sheet
 * keyed by Email (Email, Status, Current Period End, Canceled At) was no header at all: not read.
 * Fixture: notes/stop63/tester63/repro/recharge (c.csv, t.csv, s6.csv, s7.csv), monthly $24.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { LIFECYCLE_STAGES } from "../../../src/engine/analysis";
import type { Grid } from "../../../src/engine/cells";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const PEOPLE = [
  ["C1", "Chloe Diaz", "chloe@example.com"],
  ["C2", "Dan Evans", "dan@example.com"],
  ["C3", "Ava Smith", "ava@example.com"],
];
const CUSTOMERS: Grid = [["Customer ID", "Name", "Email"], ...PEOPLE];

/** $24 every 30 days from 2025-01-01: C1, C2 to 2026-10-23, C3 to 2026-11-22 (as t.csv). */
function orders(): Grid {
  const out: Grid = [["Email", "Created at", "Total"]];
  const start = Date.UTC(2025, 0, 1);
  for (const [id, , email] of PEOPLE) {
    const last = id === "C3" ? "2026-11-22" : "2026-10-23";
    for (let k = 0; ; k++) {
      const d = new Date(start + k * 30 * 86_400_000).toISOString().slice(0, 10);
      if (d > last) break;
      out.push([email, d, 24]);
    }
  }
  return out;
}

const run = (subscriptions: Grid) =>
  analyzeWorkbook(
    memorySource({ Customers: CUSTOMERS, Orders: orders(), Subscriptions: subscriptions }),
    { rules: defaultRules(), asOf: parseIsoDate("2026-12-06") },
  );
const row = (a: Analysis, id: string) => a.dataset.customers.id.map(String).indexOf(id);
const stage = (a: Analysis, id: string) =>
  LIFECYCLE_STAGES[a.classification.analysis.lifecycleStage[row(a, id)]];

function expectLeft(a: Analysis): void {
  expect(a.dataset.subscriptions?.count).toBe(3);
  for (const id of ["C1", "C2"]) {
    expect(stage(a, id)).toBe("churned");
    expect(churnReasonsIn(a.classification.analysis, row(a, id), "en-US")).toEqual([
      {
        code: "customer_left",
        text: "Subscription canceled on 2026-11-02 (the Subscriptions sheet: none goes on); churned, not counted at risk, no contact planned",
      },
    ]);
    expect(churnReasonsIn(a.classification.analysis, row(a, id), "zh-CN")[0].text).toBe(
      "订阅已于 2026-11-02 取消（订阅表：没有仍在续订的订阅），视为已流失，不计入有风险客户，不再安排联系",
    );
  }
  expect(stage(a, "C3")).not.toBe("churned");
}

test("s7: Recharge's next_charge_scheduled_at is the period end (was mature, medium, win-back)", async () => {
  const a = await run([
    ["customer_id", "status", "next_charge_scheduled_at", "cancelled_at"],
    ["C1", "CANCELLED", "", "2026-11-02"],
    ["C2", "CANCELLED", "", "2026-11-02"],
    ["C3", "ACTIVE", "2026-12-28", ""],
  ]);
  expect(a.dataset.subscriptions?.periodEnd[2]).toBeGreaterThan(0);
  expectLeft(a);
}, 60_000);

test("Next Charge Date / Next Payment Date are the period end too", async () => {
  for (const header of ["Next Charge Date", "Next Payment Date"]) {
    const a = await run([
      ["customer_id", "status", header, "cancelled_at"],
      ["C1", "CANCELLED", "", "2026-11-02"],
      ["C2", "CANCELLED", "", "2026-11-02"],
      ["C3", "ACTIVE", "2026-12-28", ""],
    ]);
    expectLeft(a);
  }
}, 60_000);

test("a CANCELLED status with its cancelled_at is read with no period column at all", async () => {
  const a = await run([
    ["customer_id", "status", "cancelled_at"],
    ["C1", "CANCELLED", "2026-11-02"],
    ["C2", "cancelled", "2026-11-02"],
    ["C3", "ACTIVE", ""],
  ]);
  expectLeft(a);
}, 60_000);

test("s6: a subscriptions sheet keyed by Email joins customers by e-mail (was not read)", async () => {
  const a = await run([
    ["Email", "Status", "Current Period End", "Canceled At"],
    ["chloe@example.com", "canceled", "2026-11-28", "2026-11-02"],
    ["dan@example.com", "canceled", "2026-11-28", "2026-11-02"],
    ["ava@example.com", "active", "2026-12-28", ""],
  ]);
  expectLeft(a);
  expect(a.dataset.subscriptions?.customer[0]).toBe(row(a, "C1"));
}, 60_000);
