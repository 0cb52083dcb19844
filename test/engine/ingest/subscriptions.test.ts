/**
 * tester61 U114: Lotus Yoga's Subscriptions sheet (Stripe: Customer ID, Status, Cancel At Period
 * End, Current Period End, Canceled At) was unread, so Kate Davis, set to cancel at the period's
 * end (12-15), was low risk with a routine visit on 12-25. Now the sheet is an input (a workbook's
 * Subscriptions sheet, a CSV file given with --subscriptions): a cancellation set for the period's
 * end is said first ("Set to cancel at period end (ends 2026-12-15)" / 已设置到期取消（2026-12-15
 * 到期）), weighs as a note saying she leaves (churn/saidLeaving.ts, +0.6 log-odds), and gets a
 * retention call before it ends with its talking point; every subscription canceled is a customer
 * who left; a live subscription's past_due is the payment's reason where the Customers sheet has no
 * status. A small copy of tester61's yoga workbook (notes/stop61/tester61/yoga/gen.js).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { LIFECYCLE_STAGES } from "../../../src/engine/analysis";
import type { Grid } from "../../../src/engine/cells";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { talkingPointText, talkingPoints } from "../../../src/engine/followUp/talkingPoints";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay, parseIsoDate } from "../../../src/engine/parse/date";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { defaultRules } from "../../../src/engine/rules";
import { parseCli } from "../../../src/cli/args";
import { openCsv } from "../../../src/workbook/file/csvSource";

const AS_OF = "2026-12-06";

/** Monthly $129 on the 15th from 2025-08 to `last` (ISO). */
function monthly(id: string, last: string): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (let m = 0; ; m++) {
    const y = 2025 + Math.floor((m + 7) / 12);
    const d = `${y}-${String(((m + 7) % 12) + 1).padStart(2, "0")}-15`;
    if (d > last) return out;
    out.push([d, id, 129]);
  }
}

const members = [...Array(8).keys()].map((k) => `M${k}`);
const CUSTOMERS: Grid = [
  ["Customer ID"],
  ...[...members, "KATE", "TWIN", "DAVID", "CHLOE"].map((id) => [id]),
];
const TRANSACTIONS: Grid = [
  ["Created date (UTC)", "Customer ID", "Amount"],
  ...[...members, "KATE", "TWIN", "CHLOE"].flatMap((id) => monthly(id, "2026-11-15")),
  ...monthly("DAVID", "2026-10-15"),
];
const SUBSCRIPTIONS: Grid = [
  [
    "id",
    "Customer ID",
    "Status",
    "Current Period End (UTC)",
    "Cancel At Period End",
    "Canceled At (UTC)",
  ],
  ...members.map((id, k) => [`sub_${k}`, id, "active", "2026-12-15", "false", ""]),
  ["sub_k", "KATE", "active", "2026-12-15", "true", ""],
  ["sub_t", "TWIN", "active", "2026-12-15", "false", ""],
  ["sub_d", "DAVID", "canceled", "2026-11-15", "false", "2026-10-31"],
  ["sub_c", "CHLOE", "past_due", "2026-12-15", "false", ""],
];

const run = (source: Parameters<typeof analyzeWorkbook>[0]) =>
  analyzeWorkbook(source, { rules: defaultRules(), asOf: parseIsoDate(AS_OF) });
const row = (a: Analysis, id: string) => a.dataset.customers.id.map(String).indexOf(id);
const reasons = (a: Analysis, id: string, lang: "zh-CN" | "en-US" = "en-US") =>
  churnReasonsIn(a.classification.analysis, row(a, id), lang);
const logit = (p: number) => Math.log(p / (1 - p));

/** The JSON's contacts planned for customer `id`, and those not planned. */
function contactsOf(a: Analysis, id: string, lang: "zh-CN" | "en-US") {
  const json = followUpsJson(a.schedule, a.dataset, lang);
  const all = <T>(l: { count: number; item(i: number): T }) =>
    Array.from({ length: l.count }, (_, i) => l.item(i));
  return {
    planned: all(json.followUps).filter((x) => x.customerId === id),
    unscheduled: all(json.unscheduled).filter((x) => x.customerId === id),
  };
}

