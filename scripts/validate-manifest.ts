/**
 * Validates manifest.xml offline: `npm run validate` (tsx scripts/validate-manifest.ts [manifest]).
 *
 * - Well-formedness and the Office add-in manifest XSDs from ../shared/office-manifest-schemas/
 *   via xmllint-wasm (`office-addin-manifest validate` needs an online service). Without that
 *   folder the schema step is skipped, said plainly, and the run can still pass.
 * - What the XSDs cannot check: local icons and pages exist (and icons have the right size),
 *   every resid resolves to a resource of the right kind, the ExcelApi version matches
 *   REQUIRED_EXCEL_API, and zh-CN overrides exist for every user-visible string.
 *
 * Exit code 0 when valid, 1 otherwise.
 */
import * as fs from "fs";
import * as path from "path";
import {
  DOMParser,
  Node as DomNode,
  onErrorStopParsing,
  type Element as DomElement,
} from "@xmldom/xmldom";
import { validateXML } from "xmllint-wasm";
import { REQUIRED_EXCEL_API } from "../src/taskpane/requirements";

export const REPO_ROOT = path.resolve(__dirname, "..");
export const DEFAULT_SCHEMA_DIR = path.resolve(
  REPO_ROOT,
  "..",
  "shared",
  "office-manifest-schemas",
);
export const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";
export const PRELOADED_SCHEMAS = [
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
  "ContentAppVersionOverridesV1_0.xsd",
] as const;

/** The locale every user-visible string must be translated into. */
export const TRANSLATION_LOCALE = "zh-CN";

const NS_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const NS_XSI = "http://www.w3.org/2001/XMLSchema-instance";

// Hosts whose URLs are served by `npm run dev-server` from this repository.
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type CheckStatus = "pass" | "fail" | "skip";

export interface CheckResult {
  name: string;
  status: CheckStatus;
  /** Why the check failed (status "fail") or was skipped (status "skip"). */
  problems: string[];
  /** Non-fatal remarks worth reading. */
  warnings: string[];
}

export interface ValidationResult {
  valid: boolean;
  /** False when the XSDs were absent or the XML was not well-formed. */
  schemaValidated: boolean;
  checks: CheckResult[];
}

export interface ValidateOptions {
  /** Manifest file; defaults to manifest.xml in repoRoot. */
  manifestPath?: string;
  /** Manifest text; when given, manifestPath is only used in messages. */
  xml?: string;
  /** Where assets/ and src/taskpane/ are looked up; defaults to the repository root. */
  repoRoot?: string;
  /** Folder with the XSDs; defaults to ../shared/office-manifest-schemas beside the repository. */
  schemaDir?: string;
  /** Expected ExcelApi version; defaults to REQUIRED_EXCEL_API. */
  requiredExcelApi?: string;
  /** A production manifest: no localhost or placeholder (contoso, example) URL may remain. */
  production?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The manifest as a tree, read by @xmldom/xmldom (a maintained, namespace-aware DOM parser that
// records each node's line; issue 13: it replaces a hand-written regex reader). xmllint has already
// vouched for well-formedness; the checks below walk this small tree, not the DOM.

export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI ("" when none). */
  ns: string;
  /** Attributes by qualified name as written (e.g. "xsi:type"). */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA (not its children's). */
  text: string;
  line: number;
  parent: XmlElement | null;
  /** Namespace URI a prefix ("xsi") is bound to here, null when unbound. */
  namespaceOf(prefix: string): string | null;
}

function toXmlElement(el: DomElement, parent: XmlElement | null): XmlElement {
  const attrs: Record<string, string> = {};
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    attrs[a.name] = a.value;
  }
  const out: XmlElement = {
    name: el.localName ?? el.nodeName,
    ns: el.namespaceURI ?? "",
    attrs,
    children: [],
    text: "",
    line: el.lineNumber ?? 0,
    parent,
    namespaceOf: (prefix) => el.lookupNamespaceURI(prefix),
  };
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === DomNode.ELEMENT_NODE) out.children.push(toXmlElement(n as DomElement, out));
    else if (n.nodeType === DomNode.TEXT_NODE || n.nodeType === DomNode.CDATA_SECTION_NODE)
      out.text += n.nodeValue ?? "";
  }
  return out;
}

