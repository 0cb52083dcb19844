import type { Cell } from "../../src/engine/cells";
import { summariseCustomers } from "../../src/engine/aggregate/customerSummary";
import { ingestWorkbook, type IngestResult } from "../../src/engine/ingest/workbook";
import { epochDay } from "../../src/engine/parse/date";
import { SHEETS } from "../../src/engine/schema";
import { SAMPLE_KINDS } from "../../src/sample/sheet";
import { sampleSource, type Sample, type SampleOptions } from "../../src/sample/source";
import { ZH } from "../../src/sample/words";

async function collect(
  sample: Sample,
  name: string,
): Promise<{ rows: Cell[][]; firstRows: number[] }> {
  const rows: Cell[][] = [];
  const firstRows: number[] = [];
  await sample.source.readSheet(name, (block, first) => {
    firstRows.push(first);
    rows.push(...block);
  });
  return { rows, firstRows };
}

const key = (x: { kind: string; row: number; code: string }) => `${x.kind}|${x.row}|${x.code}`;

describe("sampleSource", () => {
  const options: SampleOptions = { seed: 7, customers: 1500, transactions: 15000, blockRows: 1000 };
  let sample: Sample;
  let result: IngestResult;
  beforeAll(async () => {
    sample = sampleSource(options);
    result = await ingestWorkbook(sample.source, { asOf: sample.asOf });
  });

  it("is deterministic: the same seed gives the same cells, another seed other cells", async () => {
    const again = sampleSource(options);
    const other = sampleSource({ ...options, seed: 8 });
    for (const name of await sample.source.sheetNames()) {
      const a = await collect(sample, name);
      const b = await collect(again, name);
      expect(b.rows).toEqual(a.rows);
      expect(b.firstRows).toEqual(a.firstRows);
    }
    const a = await collect(sample, "交易");
    const c = await collect(other, "交易");
    expect(c.rows.slice(1, 50)).not.toEqual(a.rows.slice(1, 50));
    expect(again.injected).toEqual(sample.injected);
  });

  it("streams blocks with the Excel row number of their first row", async () => {
    const { rows, firstRows } = await collect(sample, "交易");
    expect(firstRows[0]).toBe(1);
    for (let k = 1; k < firstRows.length; k++) expect(firstRows[k]).toBe(firstRows[k - 1] + 1000);
    expect(rows.length).toBe(1 + sample.sheets[1].rowCount);
  });

  it("has the asked sizes, roughly", () => {
    const counts = result.dataset.counts;
    expect(result.dataset.customers.count).toBe(1500 + 2); // two likely duplicates are new customers
    expect(counts.transactions!.read).toBeGreaterThan(15000 * 0.9);
    expect(counts.transactions!.read).toBeLessThan(15000 * 1.1);
    expect(result.dataset.surveys!.count).toBeGreaterThan(100);
    expect(result.dataset.complaints!.count).toBeGreaterThan(10);
    expect(result.dataset.contacts!.count).toBeGreaterThan(1500);
  });

  it("uses Chinese sheet names and headers the engine maps completely", () => {
    // A row kind (类型: 销售 / 退货 …) and a currency column (币种) are read from other systems'
    // exports (843cdccb): the sample writes every sale as a sale, in yuan, with returns negative.
    // 单价 is read only where an amount is blank (tester54 T10): the sample writes every amount.
    const notInSample = new Set([
      // A complaint's own words beside its cause column (投诉内容 beside 投诉类型; reviewer69 L2).
      "complaints.problem",
      // A follow-up call's satisfaction score (满意度(1-5); tester70 U605).
      "contacts.score",
      "transactions.rowKind",
      // A status column beside the type column (fix59b: 单据状态 beside 单据类型).
      "transactions.rowStatus",
      "transactions.refundStatus",
      // A status beside a type column (单据状态 beside 单据类型; reviewer58 M1).
      "transactions.rowStatus",
      "transactions.currency",
      "transactions.unitPrice",
      // A till's 支付方式, read for stored value (tester57 U41).
      "transactions.payment",
      // A marketplace order's 退款金额 (淘宝 订单报表; tester57 U58).
      "transactions.refundAmount",
      // A last name beside a first name (Shopify's customers export): the sample writes 客户名称.
      "customers.lastName",
      // A salon's 卡扣金额, what a card use took from the balance (tester60 U94).
      "transactions.cardAmount",
      // Etsy's Adjusted Order Total, an order's total after a part refund (reviewer66 M6).
      "transactions.adjustedAmount",
      // Other systems' columns the sample does not write (contacts56: a customer's pause status).
      "customers.status",
      // …and a closed account's date (用友 U8 停用日期: a customer who left; tester58 U65).
      "customers.closedDate",
      // …and an account's renewal date (续约日期: its regular contact before it; tester64 U188).
      "customers.renewalDate",
      // …and a note about the customer (备注, read for do-not-contact: 5e484e9e).
      "customers.note",
      // …and a car's licence plate (a car wash's 车牌号, a visit log's key: fix65b, tester64 U187).
      "customers.plate",
      // …and a WeChat nickname beside the shop's own name (微信昵称 beside 备注名: tester65 U208).
      "customers.nickname",
      // …and a pet's name beside its owner's (a vet's 宠物名: tester65 U216).
      "customers.petName",
      // …and its kind (品种, Species: fix67e).
      "customers.petKind",
      // …and a contact's next date, note and outcome (contacts56).
      "contacts.nextContact",
      "contacts.note",
      "contacts.outcome",
      // …and a contact log's complaint flag and feedback (是否投诉, 顾客反馈: tester60 U100).
      "contacts.complaint",
      "contacts.feedback",
    ]);
    for (const kind of SAMPLE_KINDS) {
      const source = result.dataset.sources[kind]!;
      expect(source.sheetName).toBe(ZH.sheetNames[kind]);
      expect(Object.keys(source.columns).sort()).toEqual(
        SHEETS[kind].fields
          .map((f) => f.key)
          .filter((k) => !notInSample.has(`${kind}.${k}`))
          .sort(),
      );
      expect(source.unmappedHeaders).toEqual([]);
    }
    expect(result.dataset.sources.customers!.headerRow).toBe(3);
    expect(result.dataset.sources.transactions!.columns.amount).toBe("金额(元)");
    expect(result.dataset.sources.contacts!.sheetName).toBe("跟进记录");
  });

  it("reports every injected problem at its sheet and row, and nothing else", () => {
    const found = new Set(result.findings.map(key));
    const injected = new Set(sample.injected.map(key));
    const missing = sample.injected.filter((p) => !found.has(key(p)));
    const extra = result.findings.filter((f) => !injected.has(key(f)));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
    const codes = new Set(sample.injected.map((p) => p.code));
    for (const code of [
      "missing_required",
      "unparseable_value",
      "duplicate_customer_id",
      "possible_duplicate_customer",
      "unknown_customer",
      "future_date",
      "zero_amount",
      "blank_row",
      "totals_row",
      "out_of_range",
      "unparseable_optional",
      "unknown_cause",
    ]) {
      expect(codes).toContain(code);
    }
    // The column named in the finding is the field the problem was put in.
    for (const p of sample.injected.filter((x) => x.field)) {
      const f = result.findings.find((x) => key(x) === key(p))!;
      expect(f.column).toBe(result.dataset.sources[p.kind]!.columns[p.field]);
    }
  });

  it("reads the tolerated forms silently and joins them right", async () => {
    expect(sample.tolerated.length).toBeGreaterThanOrEqual(15);
    const forms = new Set(sample.tolerated.map((t) => t.form));
    for (const form of [
      "number",
      "spaces",
      "¥1,280.00",
      "１２８０",
      "2025/3/7",
      "2025年3月7日",
      "20250307",
    ])
      expect(forms).toContain(form);
    const flagged = new Set(result.findings.map((f) => `${f.kind}|${f.row}`));
    for (const t of sample.tolerated) expect(flagged.has(`${t.kind}|${t.row}`)).toBe(false);
    // Each tolerated transaction row was used, for a real customer.
    const tx = result.dataset.transactions;
    const rowIndex = new Map<number, number>();
    for (let k = 0; k < tx.count; k++) rowIndex.set(tx.sourceRow[k], k);
    const { rows } = await collect(sample, "交易");
    for (const t of sample.tolerated.filter((x) => x.kind === "transactions")) {
      const k = rowIndex.get(t.row);
      expect(k).toBeDefined();
      const cells = rows[t.row - 1];
      expect(result.dataset.customers.key[tx.customer[k!]]).toBe(String(cells[0]).trim());
      if (t.field === "amount") expect(Math.abs(tx.amount[k!])).toBeGreaterThan(0);
      // Rows run in date order: a date typed as text lands between its neighbours.
      if (t.field === "date") {
        const before = rowIndex.get(t.row - 1);
        const after = rowIndex.get(t.row + 1);
        if (before !== undefined) expect(tx.day[k!]).toBeGreaterThanOrEqual(tx.day[before]);
        if (after !== undefined) expect(tx.day[k!]).toBeLessThanOrEqual(tx.day[after]);
      }
    }
    const customerRows = new Set(Array.from(result.dataset.customers.sourceRow));
    for (const t of sample.tolerated.filter((x) => x.kind === "customers"))
      expect(customerRows.has(t.row)).toBe(true);
  });

  it("counts add up: every row read is used or rejected", () => {
    for (const kind of SAMPLE_KINDS) {
      const c = result.dataset.counts[kind]!;
      expect(c.read).toBe(c.used + c.rejected);
      const errors = sample.injected.filter(
        (p) =>
          p.kind === kind &&
          ![
            "possible_duplicate_customer",
            "shared_contact",
            "out_of_range",
            "unparseable_optional",
            "unknown_cause",
            "zero_amount", // a purchase with no spend: used, with a note
          ].includes(p.code),
      );
      expect(c.rejected).toBe(errors.length);
      expect(c.skipped).toBe(
        errors.filter((p) => p.code === "blank_row" || p.code === "totals_row").length,
      );
    }
  });

  it("spends like real customers: Pareto-skewed, a third buy once, some drift away, some are new", () => {
    const { dataset } = result;
    const s = summariseCustomers(dataset);
    const spend: number[] = [];
    let once = 0;
    let lapsed = 0;
    let recentFirst = 0;
    for (let i = 0; i < dataset.customers.count; i++) {
      if (s.purchaseDays[i] === 0) continue;
      spend.push(s.netSpend[i]);
      if (s.purchaseDays[i] === 1) once++;
      if (sample.asOf - s.lastPurchase[i] > 365) lapsed++;
      if (sample.asOf - s.firstPurchase[i] < 120) recentFirst++;
    }
    spend.sort((a, b) => b - a);
    const total = spend.reduce((a, b) => a + b, 0);
    const top = spend.slice(0, Math.ceil(spend.length * 0.2)).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.55);
    expect(once / spend.length).toBeGreaterThan(0.25);
    expect(once / spend.length).toBeLessThan(0.45);
    expect(lapsed / spend.length).toBeGreaterThan(0.1);
    expect(recentFirst / spend.length).toBeGreaterThan(0.03);
  });

  it("has a Double 11 peak and fewer orders over Chinese New Year", () => {
    const tx = result.dataset.transactions;
    let double11 = 0;
    let ordinary = 0;
    let newYear = 0;
    for (let k = 0; k < tx.count; k++) {
      const d = tx.day[k];
      if (d >= epochDay(2025, 11, 1) && d <= epochDay(2025, 11, 11)) double11++;
      if (d >= epochDay(2025, 9, 11) && d <= epochDay(2025, 9, 21)) ordinary++;
      if (d >= epochDay(2025, 1, 25) && d <= epochDay(2025, 2, 4)) newYear++;
    }
    expect(double11).toBeGreaterThan(1.4 * ordinary);
    expect(newYear).toBeLessThan(0.8 * ordinary);
  });

  it("scores drifting customers lower: low-satisfaction customers stopped buying more often", () => {
    const { dataset } = result;
    const s = summariseCustomers(dataset);
    const sv = dataset.surveys!;
    const groups = { low: [0, 0], high: [0, 0] };
    for (let k = 0; k < sv.count; k++) {
      const c = sv.customer[k];
      const g = sv.overall[k] <= 2 ? groups.low : sv.overall[k] >= 5 ? groups.high : null;
      if (!g) continue;
      g[0]++;
      if (sample.asOf - s.lastPurchase[c] > 180) g[1]++;
    }
    expect(groups.low[1] / groups.low[0]).toBeGreaterThan(groups.high[1] / groups.high[0]);
  });
});

