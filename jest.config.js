/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  // Type checking runs once in `npm test` (tsc --noEmit); here we only transpile.
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
  testTimeout: 60000,
};
