import { NUMBER_FORMATS } from "../../../src/workbook/numberFormats";
import { qualityMessage } from "../../../src/engine/quality";
import {
  dataQualityTable,
  fileName,
  ROWS_PER_LINE,
  rowRanges,
} from "../../../src/engine/report/dataQualityTab";
import type { Finding } from "../../../src/engine/quality";
import { OUTPUT_TABS } from "../../../src/engine/report/outputTabs";
import { CATALOGS, say } from "../../../src/engine/words/catalog";
import { breaksBadly, textLines } from "../../../src/engine/report/textMeasure";
import { tableSheetXml } from "../../workbook/file/tableSheet";

// Stop-20 tester W5: the Data quality tab showed the raw code (unparseable_optional) as its fourth
// column and the readable problem last. Now the problem follows the cell and the code is last (a
// key to filter on); the keys are the registry's, whose layout version says the order changed.
describe("the Data quality tab reads words first, the code last", () => {
  const finding = {
    sheet: "交易",
    kind: "transactions" as const,
    row: 1116,
    column: "日期",
    code: "future_date" as const,
    severity: "warning" as const,
    value: "2026-01-07",
    message: qualityMessage("future_date", { value: "2026-01-07", asOf: "2025-12-31" }),
  };

  test.each(["zh-CN", "en-US"] as const)("%s", (lang) => {
    const table = dataQualityTable([finding], lang);
    const keys = table.columns.map((c) => c.key);
    expect(keys).toEqual(OUTPUT_TABS.dataQuality.columns);
    expect(keys.indexOf("problem")).toBe(3);
    expect(keys.at(-1)).toBe("code");
    const [row] = table.rows(0, 1);
    expect(row[3]).not.toBe("future_date");
    expect(String(row[3])).toMatch(lang === "zh-CN" ? /[\u4e00-\u9fff]/ : /^[A-Z][a-z]/);
    expect(row.at(-1)).toBe("future_date");
    // The severity column (coloured) is where the highlight says.
    expect(table.highlight?.column).toBe(keys.indexOf("severity"));
  });
});

// The File column held the input's full path: every row took two lines (twice the printed
// pages) and a shared workbook named the user's folders (stop-22 tester: /tmp/tt/s300.xlsx).
describe("the Data quality tab names the input file, not its folders", () => {
  test("a path's last part, either separator", () => {
    expect(fileName("/work/in/customers.csv")).toBe("customers.csv");
    expect(fileName("C:\\Users\\li\\客户.xlsx")).toBe("客户.xlsx");
    expect(fileName("t.csv")).toBe("t.csv");
    expect(fileName(undefined)).toBe("");
  });
  test("in the tab", () => {
    const f = {
      sheet: "交易",
      kind: "transactions" as const,
      row: 3,
      column: "日期",
      code: "future_date" as const,
      severity: "warning" as const,
      value: "2026-01-07",
      message: qualityMessage("future_date", { value: "2026-01-07", asOf: "2025-12-31" }),
      file: "/home/li/客户分析/2025.xlsx",
    };
    const table = dataQualityTable([f], "zh-CN");
    const [row] = table.rows(0, 1);
    expect(row[table.columns.findIndex((c) => c.key === "file")]).toBe("2025.xlsx");
    // A row number reads as Excel's row headings do: 1564, not 1,564 (tester, stop 31 and 32).
    const rowColumn = table.columns.find((c) => c.key === "row")!;
    expect(rowColumn.format).toBe("rowNumber");
    expect(NUMBER_FORMATS[rowColumn.format]).toBe("0");
  });
});

