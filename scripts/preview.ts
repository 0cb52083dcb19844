/**
 * `npm run preview`: builds the add-in with webpack and serves dist/ over plain http on localhost,
 * so the task pane can be tried in any browser at /preview.html, against the bundled sample in a
 * simulated workbook (no Excel, no internet).
 *
 *   npm run preview                      development build, http://localhost:3001/preview.html?lang=zh-CN
 *   npm run preview -- --production      production build
 *   npm run preview -- --no-build        serve dist/ as it is
 *   PORT=8080 npm run preview            another port (or --port 8080)
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

export const ROOT = resolve(__dirname, "..");
export const DIST = join(ROOT, "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Builds dist/ with the project's webpack.config.js through webpack's Node API.
 *
 * @example await buildDist("development");
 */
export async function buildDist(mode: "development" | "production"): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require("webpack") as typeof import("webpack");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: { mode: string },
  ) => import("webpack").Configuration;
  const config = { ...makeConfig({}, { mode }), context: ROOT };
  await new Promise<void>((done, fail) => {
    webpack(config, (error, stats) => {
      if (error) return fail(error);
      if (!stats || stats.hasErrors()) {
        return fail(new Error(stats?.toString({ all: false, errors: true }) ?? "webpack failed"));
      }
      done();
    });
  });
}

export interface Served {
  server: Server;
  port: number;
  /** http://localhost:<port> */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a folder over plain http on the loopback interface (files only; "/" goes to
 * preview.html). Port 0 picks a free one.
 *
 * @example const { origin, close } = await serveDist(3001); // origin + "/preview.html"
 */
export function serveDist(port: number, dir = DIST): Promise<Served> {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end("Bad request");
      return;
    }
    if (path === "/") {
      res.writeHead(302, { Location: "/preview.html" }).end();
      return;
    }
    const file = normalize(join(base, path));
    if (
      !(file === base || file.startsWith(base + sep)) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      res
        .writeHead(404, { "Content-Type": "text/plain; charset=utf-8" })
        .end(`Not found: ${path}\n`);
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const actual = (server.address() as AddressInfo).port;
      done({
        server,
        port: actual,
        origin: `http://localhost:${actual}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

/**
 * The addresses `npm run preview` prints: one per language, each with ?lang= (the bare page follows
 * the browser's language, so a "zh-CN" address without it showed the English pane in an English
 * browser: tester44 #7), then the bare one, said to follow the browser.
 *
 * @example previewAddresses("http://localhost:3001")[0] // "Preview (zh-CN): http://localhost:3001/preview.html?lang=zh-CN"
 */
export function previewAddresses(origin: string): string[] {
  return [
    `Preview (zh-CN): ${origin}/preview.html?lang=zh-CN`,
    `Preview (en-US): ${origin}/preview.html?lang=en-US`,
    `Preview (the browser's language): ${origin}/preview.html`,
  ];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log("Usage: npm run preview -- [--production] [--no-build] [--port N]   (or PORT=N)");
    return;
  }
  const portArg = args.indexOf("--port");
  const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 3001));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${port}`);
  if (!args.includes("--no-build")) {
    const mode = args.includes("--production") ? "production" : "development";
    console.log(`Building (${mode})…`);
    await buildDist(mode);
  } else if (!existsSync(join(DIST, "preview.html"))) {
    throw new Error("dist/preview.html is missing: run without --no-build first");
  }
  const served = await serveDist(port);
  for (const line of previewAddresses(served.origin)) console.log(line);
  console.log("Press Ctrl+C to stop.");
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
