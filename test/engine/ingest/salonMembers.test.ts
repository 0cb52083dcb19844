// tester60 U98, U99: a beauty salon's member list (丽人坊会员.xlsx, cut to two members). Each
// member belongs to her own beautician (专属美容师), who is the owner of her calls (all were under
// （未指定））; and the count written under the list (共16位会员（钻石卡2，金卡5）) is a footnote, not a
// 17th member.
import type { Grid } from "../../../src/engine/cells";
import { isFootnoteLabel } from "../../../src/engine/ingest/options";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { likelyOwnerWarnings } from "../../../src/engine/followUp/warnings";

const asOf = epochDay(2026, 12, 6);

const sales: Grid = [
  ["日期", "会员卡号", "项目", "金额"],
  ["2026-10-01", "LR001", "面部护理", 380],
  ["2026-11-01", "LR002", "身体护理", 580],
];

function salon(members: Grid): Record<string, Grid> {
  return { 会员信息: members, 消费记录: sales };
}

test("专属美容师 is the member's owner", async () => {
  const { dataset } = await ingestWorkbook(
    memorySource(
      salon([
        ["会员卡号", "姓名", "手机", "会员等级", "专属美容师"],
        ["LR001", "王丽", "13812340001", "金卡", "小美"],
        ["LR002", "李娜", "13812340002", "钻石卡", "阿芳"],
      ]),
    ),
    { asOf },
  );
  expect(dataset.sources.customers!.columns.owner).toBe("专属美容师");
  expect([...dataset.customers.owner]).toEqual(["小美", "阿芳"]);
});

test("回访人 on the member list is the owner", async () => {
  const { dataset } = await ingestWorkbook(
    memorySource(
      salon([
        ["会员卡号", "姓名", "回访人"],
        ["LR001", "王丽", "小美"],
        ["LR002", "李娜", "阿芳"],
      ]),
    ),
    { asOf },
  );
  expect(dataset.sources.customers!.columns.owner).toBe("回访人");
});

test.each([
  ["共2位会员（钻石卡1）", "备注：储值卡余额以收银系统为准", "制表：林姐"],
  ["Total: 2 customers", "Note: balances as of December", "Prepared by: Lin"],
])("footnotes under the list are not customers (%s)", async (count, note, by) => {
  const header = count.startsWith("共")
    ? ["会员卡号", "姓名", "手机"]
    : ["Customer ID", "Name", "Phone"];
  const { dataset, findings } = await ingestWorkbook(
    memorySource(
      salon([
        header,
        ["LR001", "王丽", "13812340001"],
        ["LR002", "李娜", "13812340002"],
        [],
        [count],
        [note],
        [by],
      ]),
    ),
    { asOf },
  );
  expect(dataset.customers.count).toBe(2);
  const footers = findings.filter((f) => f.code === "footer_row");
  expect(footers.map((f) => f.value)).toEqual([count, note, by]);
  expect(footers[0].message["zh-CN"]).toBe(`表格下方的注脚（“${count}”），不是客户，已跳过`);
  expect(footers[0].message["en-US"]).toBe(
    `A footnote under the list (“${count}”), not a customer, skipped`,
  );
});

// tester61 U120: a yoga studio's member list (Lotus Yoga members.xlsx) ends with `16 members, 12
// active`, read as a 17th member (the Overview's Customers 17, the at-risk tab listed it); a count
// without its count word, or a total without a unit, is a footnote too.
test.each([
  ["2 members, 2 active"],
  ["Total: 2"],
  ["2 active members"],
  ["2 students"],
  ["共2名"],
  ["2名学员，在读2名"],
])("a count under the list is no customer (%s)", async (count) => {
  const { dataset, findings } = await ingestWorkbook(
    memorySource(
      salon([
        ["Customer ID", "Name", "Phone"],
        ["LR001", "Ava Smith", "4155550101"],
        ["LR002", "Ben Carter", "4155550102"],
        [],
        [count],
      ]),
    ),
    { asOf },
  );
  expect(dataset.customers.count).toBe(2);
  expect(
    findings.filter((f) => f.code === "footer_row" || f.code === "totals_row").map((f) => f.value),
  ).toEqual([count]);
});

test("a footnote's words alone in the ID cell; an ID or a row with more filled is a customer", async () => {
  expect(isFootnoteLabel("共16位会员（钻石卡2，金卡5）")).toBe(true);
  expect(isFootnoteLabel("注：钻石卡会员享受8折")).toBe(true);
  expect(isFootnoteLabel("共享单车公司")).toBe(false);
  expect(isFootnoteLabel("LR001")).toBe(false);
  expect(isFootnoteLabel("Totally Fit Ltd")).toBe(false);
  expect(isFootnoteLabel("Noteworthy Co")).toBe(false);
  // tester61 U120: a count first; but an ID or a company's name with digits in it is none.
  expect(isFootnoteLabel("16 members, 12 active")).toBe(true);
  expect(isFootnoteLabel("16位会员")).toBe(true);
  expect(isFootnoteLabel("1001")).toBe(false);
  expect(isFootnoteLabel("3M Company")).toBe(false);
  expect(isFootnoteLabel("24 Hour Fitness")).toBe(false);
  expect(isFootnoteLabel("7 Members Club Ltd")).toBe(false);
  expect(isFootnoteLabel("Total Gym 2000")).toBe(false);
  const { dataset } = await ingestWorkbook(
    memorySource(
      salon([
        ["会员卡号", "姓名", "手机"],
        ["LR001", "王丽", "13812340001"],
        ["LR002", "李娜", "13812340002"],
        ["备注：新会员", "赵敏", "13812340003"],
      ]),
    ),
    { asOf },
  );
  expect(dataset.customers.count).toBe(3);
});