// Tester11 #11: 27 identical rows "客户编号“C007”不在客户表中" where one would do. Findings alike
// share a row listing their rows; every row is still named on the tab, the JSON keeps them all.
describe("findings alike share a row of the Data quality tab", () => {
  const unknown = (row: number, id = "C007"): Finding => ({
    sheet: "交易",
    kind: "transactions",
    row,
    column: "客户编号",
    code: "unknown_customer",
    severity: "error",
    value: id,
    message: qualityMessage("unknown_customer", { value: id }),
  });
  const message = 6;

  test("one row per id, at its first row, with the count and the rows (ranges) in both languages", () => {
    const rows27 = [5, 8, ...Array.from({ length: 25 }, (_, k) => 20 + k)];
    const findings = [...rows27.map((r) => unknown(r)), unknown(9, "C008"), unknown(30, "C008")];
    const zh = dataQualityTable(findings, "zh-CN");
    expect(zh.rowCount).toBe(2);
    const [c007, c008] = zh.rows(0, 2);
    expect([c007[1], c007[5], c008[1], c008[5]]).toEqual([5, "C007", 9, "C008"]);
    expect(c007[message]).toBe(
      "客户编号“C007”不在客户表中，此行未使用；请在客户表中补上该客户，或改正编号（同样的问题共 27 行：第 5、8、20–44 行）",
    );
    expect(c008[message]).toBe(
      "客户编号“C008”不在客户表中，此行未使用；请在客户表中补上该客户，或改正编号（同样的问题共 2 行：第 9、30 行）",
    );
    const [en] = dataQualityTable(findings, "en-US").rows(0, 1);
    expect(en[message]).toBe(
      "Customer ID “C007” is not on the Customers sheet; row not used: add the customer to the Customers sheet, or correct the ID (the same in 27 rows: 5, 8, 20–44)",
    );
  });

  test("skipped subtotal rows are one note whatever their labels (tester53 N5: 1月小计 … 11月小计 one line each)", () => {
    const totals = (row: number, value: string): Finding => ({
      sheet: "销售流水",
      kind: "transactions",
      row,
      column: "",
      code: "totals_row",
      severity: "info",
      value,
      message: qualityMessage("totals_row", { value }),
    });
    const findings = Array.from({ length: 11 }, (_, m) => totals(14 + 10 * m, `${m + 1}月小计`));
    const zh = dataQualityTable([...findings, totals(200, "合计")], "zh-CN");
    expect(zh.rowCount).toBe(1);
    const [line] = zh.rows(0, 1);
    expect(line[5]).toBe(""); // no one label stands for twelve
    expect(line[message]).toBe(
      "合计或小计行，已跳过（同样的问题共 12 行：第 14、24、34、44、54、64、74、84、94、104、114、200 行）",
    );
    const [alone] = dataQualityTable([totals(14, "1月小计")], "en-US").rows(0, 1);
    expect([alone[5], alone[message]]).toEqual(["1月小计", "Totals row (“1月小计”), skipped"]);
  });

  test("a finding alone keeps its message; unlike values or sheets stay apart", () => {
    const other = { ...unknown(6), sheet: "跟进记录", kind: "contacts" as const };
    const table = dataQualityTable([unknown(5), other, unknown(7, "C009")], "zh-CN");
    expect(table.rowCount).toBe(3);
    expect(table.rows(0, 3).map((r) => r[message])).toEqual([
      qualityMessage("unknown_customer", { value: "C007" })["zh-CN"],
      qualityMessage("unknown_customer", { value: "C007" })["zh-CN"],
      qualityMessage("unknown_customer", { value: "C009" })["zh-CN"],
    ]);
  });

  test("more rows alike than a row lists go on over the next rows; every row is named once", () => {
    const n = ROWS_PER_LINE * 2 + 3;
    const findings = Array.from({ length: n }, (_, k) => unknown(2 + 2 * k));
    const table = dataQualityTable(findings, "en-US");
    expect(table.rowCount).toBe(3);
    const lines = table.rows(0, 3);
    expect(lines.map((r) => r[1])).toEqual([2, 2 + 2 * ROWS_PER_LINE, 2 + 4 * ROWS_PER_LINE]);
    expect(lines[2][message]).toMatch(/\(the same in 103 rows; 3 of them here: 202, 204, 206\)$/);
    const named = lines.flatMap((r) =>
      /: ([\d, ]+)\)$/.exec(String(r[message]))![1].split(", ").map(Number),
    );
    expect(named).toEqual(findings.map((f) => f.row));
  });

  // reviewer12 D2: the grouping is a hash table over typed arrays, not a key string a finding. Here
  // it meets a plain grouping by a key of every field (the 970da96 way) on a few thousand findings
  // drawn from small pools, so many are alike and many differ in one field only (file, kind, the
  // message in one language: fields outside the hash, which only the field-by-field check parts).
  test("the same lines as a plain grouping by a key of every field, both languages", () => {
    let seed = 12;
    const pick = <T>(xs: readonly T[]): T => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return xs[(seed >>> 8) % xs.length];
    };
    const findings: Finding[] = [];
    for (let k = 0; k < 4000; k++) {
      if (k % 4 === 0) {
        findings.push(unknown(2 + k, "C7")); // one id on 1,000 rows: lines of ROWS_PER_LINE
        continue;
      }
      const value = pick(["C1", "C2", "C3", "", "x"]);
      const message = qualityMessage("unknown_customer", { value });
      findings.push({
        sheet: pick(["交易", "跟进记录"]),
        kind: pick(["transactions", "contacts"] as const),
        file: pick([undefined, "a.csv", "b.csv"]),
        row: pick([0, 1, 2, 3]) === 0 ? 0 : 2 + k,
        column: pick(["客户编号", "日期"]),
        code: pick(["unknown_customer", "future_date"] as const),
        severity: "error",
        value,
        message: pick([0, 1, 2]) ? message : { ...message, "en-US": `${message["en-US"]}!` },
      });
    }
    const sorted = [...findings].sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : 0));
    const keyOf = (f: Finding) =>
      [
        f.kind,
        f.sheet,
        f.file ?? "",
        f.column,
        f.code,
        f.value,
        f.message["en-US"],
        f.message["zh-CN"],
      ].join("\u0001");
    const reference: { first: Finding; rows: number[]; key: string }[] = [];
    const open = new Map<string, (typeof reference)[number]>();
    const totals = new Map<string, number>();
    for (const f of sorted) {
      const key = f.row > 0 ? keyOf(f) : `alone ${reference.length}`;
      totals.set(key, (totals.get(key) ?? 0) + 1);
      const line = open.get(key);
      if (line && line.rows.length < ROWS_PER_LINE) line.rows.push(f.row);
      else {
        open.set(key, { first: f, rows: [f.row], key });
        reference.push(open.get(key)!);
      }
    }
    expect(reference.length).toBeLessThan(findings.length / 2);
    expect(reference.some((l) => totals.get(l.key)! > ROWS_PER_LINE)).toBe(true);
    for (const lang of ["zh-CN", "en-US"] as const) {
      const table = dataQualityTable(findings, lang);
      expect(table.rowCount).toBe(reference.length);
      const expected = reference.map(({ first, rows, key }) => {
        const total = totals.get(key)!;
        const message = first.message[lang];
        const ranges = rowRanges(rows).join(say(lang, "dataQualityTab", "rowSeparator"));
        return [
          first.row > 0 ? first.row : null,
          first.value,
          fileName(first.file),
          first.code,
          total === 1
            ? message
            : total === rows.length
              ? say(lang, "dataQualityTab", "sameRows", { message, count: total, rows: ranges })
              : say(lang, "dataQualityTab", "sameRowsPart", {
                  message,
                  total,
                  count: rows.length,
                  rows: ranges,
                }),
        ];
      });
      const got = table.rows(0, table.rowCount).map((r) => [r[1], r[5], r[7], r[8], r[message]]);
      expect(got).toEqual(expected);
    }
  });

  // tester61 U124: a 200-column sheet gave 197 lines of "column X not recognised" a sheet, and the
  // one real error was lost among them. A sheet's unread columns are one line (ROWS_PER_LINE a line).
  test("a sheet's columns not recognised are one line, not one a column (zh, en)", () => {
    const unread = (sheet: string, column: string): Finding => ({
      sheet,
      kind: sheet === "客户" ? "customers" : "transactions",
      row: 1,
      column,
      code: "unmapped_column",
      severity: "info",
      value: column,
      message: qualityMessage("unmapped_column", { value: column, hint: "", hintEn: "" }),
    });
    const findings = [
      ...Array.from({ length: 197 }, (_, i) => unread("客户", `自定义字段${i + 2}`)),
      ...Array.from({ length: 3 }, (_, i) => unread("交易", `备注${i + 1}`)),
      unknown(8, "C3"),
    ];
    for (const lang of ["zh-CN", "en-US"] as const) {
      const table = dataQualityTable(findings, lang);
      // 197 columns on ceil(197 / 50) = 4 lines, 3 on 1, the error on its own: 6 lines, not 201.
      expect(table.rowCount).toBe(Math.ceil(197 / ROWS_PER_LINE) + 2);
      const rows = table.rows(0, table.rowCount);
      const message = table.columns.findIndex((c) => c.key === "message");
      const lines = rows.map((r) => String(r[message]));
      expect(lines).toContain(
        lang === "zh-CN"
          ? "3 列未识别，已忽略：“备注1”、“备注2”、“备注3”"
          : "3 columns not recognised, ignored: “备注1”, “备注2”, “备注3”",
      );
      expect(lines[0]).toContain(
        lang === "zh-CN"
          ? "197 列未识别，已忽略，这里列出其中 50 列：“自定义字段2”、"
          : "197 columns not recognised, ignored; 50 of them here: “自定义字段2”, ",
      );
      // Every column named once on the tab.
      const named = lines.join(" ").match(/“自定义字段\d+”/g) ?? [];
      expect(new Set(named).size).toBe(197);
      expect(named.length).toBe(197);
    }
    // A lone column keeps its own words.
    const one = dataQualityTable([unread("交易", "备注")], "zh-CN").rows(0, 1)[0];
    expect(one).toContain("列“备注”未识别，已忽略");
  });

  test("rowRanges", () => {
    expect(rowRanges([5, 8, 12, 13, 14])).toEqual(["5", "8", "12–14"]);
    expect(rowRanges([3])).toEqual(["3"]);
    expect(rowRanges([])).toEqual([]);
  });
});

