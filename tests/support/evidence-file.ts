import { readFileSync } from "node:fs";
import path from "node:path";

/** A small but real PDF (its first bytes are what the type check reads) as a browser would upload it. */
export const PDF_BYTES = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

export const pdfFile = (name = "验收报告.pdf") => new File([PDF_BYTES], name, { type: "application/pdf" });

/** An HTML page under a PDF's name and type: the name and the browser's type lie, the bytes do not. */
export const disguisedFile = (name = "验收报告.pdf") =>
  new File(["<html><script>alert(1)</script></html>"], name, { type: "application/pdf" });

/** A file LibreOffice wrote (tests/fixtures/evidence), uploaded under the name given: WPS's .wps and .et included. */
export const officeFile = (fixture: "report-libreoffice.doc" | "teachers-libreoffice.xls", name: string) =>
  new File([readFileSync(path.join(import.meta.dirname, "../fixtures/evidence", fixture))], name);
