import { accessSync, constants, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { InputError } from "../../engine/errors";

/**
 * True when two paths name the same file: the same real path (links resolved), the same path on a
 * case-insensitive file system, or hard links to one file.
 *
 * @example sameFile("out/../in.xlsx", "in.xlsx") // true
 */
export function sameFile(a: string, b: string): boolean {
  const ra = realPath(a);
  const rb = realPath(b);
  if (ra === rb) return true;
  if (process.platform === "win32" || process.platform === "darwin") {
    if (ra.toLowerCase() === rb.toLowerCase()) return true; // usually case-insensitive file systems
  }
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino; // hard links
  } catch {
    return false;
  }
}

function realPath(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync.native(full);
  } catch {
    try {
      return join(realpathSync.native(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}

/**
 * Checks, before any work, that every output can be written and none of them is an input: the
 * input is never modified, and a run never ends with nothing written. Throws InputError naming
 * the file.
 *
 * @example checkOutputs(["out.xlsx", "out.json"], ["in.xlsx", "rules.json"])
 */
export function checkOutputs(outputs: readonly string[], inputs: readonly string[]): void {
  outputs.forEach((out, k) => {
    for (const input of inputs) {
      if (sameFile(out, input)) {
        throw new InputError(
          `${out}: this is an input file; choose another output (inputs are never modified)`,
          `${out}：这是输入文件；请另选输出文件（输入文件不会被修改）`,
        );
      }
    }
    for (const other of outputs.slice(0, k)) {
      if (sameFile(out, other)) {
        throw new InputError(
          `${out}: named for two outputs; give each its own file`,
          `${out}：两个输出使用了同一个文件名`,
        );
      }
    }
    const dir = dirname(resolve(out));
    let folder;
    try {
      folder = statSync(dir);
    } catch {
      throw new InputError(
        `${out}: the folder ${dir} does not exist`,
        `${out}：文件夹 ${dir} 不存在`,
      );
    }
    if (!folder.isDirectory())
      throw new InputError(`${out}: ${dir} is not a folder`, `${out}：${dir} 不是文件夹`);
    try {
      accessSync(dir, constants.W_OK);
    } catch {
      throw new InputError(
        `${out}: cannot write in the folder ${dir}`,
        `${out}：无法写入文件夹 ${dir}`,
      );
    }
    let target;
    try {
      target = statSync(out);
    } catch {
      return; // a new file
    }
    if (!target.isFile())
      throw new InputError(`${out}: exists and is not a file`, `${out}：已存在且不是文件`);
  });
}
