import * as fs from "fs";
import * as path from "path";
import {
  DEFAULT_SCHEMA_DIR,
  REPO_ROOT,
  formatResult,
  parseXml,
  validateManifest,
  type ValidationResult,
} from "../../scripts/validate-manifest";
import { REQUIRED_EXCEL_API } from "../../src/taskpane/requirements";

const MANIFEST = path.join(REPO_ROOT, "manifest.xml");
const realXml = fs.readFileSync(MANIFEST, "utf8");

// A fresh clone has ../shared beside it, so the XSD tests normally run; skip them only without it.
const hasSchemas = fs.existsSync(DEFAULT_SCHEMA_DIR);
const schemaIt = hasSchemas
  ? it
  : (name: string, fn: () => Promise<void>) =>
      it.skip(`${name} [skipped: ../shared/office-manifest-schemas absent]`, fn);
if (!hasSchemas) {
  console.warn(
    `Office manifest XSDs absent (expected in ${DEFAULT_SCHEMA_DIR}): XSD tests skipped.`,
  );
}

/** A copy of the real manifest with one exact replacement (which must apply). */
function broken(from: string, to: string): string {
  expect(realXml).toContain(from);
  return realXml.replace(from, to);
}

function statusOf(result: ValidationResult, namePart: string): string | undefined {
  return result.checks.find((c) => c.name.includes(namePart))?.status;
}

function problems(result: ValidationResult): string {
  return result.checks.flatMap((c) => c.problems).join("\n");
}

describe("validate-manifest on the real manifest.xml", () => {
  it("passes every check it can run", async () => {
    const result = await validateManifest();
    const ran = result.checks.filter((c) => c.status !== "skip");
    expect(ran.flatMap((c) => c.problems)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(ran.length).toBe(hasSchemas ? result.checks.length : result.checks.length - 1);
  });

  it("declares the ExcelApi version the code requires", () => {
    expect(realXml).toContain(`<Set Name="ExcelApi" MinVersion="${REQUIRED_EXCEL_API}"/>`);
  });

  schemaIt("passes the Office add-in manifest XSDs", async () => {
    const result = await validateManifest();
    expect(result.schemaValidated).toBe(true);
    expect(statusOf(result, "schema")).toBe("pass");
  });

  it("says plainly when the XSDs are absent, and still runs the other checks", async () => {
    const missingDir = path.join(REPO_ROOT, "no-such-schema-folder");
    const result = await validateManifest({ schemaDir: missingDir });
    expect(result.valid).toBe(true);
    expect(result.schemaValidated).toBe(false);
    expect(statusOf(result, "schema")).toBe("skip");
    const text = formatResult(result, "manifest.xml");
    expect(text).toContain("absent");
    expect(text).toContain(missingDir);
    expect(text).toContain("schema validation skipped");
    expect(result.checks.filter((c) => c.status === "pass").length).toBeGreaterThan(4);
  });
});

describe("validate-manifest on broken copies", () => {
  const run = (xml: string) => validateManifest({ xml, manifestPath: MANIFEST });

  it("rejects XML that is not well-formed", async () => {
    const result = await run(broken("</DefaultSettings>", ""));
    expect(result.valid).toBe(false);
    expect(statusOf(result, "well-formed")).toBe("fail");
    expect(problems(result)).toMatch(/line \d+/);
  });

  it("rejects an ExcelApi version that differs from REQUIRED_EXCEL_API", async () => {
    const result = await run(broken(`MinVersion="${REQUIRED_EXCEL_API}"`, 'MinVersion="1.3"'));
    expect(result.valid).toBe(false);
    expect(statusOf(result, "ExcelApi")).toBe("fail");
    expect(problems(result)).toContain("REQUIRED_EXCEL_API");
  });

  it("rejects a missing zh-CN override", async () => {
    const result = await run(
      broken('\n          <bt:Override Locale="zh-CN" Value="分析客户"/>', ""),
    );
    expect(result.valid).toBe(false);
    expect(statusOf(result, "zh-CN")).toBe("fail");
    expect(problems(result)).toContain("CA.TaskpaneButton.Label");
  });

  it("rejects an icon that is not in assets/ or has the wrong size", async () => {
    const missing = await run(broken("assets/icon-80.png", "assets/icon-81.png"));
    expect(statusOf(missing, "icons")).toBe("fail");
    expect(problems(missing)).toContain("assets/icon-81.png does not exist");

    const wrongSize = await run(
      broken(
        '"https://localhost:3000/assets/icon-64.png"',
        '"https://localhost:3000/assets/icon-128.png"',
      ),
    );
    expect(statusOf(wrongSize, "icons")).toBe("fail");
    expect(problems(wrongSize)).toContain("expected 64x64");
  });

  it("rejects a resid with no resource behind it", async () => {
    const result = await run(broken('<Label resid="CA.Group.Label"/>', '<Label resid="CA.Nope"/>'));
    expect(result.valid).toBe(false);
    expect(statusOf(result, "resid")).toBe("fail");
    expect(problems(result)).toContain('"CA.Nope"');
  });

  schemaIt("rejects, through the XSDs, an element the schema does not allow", async () => {
    const result = await run(
      broken("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>All</Permissions>"),
    );
    expect(result.valid).toBe(false);
    expect(statusOf(result, "schema")).toBe("fail");
    expect(problems(result)).toMatch(/Permissions/);
  });

  schemaIt("rejects, through the XSDs, <Requirements> placed after <DefaultSettings>", async () => {
    const requirements = realXml.match(/ *<Requirements>[\s\S]*?<\/Requirements>\n/)![0];
    const moved = realXml
      .replace(requirements, "")
      .replace("  <Permissions>", `${requirements}  <Permissions>`);
    const result = await run(moved);
    expect(statusOf(result, "schema")).toBe("fail");
    expect(statusOf(result, "ExcelApi")).toBe("fail");
  });
});

describe("parseXml (@xmldom/xmldom, issue 13)", () => {
  it("gives names, namespaces through prefixes, lines, attributes and decoded text", () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<a xmlns="urn:a" xmlns:b="urn:b" xmlns:x="urn:x">\n' +
        '  <b:c x:type="b:T" k="1 &amp; 2">one &lt;two&gt;<![CDATA[ & three]]></b:c>\n' +
        "  <!-- a comment -->\n  <d/>\n</a>",
    );
    expect(root).toMatchObject({ name: "a", ns: "urn:a", line: 2, parent: null });
    const [c, d] = root.children;
    expect(c).toMatchObject({ name: "c", ns: "urn:b", line: 3, text: "one <two> & three" });
    expect(c.attrs).toEqual({ "x:type": "b:T", k: "1 & 2" });
    expect(c.namespaceOf("x")).toBe("urn:x");
    expect(c.namespaceOf("b")).toBe("urn:b");
    expect(c.namespaceOf("y")).toBeNull();
    expect(c.parent).toBe(root);
    expect(d).toMatchObject({ name: "d", ns: "urn:a", line: 5, children: [] });
  });
});
