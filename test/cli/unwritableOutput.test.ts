import { chmodSync, existsSync, readdirSync, writeFileSync } from "node:fs";
import fsPromises from "node:fs/promises";
import path from "node:path";
import { tableOf } from "../../src/engine/report/table";
import { XlsxReportWriter } from "../../src/workbook/file";
import { fromWriting } from "../../src/workbook/file/tempFiles";
import { ZipWriter } from "../../src/workbook/file/zipWriter";
import { cli, scratchFolder } from "./harness";

/**
 * cli10's leftover of stop-34 tester10 #1: `-o /proc/out.xlsx` said `错误：/proc/out.xlsx：无法在此写入
 * （ENOENT: no such file or directory, open '/proc/.~out.xlsx.22676-651689a7.tmp'）`, naming our temp
 * file and the system's English. Now one line naming the output as given and the reason in the
 * run's words (tempFiles.ts writeFailure), exit 2, for the workbook, --json and the full lists; a
 * write that fails half-way (a full disk) is the output's, not "the input is damaged".
 */
jest.setTimeout(120_000);

const scratch = scratchFolder("ca-unwritable-");
const saved = process.env.LC_ALL;
beforeAll(() => {
  process.env.LC_ALL = "en_US.UTF-8";
});
afterAll(() => {
  if (saved === undefined) delete process.env.LC_ALL;
  else process.env.LC_ALL = saved;
});
afterEach(() => jest.restoreAllMocks());

/** Small CSV inputs, Chinese or English headers. */
function csvInputs(zh: boolean): string[] {
  const c = scratch.write(
    zh ? "c-zh.csv" : "c-en.csv",
    zh ? "客户编号,客户名称\nA,甲\n" : "Customer ID,Name\nA,Ann\n",
  );
  const t = scratch.write(
    zh ? "t-zh.csv" : "t-en.csv",
    zh ? "客户编号,日期,金额\nA,2025-06-01,10\n" : "Customer ID,Date,Amount\nA,2025-06-01,10\n",
  );
  return ["--customers", c, "--transactions", t, "--as-of", "2025-12-31", "-q"];
}

/** Refuses, with `code`, to create any temp file of an output named `name`; other opens run. */
function refuseTemp(name: string, code: string) {
  const real = fsPromises.open;
  return jest.spyOn(fsPromises, "open").mockImplementation(async (file, ...rest) => {
    if (path.basename(String(file)).startsWith(`.~${name}.`))
      throw Object.assign(new Error(`${code}: refused, open '${String(file)}'`), {
        code,
        syscall: "open",
        path: String(file),
      });
    return real(file, ...(rest as [string]));
  });
}

/** Nothing of ours left in the scratch folder. */
const noTemp = () => expect(readdirSync(scratch.dir).filter((f) => f.startsWith(".~"))).toEqual([]);

const ONE_LINE = (err: string) => expect(err.trimEnd().split("\n")).toHaveLength(1);

describe.each([
  [
    "ENOENT",
    "the folder does not exist or does not take new files",
    "文件夹不存在或不能在其中新建文件",
  ],
  ["EACCES", "no permission to create files in this folder", "没有在此文件夹中新建文件的权限"],
  ["EROFS", "the drive is read-only", "磁盘为只读"],
  ["ENOSPC", "the disk is full", "磁盘已满"],
  ["EXDEV", "the system refused it (EXDEV)", "系统拒绝写入（EXDEV）"],
] as const)("-o whose temp file cannot be created (%s)", (code, en, zh) => {
  test("one line naming the output and the reason, in the run's language; exit 2", async () => {
    const out = scratch.path("out.xlsx");
    refuseTemp("out.xlsx", code);
    const e = await cli("analyze", ...csvInputs(false), "-o", out);
    expect(e.code).toBe(2);
    expect(e.err).toBe(`error: ${out}: cannot write the file here: ${en}\n`);
    // A Chinese input on an English system: the run's language (docs/REFERENCE.md "Language of a run").
    const z = await cli("analyze", ...csvInputs(true), "-o", out);
    expect(z.code).toBe(2);
    expect(z.err).toBe(`错误：${out}：无法在此写入文件：${zh}\n`);
    expect(existsSync(out)).toBe(false);
    noTemp();
  });
});

