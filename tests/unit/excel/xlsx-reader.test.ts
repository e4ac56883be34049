import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { openSheet, readSheet } from "@/lib/excel/sheet-io";
import { excelSerialToIsoDay, isDateFormatCode, readFirstWorksheet } from "@/lib/excel/xlsx-reader";

const toArrayBuffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** A minimal workbook from hand-written parts, for what exceljs never writes (prefixes, inline strings, 1904). */
function handWrittenWorkbook(parts: {
  sheet: string;
  sharedStrings?: string;
  styles?: string;
  date1904?: boolean;
}) {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const files: Record<string, Uint8Array> = {
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}">` +
        (parts.date1904 ? `<workbookPr date1904="1"/>` : "") +
        `<sheets><sheet name="名册" sheetId="1" r:id="rId1"/><sheet name="其他" sheetId="2" r:id="rId9"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId9" Type="${rel}/worksheet" Target="worksheets/other.xml"/>` +
        `<Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/first.xml"/>` +
        `<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="strings.xml"/>` +
        `<Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/worksheets/first.xml": strToU8(parts.sheet),
    "xl/worksheets/other.xml": strToU8(
      `<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>`,
    ),
  };
  if (parts.sharedStrings) files["xl/strings.xml"] = strToU8(parts.sharedStrings);
  if (parts.styles) files["xl/styles.xml"] = strToU8(parts.styles);
  return zipSync(files);
}

const rowsOf = (data: Uint8Array, rowsPerChunk?: number) =>
  [...readFirstWorksheet(data, rowsPerChunk)].flat();

describe("readFirstWorksheet", () => {
  it("reads what exceljs reads from a workbook exceljs wrote: strings, numbers, dates, formulas, rich text, booleans", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("名册");
    sheet.addRow(["教职工编号", "姓名", "出生日期", "学时", "合计", "备注", "专任"]);
    sheet.addRow([
      "0012",
      " 张三 ",
      new Date(Date.UTC(1985, 2, 7)),
      36,
      { formula: "D2*2", result: 72 },
      null,
      true,
    ]);
    sheet.addRow([
      "A-7",
      { richText: [{ text: "李" }, { text: "四", font: { bold: true } }] },
      "1990-01-31",
      12.5,
      { formula: '"a&b<c"', result: "a&b<c" },
      { text: "链接", hyperlink: "https://example.org" },
      false,
    ]);
    sheet.getCell("C4").value = new Date(Date.UTC(2001, 8, 1));
    sheet.getCell("C4").numFmt = "yyyy年m月d日";
    sheet.getCell("G6").value = "第六行";
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());

    expect(rowsOf(data)).toEqual([
      { rowNumber: 1, values: ["教职工编号", "姓名", "出生日期", "学时", "合计", "备注", "专任"] },
      { rowNumber: 2, values: ["0012", "张三", "1985-03-07", "36", "72", undefined, "true"] },
      { rowNumber: 3, values: ["A-7", "李四", "1990-01-31", "12.5", "a&b<c", "链接", "false"] },
      { rowNumber: 4, values: [undefined, undefined, "2001-09-01"] },
      { rowNumber: 6, values: [undefined, undefined, undefined, undefined, undefined, undefined, "第六行"] },
    ]);
  });

  it("reads prefixed elements, inline and shared rich strings without phonetic runs, entities and cells without references", () => {
    const sheet =
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
      `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:r><x:t>学</x:t></x:r><x:r><x:t xml:space="preserve">校 </x:t></x:r></x:is></x:c></x:row>` +
      `<x:row><x:c t="s"><x:v>1</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="str"><x:f>A2</x:f><x:v>R&amp;D &lt;1&gt;</x:v></x:c></x:row>` +
      `<x:row r="7"/>` +
      `<x:row><x:c r="B8" t="d"><x:v>2020-02-29T00:00:00Z</x:v></x:c></x:row>` +
      `</x:sheetData></x:worksheet>`;
    const sharedStrings =
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<si><t>姓名</t></si>` +
      `<si><r><t>王</t></r><r><rPr><b/></rPr><t>五</t></r><rPh sb="0" eb="1"><t>ワン</t></rPh></si></sst>`;
    expect(rowsOf(handWrittenWorkbook({ sheet, sharedStrings }))).toEqual([
      { rowNumber: 1, values: ["姓名", undefined, "学校"] },
      { rowNumber: 2, values: ["王五", "true", undefined, "R&D <1>"] },
      { rowNumber: 8, values: [undefined, "2020-02-29"] },
    ]);
  });

  it("turns numbers into days only where the cell's style shows a date, in the 1900 or the 1904 date system", () => {
    const styles =
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.0&quot;d&quot;"/></numFmts>` +
      // cellStyleXfs must not be taken for cell styles
      `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
      `<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
    const sheet =
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">` +
      `<c r="A1"><v>45000</v></c><c r="B1" s="1"><v>45000</v></c><c r="C1" s="2"><v>45000</v></c><c r="D1" s="3"><v>45000</v></c>` +
      `</row></sheetData></worksheet>`;
    expect(rowsOf(handWrittenWorkbook({ sheet, styles }))).toEqual([
      { rowNumber: 1, values: ["45000", "2023-03-15", "2023-03-15", "45000"] },
    ]);
    expect(rowsOf(handWrittenWorkbook({ sheet, styles, date1904: true }))[0]!.values[1]).toBe("2027-03-16");
  });

  it("gives the same rows in chunks as at once, numbering on across chunks", () => {
    const rowXml = (n: number) =>
      n % 3 === 0
        ? `<row><c t="inlineStr"><is><t>${n}</t></is></c></row>`
        : `<row r="${n}"><c r="A${n}"><v>${n}</v></c></row>`;
    const sheet = `<worksheet><sheetData>${Array.from({ length: 10 }, (_, i) => rowXml(i + 1)).join("")}</sheetData></worksheet>`;
    const data = handWrittenWorkbook({ sheet });
    const chunks = [...readFirstWorksheet(data, 4)];
    expect(chunks.map((chunk) => chunk.length)).toEqual([4, 4, 2]);
    expect(chunks.flat()).toEqual(rowsOf(data));
    expect(chunks.flat().map((row) => [row.rowNumber, row.values[0]])).toEqual(
      Array.from({ length: 10 }, (_, i) => [i + 1, String(i + 1)]),
    );
  });
});

