import Ajv2020 from "ajv/dist/2020";
import { readFileSync } from "node:fs";
import path from "node:path";
import { isoDate, parseIsoDate } from "../../src/engine/parse/date";
import { cli, scratchFolder, userWorkbook } from "./harness";

// tester61 U112: a sheet of lessons attended or check-ins (消课记录, Check-ins) was never read
// ("未读取的工作表：消课记录" only). Made small after tester61's school (星途-改名.xlsx) and yoga studio
// (lotus2.xlsx), both as of 2026-12-06:
// - 冯梓轩 prepaid 80 lessons on 2025-12-06 and has come every Saturday since: he read 流失 (365
//   days since his only payment) and was put in the batch win-back. Not churned, no call.
// - 张子涵 paid twice and stopped coming on 2026-10-10: at risk, because her lessons stopped.
// - Ben Carter is still charged $129 a month but has not checked in since 10-26: he read low.
//   At risk, "No check-in for 41 days", with a retention call.
// - Jack Wilson checks in twice a week; a charge was refunded for a hold, so his last charge is
//   60 days old: he read #1 at risk, 80 %. Low.
// Money stays money: revenue and the days since the last purchase are the same with the sheet.

const scratch = scratchFolder("ca-visits-");
const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
  JSON.parse(readFileSync(path.join(__dirname, "../../schema/result.schema.json"), "utf8")),
);
const AS_OF = "2026-12-06";

/** Every `step` days from `from` to `to` (ISO dates), both included when on the step. */
function every(from: string, to: string, step: number): string[] {
  const out: string[] = [];
  for (let d = parseIsoDate(from); d <= parseIsoDate(to); d += step) out.push(isoDate(d));
  return out;
}

/** Twice a week (Mondays and Thursdays after `from`, a Monday) up to `to`. */
const twiceWeekly = (from: string, to: string): string[] =>
  [...every(from, to, 7), ...every(isoDate(parseIsoDate(from) + 3), to, 7)].sort();

// The school: students, fees, Saturday lessons (2025-09-06 is a Saturday).
const STUDENTS = [
  ["学号", "学员", "状态"],
  ["XT001", "王小明", "在读"],
  ["XT002", "李一一", "在读"],
  ["XT004", "张子涵", "在读"],
  ["XT008", "孙宇", "在读"],
  ["XT013", "冯梓轩", "在读"],
];
const FEES = [
  ["日期", "学号", "金额"],
  ["2025-09-06", "XT001", "7200"],
  ["2026-03-07", "XT001", "7200"],
  ["2026-09-05", "XT001", "6800"],
  ["2025-10-04", "XT002", "7200"],
  ["2026-05-09", "XT002", "7200"],
  ["2025-09-06", "XT004", "7200"],
  ["2026-05-16", "XT004", "7200"],
  ["2025-09-06", "XT008", "3800"],
  ["2026-03-07", "XT008", "3800"],
  ["2026-09-05", "XT008", "3800"],
  ["2025-12-06", "XT013", "14400"],
];
const LESSONS = [
  ["上课日期", "学号", "消课课时"],
  ...every("2025-09-06", "2026-12-05", 7).map((d) => [d, "XT001", "1"]),
  ...every("2025-10-04", "2026-12-05", 7).map((d) => [d, "XT002", "1"]),
  ...every("2025-09-06", "2026-10-10", 7).map((d) => [d, "XT004", "1"]),
  ...every("2025-09-06", "2026-12-05", 7).map((d) => [d, "XT008", "1"]),
  ...every("2025-12-06", "2026-12-05", 7).map((d) => [d, "XT013", "1"]),
];

// The studio: members charged monthly, check-ins twice a week (2025-01-06 is a Monday).
const MEMBERS = [
  ["Customer ID", "Name"],
  ["cus_Ava01", "Ava Smith"],
  ["cus_Ben02", "Ben Carter"],
  ["cus_Jac10", "Jack Wilson"],
  ["cus_Lia12", "Liam Chen"],
  ["cus_Pau16", "Paul Harris"],
  ["cus_Chl03", "Chloe Nguyen"],
];
const monthly = (id: string, day: number, last: string, status = "Paid"): string[][] =>
  every("2025-01-01", last, 1)
    .filter((d) => Number(d.slice(8)) === day)
    .map((d) => [id, d, "129.00", status]);