// The tab printed two pages side by side (zh 209 characters of columns), each row as tall as its
// message on the other page (paper16: 11 of 20 zh rows and 16 of 20 en printed a blank line). It
// prints sheet … message, one page wide; the file and the code stay on screen.
describe("the Data quality tab on paper", () => {
  test.each(["zh-CN", "en-US"] as const)(
    "%s: sheet to message print, one page wide",
    async (lang) => {
      const finding: Finding = {
        sheet: "客户",
        kind: "customers",
        row: 25,
        column: "同意营销联系",
        code: "unparseable_optional",
        severity: "warning",
        value: "待确认",
        message: { "zh-CN": "无法识别", "en-US": "not recognised" },
      };
      const table = dataQualityTable([finding], lang);
      const keys = table.columns.map((c) => c.key);
      expect(keys.slice(0, table.printColumns)).toEqual([
        "sheet",
        "row",
        "column",
        "problem",
        "severity",
        "value",
        "message",
      ]);
      const sheet = await tableSheetXml(table, lang);
      expect(sheet).toContain('fitToWidth="1"');
    },
  );

  test("every zh problem name prints on one line in its column (at 28, 可选项无法识别（按空值处理） left its ）alone)", () => {
    for (const [code, name] of Object.entries(CATALOGS["zh-CN"].problemNames)) {
      const finding = {
        sheet: "客户",
        kind: "customers",
        row: 2,
        column: "A",
        code,
        severity: "warning",
        value: "x",
        message: { "zh-CN": name, "en-US": name },
      } as unknown as Finding;
      const table = dataQualityTable([finding], "zh-CN");
      const width = table.columns.find((c) => c.key === "problem")!.width!;
      // On one line, or (past 50) wrapped with no lone character or closing mark in either renderer.
      if (width < 50) expect({ name, lines: textLines(name, width) }).toEqual({ name, lines: 1 });
      else expect({ name, badly: breaksBadly(name, width) }).toEqual({ name, badly: false });
    }
  });
});