// tester60 U99, structurally: an owner column under a header we do not know (a bare 美容师) is said
// as the likely owner, on the Data quality tab and as the run's warning, not left silent.
const names = ["小美", "阿芳"];
function members(header: string, value: (i: number) => string): Grid {
  const rows: Grid = [["会员卡号", "姓名", "会员等级", header]];
  for (let i = 1; i <= 12; i++)
    rows.push([`LR${String(i).padStart(3, "0")}`, `会员${i}`, i % 3 ? "金卡" : "钻石卡", value(i)]);
  return rows;
}

test("a column of a handful of repeated names is said as the likely owner (zh, en)", async () => {
  const { dataset, findings } = await ingestWorkbook(
    memorySource(salon(members("美容师", (i) => names[i % 2]))),
    { asOf },
  );
  expect(dataset.sources.customers!.columns.owner).toBeUndefined();
  const likely = findings.filter((f) => f.code === "owner_column_likely");
  expect(likely.map((f) => f.column)).toEqual(["美容师"]);
  expect(likely[0].message["zh-CN"]).toBe(
    "没有找到负责人列：列“美容师”在前 12 行中只有 2 个名字（阿芳、小美），像是每位客户的负责人，但未读取，回访计划因此没有按人分配。如果是，请把列名改为“负责人”再运行",
  );
  expect(likely[0].message["en-US"]).toBe(
    "No owner column found: column “美容师” holds only 2 names over the first 12 rows read (阿芳, 小美), like each customer's owner, and was not read, so the follow-up plan is not split by person. If it is the owner, rename it “Owner” (or “负责人”) and run again",
  );
  // 会员等级 (金卡 / 钻石卡) is a level, not an owner; nor said twice as an unread column.
  expect(findings.filter((f) => f.column === "美容师").map((f) => f.code)).toEqual([
    "owner_column_likely",
  ]);
  const warnings = likelyOwnerWarnings(findings);
  expect(warnings.map((w) => w.code)).toEqual(["owner_column_likely"]);
  expect(warnings[0].message["zh-CN"]).toContain("会员信息");
  expect(warnings[0].message["en-US"]).toContain("会员信息");
});

test.each([
  ["a Latin-named owner column", "Stylist", (i: number) => ["Amy Lin", "Fang"][i % 2], true],
  ["a level under another header", "备用", (i: number) => (i % 2 ? "金卡" : "银卡"), false],
  ["a yes/no column", "是否到店", (i: number) => (i % 2 ? "是" : "否"), false],
  ["every row a different name", "介绍人", (i: number) => `介绍人${i}`, false],
  ["a region", "区域", (i: number) => (i % 2 ? "华东" : "华南"), false],
  // reviewer60 R16: names of other things, and a referrer, under headers naming no role.
  ["an ethnicity", "民族", (i: number) => (i % 2 ? "汉族" : "回族"), false],
  ["a hobby", "爱好", (i: number) => ["读书", "游泳", "瑜伽"][i % 3], false],
  ["a referrer", "介绍人", (i: number) => names[i % 2], false],
  ["a plan", "Plan", (i: number) => ["Basic", "Premium", "Pro"][i % 3], false],
  ["a role in the header", "发型师", (i: number) => names[i % 2], true],
])("%s", async (_, header, value, said) => {
  const { findings } = await ingestWorkbook(memorySource(salon(members(header, value))), {
    asOf,
  });
  expect(findings.some((f) => f.code === "owner_column_likely")).toBe(said);
});

test("no likely owner when the owner column is there", async () => {
  const grid = members("美容师", (i) => names[i % 2]).map((r, i) => [
    ...r,
    i ? "王店长" : "负责人",
  ]);
  const { findings } = await ingestWorkbook(memorySource(salon(grid)), { asOf });
  expect(findings.some((f) => f.code === "owner_column_likely")).toBe(false);
});

// tester61 U123: a 家装 firm's 收款记录 ends with `注：金额单位为万元` in its date column, read as a
// row with 3 errors (counted in 需要核对), where the same line under the customers is a footnote.
test.each([["注：金额单位为万元"], ["Note: amounts in USD"], ["制表：老板娘"]])(
  "a footnote under the transactions is no row (%s)",
  async (note) => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({
        会员信息: [
          ["会员卡号", "姓名"],
          ["LR001", "王丽"],
          ["LR002", "李娜"],
        ],
        消费记录: [...sales, [], [note]],
      }),
      { asOf },
    );
    expect(dataset.counts.transactions).toMatchObject({ read: 4, used: 2 });
    const about = findings.filter((f) => f.kind === "transactions" && f.value === note);
    expect(about.map((f) => [f.code, f.severity])).toEqual([["footer_row", "info"]]);
    expect(about[0].message).toEqual({
      "zh-CN": `表格下方的注脚（“${note}”），不是一行数据，已跳过`,
      "en-US": `A footnote under the table (“${note}”), not a row of data, skipped`,
    });
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  },
);
