import { SHEET_KINDS, SHEETS, type Lang, type SheetKind } from "../../../src/engine/schema";
import { DataStep, type DataStepProps } from "../../../src/taskpane/components/DataStep";
import type { Detection, InputInfo } from "../../../src/taskpane/controller";
import { translator } from "../../../src/taskpane/i18n";
import { sheetColumns } from "../../../src/taskpane/inputs";
import { render } from "./render";

function props(lang: Lang, detecting: boolean): DataStepProps {
  return {
    lang,
    t: translator(lang),
    detection: null,
    detecting,
    check: null,
    checkingRows: null,
    busy: false,
    onSheet: () => undefined,
    onColumn: () => undefined,
    onAutoColumns: () => undefined,
    onDetect: () => undefined,
    onCheck: () => undefined,
  };
}

describe("the Data step before any input was found", () => {
  test.each(["zh-CN", "en-US"] as const)("%s: while looking, the spinner says so", (lang) => {
    const t = translator(lang);
    const { html, text } = render(<DataStep {...props(lang, true)} />);
    expect(html).toContain("fui-Spinner");
    expect(text).toContain(t("detecting"));
    expect(text).not.toContain(t("nothingFound"));
  });

  test.each(["zh-CN", "en-US"] as const)(
    "%s: after a failed look, no spinner: nothing found, and Look again (enabled)",
    (lang) => {
      const t = translator(lang);
      const { html, text } = render(<DataStep {...props(lang, false)} />);
      expect(html).not.toContain("fui-Spinner");
      expect(text).not.toContain(t("detecting"));
      expect(text).toContain(t("nothingFound"));
      expect(text).toContain(t("redetect"));
      // The one disabled button is 检查数据 / Check data: nothing to check.
      expect(html.match(/<button[^>]*disabled/g)?.length).toBe(1);
    },
  );

  test("in the user's words", () => {
    expect(translator("zh-CN")("nothingFound")).toBe("未找到输入表。请点击“重新查找”再试一次。");
    expect(translator("en-US")("nothingFound")).toBe(
      "No input sheets found. Click Look again to try again.",
    );
  });
});

// tester68 U408: the bike shop's Customers sheet, 8 columns of which 7 are read (headers of
// /work/notes/stop68/tester68/bike/gen.py as the tool read them before Creation Date was known).
const BIKE_HEADERS = [
  "Customer ID",
  "First Name",
  "Last Name",
  "Email Address",
  "Phone Number",
  "Creation Date",
  "Customer Notes",
  "Email Subscription Status",
];
const BIKE_MAPPING = {
  customerId: "Customer ID",
  name: "First Name",
  lastName: "Last Name",
  email: "Email Address",
  phone: "Phone Number",
  note: "Customer Notes",
  status: "Email Subscription Status",
};

function bikeDetection(): Detection {
  const inputs = {} as Record<SheetKind, InputInfo>;
  for (const kind of SHEET_KINDS) {
    const spec = SHEETS[kind];
    const found = kind === "customers";
    inputs[kind] = {
      kind,
      required: spec.required,
      sheet: found ? "Customers" : null,
      chosen: false,
      headerRow: found ? 1 : null,
      headers: found ? BIKE_HEADERS : [],
      mapping: {
        ...Object.fromEntries(spec.fields.map((f) => [f.key, null])),
        ...(found ? BIKE_MAPPING : {}),
      },
      missing: found ? [] : spec.fields.filter((f) => f.required).map((f) => f.key),
      corrected: [],
    };
  }
  return { names: ["Customers"], inputs };
}

describe("an input's columns are the sheet's own", () => {
  test("7 of the sheet's 8 columns used, Creation Date not read", () => {
    const info = bikeDetection().inputs.customers;
    expect(SHEETS.customers.fields.length).toBeGreaterThan(8);
    expect(sheetColumns(info)).toEqual({
      used: BIKE_HEADERS.filter((h) => h !== "Creation Date"),
      ignored: ["Creation Date"],
    });
  });

  test.each([
    ["zh-CN", "已用 7/8 列"],
    ["en-US", "7 of 8 columns used"],
  ] as const)("%s: the badge says %s, not the count of fields the tool knows", (lang, badge) => {
    const { text } = render(<DataStep {...props(lang, false)} detection={bikeDetection()} />);
    expect(text).toContain(`Customers ${badge}`);
    expect(text).not.toContain(`/${SHEETS.customers.fields.length}`);
    expect(text).not.toContain(`of ${SHEETS.customers.fields.length}`);
  });
});
