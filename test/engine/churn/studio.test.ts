/**
 * newuser62's studio (notes/stop62/newuser62/en, as of 2026-12-01), rebuilt here: six members paying
 * $120 on the 1st (Stripe's Succeeded / Failed), checking in weekly (Ava every 3 days), and a
 * Subscriptions sheet. Truth (TRUTH.md): Ben (check-ins stopped 10-04), Chloe (3 failed charges,
 * past_due: a payment call) and Dan (cancel at period end 12-15) are at risk; Finn (subscription
 * canceled 06-30) left; Ava and Emma are not at risk.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { talkingPointText, talkingPoints } from "../../../src/engine/followUp/talkingPoints";
import { UNSCHEDULED_REASONS, unscheduledText } from "../../../src/engine/followUp/labels";
import { defaultRules } from "../../../src/engine/rules";
import { openCsv } from "../../../src/workbook/file/csvSource";
import { outcomeOf } from "../../cli/outcome";
import { summaryText } from "../../../src/cli/summary";

const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** Every `step` days from `first` to `last` (ISO). */
function days(first: string, last: string, step: number): string[] {
  const out: string[] = [];
  for (let d = parseIsoDate(first); d <= parseIsoDate(last); d += step) out.push(iso(d));
  return out;
}

const month = (m: number) => `2026-${String(m).padStart(2, "0")}-01`;
const CHARGES: [string, number, number, number][] = [
  // id, first month, last paid month, last failed month (0 none)
  ["C01", 1, 11, 0],
  ["C02", 1, 11, 0],
  ["C03", 1, 8, 11],
  ["C04", 1, 11, 0],
  ["C05", 1, 11, 0],
  ["C06", 1, 6, 0],
];
const VISITS: [string, string, string, number][] = [
  ["C01", "2026-01-03", "2026-11-26", 3],
  ["C02", "2026-01-04", "2026-10-04", 7],
  ["C03", "2026-01-05", "2026-11-30", 7],
  ["C04", "2026-01-06", "2026-11-24", 7],
  ["C05", "2026-01-07", "2026-11-25", 7],
  ["C06", "2026-01-08", "2026-06-25", 7],
];

const csv = (rows: string[][]) => rows.map((r) => r.join(",")).join("\n") + "\n";
const FILES = {
  customers: csv([
    ["Customer ID", "Name", "Email", "Phone", "Status", "Notes"],
    ["C01", "Ava Smith", "ava@example.com", "555-0101", "Active", ""],
    ["C02", "Ben Carter", "ben@example.com", "555-0102", "Active", ""],
    ["C03", "Chloe Diaz", "chloe@example.com", "555-0103", "Active", ""],
    ["C04", "Dan Evans", "dan@example.com", "555-0104", "Active", ""],
    ["C05", "Emma Frost", "emma@example.com", "555-0105", "Active", ""],
    ["C06", "Finn Gray", "finn@example.com", "555-0106", "Active", ""],
  ]),
  // Stripe's Decline Reason on a failed charge (tester61's lotus2: expired_card).
  transactions: csv([
    ["Transaction ID", "Customer ID", "Date", "Amount", "Status", "Decline Reason"],
    ...CHARGES.flatMap(([id, first, paid, failed]) =>
      Array.from({ length: Math.max(paid, failed) - first + 1 }, (_, k) => [
        `T${id}${k}`,
        id,
        month(first + k),
        "120.00",
        first + k <= paid ? "Succeeded" : "Failed",
        first + k <= paid ? "" : "expired_card",
      ]),
    ),
  ]),
  visits: csv([
    ["Customer ID", "Check-in Date", "Status"],
    ...VISITS.flatMap(([id, first, last, step]) =>
      days(first, last, step).map((d) => [id, d, "Checked in"]),
    ),
  ]),
  subscriptions: csv([
    ["Customer ID", "Status", "Cancel At Period End", "Current Period End", "Canceled At"],
    ["C01", "active", "false", "2026-12-31", ""],
    ["C02", "active", "false", "2026-12-31", ""],
    ["C03", "past_due", "false", "2026-12-01", ""],
    ["C04", "active", "true", "2026-12-15", ""],
    ["C05", "active", "false", "2026-12-31", ""],
    ["C06", "canceled", "false", "2026-06-30", "2026-06-30"],
  ]),
};

let a: Analysis;
/** The same files without the Check-ins. */
let b: Analysis;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "studio-"));
  const files = Object.fromEntries(
    Object.entries(FILES).map(([k, text]) => {
      const file = path.join(dir, `${k}.csv`);
      writeFileSync(file, text);
      return [k, file];
    }),
  );
  const run = (f: Record<string, string>) =>
    analyzeWorkbook(openCsv(f), { rules: defaultRules(), asOf: parseIsoDate("2026-12-01") });
  a = await run(files);
  const { visits: _v, ...noVisits } = files;
  b = await run(noVisits);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const row = (id: string) => a.dataset.customers.id.map(String).indexOf(id);
