// One reading of a day a person typed or a spreadsheet cell held as text, for every date field of the forms, the
// actions and the imports (issue 22, "Templates"): bureaus write 1985/3/5, 1985.3.5 and 1985年3月5日 as often as
// 1985-03-05, and a month such as 参加工作时间 as 2007.9 or 2007年9月. Cells Excel stores as dates reach this as
// YYYY-MM-DD already (lib/excel/xlsx-reader.ts reads serial days in the 1900 and the 1904 date system).

export type DayText = { kind: "empty" } | { kind: "day"; value: string } | { kind: "invalid" };

export interface DayTextOptions {
  /**
   * The field is a month (参加工作时间): a year and a month without a day also read, as the month's first day.
   * 2007.9 is September; 2007.1 is January, as Excel shows a cell typed 2007.10 (a number).
   */
  month?: boolean;
}

// A time after the day, as exports of other systems write it ("1985-03-05 00:00:00"), is ignored.
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?`;
/** Year, month and day: 1985-03-05, 1985/3/5, 1985.3.5, 1985年3月5日 (the 日 may be left out), 19850305. */
const FULL_DAY = new RegExp(
  String.raw`^(?:(\d{4})([-/.])(\d{1,2})\2(\d{1,2})|(\d{4})年(\d{1,2})月(\d{1,2})日?|(\d{4})(\d{2})(\d{2}))${TIME}$`,
);
/** Year and month: 2007.9, 2007/9, 2007-09, 2007年9月. */
const YEAR_MONTH = /^(?:(\d{4})[-/.](\d{1,2})|(\d{4})年(\d{1,2})月?)$/;

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/**
 * Reads `text` as people write days: surrounding spaces are ignored and full-width digits and punctuation (typed
 * with a Chinese input method) count as their ASCII forms; the result is the day as YYYY-MM-DD. An empty field is
 * empty; a day that is not in the calendar (2023-02-30), a year outside 1900–2100, two-digit years, month-first or
 * day-first orders and anything else are invalid.
 */
export function readDayText(text: string, options: DayTextOptions = {}): DayText {
  const plain = text.normalize("NFKC").trim();
  if (plain === "") return { kind: "empty" };
  const full = FULL_DAY.exec(plain);
  if (full) {
    const [year, month, day] = [
      full[1] ?? full[5] ?? full[8],
      full[3] ?? full[6] ?? full[9],
      full[4] ?? full[7] ?? full[10],
    ];
    return dayOf(Number(year), Number(month), Number(day));
  }
  const yearMonth = options.month ? YEAR_MONTH.exec(plain) : null;
  if (yearMonth) return dayOf(Number(yearMonth[1] ?? yearMonth[3]), Number(yearMonth[2] ?? yearMonth[4]), 1);
  return { kind: "invalid" };
}

function dayOf(year: number, month: number, day: number): DayText {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return { kind: "invalid" };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return { kind: "invalid" };
  return { kind: "day", value: date.toISOString().slice(0, 10) };
}