const CHARGES = [
  ["Customer ID", "Created date (UTC)", "Amount", "Status"],
  ...monthly("cus_Ava01", 10, AS_OF),
  ...monthly("cus_Ben02", 3, AS_OF),
  // Jack's last charge, of 10-07, was refunded for a vacation hold; none since.
  ...monthly("cus_Jac10", 7, "2026-10-07"),
  ["cus_Jac10", "2026-10-08", "-129.00", "Refunded"],
  ...monthly("cus_Lia12", 13, AS_OF),
  ...monthly("cus_Pau16", 1, AS_OF),
  // Chloe's card expired: her charges fail since October, and she still comes.
  ...monthly("cus_Chl03", 22, "2026-09-22"),
  ["cus_Chl03", "2026-10-22", "129.00", "Failed"],
  ["cus_Chl03", "2026-11-22", "129.00", "Failed"],
];
const CHECK_INS = [
  ["Visit Date", "Customer ID", "Class"],
  ...twiceWeekly("2025-01-06", "2026-12-05").map((d) => [d, "cus_Ava01", "Vinyasa"]),
  ...twiceWeekly("2025-01-06", "2026-10-27").map((d) => [d, "cus_Ben02", "Vinyasa"]),
  ...twiceWeekly("2025-01-06", "2026-12-04").map((d) => [d, "cus_Jac10", "Yin"]),
  ...twiceWeekly("2025-01-06", "2026-12-05").map((d) => [d, "cus_Lia12", "Yin"]),
  ...twiceWeekly("2025-01-06", "2026-12-05").map((d) => [d, "cus_Pau16", "Flow"]),
  ...twiceWeekly("2025-01-06", "2026-12-05").map((d) => [d, "cus_Chl03", "Flow"]),
];

type Row = Record<string, unknown>;
interface Result {
  overview: { revenue: number };
  counts: Record<string, { used: number }>;
  customers: { columns: string[]; data: unknown[][] };
  followUps: Row[];
  unscheduled: Row[];
  warnings: { code: string; message: string }[];
}

async function run(args: string[], json: string): Promise<Result> {
  const r = await cli("analyze", ...args, "--as-of", AS_OF, "--json", json, "--quiet");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const result = JSON.parse(readFileSync(json, "utf8")) as Result;
  expect(validate(result)).toBe(true);
  return result;
}

/** Customer `id`'s row of the JSON as an object. */
function customer(j: Result, id: string): Row {
  const row = j.customers.data.find((r) => r[0] === id)!;
  return Object.fromEntries(j.customers.columns.map((c, i) => [c, row[i]]));
}

const risk = (j: Result, id: string) =>
  customer(j, id).churnRisk as { level: string; reasons: { code: string; text: string }[] };
const calls = (j: Result, id: string, code: string) =>
  j.followUps.filter((f) => f.customerId === id && (f.reason as Row).code === code);

function expectSchool(j: Result, without: Result, place: string): void {
  expect(j.counts.visits.used).toBe(LESSONS.length - 1);
  // 冯梓轩 comes every Saturday: not churned, no retention call, no batch win-back.
  const feng = customer(j, "XT013");
  expect(feng.lifecycleStage).not.toBe("churned");
  expect(risk(j, "XT013").level).toBe("low");
  expect(risk(j, "XT013").reasons[0].text).toBe(
    "降低风险：上次上课/签到在 1 天前（通常约每 7 天一次）",
  );
  expect(calls(j, "XT013", "win_back")).toEqual([]);
  expect(j.unscheduled.filter((u) => u.customerId === "XT013")).toEqual([]);
  // 张子涵 stopped coming on 10-10 (57 days): at risk, said in her words, with a retention call.
  expect(["high", "medium"]).toContain(risk(j, "XT004").level);
  expect(risk(j, "XT004").reasons[0]).toEqual({
    code: "visits_stopped",
    text: "已 57 天未上课/签到（通常约每 7 天一次），超出自身节奏 50 天",
  });
  expect(calls(j, "XT004", "win_back")).toHaveLength(1);
  // A visit is no sale: revenue, spend and the days since the last payment are the money's.
  expect(j.overview.revenue).toBe(without.overview.revenue);
  expect(feng.recencyDays).toBe(365);
  expect(feng.netSpend).toBe(customer(without, "XT013").netSpend);
  // Said: where from (newuser62 L2: the file, and the sheet of a workbook), how many visits.
  expect(j.warnings.find((w) => w.code === "visits_read")!.message).toBe(
    `已从${place}读取上课签到：5 位客户的 ` +
      String(LESSONS.length - 1) +
      " 次上课/签到。有上课签到又有购买的客户，是否还在来按上课签到判断，不按缴费：预付课时、储值或仍在扣费的会员一直在来，不算有流失风险；不再来的，即使仍在扣费也算有风险。收入、消费金额和 RFM 的频次（F）、金额（M）评分仍只按交易计算（上课签到不是销售）；RFM 的最近一次（R）按最近一次上课/签到评分。",
  );
}