const level = (id: string) => a.classification.analysis.churnLevel[row(id)];
const reasons = (id: string, lang: "zh-CN" | "en-US" = "en-US") =>
  churnReasonsIn(a.classification.analysis, row(id), lang);
const contacts = (id: string, lang: "zh-CN" | "en-US" = "en-US", of: Analysis = a) => {
  const json = followUpsJson(of.schedule, of.dataset, lang);
  return Array.from({ length: json.followUps.count }, (_, i) => json.followUps.item(i)).filter(
    (x) => x.customerId === id,
  );
};
const HIGH = 0;
const LEFT = UNSCHEDULED_REASONS.indexOf("customer_left");

describe("newuser62 M1: a cancellation set at the period's end reads at risk", () => {
  it("Dan (cancels 12-15, checks in weekly) is high, not low 27.5 %, his cancellation first", () => {
    expect(level("C04")).toBe(HIGH);
    expect(a.classification.analysis.churnProbability[row("C04")]).toBeGreaterThanOrEqual(0.8);
    expect(reasons("C04")[0]).toEqual({
      code: "cancel_scheduled",
      text: "Set to cancel at period end (ends 2026-12-15)",
    });
    expect(reasons("C04", "zh-CN")[0].text).toBe("已设置到期取消（2026-12-15 到期）");
    // "Lowers the risk: last check-in 7 days ago" no longer opens his row.
    expect(reasons("C04").map((r) => r.code)).not.toContain("visiting");
  });

  it("Ava, checking in, stays low", () => {
    expect(level("C01")).toBe(2);
  });
});

describe("newuser62 M3: Finn left by the Subscriptions sheet, and is said so", () => {
  const outcome = () => outcomeOf(a, "en-US");

  it("the console names the Subscriptions sheet, and does not call him 365 days without buying", () => {
    const en = summaryText(outcome(), "en-US");
    expect(en).toContain(
      "Of them 1 customer has left by the Subscriptions sheet (every subscription canceled or ended), whatever the last purchase: no contact, not in the win-back campaign",
    );
    expect(en).toContain("or left as said below, whatever the last purchase");
    expect(en).not.toContain("the Customers sheet's status or closed date says so");
    const zh = summaryText({ ...outcome(), lang: "zh-CN" }, "zh-CN");
    expect(zh).toContain("其中 1 位客户按订阅表已离开（其订阅均已取消或到期）");
    expect(zh).not.toContain("客户表的状态或停用日期写明");
  });

  it("the schedule's words for a customer who left name the Subscriptions sheet, in zh and en", () => {
    expect(unscheduledText(LEFT, "en-US")).toContain(
      "or every subscription of theirs on the Subscriptions sheet was canceled or ended",
    );
    expect(unscheduledText(LEFT, "zh-CN")).toContain("或订阅表上其订阅均已取消或到期");
  });
});

describe("newuser62 M2: Chloe's card fails while she checks in weekly", () => {
  it("her visits say she stays: low, not high 99.2 % 'Overdue by 92 days'; the card said next", () => {
    expect(level("C03")).toBe(2);
    expect(reasons("C03").map((r) => r.code)).toEqual(["visiting", "payment_failed"]);
    expect(reasons("C03", "zh-CN")[1].text).toMatch(/^上次付款后 3 次扣款失败/);
  });

  it("a payment call is owed, urgent, planned from her visits and due after her first failure (09-01), not 08-15", () => {
    const call = contacts("C03").find((x) => x.reason.code === "win_back")!;
    expect(call.priority).toBe("urgent");
    expect(call.reason.text).toBe(
      "Payment failed (“expired_card”): ask the customer to update the payment method (not a retention call)",
    );
    expect(call.dueDate! >= "2026-09-01").toBe(true);
    expect(call.plannedFrom! >= "2026-09-01").toBe(true);
    expect(contacts("C03", "zh-CN").find((x) => x.reason.code === "win_back")!.reason.text).toBe(
      "扣款失败（“expired_card”）：请客户更新付款方式（不是挽留联系）",
    );
  });

  it("without the Check-ins, the payment call counts from her first failed charge (09-01), not her last good one", () => {
    const call = contacts("C03", "en-US", b).find((x) => x.reason.code === "win_back")!;
    expect(call.plannedFrom).toBe("2026-09-01");
    expect(call.dueDate! >= "2026-09-01").toBe(true);
  });

  it("the talking point quotes the Decline Reason, in zh and en", () => {
    const points = talkingPoints(a.dataset, a.dataset.asOf);
    expect(talkingPointText(points, a.dataset, row("C03"), a.dataset.asOf, "en-US")).toMatch(
      /^3 charges failed since the last payment \(the last on 2026-11-01: “expired_card”\)/,
    );
    expect(talkingPointText(points, a.dataset, row("C03"), a.dataset.asOf, "zh-CN")).toMatch(
      /^上次付款后 3 次扣款失败（最近一次 2026-11-01：“expired_card”）/,
    );
  });

  it("Dan's row says his cancellation, not 'few visits: 47 against 47.6' beside it", () => {
    expect(reasons("C04").map((r) => r.code)).toEqual(["cancel_scheduled"]);
  });
});
