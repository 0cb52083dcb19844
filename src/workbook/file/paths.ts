import { accessSync, constants, realpathSync, statSync } from "node:fs";
import { sayBoth } from "../../engine/words/catalog";
import { basename, dirname, join, resolve } from "node:path";
import { InputError } from "../../engine/errors";
import { writtenPath, type OutputOption } from "./tempFiles";

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
export function checkOutputs(
  outputs: readonly string[],
  inputs: readonly string[],
  /** The option that names each output, by position (-o when not given): said in the advice. */
  options: readonly OutputOption[] = [],
): void {
  outputs.forEach((out, k) => {
    for (const input of inputs) {
      if (sameFile(out, input)) {
        throw InputError.of(sayBoth("file", "outputIsInput", { out }));
      }
    }
    for (const other of outputs.slice(0, k)) {
      if (sameFile(out, other)) {
        throw InputError.of(sayBoth("file", "outputTwice", { out }));
      }
    }
    // A symbolic link's file is the one written (tempFiles.ts writtenPath): its folder is checked,
    // and named when missing (tester16 #16: the link's own folder, which exists, was blamed).
    const file = writtenPath(out);
    const dir = dirname(file);
    let folder;
    try {
      folder = statSync(dir);
    } catch {
      if (file !== resolve(out))
        throw InputError.of(sayBoth("file", "linkNoFolder", { out, file, dir }));
      throw InputError.of(sayBoth("file", "noFolder", { out, dir }));
    }
    if (!folder.isDirectory()) throw InputError.of(sayBoth("file", "notFolder", { out, dir }));
    try {
      accessSync(dir, constants.W_OK);
    } catch {
      const option = options[k] ?? "-o";
      throw InputError.of(sayBoth("file", "cannotWriteFolder", { out, dir, option }));
    }
    let target;
    try {
      target = statSync(out);
    } catch {
      return; // a new file
    }
    if (!target.isFile()) throw InputError.of(sayBoth("file", "notAFile", { out }));
  });
}
