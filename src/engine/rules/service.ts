// The service rules: their zod schemas (serviceSchema.ts) and the follow-up codes, which need no zod
// (followUpCodes.ts). Only re-exports here, so that a bundle taking just the codes (the JSON worker's)
// leaves zod out: scripts/build-cli.mjs marks the rules modules free of side effects.
export * from "./followUpCodes";
export * from "./serviceSchema";
