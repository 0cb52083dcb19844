// ESLint flat config: TypeScript's recommended rules, with Prettier owning formatting.
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import layers from "./eslint.layers.mjs";

export default tseslint.config(
  { ignores: ["dist/", "build/", "node_modules/", "coverage/", "webpack.config.js", "jest.config.js"] },
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...layers,
);
