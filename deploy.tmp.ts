import { chromium } from "playwright-core";
const ORIGIN = "https://addins.example-corp.cn/customer-analytics";
async function main() {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP addins.example-corp.cn:443 127.0.0.1:8443"],
  });
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 350, height: 700 } });
  const blocked: string[] = [];
  await context.route("**/*", (r) => {
    const u = r.request().url();
    if (u.startsWith("https://addins.example-corp.cn/") || u.startsWith("data:") || u.startsWith("blob:")) return r.continue();
    blocked.push(u);
    return r.abort("blockedbyclient");
  });
  const page = await context.newPage();
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  for (const [name, path] of [
    ["support", "/assets/support.html"],
    ["learn-more", "/assets/learn-more.html"],
    ["taskpane", "/taskpane.html"],
    ["taskpane-in-excel", "/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0"],
  ]) {
    const res = await page.goto(ORIGIN + path);
    await page.waitForTimeout(3000);
    const text = (await page.locator("body").innerText()).replace(/\s+/g, " ").slice(0, 260);
    console.log(`${name}: HTTP ${res?.status()} — ${text}`);
    await page.screenshot({ path: `/tmp/excel/deploy/${name}.png`, fullPage: true });
  }
  await page.goto(`${ORIGIN}/preview.html?lang=zh-CN&customers=300&transactions=3000`);
  await page.getByText("→ 客户", { exact: true }).waitFor({ timeout: 120000 });
  await page.getByRole("tab", { name: "运行" }).click();
  await page.getByRole("button", { name: "运行分析" }).click();
  await page.locator("[data-testid=key-figures]").waitFor({ timeout: 300000 });
  const sim = await page.evaluate(() => (window as any).__sim.workers);
  console.log("preview over HTTPS: run finished; workers", JSON.stringify(sim), workers);
  await page.screenshot({ path: `/tmp/excel/deploy/preview-results.png`, fullPage: true });
  console.log("blocked (outside the origin):", blocked);
  console.log("page errors:", errors);
  await browser.close();
}
main();
