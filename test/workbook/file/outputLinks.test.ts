import { lstatSync, mkdtempSync, readlinkSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { InputError } from "../../../src/engine/errors";
import { checkOutputs } from "../../../src/workbook/file/paths";
import { probeOutput } from "../../../src/workbook/file/tempFiles";

// Outputs named through a symbolic link whose end cannot be written: the error names what is wrong
// at the link's end, in words (tester16 #16, reviewer16 D7).

/** The error `run` throws, in both languages. */
function said(run: () => void): { en: string; zh: string } {
  try {
    run();
  } catch (e) {
    const error = e as InputError;
    return { en: error.in("en-US"), zh: error.in("zh-CN") };
  }
  throw new Error("nothing thrown");
}

const posix = process.platform === "win32" ? test.skip : test;

posix("a link into a missing folder names the missing folder, not the link's own", () => {
  const at = mkdtempSync(path.join(tmpdir(), "output-links-"));
  const link = path.join(at, "断链.xlsx");
  symlinkSync("不存在/目标.xlsx", link);
  const missing = path.join(at, "不存在");
  expect(said(() => checkOutputs([link], []))).toEqual({
    en: `${link} links to ${path.join(missing, "目标.xlsx")}: the folder ${missing} does not exist`,
    zh: `${link} 指向 ${path.join(missing, "目标.xlsx")}：文件夹 ${missing} 不存在`,
  });
  // A missing folder named directly is said as before.
  const plain = path.join(at, "nofolder", "x.xlsx");
  expect(said(() => checkOutputs([plain], [])).en).toBe(
    `${plain}: the folder ${path.join(at, "nofolder")} does not exist`,
  );
});

posix("a loop of links is refused in words before the run, the links kept", () => {
  const at = mkdtempSync(path.join(tmpdir(), "output-loop-"));
  const loop1 = path.join(at, "loop1.xlsx");
  symlinkSync("loop2.xlsx", loop1);
  symlinkSync("loop1.xlsx", path.join(at, "loop2.xlsx"));
  expect(() => checkOutputs([loop1], [])).not.toThrow();
  expect(said(() => probeOutput(loop1, "-o"))).toEqual({
    en: `${loop1}: cannot write the file here: it is a symbolic link in a loop (it leads back to itself, ELOOP): fix or remove the link, or choose another output file`,
    zh: `${loop1}：无法在此写入文件：它是循环的符号链接（最终指回自身，ELOOP）：请修正或删除该链接，或另选输出文件`,
  });
  expect(lstatSync(loop1).isSymbolicLink()).toBe(true);
  expect(readlinkSync(loop1)).toBe("loop2.xlsx");
  expect(readdirSync(at).sort()).toEqual(["loop1.xlsx", "loop2.xlsx"]);
});
