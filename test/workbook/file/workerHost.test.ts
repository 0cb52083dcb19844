import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { constants, crc32, deflateRawSync } from "node:zlib";
import { DeflateWorker } from "../../../src/workbook/file/deflateWorker";
import {
  dropHost,
  keepHost,
  runRole,
  takeHost,
  takeRoleHost,
} from "../../../src/workbook/file/workerHost";

// Idle CSV workers running later jobs (workerHost.ts): the list, a role on its own port, a role
// that fails (the host stops, the role is told, nothing hangs), the deflating in a host.

let dir: string;
let hostScript: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "worker-host-"));
  hostScript = join(dir, "csvWorker.js");
  await build({
    entryPoints: [join(__dirname, "../../../src/workbook/file/csvWorker.ts")],
    outfile: hostScript,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
  });
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hosts: Worker[] = [];
afterEach(async () => {
  while (takeHost() !== null);
  await Promise.all(hosts.splice(0).map((w) => w.terminate()));
});

/** A CSV worker started on standby (as the loader starts it), kept idle. */
function idleHost(): Worker {
  const w = new Worker(hostScript, { workerData: { csvWorker: true, standby: true } });
  hosts.push(w);
  keepHost(w, hostScript);
  return w;
}

/** A role's source that answers each message with it doubled, and closes on "end". */
const ECHO = `port.on("message", (m) => { if (m === "end") port.close(); else port.postMessage(m * 2); });`;

const reply = (port: import("node:worker_threads").MessagePort) =>
  new Promise((resolve) => port.once("message", resolve));

describe("worker hosts", () => {
  test("idle hosts are taken once, by script, never a dead one; two at most", async () => {
    const a = idleHost();
    const b = idleHost();
    const c = idleHost(); // a third: ended
    await new Promise((resolve) => c.once("exit", resolve));
    expect(takeHost("other.js")).toBeNull();
    expect(takeHost(hostScript)).toBe(a);
    await b.terminate();
    expect(takeHost()).toBeNull(); // b ended while idle: out of the list
    keepHost(a, hostScript);
    dropHost(a);
    expect(takeHost()).toBeNull();
    keepHost(a, hostScript);
    process.env.CA_WORKER_HOST = "0";
    try {
      expect(takeRoleHost()).toBeNull();
    } finally {
      delete process.env.CA_WORKER_HOST;
    }
    expect(takeRoleHost()).toBe(a);
  });

  test("a role runs on its own port; once it closes, the host is idle again and runs the next", async () => {
    idleHost();
    for (let round = 0; round < 2; round++) {
      const host = takeHost()!;
      expect(host).not.toBeNull();
      const role = runRole(host, { source: ECHO });
      role.port.postMessage(21);
      expect(await reply(role.port)).toBe(42);
      role.port.postMessage("end");
      expect(await role.ended).toBeNull();
      role.release();
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      expect(takeHost()).toBe(host);
      keepHost(host, hostScript);
    }
  });

  test("a role that throws stops its host: the role is told, with the error, and the host is not kept", async () => {
    idleHost();
    const host = takeHost()!;
    const role = runRole(host, {
      source: `port.on("message", () => { throw new Error("boom"); });`,
    });
    role.port.postMessage(1);
    const code = await role.ended;
    // The port may close before the exit is seen: either way the role has ended.
    if (code !== null) expect(code).toBe(1);
    await new Promise((resolve) =>
      host.threadId < 0 ? resolve(null) : host.once("exit", resolve),
    );
    expect(role.error()?.message).toMatch(/boom/);
    role.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(takeHost()).toBeNull();
  });

  test("a role's bundle that cannot be loaded stops its host, and the role is told", async () => {
    idleHost();
    const host = takeHost()!;
    const role = runRole(host, { script: join(dir, "missing.js") });
    await role.ended;
    await new Promise((resolve) =>
      host.threadId < 0 ? resolve(null) : host.once("exit", resolve),
    );
    expect(role.error()?.message).toMatch(/Cannot find module/);
  });

  test("a role's bundle gets its port and data (`hosted`)", async () => {
    const script = join(dir, "role.js");
    writeFileSync(
      script,
      `exports.hosted = (port, data) => port.on("message", (m) => port.postMessage(m + data.add));`,
    );
    idleHost();
    const role = runRole(takeHost()!, { script, data: { add: 5 } });
    role.port.postMessage(1);
    expect(await reply(role.port)).toBe(6);
    await role.stop();
  });

  test("the deflating in a host gives the bytes and CRC of zlib's own, and frees the host", async () => {
    const host = idleHost();
    const worker = new DeflateWorker();
    expect(takeHost()).toBeNull(); // taken by the deflating
    const data = Buffer.from("customer,amount\n".repeat(5000) + "x".repeat(3000));
    const input = new ArrayBuffer(data.length + 1024);
    data.copy(Buffer.from(input));
    const o = { first: true, level: 1, flush: constants.Z_SYNC_FLUSH };
    const done = await worker.deflate(input, data.length, o);
    expect(Buffer.from(done.out)).toEqual(
      deflateRawSync(data, { level: 1, finishFlush: constants.Z_SYNC_FLUSH }),
    );
    expect(done.crc).toBe(crc32(data));
    await worker.close();
    await expect(worker.deflate(new ArrayBuffer(8), 8, o)).rejects.toThrow();
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(takeHost()).toBe(host);
  });

  test("a host that stops under the deflating fails the pieces in flight (no hang)", async () => {
    const host = idleHost();
    const worker = new DeflateWorker();
    const big = new ArrayBuffer(8 << 20);
    const pending = worker.deflate(big, big.byteLength, {
      first: true,
      level: 9,
      flush: constants.Z_FINISH,
    });
    await host.terminate();
    await expect(pending).rejects.toThrow(/deflate worker/);
    await worker.close();
  });
});
