import fs from "node:fs";
import path from "node:path";

/**
 * Makes fs.openSync refuse, with `code`, every path whose file name and flags satisfy `which`;
 * other opens run. The system's refusals are injected: as root in CI neither chattr nor a
 * read-only file stops the real call. Restore with jest.restoreAllMocks().
 *
 * @example refuseOpen((name, flags) => name === "out.xlsx" && flags === "r+", "EBUSY")
 */
export function refuseOpen(which: (name: string, flags: unknown) => boolean, code: string) {
  const real = fs.openSync;
  return jest.spyOn(fs, "openSync").mockImplementation(((file: fs.PathLike, flags, mode) => {
    if (which(path.basename(String(file)), flags))
      throw Object.assign(new Error(`${code}: refused, open '${String(file)}'`), {
        code,
        syscall: "open",
        path: String(file),
      });
    return real(file, flags, mode);
  }) as typeof fs.openSync);
}
