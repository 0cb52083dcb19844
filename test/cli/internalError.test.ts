import { cli } from "./harness";

// A bug (not the user's input) ended in English whatever the language: "internal error: …" was
// written in three places outside the words catalog (stop 40, house16).
jest.mock("../../src/cli/analyzeCommand", () => ({
  ...jest.requireActual("../../src/cli/analyzeCommand"),
  analyzeCommand: () => Promise.reject(new TypeError("x is undefined")),
}));

test("a bug is said in the run's language, exit 1, with what to do and no stack", async () => {
  const zh = await cli("analyze", "book.xlsx", "--lang", "zh-CN");
  expect(zh.code).toBe(1);
  expect(zh.err).toBe(
    "内部错误：x is undefined\n这是客户分析程序的缺陷；请连同您运行的命令一起报告。\n",
  );
  const en = await cli("analyze", "book.xlsx", "--lang", "en-US");
  expect(en.code).toBe(1);
  expect(en.err).toBe(
    "internal error: x is undefined\nThis is a bug in Customer Analytics; please report it with the command you ran.\n",
  );
});