describe.each([
  ["a workbook", memorySource],
  ["a workbook read by columns", memoryColumnSource],
])("a Subscriptions sheet, from %s (tester61 U114)", (_name, source) => {
  let a: Analysis;
  beforeAll(async () => {
    a = await run(
      source({ Customers: CUSTOMERS, Transactions: TRANSACTIONS, Subscriptions: SUBSCRIPTIONS }),
    );
  }, 60_000);

  it("is read as its own input", () => {
    expect(a.dataset.sources.subscriptions?.sheetName).toBe("Subscriptions");
    expect(a.dataset.subscriptions?.count).toBe(12);
  });

  it("a cancellation set for the period's end is Kate's first reason to leave, in zh and en", () => {
    const k = reasons(a, "KATE");
    // Low: what holds it down first, then what adds risk.
    const first = a.classification.analysis.churnLevel[row(a, "KATE")] === 2 ? 1 : 0;
    expect(k[first]).toEqual({
      code: "cancel_scheduled",
      text: "Set to cancel at period end (ends 2026-12-15)",
    });
    expect(reasons(a, "KATE", "zh-CN")[first].text).toBe("已设置到期取消（2026-12-15 到期）");
    expect(reasons(a, "TWIN").map((r) => r.code)).not.toContain("cancel_scheduled");
  });

  // +0.6 log-odds over her twin, then high at least (churn/saidLeaving.ts cancelFloor; newuser62
  // M1: weekly check-ins held Dan at low 27.5 %). Was: exactly +0.6 (Kate read low).
  it("weighs as a note saying she leaves (+0.6 log-odds over her twin), and is high at least", () => {
    const p = a.classification.analysis.churnProbability;
    const weighed = 1 / (1 + Math.exp(-(logit(p[row(a, "TWIN")]) + 0.6)));
    expect(p[row(a, "KATE")]).toBeCloseTo(Math.max(0.8, weighed), 6);
    expect(a.classification.analysis.churnLevel[row(a, "KATE")]).toBe(0);
  });

  it("gets a retention call before the period ends, its reason and talking point saying why", () => {
    const kate = contactsOf(a, "KATE", "en-US").planned;
    const call = kate.find((x) => x.reason.code === "win_back")!;
    expect(call.date < "2026-12-15").toBe(true);
    expect(call.reason.text).toBe(
      "Set to cancel at period end (ends 2026-12-15): call before it ends",
    );
    expect(
      contactsOf(a, "KATE", "zh-CN").planned.find((x) => x.reason.code === "win_back")!.reason.text,
    ).toBe("已设置到期取消（2026-12-15 到期）：到期前联系挽留");
    expect(contactsOf(a, "TWIN", "en-US").planned.map((x) => x.reason.code)).not.toContain(
      "win_back",
    );
    const points = talkingPoints(a.dataset, a.dataset.asOf);
    const c = row(a, "KATE");
    expect(talkingPointText(points, a.dataset, c, a.dataset.asOf, "en-US")).toMatch(
      /^Set to cancel at period end \(ends 2026-12-15\): before then, ask why and what would keep them/,
    );
    expect(talkingPointText(points, a.dataset, c, a.dataset.asOf, "zh-CN")).toMatch(
      /^已设置到期取消（2026-12-15 到期）：到期前问清原因/,
    );
  });

  it("every subscription canceled is a customer who left: churned, said, not called", () => {
    const d = row(a, "DAVID");
    expect(LIFECYCLE_STAGES[a.classification.analysis.lifecycleStage[d]]).toBe("churned");
    expect(reasons(a, "DAVID")).toEqual([
      {
        code: "customer_left",
        text: "Subscription canceled on 2026-10-31 (the Subscriptions sheet: none goes on); churned, not counted at risk, no contact planned",
      },
    ]);
    expect(reasons(a, "DAVID", "zh-CN")[0].text).toBe(
      "订阅已于 2026-10-31 取消（订阅表：没有仍在续订的订阅），视为已流失，不计入有风险客户，不再安排联系",
    );
    const david = contactsOf(a, "DAVID", "en-US");
    expect(david.planned).toEqual([]);
    expect(david.unscheduled.map((x) => x.unscheduledReason.code)).toEqual(["customer_left"]);
  });

  it("a live subscription's past_due is the payment's reason when the Customers sheet has no status", () => {
    expect(reasons(a, "CHLOE").map((r) => r.code)).toContain("payment_failed");
    expect(reasons(a, "CHLOE").find((r) => r.code === "payment_failed")!.text).toMatch(
      /^Status “past_due”: the payment failed/,
    );
  });
});