/**
 * The manifest's element tree, each element with its line (for the messages below).
 *
 * @example parseXml('<a xmlns="urn:x">\n<b/></a>').children[0] // { name: "b", ns: "urn:x", line: 2, … }
 */
export function parseXml(xml: string): XmlElement {
  const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, "text/xml");
  const root = doc.documentElement;
  if (!root) throw new Error("no root element");
  return toXmlElement(root, null);
}

/** Resolves a QName attribute value such as xsi:type="bt:Foo" to its local part. */
function localPart(value: string | undefined): string {
  return (value ?? "").replace(/^[^:]*:/, "");
}

function xsiType(el: XmlElement): string | undefined {
  for (const [k, v] of Object.entries(el.attrs)) {
    const colon = k.indexOf(":");
    if (
      colon > 0 &&
      k.slice(colon + 1) === "type" &&
      el.namespaceOf(k.slice(0, colon)) === NS_XSI
    ) {
      return localPart(v);
    }
  }
  return undefined;
}

function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

function descendants(el: XmlElement, pred: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (pred(c)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** Characters as the XSD counts them (code points, not UTF-16 units). */
function charLength(s: string): number {
  return [...s].length;
}

// ---------------------------------------------------------------------------------------------
// Checks

function check(name: string): CheckResult {
  return { name, status: "pass", problems: [], warnings: [] };
}

function finish(c: CheckResult): CheckResult {
  if (c.problems.length > 0 && c.status === "pass") c.status = "fail";
  return c;
}

async function checkWellFormed(xml: string, fileName: string): Promise<CheckResult> {
  const c = check("well-formed XML");
  const result = await validateXML({ xml: { fileName, contents: xml }, normalization: "format" });
  if (!result.valid) {
    c.problems.push(...formatXmllintErrors(result.errors, result.rawOutput));
  }
  return finish(c);
}

function formatXmllintErrors(
  errors: ReadonlyArray<{ message: string; loc: null | { lineNumber: number } }>,
  rawOutput: string,
): string[] {
  // xmllint follows each parser error with the offending source line and a caret; keep only the
  // messages that carry a location.
  const located = errors.filter((e) => e.loc);
  if (located.length === 0) return [rawOutput.trim() || "xmllint reported an unspecified error"];
  return located.map((e) => `line ${e.loc!.lineNumber}: ${shortenNamespaces(e.message.trim())}`);
}

const PREFIXES: Record<string, string> = {
  [NS_APP]: "",
  [NS_BT]: "bt:",
  "http://schemas.microsoft.com/office/taskpaneappversionoverrides": "",
};

/** "{http://…/appforoffice/1.1}Permissions" reads better as it is written in the manifest. */
function shortenNamespaces(message: string): string {
  return message.replace(/\{([^}]+)\}/g, (whole, ns: string) => PREFIXES[ns] ?? whole);
}

async function checkSchema(xml: string, fileName: string, schemaDir: string): Promise<CheckResult> {
  const c = check(`schema ${ROOT_SCHEMA}`);
  if (!fs.existsSync(schemaDir)) {
    c.status = "skip";
    c.problems.push(
      `the Office manifest XSDs are absent: expected them in ${schemaDir} ` +
        "(../shared/office-manifest-schemas beside the repository); schema validation skipped",
    );
    return c;
  }
  const missing = [ROOT_SCHEMA, ...PRELOADED_SCHEMAS].filter(
    (f) => !fs.existsSync(path.join(schemaDir, f)),
  );
  if (missing.length > 0) {
    c.problems.push(`schema folder ${schemaDir} is incomplete: missing ${missing.join(", ")}`);
    return finish(c);
  }
  const read = (f: string) => ({
    fileName: f,
    contents: fs.readFileSync(path.join(schemaDir, f), "utf8"),
  });
  const result = await validateXML({
    xml: { fileName, contents: xml },
    schema: read(ROOT_SCHEMA),
    preload: PRELOADED_SCHEMAS.map(read),
  });
  if (!result.valid) c.problems.push(...formatXmllintErrors(result.errors, result.rawOutput));
  return finish(c);
}

function checkBasics(root: XmlElement): CheckResult {
  const c = check("task pane add-in for Excel");
  if (root.name !== "OfficeApp" || root.ns !== NS_APP) {
    c.problems.push(`root element must be OfficeApp in namespace ${NS_APP}`);
    return finish(c);
  }
  if (xsiType(root) !== "TaskPaneApp")
    c.problems.push('OfficeApp must have xsi:type="TaskPaneApp"');
  const id = child(root, "Id")?.text.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    c.problems.push(`<Id> must be a GUID, found "${id}"`);
  }
  const version = child(root, "Version")?.text.trim() ?? "";
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) {
    c.problems.push(`<Version> must look like 1.0.0.0, found "${version}"`);
  }
  const locale = child(root, "DefaultLocale")?.text.trim();
  if (locale !== "en-US") c.problems.push(`<DefaultLocale> must be en-US, found "${locale ?? ""}"`);
  const hosts = childrenNamed(child(root, "Hosts"), "Host").map((h) => h.attrs.Name);
  if (!hosts.includes("Workbook")) c.problems.push('<Hosts> must contain <Host Name="Workbook"/>');
  const permissions = child(root, "Permissions")?.text.trim();
  // The add-in writes result sheets, which needs the widest document permission.
  if (permissions !== "ReadWriteDocument") {
    c.problems.push(`<Permissions> must be ReadWriteDocument, found "${permissions ?? ""}"`);
  }
  return finish(c);
}