describe("isDateFormatCode and excelSerialToIsoDay", () => {
  it("tells date formats by their letters outside quotes and brackets", () => {
    expect(isDateFormatCode("yyyy-mm-dd")).toBe(true);
    expect(isDateFormatCode('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormatCode("[$-804]General")).toBe(false);
    expect(isDateFormatCode('0.00"d"')).toBe(false);
    expect(isDateFormatCode("#,##0")).toBe(false);
  });

  it("counts serial days from 1899-12-30, or from 1904-01-01", () => {
    expect(excelSerialToIsoDay(1, false)).toBe("1899-12-31");
    expect(excelSerialToIsoDay(25_569, false)).toBe("1970-01-01");
    expect(excelSerialToIsoDay(45_000, false)).toBe("2023-03-15");
    expect(excelSerialToIsoDay(0, true)).toBe("1904-01-01");
    // A time of day keeps the day Excel shows.
    expect(excelSerialToIsoDay(45_000.75, false)).toBe("2023-03-15");
    expect(excelSerialToIsoDay(45_000.999_999_999_9, false)).toBe("2023-03-16");
    expect(excelSerialToIsoDay(43_538.5, true)).toBe("2023-03-15");
  });
});

describe("readSheet and openSheet", () => {
  it("gives the header row's texts by column, blank where a column has none, and the data rows after it", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("名册");
    sheet.addRow(["教职工编号", null, "姓名"]);
    sheet.addRow(["0012", "无表头", "张三"]);
    const data = toArrayBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(readSheet(data, "xlsx")).toEqual({
      headers: ["教职工编号", "", "姓名"],
      rows: [{ rowNumber: 2, values: ["0012", "无表头", "张三"] }],
    });
  });

  it("reads CSV as text with a BOM, numbering rows as a spreadsheet does across quoted line breaks and blank lines", () => {
    const csv = new TextEncoder().encode('\uFEFF教职工编号,姓名,备注\n0012," 张\n三 ", \n\n,李四\n');
    expect(readSheet(toArrayBuffer(csv), "csv")).toEqual({
      headers: ["教职工编号", "姓名", "备注"],
      rows: [
        { rowNumber: 2, values: ["0012", "张\n三"] },
        // A blank cell is a hole, as in an .xlsx row.
        { rowNumber: 4, values: [undefined, "李四"] },
      ],
    });
  });

  it("is null for files that are not what they claim to be, and for a workbook broken further in", () => {
    const noise = toArrayBuffer(new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    expect(openSheet(noise, "xlsx")).toBeNull();
    expect(readSheet(toArrayBuffer(new TextEncoder().encode('a,"b\n1,2')), "csv")).toBeNull();
    const broken = handWrittenWorkbook({
      sheet: `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3"><v>2</v></x></row></sheetData></worksheet>`,
    });
    const opened = openSheet(toArrayBuffer(broken), "xlsx", { rowsPerChunk: 1 });
    expect(opened?.headers).toEqual(["编号"]);
    expect(() => [...opened!.chunks]).toThrow();
    expect(readSheet(toArrayBuffer(broken), "xlsx")).toBeNull();
  });
});
