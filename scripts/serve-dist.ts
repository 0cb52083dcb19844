/**
 * Serves dist/ over HTTPS, as a host would: for trying a production build before uploading it.
 * Static files only, no directory listing, no network calls.
 *
 *   npx tsx scripts/serve-dist.ts --cert cert.pem --key key.pem [--port 8443] [--dir dist] [--base /path]
 *
 * --base: the path part of ADDIN_ORIGIN (https://host/customer-analytics → /customer-analytics), so
 * the manifest's URLs resolve here as they will on the host.
 */
import fs from "fs";
import https from "https";
import path from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : fallback;
  if (v === undefined) throw new Error(`--${name} is required`);
  return v;
}

const root = path.resolve(arg("dir", "dist"));
const port = Number(arg("port", "8443"));
const base = arg("base", "/").replace(/\/+$/, "");
const server = https.createServer(
  { cert: fs.readFileSync(arg("cert")), key: fs.readFileSync(arg("key")) },
  (req, res) => {
    const url = new URL(req.url ?? "/", "https://host");
    const inside = url.pathname.startsWith(base + "/") ? url.pathname.slice(base.length) : null;
    const file = inside === null ? "" : path.resolve(root, "." + decodeURIComponent(inside));
    if (
      !file ||
      !file.startsWith(root + path.sep) ||
      !fs.existsSync(file) ||
      !fs.statSync(file).isFile()
    ) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control":
        file.endsWith(".html") || file.endsWith(".xml") ? "no-cache" : "max-age=31536000",
    });
    fs.createReadStream(file).pipe(res);
  },
);
server.listen(port, () => console.log(`Serving ${root} on https://localhost:${port}${base}/`));
