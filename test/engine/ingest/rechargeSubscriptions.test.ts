/**
 * tester63 U163: a Recharge subscriptions export (customer_id, status CANCELLED,
 * next_charge_scheduled_at blank for a canceled one, cancelled_at) was "read" with no period
 * column, so hasPeriods dropped it: C1 and C2 stayed mature, medium risk, with urgent win-back
 * calls, where `Current Period End` in its place made both churned with customer_left. A sheet
 * keyed by Email (Email, Status, Current Period End, Canceled At) was no header at all: not read.
 * Fixture: notes/stop63/tester63/repro/recharge (c.csv, t.csv, s6.csv, s7.csv), monthly $24.
 */
import type { Analysis } from "../../../src/engine/analyze";
import { runClub, type Member } from "../../fixtures/tester63club/sheets";
import { LIFECYCLE_STAGES } from "../../../src/engine/analysis";
import type { Grid } from "../../../src/engine/cells";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";

const PEOPLE: Member[] = [
  ["C1", "Chloe Diaz", "chloe@example.com"],
  ["C2", "Dan Evans", "dan@example.com"],
  ["C3", "Ava Smith", "ava@example.com"],
];
const run = (subscriptions: Grid) => runClub(PEOPLE, "C3", subscriptions);
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

test("a CANCELLED status with its cancelled_at is read with no period column, beside a plan or price", async () => {
  // reviewer63 R6: with no period column, the canceled rows are a subscription bought only where
  // the sheet says what is paid for (Recharge's product_title, a Price); fix63k read them with
  // neither (customer_id, status, cancelled_at), as a newsletter list's (see below).
  for (const header of ["product_title", "Plan", "Price", "套餐"]) {
    const a = await run([
      ["customer_id", header, "status", "cancelled_at"],
      ["C1", "Coffee", "CANCELLED", "2026-11-02"],
      ["C2", "Coffee", "cancelled", "2026-11-02"],
      ["C3", "Coffee", "ACTIVE", ""],
    ]);
    expect([
      header,
      a.dataset.sources.subscriptions?.columns.product ??
        a.dataset.sources.subscriptions?.columns.amount,
    ]).toEqual([header, header]);
    expectLeft(a);
  }
}, 60_000);

/** Not left: still a lapsed buyer (a risk and a win-back), whatever the list says. */
function expectNotLeft(a: Analysis): void {
  for (const id of ["C1", "C2"]) {
    expect([id, stage(a, id)]).not.toEqual([id, "churned"]);
    const codes = churnReasonsIn(a.classification.analysis, row(a, id), "en-US").map((r) => r.code);
    expect([id, codes]).not.toEqual([id, expect.arrayContaining(["customer_left"])]);
  }
}

test("a newsletter list's Cancelled rows are no leaving (reviewer63 R6)", async () => {
  // reviewer63 r8: Subscriptions (Email, List Newsletter, Status Cancelled, Cancelled At), no
  // period, plan or price: C1, C2 read churned, customer_left, no contact (fix63k); an
  // unsubscription from a marketing list is no leaving (reviewer62 R10's 已退订, in English).
  const en = await run([
    ["Email", "List", "Status", "Subscribed At", "Cancelled At"],
    ["chloe@example.com", "Newsletter", "Cancelled", "2025-01-10", "2026-11-02"],
    ["dan@example.com", "Newsletter", "Cancelled", "2025-01-10", "2026-11-02"],
    ["ava@example.com", "Newsletter", "Active", "2025-01-10", ""],
  ]);
  expectNotLeft(en);
  const keyed = await run([
    ["customer_id", "status", "cancelled_at"],
    ["C1", "CANCELLED", "2026-11-02"],
    ["C2", "cancelled", "2026-11-02"],
    ["C3", "ACTIVE", ""],
  ]);
  expectNotLeft(keyed);
  const zh = await run([
    ["客户编号", "订阅内容", "订阅状态", "退订日期"],
    ["C1", "邮件简报", "cancelled", "2026-11-02"],
    ["C2", "邮件简报", "cancelled", "2026-11-02"],
    ["C3", "邮件简报", "active", ""],
  ]);
  expectNotLeft(zh);
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
