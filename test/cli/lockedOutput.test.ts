import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import fsPromises from "node:fs/promises";
import path from "node:path";
import { refuseOpen } from "../workbook/file/refuseOpen";
import { analyseOneSale, cli, scratchFolder } from "./harness";

// Stop-34 tester10 #1: `-o locked.xlsx` whose final rename fails (the output still open in Excel on
// Windows: EPERM / EBUSY; read-only or `chattr +i`) printed "internal error … This is a bug", exit 1.
// Now exit 2, one line naming the file; the temp file is removed and the old output left as it was.
// The rename is injected: as root in CI neither a read-only folder nor chattr stops it.

const scratch = scratchFolder("ca-locked-out-");

afterEach(() => jest.restoreAllMocks());

/** Refuses, with `code`, every rename over a file named `name`; other renames run. */
function lockTarget(name: string, code: string) {
  const real = fsPromises.rename;
  return jest.spyOn(fsPromises, "rename").mockImplementation(async (from, to) => {
    if (path.basename(String(to)) === name)
      throw Object.assign(
        new Error(`${code}: operation not permitted, rename '${from}' -> '${to}'`),
        {
          code,
        },
      );
    return real(from, to);
  });
}

describe.each([
  ["EPERM", "en-US", "cannot replace this file", "close it in excel"],
  ["EBUSY", "zh-CN", "无法替换此文件", "在 excel 中关闭"],
  ["EACCES", "en-US", "cannot replace this file", "permissions"],
] as const)("an output whose rename fails with %s (%s)", (code, lang, says, advice) => {
  test("exits 2 with one line naming the file; no temp file; the old file kept", async () => {
    // Last month's report of ours (a file that is none is refused before the run: outputNotOurs).
    const out = scratch.path("locked.xlsx");
    expect((await analyseOneSale(scratch, "-o", out)).code).toBe(0);
    const before = readFileSync(out);
    const rename = lockTarget("locked.xlsx", code);
    const run = await analyseOneSale(scratch, "-o", out, "--lang", lang);
    expect(rename).toHaveBeenCalled();
    expect(run.code).toBe(2);
    expect(run.err).not.toMatch(/internal error|this is a bug/i);
    expect(run.err).not.toContain(code); // no errno text
    expect(run.err).toContain(out);
    expect(run.err.toLowerCase()).toContain(says);
    expect(run.err.toLowerCase()).toContain(advice);
    expect(run.err.trim().split("\n")).toHaveLength(1);
    expect(readdirSync(scratch.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(readFileSync(out).equals(before)).toBe(true);
  });
});

test("a rename failure of another kind is not called a locked file", async () => {
  const { replaceTarget } = await import("../../src/workbook/file/tempFiles");
  const temp = scratch.write("x.tmp", "x");
  lockTarget("full.xlsx", "ENOSPC");
  // Said as what it is (tempFiles.ts writeFailure), not as a file open elsewhere.
  await expect(replaceTarget(temp, scratch.path("full.xlsx"))).rejects.toMatchObject({
    name: "InputError",
    message: `${scratch.path("full.xlsx")}: cannot write the file here: the disk is full`,
  });
  writeFileSync(temp, "y");
  lockTarget("busy.xlsx", "EBUSY");
  await expect(replaceTarget(temp, scratch.path("busy.xlsx"))).rejects.toMatchObject({
    name: "InputError",
  });
});

/** Refuses with `code` to open a file named `name` for writing (the probe's "r+"); others run. */
const lockForWriting = (name: string, code: string) =>
  refuseOpen((n, flags) => n === name && flags === "r+", code);

// Tester11 #8a: a locked output was found after the whole analysis (13.6 s on the sample, minutes
// at 100k). Now before the inputs are read: the transactions below lack their amount column, an
// error the run would meet first were the inputs read before the outputs were checked.
describe.each([
  ["-o", "early.xlsx"],
  ["--json", "early.json"],
] as const)("a locked %s output is found before the inputs are read", (option, name) => {
  test("exit 2 naming the file and the option; the file untouched", async () => {
    const customers = scratch.write("c-early.csv", "Customer ID\nA\n");
    const transactions = scratch.write("t-early.csv", "Customer ID,Date\nA,2025-06-01\n");
    const locked = scratch.write(name, "last month's output");
    lockForWriting(name, "EPERM");
    const outputs =
      option === "-o" ? ["-o", locked] : ["-o", scratch.path("early-ok.xlsx"), "--json", locked];
    const run = await cli(
      "analyze",
      "--customers",
      customers,
      "--transactions",
      transactions,
      ...outputs,
      "--quiet",
      "--lang",
      "en-US",
    );
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `error: ${locked}: cannot replace this file: it is open in another program or read-only. Close it in Excel (or check its permissions), or choose another output file with ${option}.\n`,
    );
    expect(readFileSync(locked, "utf8")).toBe("last month's output");
    expect(existsSync(scratch.path("early-ok.xlsx"))).toBe(false);
  });
});

// Tester11 #8b: the JSON failing after the workbook was written named -o and read as "nothing
// written". A JSON file locked during the run (after the check before it): --json, and what was.
test.each([
  [
    "en-US",
    "choose another output file with --json. Everything else was written (%s); only the JSON result was not.\n",
  ],
  ["zh-CN", "或用 --json 另选输出文件。其他输出均已写入（%s），只有 JSON 结果未写入。\n"],
] as const)(
  "a --json file that cannot be replaced at the end says the workbook was written (%s)",
  async (lang, tail) => {
    const out = scratch.path(`late-${lang}.xlsx`);
    const json = scratch.write("late.json", "last month's result");
    lockTarget("late.json", "EPERM");
    const run = await analyseOneSale(scratch, "-o", out, "--json", json, "--lang", lang);
    expect(run.code).toBe(2);
    expect(run.err.trim().split("\n")).toHaveLength(1);
    expect(run.err).toContain(json);
    expect(run.err.endsWith(tail.replace("%s", out))).toBe(true);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(json, "utf8")).toBe("last month's result");
  },
);

