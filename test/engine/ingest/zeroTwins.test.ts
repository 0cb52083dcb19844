import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import type { Cell, Grid } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook, type GridSource } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { customerKey, exactCustomerKey } from "../../../src/engine/parse/identifier";
import { openCsv } from "../../../src/workbook/file/csvSource";

// Stop 22 badinput/tester: customers 001, 1 and 0001 folded to one key; rows 2-3 were rejected as
// duplicates and all their transactions were credited to 001.

const asOf = epochDay(2025, 12, 31);
const SOURCES = [memorySource, memoryColumnSource] as const;

const customers = (...ids: Cell[]): Grid => [
  ["客户编号", "客户名称"],
  ...ids.map((id, k) => [id, `客户${k}`]),
];
const transactions = (...rows: [Cell, number][]): Grid => [
  ["客户编号", "日期", "金额"],
  ...rows.map(([id, amount]) => [id, "2025-06-01", amount]),
];

/** Each customer's id and the amounts credited to them. */
function credited(dataset: Awaited<ReturnType<typeof ingestWorkbook>>["dataset"]) {
  const out: Record<string, number[]> = {};
  for (const id of dataset.customers.id) out[id] = [];
  const t = dataset.transactions;
  for (let k = 0; k < t.count; k++) out[dataset.customers.id[t.customer[k]]].push(t.amount[k]);
  return out;
}

