import { spawn } from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  liveTempFiles,
  probeOutput,
  removeTempFiles,
  tempBeside,
  tempSettled,
  writeViaTemp,
} from "../../../src/workbook/file/tempFiles";
import type { InputError } from "../../../src/engine/errors";
import { refuseOpen } from "./refuseOpen";

// Issue 14 item 9: Ctrl-C or a crash left `.~out.xlsx.*.tmp` files behind.

const root = path.join(__dirname, "../../..");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "temp-files-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs a child that makes a registered temp file beside out.xlsx, says "ready" and waits; then the
 * test signals it (or it crashes by itself). Resolves with its exit code and what is left in `at`.
 */
function child(at: string, ending: "SIGINT" | "SIGTERM" | "crash") {
  const script = path.join(at, "child.ts");
  writeFileSync(
    script,
    `import { writeFileSync } from "node:fs";
import { removeTempFilesOnExit, tempBeside } from ${JSON.stringify(path.join(root, "src/workbook/file/tempFiles"))};
removeTempFilesOnExit();
const temp = tempBeside(${JSON.stringify(path.join(at, "out.xlsx"))});
writeFileSync(temp, "half a workbook");
process.stdout.write("ready\\n");
if (${JSON.stringify(ending)} === "crash") setTimeout(() => { throw new Error("boom"); }, 10);
else setTimeout(() => undefined, 60_000);
`,
  );
  return new Promise<{ code: number | null; left: string[] }>((resolve, reject) => {
    const p = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    p.stdout.on("data", (d: Buffer) => {
      if (String(d).includes("ready") && ending !== "crash") p.kill(ending);
    });
    p.on("error", reject);
    p.on("exit", (code) =>
      resolve({ code, left: readdirSync(at).filter((f) => f.endsWith(".tmp")) }),
    );
  });
}

