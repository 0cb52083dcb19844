import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { previewAddresses } from "../../scripts/preview";

const ROOT = path.resolve(__dirname, "../..");

// tester44 #7: "Preview (zh-CN): …/preview.html" opened the English pane in an English browser, as
// the bare page follows the browser's language.
test("npm run preview prints an address per language, each with ?lang=", () => {
  const lines = previewAddresses("http://localhost:3144");
  expect(lines).toEqual([
    "Preview (zh-CN): http://localhost:3144/preview.html?lang=zh-CN",
    "Preview (en-US): http://localhost:3144/preview.html?lang=en-US",
    "Preview (the browser's language): http://localhost:3144/preview.html",
  ]);
});

// tester44 #7: one 404 in the preview's console, the browser's /favicon.ico.
test("the pages name an icon that the build copies (no /favicon.ico asked for)", () => {
  const html = readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
  const icon = /<link rel="icon"[^>]* href="([^"]+)"/.exec(html)?.[1];
  expect(icon).toBe("assets/icon-32.png");
  // webpack.config.js copies assets/ to dist/assets/.
  expect(existsSync(path.join(ROOT, icon!))).toBe(true);
});
