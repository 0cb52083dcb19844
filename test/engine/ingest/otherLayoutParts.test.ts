import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

// tester66 U237 (一叶茶庄-b.xlsx, /work/notes/stop66/tester66/tea/gen.js with the phone columns
// named 客户编号, cut to three customers): the 小程序 export 订单导出 was read as the transactions,
// the shop's hand-kept 门店流水 and 11月门店 (a title row, 日期 / 客户 / 客户编号 / 茶叶 / 金额 /
// 付款方式 / 备注, `¥30,000`, a 合计 row) were "not read" with a warning to paste their rows: revenue
// 12,124 of 90,594 and the 企业团购 customer (67 % of it) a prospect. They are the same customers'
// sales in another layout: read as parts of the transactions, each by its own headers.

const customers: Grid = [
  ["客户昵称", "真实姓名", "客户编号", "会员等级"],
  ["周哥", "周建国", "13800000001", "金卡"],
  ["静静", "林静", "13800000002", "银卡"],
  ["华信行政李姐", "李梅（华信科技）", "13800000004", "企业"],
];
const orders: Grid = [
  ["订单号", "下单时间", "买家昵称", "客户编号", "商品名称", "商品数量", "实付金额", "订单状态"],
  ["E1", "2026-01-10 14:32:11", "静静", "13800000002", "福鼎白牡丹 250g", 1, "268.00", "交易成功"],
  ["E2", "2026-03-18 14:32:11", "静静", "13800000002", "福鼎白牡丹 250g", 1, "268.00", "交易成功"],
  ["E3", "2026-06-01 10:00:00", "周哥", "13800000001", "普洱 357g", 1, "300.00", "交易成功"],
];
const storeTitle = (text: string): Grid[number] => Array(7).fill(text);
const storeLog: Grid = [
  storeTitle("一叶茶庄 门店销售登记 （2025.1—2026.10）"),
  ["日期", "客户", "客户编号", "茶叶", "金额", "付款方式", "备注"],
  ["2026/1/5", "周建国", "13800000001", "普洱熟茶", "600", "微信", ""],
  [
    "2026年1月20日",
    "华信科技",
    "13800000004",
    "春节员工福利礼盒×100",
    "¥30,000",
    "对公转账",
    "开专票",
  ],
  ["2026/9/8", "华信科技", "13800000004", "中秋礼盒×100", "¥30,800", "对公转账", ""],
  ["2026/10/2", "散客", "", "铁观音", "120", "现金", ""],
  ["合计", "", "", "", 61520, "", ""],
];
const november: Grid = [
  storeTitle("一叶茶庄 门店销售登记 （2026年11月起）"),
  ["日期", "客户", "客户编号", "茶叶", "金额", "付款方式", "备注"],
  ["2026/11/3", "陈先生", "13900000005", "铁观音", "380", "微信", ""],
  ["2026/11/26", "周建国", "13800000001", "普洱熟茶", "¥600", "微信", ""],
];
const run = (sheets: Record<string, Grid>) =>
  analyzeWorkbook(memorySource({ 会员列表: customers, 订单导出: orders, ...sheets }), {
    rules: defaultRules(),
    asOf: epochDay(2026, 12, 6),
  });

// Jobber's Invoices and Jobs (tester66 U241), cut to two clients: the jobs the invoices bill.
const clients: Grid = [
  ["Customer ID", "Display Name"],
  ["1", "Ann Lee"],
  ["2", "Bob Ray"],
];
const invoices: Grid = [
  ["Invoice #", "Customer ID", "Issued date", "Total ($)"],
  [1, "1", "2026-05-01", 120],
  [2, "2", "2026-06-01", 80],
  [3, "1", "2026-09-01", 120],
];
const jobRows = (header: readonly string[], year: number): Grid => [
  [...header],
  [200, "1", "Weekly", `${year}-04-01`, `${year}-11-30`, 1200],
  [201, "2", "Weekly", `${year}-05-01`, `${year}-08-12`, 400],
];
const runJobber = (sales: string, name: string, rows: Grid) =>
  analyzeWorkbook(memorySource({ Clients: clients, [sales]: invoices, [name]: rows }), {
    rules: defaultRules(),
    asOf: epochDay(2026, 12, 6),
  });

