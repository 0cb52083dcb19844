/**
 * Two projects, both run by `npm test`: "fast" (the default while working: `npm run test:fast`)
 * and "slow" (1M-row adapter runs, sample generation, long property and model-fit runs, the CLI
 * end to end). A suite that takes more than ~15 s on a busy 2-core machine belongs in SLOW.
 */
const SLOW = [
  "<rootDir>/test/sample/source.test.ts",
  "<rootDir>/test/sample/write.test.ts",
  "<rootDir>/test/cli/sample.test.ts",
  "<rootDir>/test/cli/main.test.ts",
  "<rootDir>/test/cli/bundle.test.ts",
  "<rootDir>/test/workbook/office/officeWorkbook.test.ts",
  "<rootDir>/test/workbook/simulator/simulator.test.ts",
  "<rootDir>/test/engine/clv/simulate.test.ts",
  "<rootDir>/test/engine/clv/bgnbd.test.ts",
  "<rootDir>/test/engine/clv/customerModel.test.ts",
  "<rootDir>/test/engine/clv/sampleStart.test.ts",
  "<rootDir>/test/engine/followUp/schedule.property.test.ts",
  "<rootDir>/test/scripts/validate-manifest.test.ts",
  "<rootDir>/test/engine/changes/refresh.test.ts",
  "<rootDir>/test/cli/previousFromJson.test.ts",
  "<rootDir>/test/cli/issue14.test.ts",
  "<rootDir>/test/workbook/file/memoryBounds.test.ts",
  "<rootDir>/test/fuzz/inputs.test.ts",
  "<rootDir>/test/workbook/file/sharedStrings.test.ts",
  "<rootDir>/test/workbook/file/callSheet.test.ts",
  "<rootDir>/test/engine/backtest/calibration.test.ts",
  "<rootDir>/test/engine/backtest/longSilentCalibration.test.ts",
];

const common = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  // Type checking runs once in `npm test` (tsc --noEmit); here we only transpile.
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
  // The same property cases on every run (test/setup/fastCheckSeed.ts; FC_SEED=random explores).
  setupFiles: ["<rootDir>/test/setup/fastCheckSeed.ts"],
};

/** @type {import('jest').Config} */
module.exports = {
  // A global option: jest ignores it inside a project.
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: "fast",
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", ...SLOW.map(escape)],
    },
    {
      ...common,
      displayName: "slow",
      testMatch: SLOW,
    },
  ],
};

/** A path as a regular expression (testPathIgnorePatterns are patterns). */
function escape(p) {
  return p.replace("<rootDir>", "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "$";
}
