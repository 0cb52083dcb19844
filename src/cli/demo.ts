import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { main } from "./main";

/**
 * `npm run demo`: analyses the bundled Chinese sample workbook as of its own date and prints where
 * the output workbook is and a short summary. Pass `en` for the English sample.
 */
async function demo(): Promise<number> {
  const english = process.argv.slice(2).includes("en");
  const root = path.join(__dirname, "../..");
  const input = path.join(root, "assets", english ? "sample-en.xlsx" : "sample-zh.xlsx");
  if (!existsSync(input)) {
    process.stderr.write(
      `error: ${input} is missing: run "npm run sample -- --bundle" to regenerate it\n`,
    );
    return 2;
  }
  const outDir = path.join(root, "out");
  mkdirSync(outDir, { recursive: true });
  const base = english ? "sample-en" : "sample-zh";
  return main([
    "analyze",
    input,
    "-o",
    path.join(outDir, `${base}.analysis.xlsx`),
    "--json",
    path.join(outDir, `${base}.analysis.json`),
    // The sample's "today": its data end there, so the demo shows the same result every day.
    "--as-of",
    "2025-12-31",
    "--lang",
    english ? "en-US" : "zh-CN",
  ]);
}

demo().then((code) => {
  process.exitCode = code;
});
