import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";

// The precompiled command line (scripts/build-cli.mjs → build/cli/{main,demo}.js) as a user meets
// it: `npm run demo` is the README's first command, so its stderr must hold only progress lines.
// A new-user trial found main.ts's self-run guard firing inside the demo's bundle (the whole help,
// or "unknown command “en”", on stderr before every demo run).
const root = path.resolve(__dirname, "../..");

beforeAll(() => {
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: root, stdio: "pipe" });
}, 120_000);

test("the demo bundle runs the demo only: no help, no error on stderr", () => {
  const run = spawnSync(process.execPath, ["build/cli/demo.js", "en"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8" },
  });
  expect(run.status).toBe(0);
  expect(run.stderr).not.toMatch(/Usage:|unknown command|error/i);
  expect(run.stdout).toMatch(/Customer/);
}, 120_000);

test("the main bundle still runs as the program: no command is the help on stderr, exit 2", () => {
  const run = spawnSync(process.execPath, ["build/cli/main.js"], { cwd: root, encoding: "utf8" });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/Usage:/);
});