describe("the shop's own sales sheets beside an online export (tester66 U237)", () => {
  test("门店流水 and 11月门店 are read with 订单导出, each by its own headers, and said", async () => {
    const a = await run({ 门店流水: storeLog, "11月门店": november });
    // Before: no parts, revenue 836 (订单导出 alone), 华信科技 a prospect.
    expect(a.dataset.sources.transactions!.parts).toEqual(["订单导出", "门店流水", "11月门店"]);
    expect(a.kpis.revenue).toBe(836 + 600 + 30000 + 30800 + 600);
    const at = (id: string) => a.dataset.customers.id.indexOf(id);
    expect(a.summary.netSpend[at("13800000004")]).toBe(60800);
    expect(a.summary.lastPurchase[at("13800000001")]).toBe(epochDay(2026, 11, 26));
    const read = a.findings.filter((f) => f.code === "sibling_sheets_read");
    expect(read).toHaveLength(1);
    expect(read[0].message["zh-CN"]).toMatch(
      /^交易读自 3 个工作表：“订单导出”、“门店流水”、“11月门店”，共 \d+ 行。其中 2 个工作表是同一批客户在另一渠道的销售（如门店手工登记与网店导出），列不同，按各自的标题读取：“门店流水”、“11月门店”；/,
    );
    expect(read[0].message["en-US"]).toMatch(
      /^Transactions were read from 3 sheets: “订单导出”, “门店流水”, “11月门店”; \d+ rows in all\. Sheets “门店流水”, “11月门店” keep sales of the same customers in their own columns/,
    );
    // Neither is a sheet left unread any more.
    expect(a.warnings.filter((w) => w.code === "input_sheet_unread")).toEqual([]);
  });

  test("a sheet of another layout holding the export's rows again is a copy: not counted twice", async () => {
    const copy: Grid = [
      ["日期", "客户", "客户编号", "茶叶", "金额"],
      ["2026/1/10", "静静", "13800000002", "福鼎白牡丹", 268],
      ["2026/3/18", "静静", "13800000002", "福鼎白牡丹", 268],
      ["2026/6/1", "周哥", "13800000001", "普洱", 300],
    ];
    const a = await run({ 门店流水: storeLog, 小程序订单: copy });
    expect(a.dataset.sources.transactions!.parts).toEqual(["订单导出", "门店流水"]);
    expect(a.kpis.revenue).toBe(836 + 600 + 30000 + 30800);
  });

  test("a sheet whose rows are no sales of the customers (totals blank: Jobs beside Invoices, U241) is not read", async () => {
    const jobs: Grid = [
      ["Job #", "客户编号", "Title", "Start date", "End date", "Total ($)"],
      [200, "13800000001", "Weekly", "2026-04-01", "2026-11-30", ""],
      [201, "13800000002", "Weekly", "2026-05-01", "2026-08-12", ""],
    ];
    const a = await run({ Jobs: jobs });
    expect(a.dataset.sources.transactions!.parts).toBeUndefined();
    expect(a.kpis.revenue).toBe(836);
  });

  // tester66 U241: the warning of the Jobs sheet said to put its rows on the Invoices sheet, which
  // would count each job's money twice (the invoices bill the jobs): it says the same work instead.
  test.each([
    ["Jobs", true, ["Job #", "Customer ID", "Title", "Start date", "End date", "Total ($)"]],
    ["派工单", true, ["工单号", "客户编号", "项目", "开始日期", "结束日期", "金额"]],
    [
      "Projects",
      false,
      ["Project #", "Customer ID", "Title", "Start date", "End date", "Total ($)"],
    ],
  ] as const)(
    "an unread %s beside Invoices: the same work %s, no advice to add it",
    async (name, jobs, header) => {
      const a = await runJobber("Invoices", name, jobRows(header, 2026));
      expect(a.kpis.revenue).toBe(320);
      const w = a.warnings.find((x) => x.code === "input_sheet_unread")!;
      if (jobs) {
        expect(w.message["en-US"]).toBe(
          `Sheet “${name}” was not read: it apparently lists the jobs that the invoices on the “Invoices” sheet bill, the same work, so its rows are not added to the sales (that would count the money twice). Nothing to do: the money is on “Invoices”`,
        );
        expect(w.message["zh-CN"]).toContain(
          "是同一批工作，所以不把它的行加进交易（加进去同一笔钱会算两次）",
        );
        // Before: "If it holds Transactions too, put its rows on the “Invoices” sheet".
        expect(w.message["en-US"]).not.toContain("put its rows");
      } else expect(w.message["en-US"]).toContain("put its rows on the “Invoices” sheet");
    },
  );

  // reviewer67 H1 (reviewer67/r67c.test.ts): the same Jobs sheet named with a year or a month was
  // read as a part of the invoices, its money added: revenue 320 → 1,920, no warning. M1
  // (r67b.test.ts): any sheet named *job* beside any sales was said to be "the same work, nothing
  // to do", whatever its days: the 2025 jobs' money lost and the user told not to act.
  describe("a jobs sheet is the invoices' work only with their customers on their days (reviewer67 H1, M1)", () => {
    const en = ["Job #", "Customer ID", "Title", "Start date", "End date", "Total ($)"];
    const zh = ["工单号", "客户编号", "项目", "开始日期", "结束日期", "金额"];
    const unread = (a: Awaited<ReturnType<typeof runJobber>>) =>
      a.warnings.filter((w) => w.code === "input_sheet_unread").map((w) => w.message["en-US"]);

    test.each([["Jobs 2026"], ["2026年派工单"], ["Jobs Nov"]])(
      "%s beside Invoices: not added, said as the same work",
      async (name) => {
        const a = await runJobber("Invoices", name, jobRows(name.includes("派") ? zh : en, 2026));
        // Before: parts Invoices + the jobs sheet, revenue 1,920, no warning.
        expect(a.dataset.sources.transactions!.parts).toBeUndefined();
        expect(a.kpis.revenue).toBe(320);
        expect(unread(a)).toEqual([
          `Sheet “${name}” was not read: it apparently lists the jobs that the invoices on the “Invoices” sheet bill, the same work, so its rows are not added to the sales (that would count the money twice). Nothing to do: the money is on “Invoices”`,
        ]);
        expect(a.dataset.jobsSheets).toEqual([name]);
      },
    );

    test.each([
      ["Sales", "Jobs", en],
      ["销售流水", "服务单", zh],
      ["Invoices", "Job Applicants", en],
    ] as const)(
      "%s beside %s of 2025 (other days): the ordinary advice, not 'nothing to do'",
      async (sales, name, header) => {
        const a = await runJobber(sales, name, jobRows(header, 2025));
        expect(a.kpis.revenue).toBe(320);
        // Before: "… the same work … Nothing to do: the money is on “Sales”".
        expect(unread(a)).toEqual([
          expect.stringContaining(`put its rows on the “${sales}” sheet`),
        ]);
        expect(a.dataset.jobsSheets).toBeUndefined();
      },
    );

    // fix68b's left item 2: the jobs were compared with the sales' first sheet only, not its
    // sheets of other years: Jobs 2026 beside Invoices 2025 (first) and Invoices 2026 was read as
    // a part of the sales.
    test("Jobs 2026 beside Invoices 2025 and Invoices 2026: the same work, not added", async () => {
      const of = (year: number) =>
        invoices.map((r, i) =>
          i === 0 ? r : [r[0], r[1], `${year}${String(r[2]).slice(4)}`, r[3]],
        );
      const a = await analyzeWorkbook(
        memorySource({
          Clients: clients,
          "Invoices 2025": of(2025),
          "Invoices 2026": of(2026),
          "Jobs 2026": jobRows(en, 2026),
        }),
        { rules: defaultRules(), asOf: epochDay(2026, 12, 6) },
      );
      // Before: parts Invoices 2025, Invoices 2026, Jobs 2026; the jobs' 1,600 in the revenue.
      expect(a.dataset.sources.transactions!.parts).toEqual(["Invoices 2025", "Invoices 2026"]);
      expect(a.dataset.transactions.count).toBe(6);
      expect(a.dataset.jobsSheets).toEqual(["Jobs 2026"]);
    });

    // fix68b's left item 3: the sales joined by the clients' phones (keyByOther), the jobs keyed
    // by the same phones were not looked up (by ID only) and got the advice to add their rows.
    test("Jobs keyed by Phone beside Invoices keyed by Phone: the same work", async () => {
      const phone = (id: unknown) => `614-555-010${String(id)}`;
      const byPhone = (rows: Grid) =>
        rows.map((r, i) => (i === 0 ? r.map((h) => (h === "Customer ID" ? "Phone" : h)) : r));
      const withPhones = clients.map((r, i) => [...r, i === 0 ? "Phone" : phone(r[0])]);
      const sales = byPhone(
        invoices.map((r, i) => (i === 0 ? r : [r[0], phone(r[1]), ...r.slice(2)])),
      );
      const jobs = byPhone(
        jobRows(en, 2026).map((r, i) => (i === 0 ? r : [r[0], phone(r[1]), ...r.slice(2)])),
      );
      const a = await analyzeWorkbook(
        memorySource({ Clients: withPhones, Invoices: sales, Jobs: jobs }),
        { rules: defaultRules(), asOf: epochDay(2026, 12, 6) },
      );
      expect(a.dataset.sources.transactions!.columns.customerId).toBe("Phone");
      expect(a.kpis.revenue).toBe(320);
      // Before: undefined, and "If it holds Transactions too, put its rows on the “Invoices” sheet".
      expect(a.dataset.jobsSheets).toEqual(["Jobs"]);
      expect(unread(a)).toEqual([expect.stringContaining("the same work")]);
    });

    // reviewer69 M7 (reviewer69/jobs.test.ts): a business moved from invoicing to a jobs sheet in
    // January; its jobs, all after the last invoice, were taken for the invoices' work and dropped
    // with "Nothing to do" (revenue 6,000, every customer's last purchase 2025-12-10).
    test("Jobs 2026 after every invoice of Invoices 2025: read as sales, not the same work", async () => {
      const ids = ["C1", "C2", "C3", "C4", "C5", "C6"];
      const inv: Grid = [["Invoice #", "Date", "Customer ID", "Amount"]];
      const jobs: Grid = [["Job #", "Date", "Customer ID", "Job", "Total"]];
      for (let m = 1; m <= 12; m++)
        for (const id of ids) inv.push([`INV-${inv.length}`, `2025-${m}-10`, id, 100]);
      for (let m = 1; m <= 2; m++)
        for (const id of ids) jobs.push([`J-${jobs.length}`, `2026-${m}-10`, id, "Lawn care", 100]);
      const a = await analyzeWorkbook(
        memorySource({
          Customers: [["Customer ID", "Name"], ...ids.map((x) => [x, x])],
          "Invoices 2025": inv,
          "Jobs 2026": jobs,
        }),
        { rules: defaultRules(), asOf: epochDay(2026, 3, 1) },
      );
      expect(a.kpis.revenue).toBe(7200);
      expect(a.dataset.sources.transactions!.parts).toEqual(["Invoices 2025", "Jobs 2026"]);
      expect(Array.from(a.summary.lastPurchase)).toEqual(ids.map(() => epochDay(2026, 2, 10)));
      expect(a.dataset.jobsSheets).toBeUndefined();
      expect(unread(a)).toEqual([]);
    });

    test("jobs of other customers on the invoices' days: the ordinary advice", async () => {
      const rows = jobRows(en, 2026).map((r, i) => (i === 0 ? r : [r[0], `9${i}`, ...r.slice(2)]));
      const a = await runJobber("Invoices", "Jobs", rows);
      expect(unread(a)).toEqual([expect.stringContaining("put its rows on the “Invoices” sheet")]);
    });
  });

  // reviewer66 H6: any unread sheet whose columns map a date, a customer and an amount was read as
  // sales: quotes, deposits, debts and gifts became revenue, and the payments of the sales counted
  // each sale twice. A sheet of another layout is read only when its name says the sales.
  test.each([
    ["报价单", ["报价日期", "客户编号", "报价金额", "项目"]],
    ["押金", ["日期", "客户编号", "押金金额", "备注"]],
    ["赠送记录", ["日期", "客户编号", "赠送金额", "活动"]],
    ["Quotes", ["Created Date", "客户编号", "Total", "Quote #"]],
  ])("%s beside the orders is not read as sales", async (name, header) => {
    const a = await run({ [name]: [header, ["2026-06-01", "13800000001", 500, "x"]] });
    expect(a.kpis.revenue).toBe(836);
  });

  test("payments read as the sales (收款记录 over 订单 by its name): the orders beside are not read again", async () => {
    const payments: Grid = [
      ["收款日期", "客户编号", "收款金额", "方式"],
      ["2026-01-15", "13800000002", 268, "微信"],
      ["2026-03-23", "13800000002", 268, "微信"],
      ["2026-06-06", "13800000001", 300, "微信"],
    ];
    const a = await analyzeWorkbook(
      memorySource({ 会员列表: customers, 订单: orders, 收款记录: payments }),
      { rules: defaultRules(), asOf: epochDay(2026, 12, 6) },
    );
    expect(a.kpis.revenue).toBe(836);
  });
});
