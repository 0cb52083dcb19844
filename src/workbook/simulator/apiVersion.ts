/**
 * The ExcelApi requirement set the simulated host supports (Office.context.requirements
 * .isSetSupported("ExcelApi", v)). An API above it throws ApiNotFound, as an older Excel does.
 */
export type ApiVersion = `1.${number}`;

/** Whether version `a` is at least `b` ("1.13" ≥ "1.9"). */
export function versionAtLeast(a: string, b: string): boolean {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am > bm || (am === bm && an >= bn);
}