function checkRequirements(root: XmlElement, expected: string): CheckResult {
  const c = check(`ExcelApi ${expected} required (src/taskpane/requirements.ts)`);
  const names = root.children.map((e) => e.name);
  const req = child(root, "Requirements");
  if (!req) {
    c.problems.push(
      `<Requirements> is missing: add <Sets><Set Name="ExcelApi" MinVersion="${expected}"/></Sets> ` +
        "after <Hosts> and before <DefaultSettings>",
    );
    return finish(c);
  }
  const at = names.indexOf("Requirements");
  const hostsAt = names.indexOf("Hosts");
  const settingsAt = names.indexOf("DefaultSettings");
  if ((hostsAt >= 0 && at < hostsAt) || (settingsAt >= 0 && at > settingsAt)) {
    c.problems.push(
      `line ${req.line}: <Requirements> must come after <Hosts> and before <DefaultSettings>`,
    );
  }
  const sets = descendants(req, (e) => e.name === "Set" && e.attrs.Name === "ExcelApi");
  if (sets.length === 0) {
    c.problems.push(`line ${req.line}: <Requirements> has no <Set Name="ExcelApi">`);
  }
  for (const set of sets) {
    const declared = set.attrs.MinVersion ?? set.parent?.attrs.DefaultMinVersion;
    if (declared !== expected) {
      c.problems.push(
        `line ${set.line}: ExcelApi MinVersion is "${declared ?? "(none)"}" but ` +
          `REQUIRED_EXCEL_API in src/taskpane/requirements.ts is "${expected}": make them equal`,
      );
    }
  }
  return finish(c);
}

interface Resource {
  kind: "Images" | "Urls" | "ShortStrings" | "LongStrings";
  el: XmlElement;
}

function collectResources(root: XmlElement, c: CheckResult): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  const vo = child(root, "VersionOverrides");
  const res = child(vo, "Resources");
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as const) {
    for (const el of child(res, kind)?.children ?? []) {
      const id = el.attrs.id;
      if (!id) continue;
      if (resources.has(id))
        c.problems.push(`line ${el.line}: resource id "${id}" is defined twice`);
      resources.set(id, { kind, el });
    }
  }
  return resources;
}

/** The resource kind a resid must point at, from the element that carries it. */
function expectedKind(el: XmlElement): Resource["kind"] | undefined {
  if (el.name === "Image") return "Images";
  if (["SourceLocation", "LearnMoreUrl", "FunctionFile"].includes(el.name)) return "Urls";
  if (["Label", "Title"].includes(el.name)) return "ShortStrings";
  if (el.name === "Description") return "LongStrings";
  return undefined;
}

