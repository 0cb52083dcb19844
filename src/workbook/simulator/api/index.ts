// The simulated Excel JavaScript API, one file per Excel object (shared.ts: what they share).
export * from "./workbook";
export * from "./application";
export * from "./functions";
export * from "./worksheet";
export * from "./range";
export * from "./rangeFormat";
export * from "./conditionalFormats";
export * from "./table";
export * from "./chart";
export * from "./namedItem";
export * from "./setting";
export * from "./pageLayout";
