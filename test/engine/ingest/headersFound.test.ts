import type { Grid } from "../../../src/engine/cells";
/**
 * A header typo gets a "did you mean" (stop-26 tester 6: 金颔(元) was refused with the accepted
 * names and the headers found, not a word about 金额(元)); a header that is another column gets none.
 */
import { InputError } from "../../../src/engine/errors";
import {
  didYouMean,
  headerRowHint,
  headersFound,
  nearHeader,
} from "../../../src/engine/ingest/headersFound";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay, parseIsoDate } from "../../../src/engine/parse/date";
import { SHEETS } from "../../../src/engine/schema";

const field = (key: string) => SHEETS.transactions.fields.find((f) => f.key === key)!;
const near = (headers: string[], key: string) =>
  nearHeader({ headers, unmapped: headers.map((_, i) => i) }, field(key));

async function errorOf(header: string[]): Promise<InputError> {
  const sheets = {
    客户: [
      ["客户编号", "客户名称"],
      ["C1", "甲"],
    ],
    交易: [header, ["C1", "2025-01-01", 5]],
  };
  try {
    await ingestWorkbook(memorySource(sheets as never), { asOf: parseIsoDate("2025-12-31") });
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("did you mean, for a header typo", () => {
  test("金颔(元) is 金额(元), in the missing-column error of each language", async () => {
    const e = await errorOf(["客户编号", "日期", "金颔(元)"]);
    expect(e.in("zh-CN")).toBe(
      "工作表“交易”：缺少必需的列“金额”（可用的列名：金额 / 交易金额 / 订单金额 / 销售额 / 销售金额 / 实付金额）。找到的列名：客户编号、日期、金颔(元)。列“金颔(元)”是否应为“金额(元)”？",
    );
    expect(e.in("en-US")).toBe(
      "sheet “交易”: Required column “Amount” is missing (accepted headers: GMV / Amount / Sales / Revenue / Total / Order Amount / 金额 / 交易金额 / 订单金额 / 销售额 / 销售金额 / 实付金额). Headers found: 客户编号, 日期, 金颔(元). Did you mean “金额(元)” for the column “金颔(元)”?",
    );
  });

  test("the unit the user wrote stays, in its own brackets; a swap of two letters is one typo", () => {
    expect(near(["客户编号", "日期", "金颔（元）"], "amount")).toEqual({
      header: "金颔（元）",
      suggestion: "金额（元）",
    });
    expect(near(["Customer ID", "Date", "Amuont (USD)"], "amount")).toEqual({
      header: "Amuont (USD)",
      suggestion: "Amount (USD)",
    });
    expect(near(["Cust ID", "Dtae", "Amount"], "date")).toEqual({
      header: "Dtae",
      suggestion: "Date",
    });
    expect(near(["Custmer ID"], "customerId")).toEqual({
      header: "Custmer ID",
      suggestion: "Customer ID",
    });
  });

  test("headers that are other columns are not suggested", () => {
    for (const [headers, key] of [
      [["数量", "产品", "订单号"], "amount"],
      [["Account", "Quantity"], "amount"],
      [["产品编号", "产品编码"], "customerId"],
      [["交易时间点"], "date"],
      [["IP"], "customerId"],
    ] as const)
      expect(near([...headers], key)).toBeNull();
    expect(didYouMean({ headers: ["数量"], unmapped: [0] }, field("amount"))).toEqual({
      hint: "",
      hintEn: "",
    });
  });

  test("only a column no field claimed is suggested; the nearest, then the leftmost", () => {
    // 金颔 is column 2 but claimed (not in unmapped): nothing to suggest.
    expect(nearHeader({ headers: ["a", "b", "金颔"], unmapped: [0, 1] }, field("amount"))).toBe(
      null,
    );
    expect(near(["金颔", "金额元x", "全额"], "amount")?.header).toBe("金颔");
  });

  test("no typo, no hint: the message ends with the headers found", async () => {
    const e = await errorOf(["客户编号", "日期", "数量"]);
    expect(e.in("zh-CN")).toMatch(/找到的列名：客户编号、日期、数量$/);
    expect(e.in("en-US")).toMatch(/Headers found: 客户编号, 日期, 数量$/);
  });

  test("headers found: control characters dropped, a long header and a long list cut", () => {
    expect(headersFound(["a\u0000b", "  ", "c\td"]).found).toBe("a b、c d");
    const long = headersFound(["长".repeat(100), "x"]);
    expect(long.found).toBe(`${"长".repeat(39)}…、x`);
    const many = headersFound(Array.from({ length: 200 }, (_, i) => `col${i}`));
    expect(many.foundEn).toHaveLength(300);
    expect(many.foundEn.endsWith("…")).toBe(true);
  });
});

describe("did you mean, when no header row is found", () => {
  // The headers found are the named row's, not the title's above it (tester, stop 31: "Headers
  // found: Customer list (sample data, …. Row 3 may be the header row").
  test("a header row of typos under a title: named by its row, each typo's accepted header", async () => {
    const sheets = {
      客户: [["客户编号"], ["C1"]],
      交易: [["2025 年销售"], [], ["客户编", "日其", "产品"], ["C1", "2025-01-01", 5]],
    };
    const asOf = parseIsoDate("2025-12-31");
    const e = (await ingestWorkbook(memorySource(sheets as never), { asOf }).then(
      () => null,
      (x: unknown) => x,
    )) as InputError;
    expect(e).toBeInstanceOf(InputError);
    expect(e.in("zh-CN")).toContain(
      "。找到的列名：客户编、日其、产品。第 3 行可能是标题行，但缺少列：金额。列“客户编”是否应为“客户编号”？列“日其”是否应为“日期”？",
    );
    expect(e.in("en-US")).toContain(
      ". Headers found: 客户编, 日其, 产品. Row 3 may be the header row, with no column for Amount. Did you mean “客户编号” for “客户编”, “日期” for “日其”?",
    );
    expect(e.in("en-US")).not.toMatch(/[；，：（）。]/);
  });

  test("a row naming only optional fields is the header row, every required column lacking", () => {
    const hint = headerRowHint(
      [
        { row: ["Sales export"], n: 1 },
        { row: ["Who", "When", "Product", "Quantity"], n: 2 },
      ],
      SHEETS.transactions,
    );
    expect(hint).toEqual({
      hint: "。第 2 行可能是标题行，但缺少列：客户编号、日期、金额",
      hintEn: ". Row 2 may be the header row, with no column for Customer ID, Date, Amount",
    });
  });

  // tester66 U238: a 小程序 member list's 客户昵称 was asked "是否应为“用户昵称”？" (keying members by a
  // nickname they change), and its 手机号, on every sheet, went unsaid.
  test("a member list with a nickname and a phone: the phone advised, not the nickname", () => {
    const row = ["客户昵称", "真实姓名", "手机号", "生日", "注册时间", "会员等级"];
    const hint = headerRowHint([{ row, n: 1 }], SHEETS.customers);
    expect(hint.hint).toContain("请把“手机号”列改名为“客户编号”");
    expect(hint.hint).not.toContain("用户昵称");
    // With no phone column, the nickname is still the near ID to ask about.
    const noPhone = headerRowHint(
      [{ row: ["客户昵称", "真实姓名", "生日"], n: 1 }],
      SHEETS.customers,
    );
    expect(noPhone.hint).toContain("用户昵称");
  });

  test("a shop keyed by phone (有赞's export): the phone column offered as the customer ID (tester55 U20)", async () => {
    const row = ["客户姓名", "手机号", "性别", "会员等级", "成为客户时间", "累计消费金额"];
    const hint = headerRowHint([{ row, n: 1 }], SHEETS.customers);
    expect(hint.hint).toBe(
      "。第 1 行可能是标题行，但缺少列：客户编号。如果客户是按手机号区分的，请把“手机号”列改名为“客户编号”（客户表和交易表都要改；这样的客户编号不能打码，不能再用 --share 生成共享工作簿）",
    );
    expect(hint.hintEn).toContain("rename “手机号” to “Customer ID”");
    // The orders' sheet: its 买家手机号.
    const orders = ["订单号", "买家手机号", "下单时间", "订单实付金额"];
    expect(headerRowHint([{ row: orders, n: 1 }], SHEETS.transactions).hint).toContain(
      "请把“买家手机号”列改名为“客户编号”",
    );
    // reviewer56 R2: the orders sheet's header row is found (date, amount), the id alone missing:
    // the missing-column error gives the advice too.
    const sheetError = ingestWorkbook(
      memorySource({
        客户: [["客户编号"], ["13800000000"]],
        订单: [orders, ["E1", "13800000000", "2025-11-23", 59]],
      }),
      { asOf: epochDay(2025, 12, 31) },
    );
    await expect(sheetError).rejects.toThrow("rename “买家手机号” to “Customer ID”");
    // A short word whole only: Tel is a phone column, Hotel Name is not (reviewer56 L: Tel missed).
    expect(headerRowHint([{ row: ["Name", "Tel"], n: 1 }], SHEETS.customers).hintEn).toContain(
      "rename “Tel”",
    );
    expect(
      headerRowHint([{ row: ["Hotel Name", "City"], n: 1 }], SHEETS.customers).hintEn,
    ).not.toContain("rename");
    // No phone column: no such advice.
    const plain = ["客户姓名", "性别", "会员等级"];
    expect(headerRowHint([{ row: plain, n: 1 }], SHEETS.customers).hint).not.toContain("手机号");
  });

  // tester63 U167: a 档口's ledger keyed by shop name, no 编号 anywhere: the sales sheets have no
  // phone column, so "rename 联系电话 on both sheets" could not be followed.
  test("a ledger keyed by name: the name column both sheets share is advised, not the phone", async () => {
    const customers: Grid = [
      ["鸿运副食批发部 客户档案"],
      ["序号", "客户名称", "联系电话", "区域"],
      [1, "大发超市", "13812345678", "东关"],
      [2, "金福超市", "13912345679", "西关"],
    ];
    const sales = (year: number) => [
      ["日期", "单号", "客户", "商品", "金额"],
      [`${year}-11-01`, "XS1", "大发超市", "白酒", 300],
    ];
    const run = ingestWorkbook(
      memorySource({ 客户档案: customers, "2025年销售": sales(2025), "2026年销售": sales(2026) }),
      { asOf: epochDay(2026, 12, 6) },
    );
    const e = (await run.catch((x: unknown) => x)) as InputError;
    expect(e).toBeInstanceOf(InputError);
    expect(e.in("zh-CN")).toContain(
      "第 2 行可能是标题行，但缺少列：客户编号。交易表（“2025年销售”、“2026年销售”）没有电话列：如果客户是按名称区分的，请把本表的“客户名称”列和交易表的“客户”列都改名为“客户编号”（每位客户的名称须各不相同）；在 Excel 加载项中不必改名，在“数据”页为“客户编号”选择这两列即可",
    );
    expect(e.in("zh-CN")).not.toContain("联系电话”列改名");
    expect(e.in("en-US")).toContain(
      "The transactions sheet (“2025年销售”, “2026年销售”) has no phone column: if your customers are told apart by name, rename “客户名称” here and “客户” on the transactions sheet to “Customer ID”",
    );
    // The sales with a phone column: the phone advice as before.
    const withPhone = [
      ["日期", "客户", "手机", "金额"],
      ["2026-11-01", "大发超市", "13812345678", 300],
    ];
    const phone = ingestWorkbook(memorySource({ 客户档案: customers, 销售: withPhone }), {
      asOf: epochDay(2026, 12, 6),
    });
    await expect(phone).rejects.toThrow("rename “联系电话” to “Customer ID” (on both");
  });

  test("a marketplace export: the buyer's account is the customer ID on every sheet, not its masked phone (tester57 U57)", async () => {
    // 淘宝千牛's ExportOrderList: 买家会员名 the buyer, 联系手机 masked (138****4821), which as the ID
    // would merge different buyers (tester56 U29). Advised to be renamed before, so a customers
    // list and an order export keyed by it were both refused.
    const orders = ["订单编号", "买家会员名", "买家实际支付金额", "订单创建时间", "联系手机"];
    for (const account of ["买家会员名", "买家账号", "买家昵称", "Buyer Username"]) {
      const { dataset, findings } = await ingestWorkbook(
        memorySource({
          客户: [
            [account, "联系手机"],
            ["tb_amy", "138****4821"],
            ["tb_bob", "138****4821"],
          ],
          订单: [
            orders.map((h) => (h === "买家会员名" ? account : h)),
            ["2890001", "tb_amy", 59, "2025-11-23", "138****4821"],
            ["2890002", "tb_bob", 41, "2025-11-24", "138****4821"],
          ],
        }),
        { asOf: epochDay(2025, 12, 31) },
      );
      expect(dataset.sources.customers!.columns.customerId).toBe(account);
      expect(dataset.sources.transactions!.columns.customerId).toBe(account);
      expect(dataset.customers.count).toBe(2);
      expect(dataset.counts.transactions).toMatchObject({ used: 2, rejected: 0 });
      // The masked phone both buyers show is no one's: no possible duplicate by it.
      const likely = findings.filter((f) => f.code === "possible_duplicate_customer");
      expect(likely).toEqual([]);
    }
    // The shop's own ID beside it is the key.
    const { dataset } = await ingestWorkbook(
      memorySource({
        客户: [
          ["买家会员名", "客户编号"],
          ["tb_amy", "C1"],
        ],
        订单: [
          ["客户编号", "买家会员名", "日期", "金额"],
          ["C1", "tb_amy", "2025-11-23", 59],
        ],
      }),
      { asOf: epochDay(2025, 12, 31) },
    );
    expect(dataset.sources.customers!.columns.customerId).toBe("客户编号");
    expect(dataset.sources.transactions!.columns.customerId).toBe("客户编号");
  });

  test("the row with the most typos wins over one naming more optional fields", () => {
    const hint = headerRowHint(
      [
        { row: ["Product", "Quantity", "Order ID"], n: 1 },
        { row: ["Custmer ID", "Dtae", "Amuont"], n: 2 },
      ],
      SHEETS.transactions,
    );
    expect(hint.hintEn).toBe(
      ". Row 2 may be the header row. Did you mean “Customer ID” for “Custmer ID”, “Date” for “Dtae”, “Amount” for “Amuont”?",
    );
  });

  test("a first row of data: the header row may be missing, with its cells and the columns to add", () => {
    // Stop-28 tester #3: a sheet whose header row was deleted said "no header row" and no more.
    const rows = [
      { row: [null, null], n: 1 },
      {
        row: [1000001, new Date(Date.UTC(2024, 9, 25)), 2844.12, "SO00000000", "标准版软件许可"],
        n: 2,
      },
    ];
    expect(headerRowHint(rows, SHEETS.transactions)).toEqual({
      hint: "。第 2 行看起来是数据（1000001、2024-10-25、2844.12、…）：可能缺少标题行。请在其上方加一行列名，例如：客户编号、日期、金额",
      hintEn:
        ". Row 2 looks like data (1000001, 2024-10-25, 2844.12, …): the header row may be missing. Add a row of column names above it, such as Customer ID, Date, Amount",
    });
    // A CSV's row is texts: the same reading.
    const csv = [{ row: ["1000001", "2024-10-25", "2844.12"], n: 1 }];
    expect(headerRowHint(csv, SHEETS.transactions).hintEn).toBe(
      ". Row 1 looks like data (1000001, 2024-10-25, 2844.12): the header row may be missing. Add a row of column names above it, such as Customer ID, Date, Amount",
    );
  });

  test("a first row of words (one number among them) is not called data", () => {
    const rows = [
      { row: ["Export", "2025", "notes"], n: 1 },
      { row: [1, "2025-01-01", 5], n: 2 },
    ];
    expect(headerRowHint(rows, SHEETS.transactions)).toEqual({ hint: "", hintEn: "" });
  });

  test("nothing near a field and nothing named: no hint (the message ends with the headers found)", () => {
    const rows = [
      { row: ["cust", "when", "how much"], n: 1 },
      { row: [1, "2025-01-01", 5], n: 2 },
    ];
    expect(headerRowHint(rows, SHEETS.transactions)).toEqual({ hint: "", hintEn: "" });
  });
});

describe("did you mean, for an optional column's typo (tester15 #8)", () => {
  async function notesOf(header: string[]) {
    const sheets = {
      客户: [header, ["C1", "甲", "王"]],
      交易: [
        ["客户编号", "日期", "金额"],
        ["C1", "2025-01-01", 5],
      ],
    };
    const { findings } = await ingestWorkbook(memorySource(sheets as never), {
      asOf: parseIsoDate("2025-12-31"),
    });
    return findings
      .filter((f) => f.code === "unmapped_column" || f.code === "unmapped_near_field")
      .map((f) => ({ ...f.message, severity: f.severity }));
  }

  // Tester16 #2 / #10: a note only (提示), while every call went to "(unassigned)": asked to check.
  test("负责任 is 负责人, Ownr is Owner: asked to check, saying so in each language", async () => {
    expect(await notesOf(["客户编号", "客户名称", "负责任"])).toEqual([
      {
        "zh-CN": "列“负责任”未识别，已忽略：每一行都按没有“负责人”读取。是否应为“负责人”？",
        "en-US":
          "Column “负责任” not recognised; ignored: every row is read without “Owner”. Did you mean “负责人”?",
        severity: "warning",
      },
    ]);
    const [en] = await notesOf(["Customer ID", "Name", "Ownr"]);
    expect(en["en-US"]).toBe(
      "Column “Ownr” not recognised; ignored: every row is read without “Owner”. Did you mean “Owner”?",
    );
  });

  // Tester52 L4: 客户级别 (A/B/C) was asked "是否应为“客户类别”？"; followed, every row's value was
  // refused (类别 takes 企业/个人/政府). Values that are not the field's options get no such hint.
  test("客户级别 of A/B/C is not asked to be 客户类别; 客户类型 typo'd with its options still is", async () => {
    const levels = async (values: string[]) => {
      const sheets = {
        客户: [["客户编号", "客户名称", "客户级别"], ...values.map((v, i) => [`C${i}`, "甲", v])],
        交易: [
          ["客户编号", "日期", "金额"],
          ["C0", "2025-01-01", 5],
        ],
      };
      const { findings } = await ingestWorkbook(memorySource(sheets as never), {
        asOf: parseIsoDate("2025-12-31"),
      });
      return findings.find((f) => f.column === "客户级别");
    };
    const abc = await levels(["A", "B", "C", "A", "B"]);
    expect(abc?.code).toBe("unmapped_column");
    expect(abc?.message["zh-CN"]).toBe("列“客户级别”未识别，已忽略");
    const kinds = await levels(["企业", "个人", "企业", "政府"]);
    expect(kinds?.code).toBe("unmapped_near_field");
    expect(kinds?.message["zh-CN"]).toContain("是否应为“客户类别”？");
  });

  // 备注 was the column near no field until the customers' note was read (fix60a, tester59 U80).
  test("a column near no field, or the field already found, keeps the plain note", async () => {
    expect(await notesOf(["客户编号", "负责人", "爱好"])).toEqual([
      {
        "zh-CN": "列“爱好”未识别，已忽略",
        "en-US": "Column “爱好” not recognised; ignored",
        severity: "info",
      },
    ]);
  });
});