describe("sampleSource options", () => {
  it("has no findings at all without problems, in English, with Excel serial dates", async () => {
    const sample = sampleSource({
      seed: 3,
      customers: 400,
      transactions: 3000,
      lang: "en-US",
      problems: false,
      dateCells: "serial",
    });
    expect(sample.injected).toEqual([]);
    expect(await sample.source.sheetNames()).toEqual([
      "Customers",
      "Transactions",
      "Surveys",
      "Complaints",
      "Contacts",
    ]);
    const result = await ingestWorkbook(sample.source, { asOf: sample.asOf });
    expect(result.findings).toEqual([]);
    expect(result.dataset.sources.customers!.headerRow).toBe(1);
    for (const kind of SAMPLE_KINDS)
      expect(result.dataset.sources[kind]!.unmappedHeaders).toEqual([]);
    expect(result.dataset.transactions.count).toBe(sample.plan.totalPurchases);
  });

  it("reports the injected problems in English sheets and with Excel serial dates too", async () => {
    const sample = sampleSource({
      seed: 2,
      customers: 600,
      transactions: 5000,
      lang: "en-US",
      dateCells: "serial",
    });
    const result = await ingestWorkbook(sample.source, { asOf: sample.asOf });
    expect(result.findings.map(key).sort()).toEqual(sample.injected.map(key).sort());
    expect(sample.injected.find((p) => p.code === "totals_row")!.sheet).toBe("Transactions");
  });

  it("keeps every row on or before asOf (except the injected future date) for another asOf and history", async () => {
    const asOf = epochDay(2024, 6, 30);
    const sample = sampleSource({ seed: 5, customers: 300, transactions: 2000, asOf, years: 1 });
    const result = await ingestWorkbook(sample.source, { asOf });
    expect(result.findings.map(key).sort()).toEqual(sample.injected.map(key).sort());
    const tx = result.dataset.transactions;
    for (let k = 0; k < tx.count; k++) {
      expect(tx.day[k]).toBeLessThanOrEqual(asOf);
      expect(tx.day[k]).toBeGreaterThan(asOf - 366);
    }
  });
});
