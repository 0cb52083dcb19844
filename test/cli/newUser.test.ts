import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ingestWorkbook } from "../../src/engine/ingest/workbook";
import { epochDay } from "../../src/engine/parse/date";
import { dataQualityTable } from "../../src/engine/report/dataQualityTab";
import { openCsv } from "../../src/workbook/file";
import { nearestCommand, parseCli } from "../../src/cli/args";
import { InputError } from "../../src/engine/errors";
import { labelOf, riskPhrase } from "../../src/engine/labels";
import { LIFECYCLE_STAGES, RFM_SEGMENTS, RISK_LEVELS } from "../../src/engine/analysis";
import { displayWidth, padDisplay } from "../../src/engine/words/format";
import type { Lang } from "../../src/engine/schema";

/** Findings of a new user's first tries (issue 13, stop 18), each in both languages. */
const LANGS: Lang[] = ["zh-CN", "en-US"];

describe("a new user at the command line", () => {
  test("`analyse` (British spelling) runs the analysis", () => {
    const args = parseCli(["analyse", "book.xlsx", "--lang", "en-US"]);
    expect(args).toMatchObject({ command: "analyze", workbook: "book.xlsx" });
  });

  test.each(LANGS)("a near miss is answered with the command meant (%s)", (lang) => {
    const error = (() => {
      try {
        parseCli(["analyz", "book.xlsx"]);
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error!.in(lang)).toBe(
      lang === "zh-CN"
        ? "未知命令“analyz”：您是否想输入 analyze？（见 --help）"
        : "unknown command “analyz”: did you mean analyze? (see --help)",
    );
    expect(nearestCommand("analysis")).toBe("analyze");
    expect(nearestCommand("rule")).toBe("rules");
    expect(nearestCommand("report")).toBeNull();
  });

  test("console columns line up by display width, not characters", () => {
    expect(displayWidth("流失期")).toBe(6);
    expect(displayWidth("Win-back")).toBe(8);
    // Two labels padded to one width end in the same terminal column.
    const zh = padDisplay("有流失风险", 22) + "|";
    const en = padDisplay("Need attention", 22) + "|";
    expect(displayWidth(zh)).toBe(displayWidth(en));
    expect(padDisplay("12", 5, true)).toBe("   12");
  });

  test.each(LANGS)(
    "the RFM segment, the lifecycle stage and the risk level of lost customers have three names (%s)",
    (lang) => {
      const names = [
        labelOf("segment", RFM_SEGMENTS.indexOf("lost"), lang),
        labelOf("stage", LIFECYCLE_STAGES.indexOf("churned"), lang),
        labelOf("risk", RISK_LEVELS.indexOf("churned"), lang),
      ];
      expect(new Set(names).size).toBe(3);
      // None of them reads as the Overview's churn rate ("流失率" / "Churn rate").
      for (const n of names) expect(n).not.toMatch(/流失率|churn rate/i);
      expect(names).toEqual(
        lang === "zh-CN" ? ["流失客户", "流失期", "待挽回"] : ["Lost", "Churned", "Win-back"],
      );
      expect(riskPhrase("churned", lang)).toContain(names[2]);
    },
  );
});

describe("CSV input is named as the input it is, in the user's language", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "house-csv-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(LANGS)("the Data quality tab's Sheet column names the input (%s)", async (lang) => {
    const c = path.join(dir, "c.csv");
    const t = path.join(dir, "t.csv");
    writeFileSync(c, "客户编号,客户名称\n1,甲\n");
    writeFileSync(t, "客户编号,日期,金额\n1,2025-01-01,5\n9,2025-01-02,7\n");
    const { findings } = await ingestWorkbook(openCsv({ customers: c, transactions: t }), {
      asOf: epochDay(2025, 12, 31),
    });
    const unknown = findings.filter((f) => f.code === "unknown_customer");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ sheetIsFile: true, file: t, sheet: "Transactions" });
    const row = dataQualityTable(findings, lang).rows(0, findings.length);
    const mine = row.find((r) => r.at(-1) === "unknown_customer")!;
    expect(mine[0]).toBe(lang === "zh-CN" ? "交易" : "Transactions");
    // The file's name; its path (with the user's folders) stays in the JSON.
    expect(mine[7]).toBe("t.csv");
    // A workbook's sheets keep their own names.
    const inBook = dataQualityTable(
      [{ ...unknown[0], sheetIsFile: undefined, sheet: "流水" }],
      lang,
    );
    expect(inBook.rows(0, 1)[0][0]).toBe("流水");
  });
});
