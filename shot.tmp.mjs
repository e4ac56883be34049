// usage: node /tmp/shot.mjs login out.png path [path...]   (screenshots every path: out-1.png …)
import { chromium } from "@playwright/test";
const [login, out, ...paths] = process.argv.slice(2);
const base = process.env.BASE ?? "http://localhost:3200";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
page.on("console", (m) => {
  if (m.type() === "error") console.log("console error:", m.text());
});
await page.goto(base + "/login");
await page.fill('input[name="loginName"]', login);
await page.fill('input[name="password"]', "Demo@2026");
await page.click('button[type="submit"]');
await page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 60000 });
let i = 0;
for (const p of paths) {
  i++;
  const t = Date.now();
  await page.goto(base + p, { timeout: 120000 });
  await page.waitForLoadState("networkidle");
  console.log(p, Date.now() - t, "ms", await page.title());
  await page.screenshot({ path: out.replace(".png", `-${i}.png`), fullPage: true });
}
await browser.close();