test("from CSV files (--subscriptions): the same reason, and the option is read", async () => {
  expect(
    parseCli([
      "analyze",
      "--customers",
      "c.csv",
      "--transactions",
      "t.csv",
      "--subscriptions",
      "s.csv",
    ]),
  ).toMatchObject({ csv: { subscriptions: "s.csv" } });
  const dir = mkdtempSync(path.join(tmpdir(), "subscriptions-"));
  try {
    const csv = (grid: Grid) => grid.map((r) => r.join(",")).join("\n") + "\n";
    const files = {
      customers: path.join(dir, "customers.csv"),
      transactions: path.join(dir, "payments.csv"),
      subscriptions: path.join(dir, "subscriptions.csv"),
    };
    writeFileSync(files.customers, csv(CUSTOMERS));
    writeFileSync(files.transactions, csv(TRANSACTIONS));
    writeFileSync(files.subscriptions, csv(SUBSCRIPTIONS));
    const a = await run(openCsv(files));
    expect(reasons(a, "KATE", "zh-CN").map((r) => r.text)).toContain(
      "已设置到期取消（2026-12-15 到期）",
    );
    expect(reasons(a, "DAVID")[0].code).toBe("customer_left");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test("without a Subscriptions sheet nothing moves: the same workbook's judgments", async () => {
  const a = await run(memorySource({ Customers: CUSTOMERS, Transactions: TRANSACTIONS }));
  const p = a.classification.analysis.churnProbability;
  expect(p[row(a, "KATE")]).toBe(p[row(a, "TWIN")]);
  expect(reasons(a, "DAVID")[0].code).not.toBe("customer_left");
  expect(epochDay(2026, 12, 15)).toBe(parseIsoDate("2026-12-15"));
}, 60_000);

/** Weekly $18 from `first` to `last` (ISO): beans bought in the shop. */
function weekly(id: string, first: string, last: string): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (let d = parseIsoDate(first); d <= parseIsoDate(last); d += 7) {
    out.push([new Date(d * 86_400_000).toISOString().slice(0, 10), id, 18]);
  }
  return out;
}

const codes = (a: Analysis, id: string) => reasons(a, id).map((r) => r.code);
const stage = (a: Analysis, id: string) =>
  LIFECYCLE_STAGES[a.classification.analysis.lifecycleStage[row(a, id)]];

describe("reviewer62 R10: an ended subscription is no leaving when she buys on", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await run(
      memorySource({
        Customers: [
          ["Customer ID"],
          ...[...members, "AMY", "CAL", "DORA", "EVE"].map((id) => [id]),
        ],
        Transactions: [
          ["Created date (UTC)", "Customer ID", "Amount"],
          ...members.flatMap((id) => monthly(id, "2026-11-15")),
          ...monthly("AMY", "2026-06-15"),
          ...weekly("AMY", "2026-07-04", "2026-12-05"),
          ...monthly("CAL", "2026-06-15"),
          ...monthly("DORA", "2026-11-15"),
          ...monthly("EVE", "2026-03-15"),
        ],
        Subscriptions: [
          ["Customer ID", "Status", "Current Period End", "Cancel At Period End", "Canceled At"],
          ...members.map((id) => [id, "active", "2026-12-15", "false", ""]),
          ["AMY", "canceled", "2026-06-30", "false", "2026-06-30"],
          ["CAL", "canceled", "2026-06-30", "false", "2026-06-30"],
          ["DORA", "canceled", "", "", ""],
          ["EVE", "canceled", "", "", ""],
        ],
      }),
    );
  }, 60_000);

  it("canceled 06-30, then beans every week to 12-05: not left, called (was churned, no contact)", () => {
    expect(codes(a, "AMY")).not.toContain("customer_left");
    expect(stage(a, "AMY")).not.toBe("churned");
    expect(contactsOf(a, "AMY", "en-US").planned.length).toBeGreaterThan(0);
  });

  it("canceled 06-30 with nothing bought since: still left", () => {
    expect(codes(a, "CAL")).toEqual(["customer_left"]);
  });

  it("with no day written, buying on her own rhythm wins; a silent one stays left", () => {
    expect(codes(a, "DORA")).not.toContain("customer_left");
    expect(codes(a, "EVE")).toEqual(["customer_left"]);
  });
});

test("reviewer62 R10: a 订阅 sheet of marketing opt-ins (no period) is no subscriptions", async () => {
  const ids = ["K1", "K2", "K3", "K4", "K5", "K6"];
  const a = await run(
    memorySource({
      客户: [["客户编号"], ...ids.map((id) => [id])],
      交易: [["日期", "客户编号", "金额"], ...ids.flatMap((id) => monthly(id, "2026-11-15"))],
      订阅: [
        ["客户编号", "订阅内容", "订阅状态", "订阅日期"],
        ["K1", "短信优惠通知", "已退订", "2025-12-10"],
        ["K2", "公众号推送", "已取消", "2025-12-10"],
        ["K3", "短信优惠通知", "订阅中", "2025-12-10"],
      ],
    }),
  );
  for (const id of ["K1", "K2"]) {
    expect(codes(a, id)).not.toContain("customer_left");
    expect(stage(a, id)).toBe(stage(a, "K4"));
  }
}, 60_000);

describe("reviewer62 R14: auto-renew switched off is no cancellation", () => {
  const ids = ["V1", "V2", "V3", "V4", "V5", "V6"];
  const book = (flag: string) =>
    memorySource({
      客户: [["客户编号"], ...ids.map((id) => [id])],
      交易: [["日期", "客户编号", "金额"], ...ids.flatMap((id) => monthly(id, "2026-11-15"))],
      自动续费: [
        ["客户编号", "订阅状态", flag, "本期到期日"],
        ...ids.map((id, k) => [id, "生效中", k < 4 ? "是" : "否", "2026-12-15"]),
      ],
    });

  it("已关闭自动续费 是: no cancel_scheduled, no urgent call (was an urgent 到期前联系挽留)", async () => {
    const a = await run(book("已关闭自动续费"));
    expect(codes(a, "V1")).not.toContain("cancel_scheduled");
    const p = a.classification.analysis.churnProbability;
    expect(p[row(a, "V1")]).toBe(p[row(a, "V5")]);
    expect(contactsOf(a, "V1", "zh-CN").planned.map((x) => x.priority)).not.toContain("urgent");
  }, 60_000);

  it("到期取消 是 still says a scheduled cancellation", async () => {
    const a = await run(book("到期取消"));
    expect(codes(a, "V1")).toContain("cancel_scheduled");
    expect(codes(a, "V5")).not.toContain("cancel_scheduled");
  }, 60_000);
});
