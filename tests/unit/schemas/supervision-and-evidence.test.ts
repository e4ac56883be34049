import { describe, expect, it } from "vitest";
import {
  attachFacilityEvidenceSchema,
  attachValueEvidenceSchema,
  evidenceFilesSchema,
} from "@/lib/schemas/evidence";
import { recordVisitSchema } from "@/lib/schemas/supervision";

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name);

describe("evidence files", () => {
  it("drop the empty file of an untouched input and keep one or several files", () => {
    expect(evidenceFilesSchema.parse(undefined)).toEqual([]);
    expect(evidenceFilesSchema.parse(new File([], ""))).toEqual([]);
    expect(evidenceFilesSchema.parse([file("a.pdf"), file("b.JPG")]).map((f: File) => f.name)).toEqual([
      "a.pdf",
      "b.JPG",
    ]);
  });

  it("refuse other names, empty and oversized files, more than five, and text instead of a file", () => {
    const keyOf = (value: unknown) => evidenceFilesSchema.safeParse(value).error?.issues[0]?.message;
    expect(keyOf(file("setup.exe"))).toBe("evidenceFormat");
    expect(keyOf(file("a.pdf", 0))).toBe("fileEmpty");
    expect(keyOf(file("a.pdf", 10 * 1024 * 1024 + 1))).toBe("fileTooLarge");
    expect(keyOf(Array.from({ length: 6 }, () => file("a.png")))).toBe("tooManyFiles");
    expect(keyOf("a.pdf")).toBe("fileRequired");
  });
});

describe("an upload of evidence on its own", () => {
  it("needs a value or record id and at least one file, keeping the same limits", () => {
    const keyOf = (value: unknown) => attachValueEvidenceSchema.safeParse(value).error?.issues[0]?.message;
    expect(attachValueEvidenceSchema.parse({ valueId: "12", files: file("清单.pdf") })).toEqual({
      valueId: 12,
      files: [expect.any(File)],
    });
    // An untouched file input is no file, and no file is refused here (the progress update's list may be empty).
    expect(keyOf({ valueId: "12", files: new File([], "") })).toBe("fileRequired");
    expect(keyOf({ valueId: "12" })).toBe("fileRequired");
    expect(keyOf({ valueId: "12", files: file("run.exe") })).toBe("evidenceFormat");
    expect(attachValueEvidenceSchema.safeParse({ valueId: "x", files: file("a.pdf") }).success).toBe(false);
    expect(
      attachFacilityEvidenceSchema.parse({ recordId: "7", files: [file("a.png"), file("b.xlsx")] }).files,
    ).toHaveLength(2);
  });
});

describe("a supervision visit's form", () => {
  const base = { countyId: "3", kind: "SCHOOLING", visitedOn: "2026-10-15" };

  it("splits names at commas and 、 and findings at line breaks", () => {
    const visit = recordVisitSchema.parse({
      ...base,
      inspectorIds: ["4", "5"],
      inspectorNames: "王督学、李督学, 张督学",
      findings: "图书不足\n\n  功能教室不足  \n",
    });
    expect([visit.inspectorIds, visit.inspectorNames, visit.findings, visit.schoolCode]).toEqual([
      [4, 5],
      ["王督学", "李督学", "张督学"],
      ["图书不足", "功能教室不足"],
      undefined,
    ]);
  });

  it("needs one inspector at least, a known kind and a 10-digit school code", () => {
    const issues = (value: object) =>
      recordVisitSchema.safeParse({ ...base, ...value }).error?.issues.map((issue) => issue.message);
    expect(issues({})).toEqual(["inspectorRequired"]);
    expect(issues({ inspectorNames: "王", kind: "OTHER" })).toEqual(["required"]);
    expect(issues({ inspectorNames: "王", schoolCode: "123" })).toEqual(["schoolCode"]);
  });
});
