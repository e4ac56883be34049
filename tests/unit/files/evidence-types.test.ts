// Evidence types are read from the bytes (lib/files/evidence-types.ts). The Office files were written by LibreOffice
// (tests/fixtures/evidence/make-office-files.sh), not by this code, as users' files are.
import { readFileSync } from "node:fs";
import path from "node:path";
import CFB from "cfb";
import { describe, expect, it } from "vitest";
import { evidenceTypeOf } from "@/lib/files/evidence-types";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(import.meta.dirname, "../../fixtures/evidence", name)));

/** An OLE compound file holding one stream of the given name, as an installer or a mail message is. */
function compoundFileWith(streamName: string): Uint8Array {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, `/${streamName}`, Buffer.from("not a document"));
  return new Uint8Array(CFB.write(container, { type: "buffer" }) as Buffer);
}

describe("evidence types", () => {
  it("reads a Word 97–2003 document (and WPS's .wps, the same format) as application/msword", async () => {
    expect(await evidenceTypeOf(fixture("report-libreoffice.doc"))).toBe("application/msword");
  });

  it("reads an Excel 97–2003 workbook (and WPS's .et) as application/vnd.ms-excel", async () => {
    expect(await evidenceTypeOf(fixture("teachers-libreoffice.xls"))).toBe("application/vnd.ms-excel");
  });

  it("refuses a compound file that is not a document, such as an installer's", async () => {
    expect(await evidenceTypeOf(compoundFileWith("SummaryInformation"))).toBeNull();
    expect(await evidenceTypeOf(compoundFileWith("Workbook"))).toBe("application/vnd.ms-excel");
  });

  it("refuses a truncated compound file and plain text", async () => {
    expect(await evidenceTypeOf(fixture("report-libreoffice.doc").slice(0, 600))).toBeNull();
    expect(await evidenceTypeOf(new TextEncoder().encode("<html><script>alert(1)</script>"))).toBeNull();
  });

  it("still reads a PDF", async () => {
    expect(await evidenceTypeOf(new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"))).toBe(
      "application/pdf",
    );
  });
});
