import fs from "fs";
import path from "path";
import { validateManifest } from "../../scripts/validate-manifest";
import { ADDIN_ID } from "../../src/workbook/ownedTabs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestForOrigin, originFrom } = require("../../scripts/manifestOrigin.js") as {
  manifestForOrigin: (xml: string, origin: string | null) => string;
  originFrom: (env: Record<string, string | undefined>) => string | null;
};

const ROOT = path.resolve(__dirname, "../..");
const template = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("production manifest for an origin given at build time (15.6)", () => {
  test("every dev URL moves to the origin; it validates as production; the Id stays", async () => {
    const origin = originFrom({
      ADDIN_ORIGIN: "https://addins.example-corp.cn/customer-analytics/",
    });
    expect(origin).toBe("https://addins.example-corp.cn/customer-analytics");
    const xml = manifestForOrigin(template, origin);
    expect(xml.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/localhost|contoso/i);
    expect(xml).toContain("https://addins.example-corp.cn/customer-analytics/taskpane.html");
    expect(xml).toContain("https://addins.example-corp.cn/customer-analytics/assets/support.html");
    expect(xml).toContain(`<Id>${ADDIN_ID}</Id>`);
    const result = await validateManifest({ xml, production: true });
    expect(result.checks.filter((c) => c.status === "fail")).toEqual([]);
  });

  test("the dev manifest is not a production one; a non-https origin is refused", async () => {
    const result = await validateManifest({ xml: template, production: true });
    const prod = result.checks.find((c) => c.name.startsWith("production URLs"))!;
    expect(prod.status).toBe("fail");
    expect(() => originFrom({ ADDIN_ORIGIN: "http://addins.example-corp.cn" })).toThrow(/https/);
    expect(originFrom({})).toBeNull();
  });

  test("support and learn-more pages ship with the pane; the ribbon has zh-CN, zh-TW and zh-HK words", () => {
    for (const page of ["assets/support.html", "assets/learn-more.html"]) {
      const html = fs.readFileSync(path.join(ROOT, page), "utf8");
      expect(html).toMatch(/lang="zh-CN"/);
      expect(html).toMatch(/lang="en-US"/);
      expect(html).not.toMatch(/https?:\/\/(?!appsforoffice)/); // no calls out, no placeholders
    }
    for (const locale of ["zh-CN", "zh-TW", "zh-HK"])
      expect((template.match(new RegExp(`Locale="${locale}"`, "g")) ?? []).length).toBe(7);
    expect(template).toMatch(/Locale="zh-TW" Value="分析客戶"/);
  });
});
