/**
 * reviewer65 M2, M7, M8: a dependent sheet joined by another customers field (keyByOther.ts) gave up
 * on the first imperfection. One nickname two members share dropped the whole 售后 sheet (even with
 * no row naming it), one phone a mother and daughter share stopped the run, one shared or mistyped
 * plate dropped the whole 到店登记 (said as a missing 客户编号 column). Now the rows of a shared value
 * are left unmatched and said with the customers sharing it, a plate one character off exactly one
 * member's is said with that member and not joined, and the rest is read; only when shared values
 * are most of the sheet's rows is it not read. Fixtures after /work/notes/stop65/reviewer65/
 * gen_as.py (AS5, AS6), gen_phone.py (PH1) and W1/W2 (tester64's wash workbook, edited).
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2026, 12, 6);

describe("a nickname two members share (售后)", () => {
  const members: Grid = [
    ["微信昵称", "客户编号", "小区"],
    ["Amy宝妈", "13911110002", "阳光花园5栋"],
    ["Lily", "13911110009", "翠湖苑"],
    ["豆豆妈", "13911110011", "金地小区"],
    ["Lily", "13911110012", "金地小区"],
  ];
  const orders: Grid = [
    ["订单号", "下单时间", "客户编号", "商品名称", "实付金额"],
    ["T1", "2026-10-01", "13911110002", "奶粉", 536],
    ["T2", "2026-11-02", "13911110009", "奶粉", 536],
    ["T3", "2026-11-15", "13911110011", "奶粉", 536],
  ];
  const afterSales: Grid = [
    ["日期", "昵称", "问题", "处理结果"],
    ["2026-11-30", "Amy宝妈", "奶粉结块，宝宝喝了拉肚子，很生气", "处理中"],
    ["2026-12-01", "豆豆妈", "发错货，要换", "处理中"],
    ["2026-12-02", "Lily", "少了一包", "处理中"],
  ];

  test("AS5: the others' complaints are read; the Lily row is said, counted, not used", async () => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 客户: members, 订单: orders, 售后: afterSales }),
      { asOf },
    );
    expect([...dataset.complaints!.customer]).toEqual([0, 2]);
    expect(dataset.counts.complaints).toMatchObject({ read: 3, used: 2 });
    const rows = findings.filter((f) => f.code === "customer_key_shared_row");
    expect(rows.map((f) => [f.row, f.value, f.severity])).toEqual([[4, "Lily", "error"]]);
    const sum = findings.find((f) => f.code === "customer_key_shared_rows")!;
    expect(sum.message["zh-CN"]).toContain("3 行中有 1 行");
    expect(sum.message["zh-CN"]).toContain("“Lily”（1 行：13911110009、13911110012）");
    expect(sum.message["en-US"]).toContain("“Lily” (1 row: 13911110009, 13911110012)");
  });

  test("AS6: no row names the shared nickname: every row read, nothing said of it", async () => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 客户: members, 订单: orders, 售后: afterSales.slice(0, 3) }),
      { asOf },
    );
    expect([...dataset.complaints!.customer]).toEqual([0, 2]);
    expect(findings.filter((f) => f.code.startsWith("customer_key_shared"))).toEqual([]);
  });

  test("most rows (10 or more) naming shared values: the sheet is not read, said why", async () => {
    const many: Grid = [
      afterSales[0],
      ...Array.from({ length: 11 }, (_, i) => [`2026-11-${10 + i}`, "Lily", "少了一包", "处理中"]),
      ...afterSales.slice(1, 3),
    ];
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 客户: members, 订单: orders, 售后: many }),
      { asOf },
    );
    expect(dataset.complaints).toBeNull();
    const f = findings.find((x) => x.code === "customer_key_shared")!;
    expect(f.message["zh-CN"]).toContain("本表 13 行中有 11 行（过半）");
    expect(findings.some((x) => x.code === "customer_key_shared_row")).toBe(false);
  });
});

// PH1 / PH2's members: 王芳 and 王芳女儿 share 13900000003 (/work/notes/stop66/reviewer66/gen_phone2.py).
const phoneMembers: Grid = [
  ["会员编号", "姓名", "手机号"],
  ["V01", "林晓", "13900000001"],
  ["V02", "赵静", "13900000002"],
  ["V03", "王芳", "13900000003"],
  ["V04", "王芳女儿", "13900000003"],
  ["V05", "郑洁", "13900000005"],
];

// PH1-stores-phone-shared.xlsx: 王芳 and 王芳女儿 share 13900000003; 万达店 is keyed by 顾客手机 and no
// row of it uses that phone. The run stopped ("客户表中有 1 个手机号不止一个客户在用"), no report.
test("PH1: a phone two members share stops nothing when no store row uses it", async () => {
  const store = (key: string, rows: (string | number)[][]): Grid => [
    ["日期", key, "项目", "实收"],
    ...rows,
  ];
  const { dataset, findings } = await ingestWorkbook(
    memorySource({
      客户档案: phoneMembers,
      国贸店10月: store("会员编号", [
        ["2026-10-03", "V01", "补水", 398],
        ["2026-10-10", "V02", "补水", 398],
      ]),
      国贸店11月: store("会员编号", [
        ["2026-11-03", "V01", "补水", 398],
        ["2026-11-10", "V02", "补水", 398],
      ]),
      万达店10月: store("顾客手机", [
        ["2026-10-05", "13900000002", "护理", 680],
        ["2026-10-12", "13900000005", "护理", 680],
        ["2026-10-19", "13900000001", "护理", 680],
      ]),
      万达店11月: store("顾客手机", [
        ["2026-11-05", "13900000002", "护理", 680],
        ["2026-11-12", "13900000005", "护理", 680],
        ["2026-11-19", "13900000001", "护理", 680],
      ]),
    }),
    { asOf },
  );
  const t = dataset.transactions;
  let total = 0;
  for (let i = 0; i < t.count; i++) total += t.amount[i];
  expect(total).toBe(4 * 398 + 6 * 680);
  expect(findings.some((f) => f.code === "customer_key_shared")).toBe(false);
});

// reviewer66 M7 (gen_phone2.py → PH2-stores-phone-shared-40pct.xlsx): 王芳 and 王芳女儿's phone on 2 of
// 5 万达店 rows a day. Its rows were left unmatched (8c7a025c said them with their money: 5,440 a
// sheet, 40 % of its money; 10,880 of 33,568, 32 %, of the shop's), revenue 22,688 where the shop
// took 33,568. A phone two or three members share on a sale is one household's: its rows count,
// for its first member on the Customers sheet (王芳, who registered the number).
const phones = ["13900000002", "13900000005", "13900000001", "13900000003", "13900000003"];
const wanda = (m: number): Grid => [
  ["日期", "顾客手机", "项目", "实收"],
  ...[5, 12, 19, 26].flatMap((d) => phones.map((p) => [`2026-${m}-${d}`, p, "护理", 680])),
];
const guomao = (m: number): Grid => [
  ["日期", "会员编号", "项目", "实收"],
  [`2026-${m}-03`, "V01", "补水", 398],
  [`2026-${m}-10`, "V02", "补水", 398],
];
// PH2's workbook, its members `members`, and `more` sheets.
const ph2 = (members: Grid = phoneMembers, more: Record<string, Grid> = {}) =>
  memorySource({
    客户档案: members,
    国贸店10月: guomao(10),
    国贸店11月: guomao(11),
    万达店10月: wanda(10),
    万达店11月: wanda(11),
    ...more,
  });

test("PH2: a family's shared phone counts its sales in the revenue, for its first member", async () => {
  const a = await analyzeWorkbook(ph2(), { rules: defaultRules(), asOf });
  // Every row of the shop: 4 × 398 + 40 × 680 (17,912 before: 16 rows of the family's phone out).
  expect(a.kpis.revenue).toBe(4 * 398 + 40 * 680);
  expect(a.dataset.counts.transactions).toMatchObject({ read: 44, used: 44 });
  // The household's 16 rows are 王芳's (V03), not her daughter's (V04).
  const t = a.dataset.transactions;
  const rowsOf = (id: string) =>
    [...t.customer].filter((c) => a.dataset.customers.id[c] === id).length;
  expect([rowsOf("V03"), rowsOf("V04")]).toEqual([16, 0]);
  // Said with their money on each sheet, as before, now as counted (was "…这些行未对应到客户、未使用
  // （“13900000003”（8 行：V03 王芳、V04 王芳女儿）），金额共 5,440（占本表金额的 40%）；其余行已对应…").
  const sums = a.findings.filter((f) => f.code === "customer_key_household_rows");
  expect(sums.map((f) => [f.sheet, f.severity])).toEqual([
    ["万达店10月", "info"],
    ["万达店11月", "info"],
  ]);
  expect(sums[0].message["zh-CN"]).toContain(
    "20 行中有 8 行的手机号是一家人共用的（“13900000003”（8 行：V03 王芳、V04 王芳女儿，计入V03 王芳）），金额共 5,440（占本表金额的 40%）：这些行计入营业额，记在客户表中第一位用这个手机号的客户名下",
  );
  expect(sums[0].message["en-US"]).toContain(
    "8 of 20 rows name phone numbers a household shares (“13900000003” (8 rows: V03 王芳, V04 王芳女儿; counted as V03 王芳's)), 5,440 in all (40% of the sheet's amounts): those rows count in the revenue",
  );
  const codes = a.findings.map((f) => f.code);
  expect(codes).not.toContain("customer_key_shared_rows");
  expect(codes).not.toContain("customer_key_shared_row");
  const row = a.findings.find((f) => f.code === "customer_key_household_row")!;
  expect([row.sheet, row.row, row.severity]).toEqual(["万达店10月", 5, "info"]);
  expect(row.message["en-US"]).toContain("the row is counted as V03 王芳's");
});

// More than HOUSEHOLD_PHONE_MAX (3) on one number is a switchboard or a placeholder, no family:
// its rows stay unmatched, said with their money (8c7a025c's words).
test("PH2 with a phone four members share: no household, the rows stay out, said", async () => {
  const four: Grid = [
    ...phoneMembers,
    ["V06", "王芳老公", "13900000003"],
    ["V07", "王芳儿子", "13900000003"],
  ];
  const { dataset, findings } = await ingestWorkbook(ph2(four), { asOf });
  expect(dataset.counts.transactions).toMatchObject({ read: 44, used: 28 });
  const sum = findings.find((f) => f.code === "customer_key_shared_rows")!;
  expect(sum.message["zh-CN"]).toContain(
    "这些行未对应到客户、未使用（“13900000003”（8 行：V03 王芳、V04 王芳女儿、V06 王芳老公、V07 王芳儿子）），金额共 5,440（占本表金额的 40%）；其余行已对应",
  );
  expect(sum.message["en-US"]).toContain(
    "5,440 in all (40% of the sheet's amounts); the others are.",
  );
  expect(findings.map((f) => f.code)).not.toContain("customer_key_household_rows");
});

// A complaint on the family's phone is no sale: whose it is stays unknown, not the first member's.
test("a family's phone on a 售后 sheet is not counted for either member", async () => {
  const { dataset, findings } = await ingestWorkbook(
    ph2(phoneMembers, {
      售后: [
        ["日期", "手机", "问题", "处理结果"],
        ["2026-11-30", "13900000002", "做完脸过敏，很生气", "处理中"],
        ["2026-12-01", "13900000005", "预约被取消", "处理中"],
        ["2026-12-02", "13900000003", "产品少了一瓶", "处理中"],
      ],
    }),
    { asOf },
  );
  expect(dataset.counts.complaints).toMatchObject({ read: 3, used: 2 });
  expect(findings.find((f) => f.code === "customer_key_shared_row")!.value).toBe("13900000003");
});

describe("a plate log (到店登记)", () => {
  const members: Grid = [
    ["会员卡号", "车牌号", "姓名"],
    ["JL001", "粤B·A1234", "张伟"],
    ["JL002", "粤B·A1234", "李娜"],
    ["JL005", "粤B·E5678", "刘洋"],
    ["JL008", "粤B·H8901", "黄磊"],
    ["JL017", "粤B·S7890", "高鹏"],
  ];
  const sales: Grid = [
    ["日期", "会员卡号", "项目", "金额"],
    ["2026-11-02", "JL001", "办次卡30次", 900],
    ["2026-11-02", "JL005", "精洗", 60],
    ["2026-11-02", "JL008", "精洗", 60],
    ["2026-11-02", "JL017", "办次卡60次", 1600],
  ];
  // W2: 高鹏's plate typed 粤B·S7809 in his rows, 3 of the first 10 (below the 80 % a key column
  // needed); W1: 张伟 and 李娜 (a couple) share 粤B·A1234.
  const log: Grid = [
    ["到店日期", "车牌", "服务项目", "施工员"],
    ["2026-11-17", "粤B·H8901", "打蜡", "小王"],
    ["2026-11-18", "粤B·S7809", "普洗", "阿杰"],
    ["2026-11-19", "粤B·E5678", "普洗", "小王"],
    ["2026-11-20", "粤B·S7809", "普洗", "小李"],
    ["2026-11-21", "粤B·A1234", "普洗", "小李"],
    ["2026-11-22", "粤B·H8901", "打蜡", "阿杰"],
    ["2026-11-24", "粤B·S7809", "普洗", "小王"],
    ["2026-11-25", "粤B·E5678", "普洗", "小李"],
    ["2026-11-26", "粤B·H8901", "打蜡", "阿杰"],
    ["2026-11-28", "粤B·E5678", "普洗", "小王"],
  ];

  test("W1/W2: read; the shared plate's row and the typo's rows said, the member named", async () => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 会员档案: members, 消费记录: sales, 到店登记: log }),
      { asOf },
    );
    expect(dataset.sources.visits?.columns.customerId).toBe("车牌");
    const v = dataset.visits!;
    const ids = Array.from(v.customer.slice(0, v.count)).map((c) => dataset.customers.id[c]);
    expect(ids.sort()).toEqual(["JL005", "JL005", "JL005", "JL008", "JL008", "JL008"]);
    expect(dataset.counts.visits).toMatchObject({ read: 10, used: 6 });
    const near = findings.filter((f) => f.code === "customer_key_near");
    expect(near.map((f) => f.row)).toEqual([3, 5, 8]);
    expect(near[0].message["zh-CN"]).toBe(
      "车牌号“粤B·S7809”不在客户表中；它与JL017 高鹏的车牌号“粤B·S7890”只差一个字符，可能输错了：此行未使用。请核对后改正",
    );
    const shared = findings.filter((f) => f.code === "customer_key_shared_row");
    expect(shared.map((f) => f.row)).toEqual([6]);
    expect(shared[0].message["zh-CN"]).toContain("JL001 张伟、JL002 李娜");
    const sum = findings.find((f) => f.code === "customer_key_near_rows")!;
    expect(sum.message["en-US"]).toContain("“粤B·S7809” (3 rows; JL017 高鹏's is “粤B·S7890”)");
    expect(findings.some((f) => f.code === "unknown_customer" && f.sheet === "到店登记")).toBe(
      false,
    );
  });

  test("a plate one character off two members' is no typo of either: unknown", async () => {
    const two: Grid = [...members, ["JL018", "粤B·S7800", "孙丽"]];
    const rows = [log[0], log[1], log[3], log[4], log[6], log[8], log[9]];
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 会员档案: two, 消费记录: sales, 到店登记: rows }),
      { asOf },
    );
    expect(dataset.visits!.count).toBe(5);
    // 粤B·S7809 is one off both 粤B·S7890 and 粤B·S7800: an unknown plate, as before.
    expect(findings.filter((f) => f.code === "customer_key_near")).toEqual([]);
    const unknown = findings.filter((f) => f.code === "unknown_customer" && f.sheet === "到店登记");
    expect(unknown.map((f) => f.value)).toEqual(["粤B·S7809"]);
  });
});
