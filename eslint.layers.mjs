// The layering of src/ (see the developers' guide), enforced: `npm test` runs ESLint with this file
// alone (`npm run lint:layers`), and eslint.config.mjs includes it for editors and `npm run lint`.
// src/engine is pure TypeScript: it may import itself, zod and chinese-days' data, nothing else (no
// Node, DOM, Office.js, React, nor the adapters and front ends that drive it). tsconfig.engine.json
// adds the other half: it compiles src/engine without the Node, DOM and Office.js globals.
// src/taskpane may not import src/cli (what both need lives in the engine, the workbook port or
// src/sample).
import tseslint from "typescript-eslint";

// Bare specifiers (packages, node:*) other than zod and chinese-days' year tables are refused.
const NOT_ALLOWED_PACKAGE = "^(?!\\.|zod$|chinese-days/dist/years/)";
const OUTSIDE_ENGINE = "(^|/)\\.\\./(\\.\\./)*(workbook|cli|taskpane|sample)(/|$)";

export default tseslint.config(
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    languageOptions: { parser: tseslint.parser },
    // The plugin is registered (no rule of it enabled) so that the source's
    // `eslint-disable @typescript-eslint/...` comments name known rules when this file runs alone.
    plugins: { "@typescript-eslint": tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: "off" },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: NOT_ALLOWED_PACKAGE,
              message:
                "src/engine is pure TypeScript: no Node, DOM, Office.js or React (only zod and chinese-days' data).",
            },
            {
              regex: OUTSIDE_ENGINE,
              message: "src/engine may not import the adapters or front ends that drive it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)cli(/|$)",
              message:
                "src/taskpane may not import src/cli: move what both need to src/engine or src/sample.",
            },
          ],
        },
      ],
    },
  },
);
