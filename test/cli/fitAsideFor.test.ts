import { fitAsideFor } from "../../src/cli/jsonWorker";
import type { FitAside } from "../../src/workbook/file/fitAside";

// Whether the command line fits the big tabs' columns on the JSON's thread (jsonWorker.ts
// fitAsideFor): only when asked (CA_FIT_ASIDE=1), so a run's fitting stays where its tabs are
// written and the JSON's thread compiles no second copy of the text-measuring code.
describe("fitAsideFor", () => {
  const fit: FitAside = () => () => null;
  const json = { fit };

  it("fits where the tabs are written by default", () => {
    expect(fitAsideFor(json, {})).toBeUndefined();
    expect(fitAsideFor(json, { CA_FIT_ASIDE: "0" })).toBeUndefined();
  });

  it("fits on the JSON's thread with CA_FIT_ASIDE=1", () => {
    expect(fitAsideFor(json, { CA_FIT_ASIDE: "1" })).toBe(fit);
  });

  it("fits where written when there is no JSON thread", () => {
    expect(fitAsideFor(null, { CA_FIT_ASIDE: "1" })).toBeUndefined();
  });
});
