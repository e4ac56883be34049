// A leader puts the dashboard on a phone's home screen: the sign-in page names the web manifest and icons, and
// they load before anyone signs in (the proxy lets public/ through), each the size and type it claims.
import { expect, test } from "../support/test";

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose: string;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(body: Buffer): string {
  expect(body.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  return `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`;
}

test("the sign-in page names a manifest whose icons load, signed out", async ({ page, request }) => {
  await page.goto("/login");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBe("/manifest.webmanifest");
  expect(await page.locator('link[rel="apple-touch-icon"]').getAttribute("href")).toBe(
    "/icons/apple-touch-icon.png",
  );
  expect(await page.locator('meta[name="theme-color"]').getAttribute("content")).toBe("#1e40af");

  const manifestResponse = await request.get(manifestHref!, { maxRedirects: 0 });
  expect(manifestResponse.status()).toBe(200);
  const manifest = (await manifestResponse.json()) as {
    name: string;
    start_url: string;
    icons: ManifestIcon[];
  };
  expect(manifest).toMatchObject({ name: "乡村教育振兴监测平台", start_url: "/", display: "standalone" });
  expect(manifest.icons.map((icon) => icon.purpose)).toEqual(expect.arrayContaining(["any", "maskable"]));

  for (const icon of [
    ...manifest.icons,
    { src: "/icons/apple-touch-icon.png", sizes: "180x180", type: "image/png" },
  ]) {
    const response = await request.get(icon.src, { maxRedirects: 0 });
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toContain(icon.type);
    if (icon.type === "image/png") expect(pngSize(await response.body()), icon.src).toBe(icon.sizes);
  }
  const favicon = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(favicon.status()).toBe(200);
});
