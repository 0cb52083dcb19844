/**
 * What the task pane says when it cannot start, decided from what the page can see. Every path
 * ends in a message: the spinner never stays forever.
 *
 * - office.js did not load, but Excel opened this page: Office appends `_host_Info=Excel$…` to the
 *   add-in's URL ("the add-in's URL gets a _host_Info query parameter", Office add-ins runtime),
 *   so a page with it and no `Office` means the CDN (appsforoffice.microsoft.com) was blocked.
 * - office.js did not load and there is no host info: a plain browser ("not in Excel").
 * - Office.onReady rejected or threw, or never answered: its own message, with the error text.
 */
export type StartupProblem =
  | { kind: "cdnBlocked" }
  | { kind: "notInExcel" }
  | { kind: "readyFailed"; detail: string }
  | { kind: "readyTimeout" };

/** Whether Excel opened this page (its URL carries Office's host info). */
export function openedByOffice(search: string): boolean {
  return /[?&]_host_Info=/i.test(search);
}

/**
 * The problem before onReady, or null when office.js is there to ask.
 *
 * @example problemBeforeReady(false, "?_host_Info=Excel$Win32$16.01$zh-CN") // { kind: "cdnBlocked" }
 */
export function problemBeforeReady(officeLoaded: boolean, search: string): StartupProblem | null {
  if (officeLoaded) return null;
  return openedByOffice(search) ? { kind: "cdnBlocked" } : { kind: "notInExcel" };
}

/** The message for a problem, zh-CN then en-US (the language may not be known yet). */
export function startupMessage(problem: StartupProblem): { title: string; lines: string[] } {
  switch (problem.kind) {
    case "cdnBlocked":
      return {
        title: "无法加载 Office 脚本 · Office script could not load",
        lines: [
          "Excel 打开了此窗格，但未能从 appsforoffice.microsoft.com 下载 office.js（网络、代理或防火墙阻止了它）。" +
            "请联系 IT 管理员允许访问 https://appsforoffice.microsoft.com ，然后关闭并重新打开此窗格。",
          "Excel opened this pane, but office.js could not be downloaded from appsforoffice.microsoft.com " +
            "(blocked by the network, a proxy or a firewall). Ask your IT administrator to allow " +
            "https://appsforoffice.microsoft.com, then close and reopen the pane.",
        ],
      };
    case "readyFailed":
      return {
        title: "加载项启动失败 · The add-in could not start",
        lines: [
          `Office 初始化失败：${problem.detail}。请关闭并重新打开此窗格；如仍失败，请重新启动 Excel。`,
          `Office failed to initialise: ${problem.detail}. Close and reopen the pane; if it fails again, restart Excel.`,
        ],
      };
    case "readyTimeout":
      return {
        title: "Office 没有响应 · Office did not answer",
        lines: [
          "等待 Office 初始化超时。请关闭并重新打开此窗格；如仍失败，请重新启动 Excel。",
          "Office did not finish initialising in time. Close and reopen the pane; if it fails again, restart Excel.",
        ],
      };
    case "notInExcel":
      return { title: "", lines: [] }; // the NotInExcel notice has its own words
  }
}

/**
 * Waits for Office.onReady with a time limit; resolves to its info or to a problem, never hangs
 * and never throws (a throw inside onReady, or a rejection, becomes readyFailed).
 *
 * @example const r = await waitForOffice(() => Office.onReady(), 15_000, setTimeout);
 */
export async function waitForOffice<T>(
  onReady: () => Promise<T>,
  timeoutMs: number,
  setTimer: (f: () => void, ms: number) => unknown,
): Promise<{ info: T } | { problem: StartupProblem }> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (v: { info: T } | { problem: StartupProblem }) => {
      if (settled) return;
      settled = true;
      resolve(v);
    };
    setTimer(() => settle({ problem: { kind: "readyTimeout" } }), timeoutMs);
    try {
      onReady().then(
        (info) => settle({ info }),
        (error: unknown) => settle({ problem: { kind: "readyFailed", detail: describe(error) } }),
      );
    } catch (error) {
      settle({ problem: { kind: "readyFailed", detail: describe(error) } });
    }
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
