import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asideRun, isLargeRun, LARGE_RUN_BYTES } from "../../src/cli/loader";
import { ASIDE_MIN_BYTES } from "../../src/workbook/file/asideThread";

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

// The loader boots the aside thread before the bundle for a transactions file ingested aside.
test("a transactions CSV file of ASIDE_MIN_BYTES or more is ingested aside (asideRun)", () => {
  const dir = mkdtempSync(join(tmpdir(), "aside-run-"));
  try {
    const big = join(dir, "big.csv");
    writeFileSync(big, Buffer.alloc(ASIDE_MIN_BYTES, 0x31));
    const small = join(dir, "small.csv");
    writeFileSync(small, Buffer.alloc(ASIDE_MIN_BYTES - 1, 0x31));
    const env = {};
    expect(asideRun(["analyze", "--customers", small, "--transactions", big], env)).toBe(true);
    expect(asideRun(["analyze", `--transactions=${big}`], env)).toBe(true);
    expect(asideRun(["analyze", "--customers", big, "--transactions", small], env)).toBe(false);
    expect(asideRun(["analyze", "--transactions", join(dir, "none.csv")], env)).toBe(false);
    expect(asideRun(["rules", "--transactions", big], env)).toBe(false);
    expect(asideRun(["analyze", "book.xlsx"], env)).toBe(false);
    // Read on the main thread then (csvSource.ts, csvAside.ts): no thread booted for it.
    for (const off of [{ CA_CSV_ASIDE: "0" }, { CA_CSV_WORKER: "0" }])
      expect(asideRun(["analyze", "--transactions", big], off)).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
