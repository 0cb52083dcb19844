import { cli, scratchFolder, userWorkbook } from "./harness";

// tester52 H4: complaints on a sheet named 客诉 were not read and nothing said so (console, tabs,
// JSON). The console now names every visible sheet of the user's that no input was read from.

const scratch = scratchFolder("ca-sheets-not-read-");

const customers = [["客户编号", "客户名称"], ...[1, 2, 3].map((i) => [`C${i}`, `客户${i}`])];
const sales = [
  ["客户编号", "日期", "金额"],
  ...[1, 2, 3].map((i) => [`C${i}`, `2025-0${i}-03`, String(100 * i)]),
];

test("the console names the user's sheets no input was read from, in both languages", async () => {
  const book = await userWorkbook(scratch.path("台账.xlsx"), {
    客户: customers,
    月度汇总: [
      ["月份", "销售额"],
      ["2025-01", "100"],
    ],
    交易: sales,
    备注: [["说明"], ["手工整理"]],
  });
  const zh = await cli("analyze", book, "--as-of", "2025-12-31", "--lang", "zh-CN");
  expect(zh.code).toBe(0);
  expect(zh.out).toContain(
    "未读取的工作表（2 个）：“月度汇总”、“备注”（未作为任何输入读取；每项输入只读取名称最相符的一个工作表：客户、交易、满意度调查、投诉、跟进记录、上课签到、订阅）",
  );
  const en = await cli("analyze", book, "--as-of", "2025-12-31", "--lang", "en-US");
  expect(en.out).toContain("Not read: sheets “月度汇总”, “备注” (not read as any input;");
  // A refresh of the report: our own tabs are never "not read".
  const again = await cli("analyze", scratch.path("台账.analysis.xlsx"), "--as-of", "2025-12-31");
  expect(again.code).toBe(0);
  expect(again.out).toContain("Not read: sheets “月度汇总”, “备注” ("); // the last run's language
});

test("nothing is said when every sheet is an input's", async () => {
  const book = await userWorkbook(scratch.path("全.xlsx"), { 客户: customers, 交易: sales });
  const run = await cli("analyze", book, "--as-of", "2025-12-31");
  expect(run.code).toBe(0);
  expect(run.out).not.toContain("未读取");
});

// tester61 U122 / U119: a 家装 firm's 收款记录 was refused with no hint (a transactions name now);
// a school's sheet named exactly 交易 beside 缴费 was passed over for 缴费 (both transactions names,
// the earlier read) and only listed as "not read", as if its name were not the best.
test("收款记录 is the transactions sheet", async () => {
  const book = await userWorkbook(scratch.path("收款.xlsx"), {
    客户档案: customers,
    收款记录: sales,
  });
  const run = await cli("analyze", book, "--as-of", "2025-12-31", "--lang", "zh-CN");
  expect(run.code).toBe(0);
  expect(run.out).not.toContain("未读取");
});

// tester63 U168: a clinic's 预约登记 (预约日期, 病历号, 状态) was listed as not read; it is the visits
// input now: 已到诊 a visit, 爽约 / 取消 no visit, 已预约 after the date a booking.
test("预约登记 is read as the visits", async () => {
  const book = await userWorkbook(scratch.path("预约.xlsx"), {
    客户: customers,
    交易: sales,
    预约登记: [
      ["预约日期", "客户编号", "状态"],
      ["2025-12-01", "C1", "已到诊"],
      ["2025-12-10", "C2", "爽约"],
      ["2026-01-09", "C3", "已预约"],
    ],
  });
  const run = await cli("analyze", book, "--as-of", "2025-12-31", "--lang", "zh-CN");
  expect(run.code).toBe(0);
  expect(run.out).not.toContain("未读取");
  // Said as appointments kept since tester65 U215 (was 读取上课签到): the sheet is read all the same.
  expect(run.out).toContain("“预约登记”表读取预约就诊");
  // …and named so in the rows table (was 上课签到       3 / 3 / 0).
  expect(run.out).toMatch(/\n {2}预约就诊 +3 \/ 3 \/ 0\n/);
  // The booking on 2026-01-09 is no date after the analysis date to check.
  expect(run.out).not.toContain("晚于分析日期");
});

test("a sheet whose name says an input read from another sheet is told why and how", async () => {
  const book = await userWorkbook(scratch.path("两个交易.xlsx"), {
    学员信息: customers,
    缴费: sales,
    交易: sales,
    销售记录2: sales,
  });
  const zh = await cli("analyze", book, "--as-of", "2025-12-31", "--lang", "zh-CN");
  expect(zh.code).toBe(0);
  expect(zh.out).toContain(
    "“交易”的名称也表示交易，但交易只读取一个工作表：两个名称同样相符，读取的是排在前面的“缴费”；要改读“交易”，请把“缴费”改名（任务窗格中也可直接选择工作表）",
  );
  expect(zh.out).toContain(
    "“销售记录2”的名称也表示交易，但交易只读取一个工作表：读取的是名称更相符的“缴费”；要改读“销售记录2”，请把“缴费”改名（任务窗格中也可直接选择工作表）",
  );
  const en = await cli("analyze", book, "--as-of", "2025-12-31", "--lang", "en-US");
  expect(en.out).toContain(
    "“交易” is also named as Transactions, but Transactions is read from one sheet: both names say it equally, so the earlier sheet, “缴费”, is read; to read “交易” instead, rename “缴费” (the task pane lets you choose the sheet)",
  );
});

// tester63 U164: a wholesaler's 停止供货 sheet (客户, 原因, 欠款) was only listed as not read, and its
// customers got urgent win-back calls. The not-read line now says how to hold them off (their
// Customers status or note, which the analysis reads), in both languages.
test("a sheet named as a stop list (停止供货, 黑名单, Do not call) says how its customers are held off", async () => {
  const book = await userWorkbook(scratch.path("停供.xlsx"), {
    客户: customers,
    交易: sales,
    停止供货: [
      ["客户", "原因"],
      ["客户1", "欠款不还，只催款"],
    ],
    "Do not call": [["Customer"], ["客户2"]],
    备注: [["说明"], ["手工整理"]],
  });
  const zh = await cli("analyze", book, "--as-of", "2025-12-31", "--lang", "zh-CN");
  expect(zh.code).toBe(0);
  expect(zh.out).toContain(
    "  “停止供货”像是不再联系或停止供货的客户名单，未读取。要让这些客户不被安排联系，请在客户表中为他们的“客户状态”列写“停止供货”或“不要联系”（或“已关门”“已搬走”），或在“备注”列写明原因：分析会读取这些",
  );
  expect(zh.out).toContain("  “Do not call”像是不再联系或停止供货的客户名单");
  expect(zh.out).not.toContain("“备注”像是");
  const en = await cli("analyze", book, "--as-of", "2025-12-31", "--lang", "en-US");
  expect(en.out).toContain(
    "  “停止供货” looks like a list of customers not to contact or supply any more; it is not read. For them to get no call, write on the Customers sheet, in their status column, “Do not contact”",
  );
});