describe("customer ids that differ only by leading zeros", () => {
  test.each(SOURCES.map((s) => [s.name, s] as const))(
    "001, 1 and 0001 on the Customers sheet are three customers (%s)",
    async (_, make) => {
      const { dataset, findings } = await ingestWorkbook(
        make({
          Customers: customers("001", "1", "0001"),
          Transactions: transactions(["001", 100], ["1", 200], ["0001", 300], [1, 20], ["01", 7]),
        }),
        { asOf },
      );
      expect(dataset.customers.id).toEqual(["001", "1", "0001"]);
      // Keys stay one per customer (the run state joins by them).
      expect(new Set(dataset.customers.key).size).toBe(3);
      // The Excel number 1 is the id 1 exactly; 01 names none of them.
      expect(credited(dataset)).toEqual({ "001": [100], "1": [200, 20], "0001": [300] });
      const twins = findings.filter((f) => f.code === "zero_twin_customer_id");
      expect(twins.map((f) => [f.row, f.value, f.severity])).toEqual([
        [3, "1", "warning"],
        [4, "0001", "warning"],
      ]);
      expect(twins[0].message["zh-CN"]).toContain("第 2 行的“001”只差前导零");
      expect(twins[0].message["en-US"]).toContain(
        "differs from “001” (row 2) only by leading zeros",
      );
      const ambiguous = findings.filter((f) => f.code === "ambiguous_customer_id");
      expect(ambiguous.map((f) => [f.row, f.value, f.severity])).toEqual([[6, "01", "error"]]);
      expect(ambiguous[0].message["zh-CN"]).toContain("“001”、“1”、“0001”");
      expect(ambiguous[0].message["en-US"]).toContain("“001”, “1”, “0001”");
      expect(findings.filter((f) => f.code === "duplicate_customer_id")).toEqual([]);
      expect(dataset.counts.transactions).toMatchObject({ read: 5, used: 4, rejected: 1 });
    },
  );

  test.each(SOURCES.map((s) => [s.name, s] as const))(
    "without such twins, an id Excel stored as a number still joins its zero-padded text (%s)",
    async (_, make) => {
      const { dataset, findings } = await ingestWorkbook(
        make({
          Customers: customers("001001", 2002),
          Transactions: transactions([1001, 5], ["01001", 6], ["002002", 7], [" 2002 ", 8]),
        }),
        { asOf },
      );
      expect(credited(dataset)).toEqual({ "001001": [5, 6], "2002": [7, 8] });
      expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    },
  );

  test.each(SOURCES.map((s) => [s.name, s] as const))(
    "the same id twice is still a duplicate, twin or not (%s)",
    async (_, make) => {
      const { dataset, findings } = await ingestWorkbook(
        make({
          Customers: customers("001", "1", " 001 ", 1, "1.0", "C1", "c1"),
          Transactions: transactions(["001", 1]),
        }),
        { asOf },
      );
      expect(dataset.customers.id).toEqual(["001", "1", "C1"]);
      const dups = findings.filter((f) => f.code === "duplicate_customer_id");
      expect(dups.map((f) => [f.row, f.message["en-US"].match(/row (\d+)/)![1]])).toEqual([
        [4, "2"],
        [5, "3"],
        [6, "3"],
        [8, "7"],
      ]);
    },
  );

  test("surveys, complaints and contacts join by the same rule", async () => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({
        Customers: customers("007", "7"),
        Transactions: transactions(["007", 1], [7, 2]),
        Surveys: [
          ["客户编号", "日期", "总体满意度"],
          ["7", "2025-06-01", 5],
          ["0007", "2025-06-01", 4],
        ],
        Complaints: [
          ["客户编号", "接收时间", "原因"],
          ["007", "2025-06-01 10:00", "其他"],
        ],
        Contacts: [
          ["客户编号", "日期", "方式"],
          [7, "2025-06-01", "电话"],
          ["07", "2025-06-02", "电话"],
        ],
      }),
      { asOf },
    );
    expect(Array.from(dataset.surveys!.customer)).toEqual([1]);
    expect(Array.from(dataset.complaints!.customer)).toEqual([0]);
    expect(Array.from(dataset.contacts!.customer)).toEqual([1]);
    const ambiguous = findings.filter((f) => f.code === "ambiguous_customer_id");
    expect(ambiguous.map((f) => [f.kind, f.value])).toEqual([
      ["surveys", "0007"],
      ["contacts", "07"],
    ]);
  });

  describe("CSV files (their plain digits join without a text made)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zero-twins-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    test("the raw-digit path picks the twin too", async () => {
      const c = path.join(dir, "c.csv");
      const t = path.join(dir, "t.csv");
      writeFileSync(c, "客户编号,客户名称\n001,甲\n1,乙\n0001,丙\n");
      writeFileSync(
        t,
        "客户编号,日期,金额\n001,2025-01-01,100\n1,2025-01-02,200\n0001,2025-01-03,300\n01,2025-01-04,7\n",
      );
      const { dataset, findings } = await ingestWorkbook(
        openCsv({ customers: c, transactions: t }),
        { asOf },
      );
      expect(credited(dataset)).toEqual({ "001": [100], "1": [200], "0001": [300] });
      expect(findings.filter((f) => f.code === "ambiguous_customer_id").map((f) => f.row)).toEqual([
        5,
      ]);
    });
  });

  test("property: a row joins the customer its id names exactly, else the only one it folds to", async () => {
    // A few digit ids in several spellings, so twins and near-misses are common.
    const idCell = fc
      .tuple(fc.constantFrom("1", "2", "10", "100"), fc.nat(2), fc.boolean())
      .map(([digits, zeros, asNumber]): Cell =>
        asNumber ? Number(digits) : "0".repeat(zeros) + digits,
      );
    await fc.assert(
      fc.asyncProperty(
        fc.array(idCell, { minLength: 1, maxLength: 8 }),
        fc.array(idCell, { minLength: 1, maxLength: 12 }),
        fc.constantFrom<(s: Record<string, Grid>) => GridSource>(...SOURCES),
        async (customerIds, txIds, make) => {
          // The rule, spelled out: customers are distinct by exact id; a transaction goes to the
          // customer with its exact id, else to the only customer whose id folds to its id.
          const kept: string[] = [];
          for (const id of customerIds) {
            const exact = exactCustomerKey(id);
            if (!kept.includes(exact)) kept.push(exact);
          }
          const expected: Record<string, number[]> = Object.fromEntries(kept.map((k) => [k, []]));
          const fates: string[] = [];
          txIds.forEach((id, k) => {
            const exact = exactCustomerKey(id);
            const folded = kept.filter((c) => customerKey(c) === customerKey(id));
            const to = kept.includes(exact) ? exact : folded.length === 1 ? folded[0] : null;
            if (to !== null) expected[to].push(k + 1);
            fates.push(to !== null ? "used" : folded.length > 1 ? "ambiguous" : "unknown");
          });
          const source = make({
            Customers: customers(...customerIds),
            Transactions: transactions(...txIds.map((id, k): [Cell, number] => [id, k + 1])),
          });
          // No transaction row joins a customer: the run stops, naming the rows (deccce6).
          if (!fates.includes("used")) {
            await expect(ingestWorkbook(source, { asOf })).rejects.toBeInstanceOf(InputError);
            return;
          }
          const { dataset, findings } = await ingestWorkbook(source, { asOf });
          const got: Record<string, number[]> = {};
          for (const [id, amounts] of Object.entries(credited(dataset)))
            got[exactCustomerKey(id)] = amounts;
          expect(got).toEqual(expected);
          const rowsOf = (code: string) =>
            findings.filter((f) => f.kind === "transactions" && f.code === code).map((f) => f.row);
          const rowsWith = (fate: string) => fates.flatMap((f, k) => (f === fate ? [k + 2] : []));
          expect(rowsOf("ambiguous_customer_id")).toEqual(rowsWith("ambiguous"));
          expect(rowsOf("unknown_customer")).toEqual(rowsWith("unknown"));
          // Every customer row is kept, reported as a duplicate, or both twin-noted and kept.
          const customerFindings = findings.filter((f) => f.kind === "customers");
          expect(customerFindings.filter((f) => f.code === "duplicate_customer_id").length).toBe(
            customerIds.length - kept.length,
          );
          expect(new Set(dataset.customers.key).size).toBe(kept.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("ids Excel cut to scientific notation", () => {
  test("the first is noted, once per sheet, and says why ids collide", async () => {
    const { findings } = await ingestWorkbook(
      memorySource({
        Customers: customers("1.23457E+17", "1.23457E+17", "4.40101E+17", "C1"),
        Transactions: transactions(["C1", 1]),
      }),
      { asOf },
    );
    expect(findings.map((f) => [f.row, f.code])).toEqual([
      [2, "id_in_scientific_notation"],
      [3, "duplicate_customer_id"],
    ]);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].message["en-US"]).toContain("lost their last digits");
  });
});