function checkResourceRefs(root: XmlElement): CheckResult {
  const c = check("resource references (resid)");
  const vo = child(root, "VersionOverrides");
  if (!vo) {
    c.problems.push("<VersionOverrides> is missing: the ribbon button needs it");
    return finish(c);
  }
  const resources = collectResources(root, c);
  const used = new Set<string>();
  for (const el of descendants(vo, (e) => e.attrs.resid !== undefined)) {
    const resid = el.attrs.resid;
    used.add(resid);
    const res = resources.get(resid);
    const kind = expectedKind(el);
    if (!res) {
      c.problems.push(
        `line ${el.line}: <${el.name} resid="${resid}"> has no resource with that id`,
      );
    } else if (kind && res.kind !== kind) {
      c.problems.push(
        `line ${el.line}: <${el.name} resid="${resid}"> must point at bt:${kind}, ` +
          `but "${resid}" is in bt:${res.kind}`,
      );
    }
  }
  for (const [id, res] of resources) {
    if (!used.has(id)) c.warnings.push(`line ${res.el.line}: resource "${id}" is never used`);
  }
  const showTaskpane = descendants(vo, (e) => e.name === "Action" && xsiType(e) === "ShowTaskpane");
  if (showTaskpane.length === 0)
    c.problems.push("no ribbon button with an Action of type ShowTaskpane");
  const homeTab = descendants(vo, (e) => e.name === "OfficeTab" && e.attrs.id === "TabHome");
  if (homeTab.length === 0)
    c.problems.push('no <OfficeTab id="TabHome">: the button belongs on Home');
  return finish(c);
}

interface UrlUse {
  url: string;
  line: number;
  what: string;
  /** Expected square icon size in pixels, when the URL is an icon. */
  iconSize?: number;
}

function collectUrls(root: XmlElement): UrlUse[] {
  const uses: UrlUse[] = [];
  const add = (el: XmlElement | undefined, what: string, iconSize?: number): void => {
    if (!el) return;
    if (el.attrs.DefaultValue) {
      uses.push({ url: el.attrs.DefaultValue, line: el.line, what, iconSize });
    }
    for (const o of childrenNamed(el, "Override")) {
      if (o.attrs.Value) {
        uses.push({
          url: o.attrs.Value,
          line: o.line,
          what: `${what} (${o.attrs.Locale})`,
          iconSize,
        });
      }
    }
  };
  add(child(root, "IconUrl"), "IconUrl", 32);
  add(child(root, "HighResolutionIconUrl"), "HighResolutionIconUrl", 64);
  add(child(root, "SupportUrl"), "SupportUrl");
  add(child(child(root, "DefaultSettings"), "SourceLocation"), "DefaultSettings/SourceLocation");

  // A bt:Image resource is expected at every size it is used with (<bt:Image size="16" resid>).
  const vo = child(root, "VersionOverrides");
  const sizesById = new Map<string, Set<number>>();
  if (vo) {
    for (const ref of descendants(vo, (e) => e.name === "Image" && e.attrs.resid !== undefined)) {
      const size = Number(ref.attrs.size);
      if (!sizesById.has(ref.attrs.resid)) sizesById.set(ref.attrs.resid, new Set());
      if (Number.isFinite(size)) sizesById.get(ref.attrs.resid)!.add(size);
    }
  }
  const res = child(vo, "Resources");
  for (const img of child(res, "Images")?.children ?? []) {
    const sizes = [...(sizesById.get(img.attrs.id) ?? [])];
    if (sizes.length <= 1) add(img, `bt:Image ${img.attrs.id}`, sizes[0]);
    else for (const s of sizes) add(img, `bt:Image ${img.attrs.id}`, s);
  }
  for (const u of child(res, "Urls")?.children ?? []) add(u, `bt:Url ${u.attrs.id}`);
  return uses;
}

