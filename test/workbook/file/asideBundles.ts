import { build } from "esbuild";
import { join } from "node:path";

const src = join(__dirname, "../../../src");

/** The aside thread's roles' sources, by their bundles' names (scripts/build-cli.mjs asideRoles). */
const ROLES = {
  csvAside: "workbook/file/csvAside.ts",
  xlsxAside: "workbook/file/xlsxAsideWorker.ts",
  backtestWorker: "cli/backtestWorker.ts",
  jsonWorker: "cli/jsonWorker.ts",
} as const;

/**
 * The aside thread's bundle (src/cli/asideWorker.ts) and those of `roles` built into `dir` as
 * scripts/build-cli.mjs builds them into build/cli: the path of its asideWorker.js.
 *
 * @example const script = await buildAsideThread(dir, ["csvAside"]);
 */
export async function buildAsideThread(
  dir: string,
  roles: readonly (keyof typeof ROLES)[],
): Promise<string> {
  const entryPoints: Record<string, string> = { asideWorker: join(src, "cli/asideWorker.ts") };
  for (const role of roles) entryPoints[role] = join(src, ROLES[role]);
  await build({
    entryPoints,
    outdir: dir,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
  });
  return join(dir, "asideWorker.js");
}