describe("temp files beside the output", () => {
  test("are named beside the target and tracked until settled", () => {
    const temp = tempBeside(path.join(dir, "a.xlsx"));
    expect(path.dirname(temp)).toBe(dir);
    expect(path.basename(temp)).toMatch(/^\.~a\.xlsx\.\d+-[0-9a-f]{8}\.tmp$/);
    expect(liveTempFiles()).toContain(temp);
    tempSettled(temp);
    expect(liveTempFiles()).not.toContain(temp);
  });

  test("removeTempFiles deletes what is still registered", () => {
    const temp = tempBeside(path.join(dir, "b.xlsx"));
    writeFileSync(temp, "x");
    removeTempFiles();
    expect(existsSync(temp)).toBe(false);
  });

  test.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["crash", 1],
  ] as const)("a process ended by %s removes its temp file (exit %d)", async (ending, code) => {
    const at = mkdtempSync(path.join(dir, `${ending}-`));
    const result = await child(at, ending);
    expect(result).toEqual({ code, left: [] });
  });

  test("a temp file left by a process that died without handlers (SIGKILL, V8 out of memory) is removed by the next write to that target", async () => {
    const at = mkdtempSync(path.join(dir, "orphan-"));
    // A pid that ran and has ended.
    const gone = await new Promise<number>((resolve, reject) => {
      const p = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
      p.on("error", reject);
      p.on("exit", () => resolve(p.pid!));
    });
    const orphan = path.join(at, `.~out.xlsx.${gone}-deadbeef.tmp`);
    const running = path.join(at, `.~out.xlsx.${process.ppid}-0badcafe.tmp`);
    const other = path.join(at, `.~other.xlsx.${gone}-deadbeef.tmp`);
    for (const f of [orphan, running, other]) writeFileSync(f, "half a workbook");
    const temp = tempBeside(path.join(at, "out.xlsx"));
    tempSettled(temp);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(running)).toBe(true); // its process still runs: not ours to remove
    expect(existsSync(other)).toBe(true); // beside another target
  });

  test("writeViaTemp renames the finished file over the target and leaves nothing behind", async () => {
    const at = mkdtempSync(path.join(dir, "via-"));
    const target = path.join(at, "out.csv");
    writeFileSync(target, "the earlier file");
    let seen = "";
    const result = await writeViaTemp(target, async (temp) => {
      seen = temp;
      expect(liveTempFiles()).toContain(temp);
      await writeFile(temp, "a,b\r\n");
      expect(readFileSync(target, "utf8")).toBe("the earlier file"); // untouched until the end
      return 42;
    });
    expect(result).toBe(42);
    expect(readFileSync(target, "utf8")).toBe("a,b\r\n");
    expect(readdirSync(at)).toEqual(["out.csv"]);
    expect(liveTempFiles()).not.toContain(seen);
  });

  test("writeViaTemp removes the temp file and keeps the target when writing fails", async () => {
    const at = mkdtempSync(path.join(dir, "via-fail-"));
    const target = path.join(at, "out.json");
    writeFileSync(target, "the earlier file");
    await expect(
      writeViaTemp(target, async (temp) => {
        await writeFile(temp, "half a fi");
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(readFileSync(target, "utf8")).toBe("the earlier file");
    expect(readdirSync(at)).toEqual(["out.json"]);
    expect(liveTempFiles()).toEqual([]);
  });
});

/** The error `f` throws (an InputError here), to read it in both languages. */
function thrown(f: () => void): InputError {
  try {
    f();
  } catch (e) {
    return e as InputError;
  }
  throw new Error("nothing thrown");
}

// Tester11 #8a: a locked output was found only after the whole analysis. probeOutput finds it
// before: the system's refusals are injected (as root in CI neither chattr nor a read-only file
// stops the real calls).
describe("probeOutput: can this output be written, asked before the run", () => {
  afterEach(() => jest.restoreAllMocks());

  test("an existing output is opened and closed, its bytes and time untouched; no temp file left", () => {
    const at = mkdtempSync(path.join(dir, "probe-"));
    const target = path.join(at, "out.xlsx");
    writeFileSync(target, "last month's output");
    const before = statSync(target).mtimeMs;
    probeOutput(target, "-o");
    expect(readFileSync(target, "utf8")).toBe("last month's output");
    expect(statSync(target).mtimeMs).toBe(before);
    expect(readdirSync(at)).toEqual(["out.xlsx"]);
    expect(liveTempFiles()).toEqual([]);
    // A new output: nothing is made.
    probeOutput(path.join(at, "new.json"), "--json");
    expect(readdirSync(at)).toEqual(["out.xlsx"]);
  });

  test.each([
    ["EPERM", "-o"],
    ["EBUSY", "--json"],
    ["EACCES", "--json"],
  ] as const)(
    "an output that refuses writing (%s: open in Excel, read-only, immutable) names its option %s",
    (code, option) => {
      const at = mkdtempSync(path.join(dir, "probe-locked-"));
      const target = path.join(at, "locked.file");
      writeFileSync(target, "kept");
      refuseOpen((name, flags) => name === "locked.file" && flags === "r+", code);
      expect(() => probeOutput(target, option)).toThrow(
        `${target}: cannot replace this file: it is open in another program or read-only. Close it in Excel (or check its permissions), or choose another output file with ${option}.`,
      );
      expect(readFileSync(target, "utf8")).toBe("kept");
      expect(readdirSync(at)).toEqual(["locked.file"]);
    },
  );

  // Tester12 #14: as root the open passes whatever the mode, and the output was replaced.
  // Tester15 #12: it was refused as "open in another program or read-only": the mode says which.
  test("an output marked read-only for everyone (chmod 444) is refused as read-only, root or not", () => {
    const at = mkdtempSync(path.join(dir, "probe-readonly-"));
    const target = path.join(at, "ro.xlsx");
    writeFileSync(target, "kept");
    chmodSync(target, 0o444);
    const readOnly = `${target}: cannot replace this file: it is read-only (its permissions, r--r--r-- (444), let no one write it). Make it writable (chmod u+w) and run again, or choose another output file with -o.`;
    expect(() => probeOutput(target, "-o")).toThrow(readOnly);
    expect(thrown(() => probeOutput(target, "-o")).in("zh-CN")).toBe(
      `${target}：无法替换此文件：它是只读文件（权限 r--r--r-- (444)，任何人都不能写入）。请将其改为可写（chmod u+w）后重新运行，或用 -o 另选输出文件。`,
    );
    // Not root: the open itself is refused (EACCES), and the mode still says which.
    if (process.getuid) {
      jest.spyOn(process, "getuid").mockReturnValue(4242);
      refuseOpen((name, flags) => name === "ro.xlsx" && flags === "r+", "EACCES");
      expect(() => probeOutput(target, "-o")).toThrow(readOnly);
      chmodSync(target, 0o644); // the owner's (root's) to write, not ours
      expect(() => probeOutput(target, "--json")).toThrow(
        `${target}: cannot replace this file: its permissions (rw-r--r-- (644)) let only its owner write it, and you are in its group, not its owner. Ask its owner, or choose another output file with --json.`,
      );
      jest.restoreAllMocks();
    }
    expect(readFileSync(target, "utf8")).toBe("kept");
    expect(readdirSync(at)).toEqual(["ro.xlsx"]);
    // Writable by its owner only: taken (as root, and as its owner).
    chmodSync(target, 0o644);
    expect(() => probeOutput(target, "--json")).not.toThrow();
  });

  // Reviewer16 D6: every file some may write but not us was "only its owner or group may write it
  // …, and you are neither", a 644 file's group and a 464 file's owner included.
  test("a file others may write says who may, by its bits, and which of them you are", () => {
    if (process.getuid?.() !== 0) return; // the file is given to another user (chown)
    const at = mkdtempSync(path.join(dir, "probe-others-"));
    const target = path.join(at, "theirs.xlsx");
    writeFileSync(target, "kept");
    chownSync(target, 4242, 4343);
    const cases: [number, number, number[], string, string][] = [
      [
        0o644,
        5000,
        [5000],
        "its permissions (rw-r--r-- (644)) let only its owner write it, and you are neither its owner nor in its group. Ask its owner",
        "它的权限（rw-r--r-- (644)）只允许这些用户写入：所有者；您既不是其所有者，也不属于其所属组。请联系其所有者",
      ],
      [
        0o464,
        4242,
        [4242],
        "its permissions (r--rw-r-- (464)) let only its group write it, and you are its owner. Make it writable for yourself (chmod u+w) and run again",
        "它的权限（r--rw-r-- (464)）只允许这些用户写入：所属组；您是其所有者。请将其改为您可写（chmod u+w）后重新运行",
      ],
      [
        0o664,
        5000,
        [5000],
        "its permissions (rw-rw-r-- (664)) let only its owner and its group write it, and you are neither its owner nor in its group. Ask its owner",
        "它的权限（rw-rw-r-- (664)）只允许这些用户写入：所有者和所属组；您既不是其所有者，也不属于其所属组。请联系其所有者",
      ],
      [
        0o646,
        5000,
        [5000, 4343],
        "its permissions (rw-r--rw- (646)) let only its owner and other users write it, and you are in its group, not its owner. Ask its owner",
        "它的权限（rw-r--rw- (646)）只允许这些用户写入：所有者和其他用户；您属于其所属组，但不是所有者。请联系其所有者",
      ],
    ];
    try {
      for (const [mode, uid, groups, en, zh] of cases) {
        chmodSync(target, mode);
        jest.restoreAllMocks();
        jest.spyOn(process, "getuid").mockReturnValue(uid);
        jest.spyOn(process, "getgid").mockReturnValue(uid);
        jest.spyOn(process, "getgroups").mockReturnValue(groups);
        refuseOpen((name, flags) => name === "theirs.xlsx" && flags === "r+", "EACCES");
        const error = thrown(() => probeOutput(target, "-o"));
        expect(error.in("en-US")).toBe(
          `${target}: cannot replace this file: ${en}, or choose another output file with -o.`,
        );
        expect(error.in("zh-CN")).toBe(`${target}：无法替换此文件：${zh}，或用 -o 另选输出文件。`);
      }
    } finally {
      jest.restoreAllMocks();
    }
    expect(readFileSync(target, "utf8")).toBe("kept");
  });

  // Tester13 #12: on a Windows share or macOS an open workbook does not stop the rename over it;
  // stop 38 tester: nor LibreOffice's lock file (.~lock.name#) on Linux.
  test.each([
    ["Excel", "~$lock.xlsx"],
    ["LibreOffice", ".~lock.lock.xlsx#"],
  ])(
    "an output %s has open (its lock file %s beside it) is refused, naming the lock file; a lock file alone is not",
    async (app, lockName) => {
      const at = mkdtempSync(path.join(dir, "probe-office-"));
      const target = path.join(at, "lock.xlsx");
      const lock = path.join(at, lockName);
      writeFileSync(lock, "owner");
      expect(() => probeOutput(target, "-o")).not.toThrow(); // no output yet: a leftover lock
      writeFileSync(target, "kept");
      const words = (option: string) =>
        `${target}: ${app} has this file open (its lock file ${lockName} is beside it), so it is not replaced. Close it in ${app} and run again, or choose another output file with ${option}. If ${app} is not running, the lock file was left behind: delete ${lockName}.`;
      expect(() => probeOutput(target, "-o")).toThrow(words("-o"));
      // Opened while the run went on: refused at the rename too, the file kept.
      await expect(writeViaTemp(target, (t) => writeFile(t, "new"), "--json")).rejects.toThrow(
        words("--json"),
      );
      expect(readFileSync(target, "utf8")).toBe("kept");
      expect(readdirSync(at).sort()).toEqual([lockName, "lock.xlsx"].sort());
      rmSync(lock);
      expect(() => probeOutput(target, "-o")).not.toThrow();
    },
  );

  // Tester15 #12: an output that is a symbolic link (to a shared copy) was replaced by a file: the
  // link gone, the shared copy last month's.
  test("an output that is a symbolic link: its file is replaced, the link kept, the file's mode too", async () => {
    if (process.platform === "win32") return;
    const at = mkdtempSync(path.join(dir, "link-"));
    mkdirSync(path.join(at, "shared"));
    const shared = path.join(at, "shared", "report.xlsx");
    writeFileSync(shared, "last month");
    chmodSync(shared, 0o664);
    const link = path.join(at, "link.xlsx");
    symlinkSync("shared/report.xlsx", link);
    expect(() => probeOutput(link, "-o")).not.toThrow();
    await writeViaTemp(link, (t) => writeFile(t, "this month"));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(shared, "utf8")).toBe("this month");
    expect((statSync(shared).mode & 0o777).toString(8)).toBe("664");
    expect(readdirSync(at).sort()).toEqual(["link.xlsx", "shared"]);
    expect(readdirSync(path.join(at, "shared"))).toEqual(["report.xlsx"]);
    // A link through a link, and one whose file does not exist yet: written at the end of it.
    const again = path.join(at, "again.xlsx");
    symlinkSync("link.xlsx", again);
    await writeViaTemp(again, (t) => writeFile(t, "next month"));
    expect(readFileSync(shared, "utf8")).toBe("next month");
    const dangling = path.join(at, "new.xlsx");
    symlinkSync("shared/new.xlsx", dangling);
    await writeViaTemp(dangling, (t) => writeFile(t, "first"));
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(at, "shared", "new.xlsx"), "utf8")).toBe("first");
    // LibreOffice has the shared file open (its lock beside the file, not the link): refused.
    writeFileSync(path.join(at, "shared", ".~lock.report.xlsx#"), "owner");
    expect(() => probeOutput(link, "-o")).toThrow(
      `${link}: LibreOffice has this file open (its lock file .~lock.report.xlsx# is beside it)`,
    );
  });

  test("the LibreOffice lock file is said in Chinese too", () => {
    const at = mkdtempSync(path.join(dir, "probe-libre-zh-"));
    const target = path.join(at, "报告.xlsx");
    writeFileSync(path.join(at, ".~lock.报告.xlsx#"), "owner");
    writeFileSync(target, "kept");
    let error: unknown;
    try {
      probeOutput(target, "-o");
    } catch (e) {
      error = e;
    }
    expect((error as InputError).in("zh-CN")).toBe(
      `${target}：LibreOffice 正打开此文件（旁边有它的锁定文件 .~lock.报告.xlsx#），因此未替换。请在 LibreOffice 中关闭它后重新运行，或用 -o 另选输出文件。如果 LibreOffice 并未运行，这是遗留的锁定文件：请删除 .~lock.报告.xlsx#。`,
    );
  });

  // Stop 38 tester: replacing a report the user had made group-writable (664) left it 644.
  test("a replaced output keeps the mode the user gave it; a new one has the umask's", async () => {
    if (process.platform === "win32") return;
    const at = mkdtempSync(path.join(dir, "mode-"));
    const before = process.umask(0o022);
    try {
      for (const mode of [0o664, 0o600, 0o640]) {
        const target = path.join(at, `kept-${mode.toString(8)}.xlsx`);
        writeFileSync(target, "last month");
        chmodSync(target, mode);
        await writeViaTemp(target, (t) => writeFile(t, "this month"));
        expect(readFileSync(target, "utf8")).toBe("this month");
        expect((statSync(target).mode & 0o777).toString(8)).toBe(mode.toString(8));
      }
      const fresh = path.join(at, "new.xlsx");
      await writeViaTemp(fresh, (t) => writeFile(t, "first"));
      expect((statSync(fresh).mode & 0o777).toString(8)).toBe("644");
    } finally {
      process.umask(before);
    }
  });

  // Reviewer13 D12: under umask 0222 every output was r--r--r--, and the next run refused it.
  test("our own output stays writable for its owner whatever the umask, so the next run takes it", async () => {
    if (process.platform === "win32") return;
    const at = mkdtempSync(path.join(dir, "umask-"));
    const target = path.join(at, "out.xlsx");
    const before = process.umask(0o222);
    try {
      await writeViaTemp(target, (t) => writeFile(t, "first"));
      await writeViaTemp(path.join(at, "out.json"), (t) => writeFile(t, "{}"), "--json");
    } finally {
      process.umask(before);
    }
    expect(statSync(target).mode & 0o777).toBe(0o644); // 0444 from the umask, and the owner's write
    expect(statSync(path.join(at, "out.json")).mode & 0o200).toBe(0o200);
    expect(() => probeOutput(target, "-o")).not.toThrow();
    await writeViaTemp(target, (t) => writeFile(t, "second"));
    expect(readFileSync(target, "utf8")).toBe("second");
  });

  test("a folder that takes no new file is said in words naming the output, not the temp file", () => {
    const at = mkdtempSync(path.join(dir, "probe-folder-"));
    refuseOpen((name) => name.startsWith(".~r.json."), "ENOENT");
    let error: unknown;
    try {
      probeOutput(path.join(at, "r.json"), "--json");
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      name: "InputError",
      message: `${path.join(at, "r.json")}: cannot write the file here: the folder does not exist or does not take new files`,
    });
    expect(liveTempFiles()).toEqual([]);
  });
});