/** Width and height of a PNG, or null when the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | null {
  const head = Buffer.alloc(24);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.readUInt32BE(0) !== 0x89504e47 || head.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

function checkLocalResources(root: XmlElement, repoRoot: string): CheckResult {
  const c = check("icons and pages exist (assets/, src/taskpane/)");
  const seen = new Set<string>();
  for (const use of collectUrls(root)) {
    const key = `${use.url} ${use.iconSize ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let url: URL;
    try {
      url = new URL(use.url);
    } catch {
      c.problems.push(`line ${use.line}: ${use.what} "${use.url}" is not an absolute URL`);
      continue;
    }
    // Office loads add-in pages and icons only over HTTPS.
    if (url.protocol !== "https:") {
      c.problems.push(`line ${use.line}: ${use.what} "${use.url}" must use https`);
      continue;
    }
    if (!LOCAL_HOSTS.has(url.hostname)) continue;
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, "");
    let file: string;
    if (rel.startsWith("assets/")) {
      file = path.join(repoRoot, rel);
    } else if (/^[^/]+\.html$/.test(rel)) {
      // webpack builds each page from the template of the same name (webpack.config.js).
      file = path.join(repoRoot, "src", "taskpane", rel);
    } else {
      c.problems.push(
        `line ${use.line}: ${use.what} "${use.url}" is not served by the dev server ` +
          "(expected /assets/<file> or /<page>.html)",
      );
      continue;
    }
    const shown = path.relative(repoRoot, file).split(path.sep).join("/");
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      c.problems.push(`line ${use.line}: ${use.what} "${use.url}": ${shown} does not exist`);
      continue;
    }
    if (use.iconSize !== undefined) {
      const size = pngSize(file);
      if (!size) {
        c.problems.push(`line ${use.line}: ${use.what}: ${shown} is not a PNG`);
      } else if (size.width !== use.iconSize || size.height !== use.iconSize) {
        c.problems.push(
          `line ${use.line}: ${use.what}: ${shown} is ${size.width}x${size.height}, ` +
            `expected ${use.iconSize}x${use.iconSize}`,
        );
      }
    }
  }
  return finish(c);
}

/** Hosts that mean "not deployed yet": the dev server and Microsoft's placeholder domains. */
const PLACEHOLDER_HOSTS =
  /(^|\.)(contoso\.com|example\.(com|org|net)|localhost)$|^127\.0\.0\.1$|^\[::1\]$/i;

/** Production: every URL on one https origin that is not the dev server or a placeholder. */
function checkProductionUrls(root: XmlElement, xml: string): CheckResult {
  const c = check("production URLs (no localhost, contoso or example hosts; one origin)");
  const origins = new Set<string>();
  for (const use of collectUrls(root)) {
    let url: URL;
    try {
      url = new URL(use.url);
    } catch {
      continue; // reported by the resources check
    }
    if (PLACEHOLDER_HOSTS.test(url.hostname))
      c.problems.push(`line ${use.line}: ${use.what} "${use.url}" is not a production URL`);
    origins.add(url.origin);
  }
  if (/localhost|contoso/i.test(xml.replace(/<!--[\s\S]*?-->/g, "")))
    c.problems.push("the manifest still mentions localhost or contoso");
  if (origins.size > 1)
    c.warnings.push(`URLs on ${origins.size} origins: ${[...origins].join(", ")}`);
  return finish(c);
}

function checkTranslations(root: XmlElement): CheckResult {
  const c = check(`${TRANSLATION_LOCALE} overrides for every string`);
  const strings: Array<{ el: XmlElement; what: string; max: number }> = [];
  for (const [name, max] of [
    ["DisplayName", 125],
    ["Description", 250],
  ] as const) {
    const el = child(root, name);
    if (el) strings.push({ el, what: name, max });
    else c.problems.push(`<${name}> is missing`);
  }
  const res = child(child(root, "VersionOverrides"), "Resources");
  for (const [kind, max] of [
    ["ShortStrings", 125],
    ["LongStrings", 250],
  ] as const) {
    for (const el of child(res, kind)?.children ?? []) {
      strings.push({ el, what: `bt:${kind} "${el.attrs.id}"`, max });
    }
  }
  for (const { el, what, max } of strings) {
    const base = el.attrs.DefaultValue ?? "";
    if (charLength(base) > max) {
      c.problems.push(`line ${el.line}: ${what} is ${charLength(base)} characters, at most ${max}`);
    }
    const override = childrenNamed(el, "Override").find(
      (o) => o.attrs.Locale === TRANSLATION_LOCALE,
    );
    if (!override) {
      c.problems.push(
        `line ${el.line}: ${what} has no <Override Locale="${TRANSLATION_LOCALE}" Value="…"/>`,
      );
      continue;
    }
    // Overrides must be in the namespace of their parent (bt:Override inside bt:String).
    if (override.ns !== el.ns) {
      const prefix = el.ns === NS_BT ? "bt:" : "";
      c.problems.push(`line ${override.line}: ${what}: write the override as <${prefix}Override>`);
    }
    const value = (override.attrs.Value ?? "").trim();
    if (!value) {
      c.problems.push(`line ${override.line}: ${what}: the ${TRANSLATION_LOCALE} value is empty`);
    } else if (charLength(value) > max) {
      c.problems.push(
        `line ${override.line}: ${what}: the ${TRANSLATION_LOCALE} value is ` +
          `${charLength(value)} characters, at most ${max}`,
      );
    } else if (value === base && /[A-Za-z]{3}/.test(value)) {
      c.warnings.push(
        `line ${override.line}: ${what}: the ${TRANSLATION_LOCALE} value is untranslated`,
      );
    }
  }
  return finish(c);
}