// Reviewer12 (stop 36): a full list beside the workbook (<out>.<tab>.csv) open in Excel was found
// after the workbook had been replaced, which then pointed at last month's list. Now checked before
// the workbook is written: the workbook and the list are left as they were.
test("a locked full list beside the workbook stops the run before the workbook is written", async () => {
  const transactions =
    "客户编号,日期,金额\nC1,2025-03-07,10\n" +
    Array.from({ length: 15 }, (_, i) => `X${i},2025-03-07,10\n`).join("");
  const args = [
    "analyze",
    "--customers",
    scratch.write("c-list.csv", "客户编号,客户名称\nC1,甲\n"),
    "--transactions",
    scratch.write("t-list.csv", transactions),
    "--rules",
    scratch.write("list-rules.json", JSON.stringify({ limits: { worklistRows: 10 } })),
    "--as-of",
    "2025-12-31",
    "--quiet",
    "--lang",
    "en-US",
  ];
  // A first run finds which list is written in full beside the workbook.
  const first = await cli(...args, "-o", scratch.path("list-first.xlsx"));
  expect(first.code).toBe(0);
  const lists = readdirSync(scratch.dir).filter(
    (f) => f.startsWith("list-first.") && f.endsWith(".csv"),
  );
  expect(lists.length).toBeGreaterThan(0);
  const listName = lists[0].replace("list-first.", "list-locked.");
  const before = readFileSync(scratch.path("list-first.xlsx"));
  const out = scratch.write("list-locked.xlsx", before);
  const list = scratch.write(listName, "last month's list");
  lockForWriting(listName, "EBUSY");
  const run = await cli(...args, "-o", out);
  expect(run.code).toBe(2);
  expect(run.err).toContain(list);
  expect(run.err).toContain("choose another output file with -o");
  expect(run.err.trim().split("\n")).toHaveLength(1);
  expect(readFileSync(out).equals(before)).toBe(true);
  expect(readFileSync(list, "utf8")).toBe("last month's list");
});
