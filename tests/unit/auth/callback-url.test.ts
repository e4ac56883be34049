import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";

const ORIGIN = "https://monitor.example.cn";

describe("safeCallbackPath", () => {
  it("keeps paths of the site, with their query and fragment", () => {
    expect(safeCallbackPath("/city?period=2026Q4#heat", ORIGIN)).toBe("/city?period=2026Q4#heat");
    expect(safeCallbackPath("/counties/12", ORIGIN)).toBe("/counties/12");
    expect(safeCallbackPath("https://monitor.example.cn/schools/3", ORIGIN)).toBe("/schools/3");
    // Dot segments are resolved as the browser would resolve them.
    expect(safeCallbackPath("/a/../city", ORIGIN)).toBe("/city");
  });

  it.each([
    ["protocol-relative", "//evil.example"],
    ["absolute elsewhere", "https://evil.example/city"],
    ["same host, other scheme", "http://monitor.example.cn/city"],
    ["backslash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["slash and backslash", "\\/evil.example"],
    ["tab inside", "/\t/evil.example"],
    ["newline inside", "/\n/evil.example"],
    ["leading tab", "\t//evil.example"],
    ["leading control character and spaces", " \u0000//evil.example"],
    ["dot segment to a double slash", "/.//evil.example"],
    ["parent segment to a double slash", "/..//evil.example"],
    ["javascript URL", "javascript:alert(document.cookie)"],
    ["data URL", "data:text/html,<script>alert(1)</script>"],
    ["user info", "https://monitor.example.cn@evil.example/"],
    ["empty", ""],
  ])("refuses %s", (_name, value) => {
    expect(safeCallbackPath(value, ORIGIN)).toBeNull();
  });

  it("keeps encoded slashes as an on-site path (they never turn into a host)", () => {
    expect(safeCallbackPath("/%2F%2Fevil.example", ORIGIN)).toBe("/%2F%2Fevil.example");
    expect(safeCallbackPath("/%5Cevil.example", ORIGIN)).toBe("/%5Cevil.example");
  });
});
