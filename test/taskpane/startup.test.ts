import { problemBeforeReady, startupMessage, waitForOffice } from "../../src/taskpane/startup";

describe("start-up that never hangs (15.7)", () => {
  test("a blocked CDN inside Excel is told apart from a plain browser", () => {
    expect(problemBeforeReady(false, "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0")).toEqual({
      kind: "cdnBlocked",
    });
    expect(problemBeforeReady(false, "")).toEqual({ kind: "notInExcel" });
    expect(problemBeforeReady(true, "?_host_Info=Excel")).toBeNull();
    const m = startupMessage({ kind: "cdnBlocked" });
    expect(m.lines.join(" ")).toMatch(/appsforoffice\.microsoft\.com/);
    expect(m.lines[0]).toMatch(/IT 管理员/);
  });

  test("onReady rejecting, throwing, or never answering each end in a message", async () => {
    const never = () => new Promise<never>(() => undefined);
    const timers: (() => void)[] = [];
    const setTimer = (f: () => void) => void timers.push(f);

    const rejected = await waitForOffice(() => Promise.reject(new Error("boom")), 1, setTimer);
    expect(rejected).toEqual({ problem: { kind: "readyFailed", detail: "boom" } });

    const thrown = await waitForOffice(
      () => {
        throw new TypeError("Office.onReady is not a function");
      },
      1,
      setTimer,
    );
    expect(thrown).toMatchObject({ problem: { kind: "readyFailed" } });

    const pending = waitForOffice(never, 15_000, setTimer);
    timers.at(-1)!(); // the injected clock runs out
    expect(await pending).toEqual({ problem: { kind: "readyTimeout" } });
    expect(startupMessage({ kind: "readyFailed", detail: "boom" }).lines[1]).toMatch(/boom/);

    const ok = await waitForOffice(() => Promise.resolve({ host: "Excel" }), 1, setTimer);
    expect(ok).toEqual({ info: { host: "Excel" } });
  });
});
