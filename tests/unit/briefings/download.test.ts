import { describe, expect, it } from "vitest";
import { contentDisposition } from "@/lib/utils/download";

describe("contentDisposition", () => {
  it("gives the UTF-8 name for browsers and an ASCII fallback", () => {
    expect(contentDisposition("潍坊市简报(1).pdf", "briefing.pdf")).toBe(
      "attachment; filename=\"briefing.pdf\"; filename*=UTF-8''%E6%BD%8D%E5%9D%8A%E5%B8%82%E7%AE%80%E6%8A%A5%281%29.pdf",
    );
  });
});
