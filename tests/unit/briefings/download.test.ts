import { describe, expect, it } from "vitest";
import { contentDisposition, fileNameOf } from "@/lib/utils/content-disposition";

describe("contentDisposition", () => {
  it("gives the UTF-8 name for browsers and an ASCII fallback", () => {
    expect(contentDisposition("潍坊市简报(1).pdf", "briefing.pdf")).toBe(
      "attachment; filename=\"briefing.pdf\"; filename*=UTF-8''%E6%BD%8D%E5%9D%8A%E5%B8%82%E7%AE%80%E6%8A%A5%281%29.pdf",
    );
  });
});

describe("fileNameOf", () => {
  it("reads back the UTF-8 name the header carries", () => {
    expect(fileNameOf(contentDisposition("潍坊市简报(1).pdf", "briefing.pdf"))).toBe("潍坊市简报(1).pdf");
  });

  it("falls back to the plain name, and to nothing", () => {
    expect(fileNameOf('attachment; filename="export.xlsx"')).toBe("export.xlsx");
    expect(fileNameOf("attachment; filename=\"a.pdf\"; filename*=UTF-8''%E6%ZZ")).toBe("a.pdf");
    expect(fileNameOf(null)).toBeNull();
  });
});
