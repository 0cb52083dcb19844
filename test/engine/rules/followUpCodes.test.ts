/**
 * The follow-up codes (src/engine/rules/followUpCodes.ts): what the schedule's packed rows, the rule
 * set and the worker bundles assume about them.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { FOLLOW_UP_PRIORITIES, FOLLOW_UP_REASONS } from "../../../src/engine/rules/followUpCodes";
import * as service from "../../../src/engine/rules/service";
import { followUpRulesSchema } from "../../../src/engine/rules/serviceSchema";

describe("FOLLOW_UP_PRIORITIES", () => {
  test("urgent first, then the three-step scale: the band index is the placement order", () => {
    expect(FOLLOW_UP_PRIORITIES).toEqual(["urgent", "high", "medium", "low"]);
  });

  test("every band fits the 3 bits a placed contact keeps it in (placement.ts BAND_BITS)", () => {
    expect(FOLLOW_UP_PRIORITIES.length).toBeLessThanOrEqual(8);
  });
});

describe("FOLLOW_UP_REASONS", () => {
  test("distinct codes that fit the 8 bits of a contact's reasons (batch.ts, placement.ts, the lists' Uint8Array)", () => {
    expect(new Set(FOLLOW_UP_REASONS).size).toBe(FOLLOW_UP_REASONS.length);
    expect(FOLLOW_UP_REASONS.length).toBeLessThanOrEqual(8);
    for (const r of FOLLOW_UP_REASONS) expect(r).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  test("every reason but the regular contact has a default band and a channel or a tier's channel in the rule set", () => {
    const rules = followUpRulesSchema.parse({});
    for (const r of FOLLOW_UP_REASONS) {
      if (r === "cadence") continue;
      expect(FOLLOW_UP_PRIORITIES).toContain(rules.priorities[r]);
      if (r !== "key_account_overdue") expect(rules.channels).toHaveProperty(r);
    }
    for (const t of ["high", "medium", "low"] as const)
      expect(FOLLOW_UP_PRIORITIES).toContain(rules.cadencePriorities[t]);
  });

  test("service.ts re-exports the same arrays (one definition)", () => {
    expect(service.FOLLOW_UP_REASONS).toBe(FOLLOW_UP_REASONS);
    expect(service.FOLLOW_UP_PRIORITIES).toBe(FOLLOW_UP_PRIORITIES);
  });
});

describe("the module stays free of zod (the JSON worker and the follow-up tab load it)", () => {
  /** The relative imports of a source file (type-only ones left out), resolved to files. */
  function importsOf(file: string): { modules: string[]; files: string[] } {
    const text = readFileSync(file, "utf8");
    const modules: string[] = [];
    const files: string[] = [];
    for (const m of text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)) {
      if (m[1]) continue;
      const spec = m[2];
      modules.push(spec);
      if (!spec.startsWith(".")) continue;
      const base = path.resolve(path.dirname(file), spec);
      const found = [`${base}.ts`, path.join(base, "index.ts")].find((f) => existsSync(f));
      if (found) files.push(found);
    }
    return { modules, files };
  }

  test("no file it imports, directly or not, imports zod", () => {
    const start = path.join(__dirname, "../../../src/engine/rules/followUpCodes.ts");
    const seen = new Set<string>();
    const withZod: string[] = [];
    const todo = [start];
    while (todo.length > 0) {
      const f = todo.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      const { modules, files } = importsOf(f);
      if (modules.includes("zod")) withZod.push(path.basename(f));
      todo.push(...files);
    }
    expect(seen.size).toBeGreaterThan(1); // it imports ../analysis: the walk did run
    expect(withZod).toEqual([]);
    // The walk can see zod: serviceSchema.ts imports it.
    expect(
      importsOf(path.join(__dirname, "../../../src/engine/rules/serviceSchema.ts")).modules,
    ).toContain("zod");
  });
});
