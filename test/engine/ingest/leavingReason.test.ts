/**
 * A contact note that states a reason to leave: another supplier, a competitor, the price (judge61,
 * tester60 U104: "Switching some SKUs to a cheaper supplier" was quoted on the call and read nowhere).
 */
import { leavingReasonWord } from "../../../src/engine/ingest/contactOutcome";
import { LEAVING_REASON_WORDS } from "../../../src/engine/optionWords";

const said = (note: string) => LEAVING_REASON_WORDS[leavingReasonWord(note)] ?? null;

describe("leavingReasonWord", () => {
  it.each([
    ["Switching some SKUs to a cheaper supplier, unhappy with lead times", "cheaper supplier"],
    ["客户说换了别家", "换了别家"],
    ["嫌贵，考虑一下", "嫌贵"],
    ["价格太高，去别家了", "价格太高"],
    ["Says we are too expensive", "too expensive"],
  ])("%s: %s", (note, word) => expect(said(note)).toBe(word));

  it.each([
    "没有换别家，只是淡季",
    "不会换别家",
    "不嫌贵",
    "Not switching to a cheaper supplier",
    "No plans to move to another supplier",
    "competitors' prices checked, staying with us",
    "例行回访",
    "",
  ])("%s: none", (note) => expect(leavingReasonWord(note)).toBe(-1));
});