// ---------------------------------------------------------------------------------------------

export async function validateManifest(options: ValidateOptions = {}): Promise<ValidationResult> {
  const repoRoot = options.repoRoot ?? REPO_ROOT;
  const manifestPath = options.manifestPath ?? path.join(repoRoot, "manifest.xml");
  const schemaDir = options.schemaDir ?? DEFAULT_SCHEMA_DIR;
  const required = options.requiredExcelApi ?? REQUIRED_EXCEL_API;
  const xml = options.xml ?? fs.readFileSync(manifestPath, "utf8");
  const fileName = path.basename(manifestPath);

  const checks: CheckResult[] = [await checkWellFormed(xml, fileName)];
  if (checks[0].status === "fail") {
    return { valid: false, schemaValidated: false, checks };
  }
  const schema = await checkSchema(xml, fileName, schemaDir);
  checks.push(schema);
  const root = parseXml(xml);
  checks.push(
    checkBasics(root),
    checkRequirements(root, required),
    checkResourceRefs(root),
    checkLocalResources(root, repoRoot),
    checkTranslations(root),
  );
  if (options.production) checks.push(checkProductionUrls(root, xml));
  return {
    valid: checks.every((c) => c.status !== "fail"),
    schemaValidated: schema.status === "pass",
    checks,
  };
}

export function formatResult(result: ValidationResult, label: string): string {
  const lines = [`Validating ${label}`];
  const tag: Record<CheckStatus, string> = { pass: "PASS", fail: "FAIL", skip: "SKIP" };
  for (const c of result.checks) {
    lines.push(`  ${tag[c.status]}  ${c.name}`);
    for (const p of c.problems) lines.push(`        - ${p}`);
    for (const w of c.warnings) lines.push(`        warning: ${w}`);
  }
  const schemaSkipped = result.checks.some((c) => c.status === "skip");
  if (schemaSkipped) lines.push("schema validation skipped");
  const failures = result.checks.filter((c) => c.status === "fail").length;
  lines.push(
    result.valid
      ? `${label} is valid${schemaSkipped ? " (without the XSD check)" : ""}.`
      : `${label} is INVALID: ${failures} check${failures === 1 ? "" : "s"} failed.`,
  );
  return lines.join("\n");
}

async function main(): Promise<void> {
  // --require-schemas (CI): the XSD check must run; absent schemas fail instead of being skipped.
  const requireSchemas = process.argv.includes("--require-schemas");
  const manifestArg = process.argv.slice(2).find((a) => !a.startsWith("--"));
  const manifestPath = path.resolve(manifestArg ?? path.join(REPO_ROOT, "manifest.xml"));
  if (!fs.existsSync(manifestPath)) {
    console.error(`Manifest not found: ${manifestPath}`);
    process.exit(1);
  }
  const production = process.argv.includes("--production");
  const result = await validateManifest({ manifestPath, production });
  const label = path.relative(process.cwd(), manifestPath) || manifestPath;
  const text = formatResult(result, label);
  if (result.valid) console.log(text);
  else console.error(text);
  if (result.valid && requireSchemas && !result.schemaValidated) {
    console.error(
      "--require-schemas: the XSD check did not run, so the manifest is not proven valid.",
    );
    process.exit(1);
  }
  process.exit(result.valid ? 0 : 1);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
}
