import fc from "fast-check";
import type { Grid } from "../../../src/engine/cells";
import { foldName, householdNames, normalisePhone } from "../../../src/engine/ingest/duplicateKeys";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { cellText } from "../../../src/engine/parse/text";

const asOf = epochDay(2025, 12, 31);
/** The columns of the first way a finding names (phone, e-mail, name). */
const HEADERS = ["电话", "邮箱", "客户名称"];

/**
 * The likely-duplicate findings as the keys define them: per customer in order, each earlier
 * customer first seen with its phone, e-mail or name and region (a Map of the made keys), once.
 */
function expected(rows: string[][]): [number, number, string, string][] {
  const seen = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  const out: [number, number, string, string][] = [];
  rows.forEach(([, name, phone, email, region], i) => {
    const [n, p, e, r] = [name, phone, email, region].map((t) => cellText(t));
    const nameKey = foldName(n);
    const regionKey = foldName(r);
    const keys = [
      normalisePhone(p),
      e.toLowerCase(),
      nameKey && regionKey ? `${nameKey}|${regionKey}` : "",
    ];
    const others = keys.map((key, k) => {
      if (key === "") return -1;
      const first = seen[k].get(key);
      if (first === undefined) seen[k].set(key, i);
      return first ?? -1;
    });
    for (const other of new Set(others)) {
      if (other < 0) continue;
      // Same phone or e-mail under another name: one household (tester61 U115), not a duplicate.
      const household = other !== others[2] && householdNames(n, cellText(rows[other][1]));
      const code = household ? "shared_contact" : "possible_duplicate_customer";
      out.push([i + 2, other + 2, HEADERS[others.indexOf(other)], code]);
    }
  });
  return out;
}

// Few values, written in the ways that fold together (width, case, +86, brackets, spaces).
const names = [
  "张伟",
  "张 伟",
  "ＺＨＡＮＧ Wei",
  "zhang wei",
  "华为技术（上海）",
  "华为技术(上海)",
  "Σοφία",
  "ΣΟΦΊΑ",
  "",
];
const phones = [
  "+86 137-3141-5926",
  "13731415926",
  "0086 137 3141 5926",
  "１３７３１４１５９２６",
  "8613731415926",
  "021-1234",
  "",
  "13800000000",
];
const emails = ["a@qq.com", "A@QQ.com", "b@163.com", "", "İ@x.cn", "i̇@x.cn"];
const regions = ["华东", "华东 ", "华北", "", "（）"];

describe("possible_duplicate_customer from hashed keys", () => {
  test("the same findings, in the same order, as first-seen maps of the made keys", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.constantFrom(...names),
            fc.constantFrom(...phones),
            fc.constantFrom(...emails),
            fc.constantFrom(...regions),
          ),
          { minLength: 1, maxLength: 30 },
        ),
        fc.boolean(),
        async (picked, byColumn) => {
          const rows = picked.map(([n, p, e, r], i) => [String(1000 + i), n, p, e, r]);
          const c: Grid = [["客户编号", "客户名称", "电话", "邮箱", "地区"], ...rows];
          const t: Grid = [
            ["客户编号", "日期", "金额"],
            ["1000", "2025-01-02", 5],
          ];
          const make = byColumn ? memoryColumnSource : memorySource;
          const { findings } = await ingestWorkbook(make({ 客户: c, 交易: t }), { asOf });
          const got = findings
            .filter((f) => f.code === "possible_duplicate_customer" || f.code === "shared_contact")
            .map((f) => [f.row, f.column, f.message["en-US"], f.code]);
          const want = expected(rows);
          expect(got.map(([row, column, , code]) => [row, column, code])).toEqual(
            want.map(([row, , column, code]) => [row, column, code]),
          );
          // Each names the earlier row it resembles.
          got.forEach((g, k) => expect(g[2]).toContain(`row ${want[k][1]}`));
        },
      ),
      { numRuns: 150 },
    );
  });
});

// reviewer63 R10: a shop records its walk-ins on 00000000000 (or 13800138000, 1234567…): 29
// possible_duplicate_customer findings for 30 different people, each a row to check for nothing.
test("walk-ins on a placeholder phone are not flagged as one customer twice", async () => {
  const c: Grid = [["客户编号", "客户名称", "电话"]];
  const placeholders = ["00000000000", "000 0000 0000", "13800138000", "1234567", "13900000000"];
  for (const [k, phone] of placeholders.entries())
    for (let i = 0; i < 3; i++) c.push([`W${k}${i}`, `散客${k}${i}`, phone]);
  // A real number shared still is.
  c.push(["M1", "张伟", "13731415926"], ["M2", "张 伟", "137 3141 5926"]);
  const t: Grid = [
    ["客户编号", "日期", "金额"],
    ["W00", "2025-01-02", 5],
  ];
  const { findings } = await ingestWorkbook(memorySource({ 客户: c, 交易: t }), { asOf });
  const said = findings
    .filter((f) => /duplicate_customer|shared_contact/.test(f.code))
    .map((f) => [f.row, f.value]);
  // Before: 11 findings (rows 3, 4, 6, 7, … on the placeholders) and M2's.
  expect(said).toEqual([[c.length, "137 3141 5926"]]);
});

// tester61 U115: a school's two children of one parent, the parent's phone on both.
test("siblings under one phone are one household, not a duplicate to merge", async () => {
  const c: Grid = [
    ["客户编号", "客户名称", "电话"],
    ["XT002", "李一一", "13900000002"],
    ["XT003", "李二二", "13900000002"],
    ["XT004", "王芳", "13900000004"],
    ["XT005", "王 芳", "139 0000 0004"],
    // Two shops of no type under one phone: organisations (organisationName), not a household.
    ["XT006", "张记商行", "13900000006"],
    ["XT007", "张氏商行", "13900000006"],
  ];
  const t: Grid = [
    ["客户编号", "日期", "金额"],
    ["XT002", "2025-01-02", 5],
  ];
  const { findings } = await ingestWorkbook(memorySource({ 客户: c, 交易: t }), { asOf });
  const said = findings
    .filter((f) => /duplicate_customer|shared_contact/.test(f.code))
    .map((f) => [f.row, f.code]);
  expect(said).toEqual([
    [3, "shared_contact"],
    [5, "possible_duplicate_customer"],
    [7, "possible_duplicate_customer"],
  ]);
  const shared = findings.find((f) => f.code === "shared_contact")!;
  expect(shared.severity).toBe("info");
  expect(shared.message["zh-CN"]).toBe(
    "与第 2 行（客户编号“XT002”）电话相同，但姓名不同（“李一一”、“李二二”）：可能是同一家庭的成员（如兄弟姐妹由家长联系），按不同客户读取，无需合并",
  );
  expect(shared.message["en-US"]).toBe(
    "Same phone as row 2 (ID “XT002”) but another name (“李一一”, “李二二”): probably one household (siblings reached through a parent), read as two customers; no need to merge",
  );
});

// reviewer61 R18: a duplicate under a variant of the name is still a possible duplicate.
test.each([
  ["李一一", "李二二", true],
  ["Tom Lee", "Amy Lee", true],
  ["王建国", "王先生", false],
  ["张三", "张三（老客户）", false],
  ["Ann Lee", "Anne Lee", false],
  ["王芳", "张伟", false],
  ["李总", "李明", false],
])("householdNames(%s, %s) is %s", (a, b, household) => {
  expect(householdNames(a, b)).toBe(household);
  expect(householdNames(b, a)).toBe(household);
});
