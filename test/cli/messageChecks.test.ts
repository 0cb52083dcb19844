import { openXlsx } from "../../src/workbook/file";
import type { Clock } from "../../src/cli/clock";
import { cli, cliOnClock, scratchFolder } from "./harness";

// Issue 13 item 3: each message the issue lists, read as a user reads it, in both languages.
// (The missing-input, --help and header cases are in messages.test.ts.)

const scratch = scratchFolder("ca-msg-checks-");
const LANGS = ["en-US", "zh-CN"] as const;

/**
 * Customers, transactions and one complaint whose status is no option we know (a single finding;
 * a customer type outside the list is the user's own type since fix56b, tester55 U14).
 */
function inputs(): string[] {
  return [
    "--customers",
    scratch.write("c.csv", "客户编号,客户名称,客户类型\n1,甲,企业\n2,乙,外星人\n"),
    "--transactions",
    scratch.write("t.csv", "客户编号,日期,金额\n1,2025-01-01,5\n2,2025-02-01,7\n1,2025-03-01,9\n"),
    "--complaints",
    scratch.write("k.csv", "客户编号,接收时间,原因,处理状态\n1,2025-06-01 10:00,价格,外星人\n"),
    "--as-of",
    "2025-12-31",
  ];
}

async function tab(file: string, sheet: string): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  await (await openXlsx(file)).readSheet(sheet, (block) => void rows.push(...block));
  return rows;
}

/** A clock whose monotonic time moves 40 ms each time it is read (a run takes some seconds). */
function movingClock(): Clock {
  let t = 0;
  return { now: () => new Date(2026, 0, 1, 9, 30), ms: () => (t += 40) };
}

const runs: Record<string, { out: string; err: string; xlsx: string }> = {};
beforeAll(async () => {
  for (const lang of LANGS) {
    const xlsx = scratch.path(`o-${lang}.xlsx`);
    const r = await cliOnClock(movingClock(), "analyze", ...inputs(), "-o", xlsx, "--lang", lang);
    expect(r.code).toBe(0);
    runs[lang] = { out: r.out, err: r.err, xlsx };
  }
});

const NAMES = {
  "en-US": { dq: "Data quality", log: "Run log", overview: "Overview" },
  "zh-CN": { dq: "数据质量", log: "运行日志", overview: "概览" },
};

describe.each(LANGS)("messages in %s", (lang) => {
  test("one finding is said in the singular, and the console counts what the tab lists", async () => {
    const line = runs[lang].out.split("\n").find((l) => /^(Data quality|数据质量)/.test(l));
    expect(line).toBe(
      lang === "en-US"
        ? "Data quality: 1 finding needs a look, on 1 row of the Data quality tab"
        : "数据质量：1 项需要核对（“数据质量”表 1 行）",
    );
    const rows = await tab(runs[lang].xlsx, NAMES[lang].dq);
    expect(rows.length - 1).toBe(1);
  });

  test("the data-quality tab names the problem in the user's words, no raw code alone", async () => {
    const [header, row] = await tab(runs[lang].xlsx, NAMES[lang].dq);
    // The problem in words right after the cell; the code last, a key to filter on (tester W5).
    const problem = row[3];
    expect(row[header.length - 1]).toBe("unparseable_optional");
    expect(problem).toBe(
      lang === "en-US"
        ? "Unreadable optional value (treated as empty)"
        : "可选项无法识别（按空值处理）",
    );
    // Written broken where it wraps (ReportColumn.breakLines): its words read without the breaks.
    const message = String(row[header.indexOf(lang === "en-US" ? "Message" : "说明")]).replace(
      /\n/g,
      lang === "en-US" ? " " : "",
    );
    if (lang === "zh-CN") {
      expect(message).toContain("无法识别为列表中的选项");
      expect(message).not.toContain("可识别的选项");
    } else {
      expect(message).not.toMatch(/[；，：（）。]/);
    }
  });

  test("the run log says how the run was made in words, and the console's analysis time", async () => {
    const [header, row] = await tab(runs[lang].xlsx, NAMES[lang].log);
    expect(row[1]).toBe(lang === "en-US" ? "command line" : "命令行");
    const seconds = Number(row[header.indexOf(lang === "en-US" ? "Duration (s)" : "耗时（秒）")]);
    expect(seconds).toBeGreaterThan(0);
    const shown = lang === "en-US" ? /analysed in ([\d.]+) s/ : /分析用时 ([\d.]+) 秒/;
    const m = shown.exec(runs[lang].out);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeCloseTo(seconds, 1);
  });

  test("the Overview points to the complaint analysis tab, not the Complaints input", async () => {
    const text = JSON.stringify(await tab(runs[lang].xlsx, NAMES[lang].overview));
    expect(text).toContain(lang === "en-US" ? "See Complaint analysis" : "见“投诉分析”");
  });

  test("English text has no full-width punctuation in what the console prints", () => {
    if (lang === "en-US") expect(runs[lang].out + runs[lang].err).not.toMatch(/[；，：（）。]/);
    else expect(runs[lang].out).toContain("数据质量：");
  });

  test("an unknown option is refused with the error prefix of the user's language", async () => {
    const r = await cli("analyze", "--bogus", "--lang", lang);
    expect(r.code).toBe(2);
    expect(r.err.startsWith(lang === "en-US" ? "error: " : "错误：")).toBe(true);
  });
});
