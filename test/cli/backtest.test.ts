import { backtestMain } from "../../src/cli/backtest";
import { say } from "../../src/engine/words/catalog";
import { scratchFolder } from "./harness";

// Stop 21 tester B3: `npm run backtest` as a new user meets it.

const scratch = scratchFolder("ca-backtest-");

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await backtestMain(argv, {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
  });
  return { code, out, err };
}

/** Eight customers who bought monthly through 2025: data that stops at 2025-12-31. */
function oldData(): string[] {
  const customers =
    "客户编号,客户名称\n" + [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `C${i},客户${i}\n`).join("");
  let transactions = "客户编号,日期,金额\n";
  for (let m = 1; m <= 12; m++)
    for (let i = 1; i <= 8; i++)
      transactions += `C${i},2025-${String(m).padStart(2, "0")}-${10 + i},100\n`;
  transactions += "C1,2025-12-31,100\n";
  return [
    "--customers",
    scratch.write("客户.csv", customers),
    "--transactions",
    scratch.write("交易.csv", transactions),
  ];
}

describe("npm run backtest", () => {
  test("--help prints the help in both languages, exit 0 (it was an English error)", async () => {
    const en = await run("--help", "--lang", "en-US");
    expect(en.code).toBe(0);
    expect(en.out).toContain("npm run backtest -- <workbook.xlsx>");
    expect(en.out).toContain("--horizon DAYS");
    const zh = await run("-h", "--lang", "zh-CN");
    expect(zh.code).toBe(0);
    expect(zh.out).toContain("用法：");
    expect(zh.err).toBe("");
  });

  test("an unknown option is said in the input's language and exits 2", async () => {
    const r = await run(...oldData(), "--bogus");
    expect(r.code).toBe(2);
    expect(r.err).toBe("错误：未知选项 --bogus（见 --help）\n");
    const missing = await run(...oldData(), "--as-of");
    expect(missing.err).toBe("错误：--as-of 后面缺少值（见 --help）\n");
    const horizon = await run(...oldData(), "--horizon", "ninety", "--lang", "en-US");
    expect(horizon.code).toBe(2);
    expect(horizon.err).toContain("--horizon must be a whole number");
  });

  test("on stale data the backtest gives analyze's stale-data warning first, with --as-of to use", async () => {
    const r = await run(...oldData(), "--as-of", "2026-12-01");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const [first] = r.out.split("\n");
    expect(first).toMatch(
      /^警告：数据可能已过期：分析日期 2026-12-01 比最新交易（2025-12-31）晚 335 天/,
    );
    expect(first).toContain("--as-of 2025-12-31");
    const fresh = await run(...oldData(), "--as-of", "2025-12-31");
    expect(fresh.out).not.toContain("警告");
  });

  test("the short-history figures carry thousands separators (was 1496)", () => {
    const p = { customers: 1496, buyers: 0, nonBuyers: 1496, minCustomers: 200, minEach: 20 };
    expect(say("zh-CN", "analysisNotes", "shortHistoryFigures", p)).toContain(
      "前一周期时点 1,496 位客户，其中 0 位随后购买、1,496 位未购买",
    );
    expect(say("en-US", "analysisNotes", "shortHistoryFigures", p)).toMatch(
      /^1,496 customers one horizon back, 0 bought and 1,496 did not/,
    );
  });
});