test("-o /proc/out.xlsx (a folder that takes no new files): no temp name, no errno text", async () => {
  if (process.platform !== "linux") return;
  const r = await cli("analyze", ...csvInputs(false), "-o", "/proc/out.xlsx");
  expect(r.code).toBe(2);
  ONE_LINE(r.err);
  // As root the folder passes the access check and the create fails (ENOENT); as another user
  // the check refuses the folder first. Either way the user's file, in words.
  expect([
    "error: /proc/out.xlsx: cannot write the file here: the folder does not exist or does not take new files\n",
    "error: /proc/out.xlsx: cannot write in the folder /proc. Choose an output file in a folder you can write to with -o and run again\n",
  ]).toContain(r.err);
  expect(r.err).not.toMatch(/\.~|\.tmp|ENOENT|EACCES/);
});

test("--json into such a folder: the JSON file named, the same words", async () => {
  if (process.platform !== "linux") return;
  const out = scratch.path("j.xlsx");
  const r = await cli("analyze", ...csvInputs(true), "-o", out, "--json", "/proc/r.json");
  expect(r.code).toBe(2);
  ONE_LINE(r.err);
  expect([
    "错误：/proc/r.json：无法在此写入文件：文件夹不存在或不能在其中新建文件\n",
    "错误：/proc/r.json：无法写入文件夹 /proc。请用 --json 指定可写入的文件夹中的输出文件后重新运行\n",
  ]).toContain(r.err);
});

test("a write that fails half-way (a full disk) names the output, not the input workbook", async () => {
  const input = scratch.path("in.xlsx");
  const header = (h: string) => ({ key: h, header: h, format: "text" as const });
  await new XlsxReportWriter(input, { lang: "en-US", markOwned: false }).writeTables([
    tableOf("customerList", "Customers", ["Customer ID", "Name"].map(header), [["A", "Ann"]]),
    tableOf("customerList", "Transactions", ["Customer ID", "Date", "Amount"].map(header), [
      ["A", "2025-06-01", "10"],
    ]),
  ]);
  let writes = 0;
  const proto = ZipWriter.prototype as unknown as { write: (data: Buffer) => Promise<void> };
  const real = proto.write;
  jest.spyOn(proto, "write").mockImplementation(async function (this: unknown, data: Buffer) {
    if (++writes === 3)
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
        code: "ENOSPC",
        syscall: "write",
        errno: -28,
      });
    return real.call(this, data);
  });
  const out = scratch.path("full.xlsx");
  const r = await cli("analyze", input, "--as-of", "2025-12-31", "-q", "-o", out);
  expect(writes).toBeGreaterThanOrEqual(3);
  expect(r.code).toBe(2);
  expect(r.err).toBe(`error: ${out}: cannot write the file here: the disk is full\n`);
  expect(existsSync(out)).toBe(false);
  noTemp();
});

// tester65 U217: `-o ro.xlsx` (an existing read-only file) after Chinese CSV inputs was refused in
// English: inputLanguage read `-o` as a flag, so ro.xlsx became a positional taken for the workbook.
test("a read-only output after Chinese CSV inputs is refused in Chinese", async () => {
  const out = scratch.path("ro.xlsx");
  writeFileSync(out, "");
  chmodSync(out, 0o444);
  const r = await cli("analyze", ...csvInputs(true), "-o", out);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(
    new RegExp(`^错误：${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}：无法替换此文件`),
  );
  ONE_LINE(r.err);
});

test("fromWriting: the temp file's open, a write, not a read of an input", () => {
  const temp = "/dir/.~out.xlsx.1-00000000.tmp";
  const err = (o: object) => Object.assign(new Error("x"), o);
  expect(fromWriting(temp, err({ code: "ENOENT", syscall: "open", path: temp }))).toBe(true);
  expect(fromWriting(temp, err({ code: "ENOSPC", syscall: "write" }))).toBe(true);
  expect(fromWriting(temp, err({ code: "ENOENT", syscall: "open", path: "/dir/in.xlsx" }))).toBe(
    false,
  );
  expect(fromWriting(temp, err({ code: "EIO", syscall: "read" }))).toBe(false);
  expect(fromWriting(temp, new Error("a bug"))).toBe(false);
});