test("the school's workbook: 消课记录 is read; a prepaid student who comes is no churn, one who stopped is at risk", async () => {
  const sheets = { 学员信息: STUDENTS, 缴费记录: FEES, 消课记录: LESSONS };
  const book = await userWorkbook(scratch.path("星途.xlsx"), sheets);
  const without = await userWorkbook(scratch.path("星途-无消课.xlsx"), {
    学员信息: STUDENTS,
    缴费记录: FEES,
  });
  const before = await run([without], scratch.path("without.json"));
  // Without the lessons (as the sheet went unread before), 冯梓轩 reads churned.
  expect(customer(before, "XT013").lifecycleStage).toBe("churned");
  // Before: 已读取上课签到表“消课记录”.
  expectSchool(await run([book], scratch.path("school.json")), before, "“星途.xlsx”的“消课记录”表");
});

test("the school as CSV files: --visits reads the lessons", async () => {
  const csv = (rows: string[][]) => rows.map((r) => r.join(",")).join("\n") + "\n";
  const customers = scratch.write("学员.csv", csv(STUDENTS));
  const fees = scratch.write("缴费.csv", csv(FEES));
  const lessons = scratch.write("消课记录.csv", csv(LESSONS));
  const base = ["--customers", customers, "--transactions", fees];
  const without = await run(base, scratch.path("csv-without.json"));
  const j = await run([...base, "--visits", lessons], scratch.path("csv.json"));
  // The CSV file is named, not its input (newuser62 L2; before: 已读取上课签到表“上课签到”).
  expectSchool(j, without, "文件“消课记录.csv”");
});

test("the yoga studio: a member charged monthly who stopped checking in is at risk; one who checks in is not", async () => {
  const book = await userWorkbook(
    scratch.path("Lotus Yoga.xlsx"),
    { Members: MEMBERS, Transactions: CHARGES, "Check-ins": CHECK_INS },
    "en-US",
  );
  const j = await run([book], scratch.path("yoga.json"));
  const ben = risk(j, "cus_Ben02");
  expect(ben.level).toBe("high");
  expect(ben.reasons[0]).toEqual({
    code: "visits_stopped",
    text: "No check-in for 41 days (usually every 7 days): 34 days past own rhythm",
  });
  expect(calls(j, "cus_Ben02", "win_back")).toHaveLength(1);
  const jack = risk(j, "cus_Jac10");
  expect(jack.level).toBe("low");
  expect(jack.reasons[0].code).toBe("visiting");
  expect(calls(j, "cus_Jac10", "win_back")).toEqual([]);
  // His days since the last purchase stay the money's: the refunded charge of 10-07.
  expect(customer(j, "cus_Jac10").recencyDays).toBe(60);
  // Chloe still comes, but her card fails: read by her visits (she stays: newuser62 M2; was read
  // by her payments, "overdue" beside "not a sign of leaving"), the card said, a call about it.
  const chloe = risk(j, "cus_Chl03").reasons.map((r) => r.code);
  expect(chloe.slice(0, 2)).toEqual(["visiting", "payment_failed"]);
  expect(calls(j, "cus_Chl03", "win_back")).toHaveLength(1);
  expect(j.warnings.find((w) => w.code === "visits_read")!.message).toMatch(
    // Before: Visits read from “Check-ins” (newuser62 L2: the workbook not named).
    /^Visits read from the sheet “Check-ins” of “Lotus Yoga\.xlsx”: [\d,]+ visits of 6 customers\./,
  );
});

test("a visit of a customer not on the list is said as a transaction's is", async () => {
  const csv = (rows: string[][]) => rows.map((r) => r.join(",")).join("\n") + "\n";
  const j = await run(
    [
      "--customers",
      scratch.write("u-c.csv", csv(STUDENTS)),
      "--transactions",
      scratch.write("u-t.csv", csv(FEES)),
      "--visits",
      scratch.write("u-v.csv", csv([...LESSONS, ["2026-12-05", "XT099", "1"]])),
    ],
    scratch.path("unknown.json"),
  );
  const found = (
    JSON.parse(readFileSync(scratch.path("unknown.json"), "utf8")) as {
      dataQuality: { code: string; sheet: string; message: string }[];
    }
  ).dataQuality.filter((q) => q.message.includes("XT099"));
  expect(found.map((q) => q.code)).toEqual(["unknown_customer"]);
  expect(j.counts.visits.used).toBe(LESSONS.length - 1);
});
