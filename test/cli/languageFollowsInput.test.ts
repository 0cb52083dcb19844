import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { defaultRules, ruleSetJson } from "../../src/engine/rules";
import { cli, scratchFolder } from "./harness";

/**
 * Issue 13 (tester W2): without --lang, every command that reads input answers in the input's
 * language, as analyze does (runLanguage): --lang, else the input's, else the system's (English
 * here).
 */
const scratch = scratchFolder("ca-lang-");
const saved = process.env.LC_ALL;
beforeAll(() => {
  process.env.LC_ALL = "en_US.UTF-8";
});
afterAll(() => {
  if (saved === undefined) delete process.env.LC_ALL;
  else process.env.LC_ALL = saved;
});

describe("rules --check follows the rule file's language", () => {
  it("a file printed in Chinese is checked in Chinese, an English one in English", async () => {
    const zh = scratch.write("rz.json", ruleSetJson(defaultRules(), "zh-CN"));
    const en = scratch.write("re.json", ruleSetJson(defaultRules(), "en-US"));
    expect((await cli("rules", "--check", zh)).out).toMatch(/[\u4e00-\u9fff]/);
    expect((await cli("rules", "--check", en)).out).not.toMatch(/[\u4e00-\u9fff]/);
    // --lang still wins.
    expect((await cli("rules", "--check", zh, "--lang", "en-US")).out).not.toMatch(
      /[\u4e00-\u9fff]/,
    );
  });

  it("a broken Chinese rule file is reported in Chinese", async () => {
    const bad = scratch.write(
      "bad.json",
      '{ "$comment": "我的规则", "churn": { "levels": { "hihg": 1 } } }',
    );
    const r = await cli("rules", "--check", bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain("churn.levels.hihg：未知的字段");
    expect(r.err.startsWith("错误：")).toBe(true);
  });
});

describe("backtest follows the CSVs' language", () => {
  it("Chinese CSVs give a Chinese report without --lang", async () => {
    const c = scratch.write("c.csv", "客户编号,客户名称\nC1,甲\nC2,乙\n");
    const t = scratch.write("t.csv", "客户编号,日期,金额\nC1,2025-01-01,5\nC2,2025-03-01,7\n");
    const run = (...extra: string[]) =>
      promisify(execFile)(
        process.execPath,
        [
          ...["--import", "tsx", path.join(__dirname, "../../src/cli/backtest.ts")],
          ...["--customers", c, "--transactions", t, "--as-of", "2025-06-01", ...extra],
        ],
        { env: { ...process.env, LC_ALL: "en_US.UTF-8" } },
      );
    expect((await run()).stdout).toMatch(/[\u4e00-\u9fff]/);
    expect((await run("--lang", "en-US")).stdout).not.toMatch(/[\u4e00-\u9fff]/);
  }, 60_000);
});
