import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isLargeRun, LARGE_RUN_BYTES } from "../../src/cli/loader";

// The loader's large run (CA_SINGLE_THREADED=large restarts those: startFlags.ts).
test("a customers CSV file of LARGE_RUN_BYTES or more makes a large run", () => {
  const dir = mkdtempSync(join(tmpdir(), "large-run-"));
  try {
    const big = join(dir, "big.csv");
    writeFileSync(big, Buffer.alloc(LARGE_RUN_BYTES, 0x31));
    const small = join(dir, "small.csv");
    writeFileSync(small, Buffer.alloc(LARGE_RUN_BYTES - 1, 0x31));
    expect(isLargeRun(["analyze", "--customers", big, "--transactions", small])).toBe(true);
    expect(isLargeRun(["analyze", `--customers=${big}`])).toBe(true);
    expect(isLargeRun(["analyze", "--customers", small, "--transactions", big])).toBe(false);
    expect(isLargeRun(["analyze", "--customers", join(dir, "none.csv")])).toBe(false);
    expect(isLargeRun(["rules", "--customers", big])).toBe(false);
    expect(isLargeRun(["analyze", "book.xlsx"])).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
