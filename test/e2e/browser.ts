import { existsSync } from "node:fs";

/** Where Debian, Ubuntu and the vendors' packages put a Chromium-based browser. */
export const BROWSER_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/microsoft-edge",
];

/** The one command that installs a browser for the test (Debian's Chromium). */
export const INSTALL_HINT = "apt-get install -y chromium";

/**
 * The browser to drive: CHROME_PATH when set, else the first installed of BROWSER_PATHS; null
 * when there is none.
 *
 * @example findBrowser({ CHROME_PATH: "/opt/chrome/chrome" }) // "/opt/chrome/chrome" (when it exists)
 */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | null {
  const chosen = env.CHROME_PATH?.trim();
  if (chosen) return exists(chosen) ? chosen : null;
  return BROWSER_PATHS.find((p) => exists(p)) ?? null;
}

/** Flags for a quiet, offline, throwaway headless browser. */
export function browserFlags(): string[] {
  return [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--no-default-browser-check",
  ];
}

/**
 * True for a URL the add-in may load in the test: the local server (and in-page data: / blob:).
 *
 * @example isLocal("http://localhost:3001/preview.js") // true
 * @example isLocal("https://appsforoffice.microsoft.com/lib/1/hosted/office.js") // false
 */
export function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:")) return true;
  try {
    const host = new URL(url).hostname;
    return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
  } catch {
    return false;
  }
}
