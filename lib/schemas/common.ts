import { z } from "zod";
import { type DayTextOptions, readDayText } from "@/lib/utils/day-text";
import { readNumberText } from "@/lib/utils/number-text";

/** The largest value of a database key (PostgreSQL `integer`): a larger id names no record and cannot be queried. */
export const MAX_ID = 2_147_483_647;

// Control characters other than tab and line breaks (PostgreSQL refuses NUL; the rest are invisible garbage).
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Text a person typed: no control characters and no lone surrogate (half of a character, which no encoding
 * stores). Chain trim, min and max as on any string.
 */
export const plainText = (params?: { error: string }) =>
  z
    .string(params)
    .refine((value) => !CONTROL_CHARACTER.test(value) && value.isWellFormed(), "controlCharacters");

/** The largest magnitude a Decimal(18, 4) column holds (14 digits before the point). */
export const MAX_DECIMAL_18_4 = 99_999_999_999_999;

/**
 * A number typed into a form, sent to an action or read from a spreadsheet cell, read one way everywhere
 * (readNumberText): the inner schema gets the number, undefined for an empty field and NaN for text that is not
 * plain decimal notation. Build the inner schema on `typedNumber()` so that both say what is wrong.
 */
export function numberInput<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((value) => {
    if (value === null || value === undefined) return undefined;
    if (typeof value !== "string") return value;
    const read = readNumberText(value);
    return read.kind === "number" ? read.value : read.kind === "empty" ? undefined : Number.NaN;
  }, schema);
}

/** The number inside numberInput: "required" when the field is empty, "notANumber" for anything else not a number. */
export const typedNumber = () =>
  z.number({ error: (issue) => (issue.input === undefined ? "required" : "notANumber") });

const id = () => z.number({ error: "invalid" }).int("invalid").positive("invalid").max(MAX_ID, "invalid");

/** A form field sent once, several times (checkboxes, a multi-select) or not at all, as a list. */
export const formList = (value: unknown) => (value === undefined || value === "" ? [] : [value].flat());

/** A numeric id from a form or a query string. */
export const requiredId = numberInput(id());

/** An optional numeric id from a form (an empty field is "none"). */
export const optionalId = numberInput(id().optional());

/** The version a form sends for a record that did not exist when it was opened. */
export const NO_RECORD_VERSION = 0;

/**
 * The version of a record a form was read at (an integer column, like the ids): an edit is refused when the record
 * moved on since (decision 0023); NO_RECORD_VERSION for a record that did not exist yet.
 */
export const recordVersion = numberInput(
  z.number({ error: "invalid" }).int("invalid").min(NO_RECORD_VERSION, "invalid").max(MAX_ID, "invalid"),
);

/** A yes/no field: checkboxes send "on" when ticked and nothing otherwise; imports send 是/否. */
export const formFlag = z.preprocess(
  (value) => value === true || value === "on" || value === "true" || value === "1" || value === "是",
  z.boolean(),
);

/**
 * A calendar day as people write it (readDayText: 1985-03-05, 1985/3/5, 1985.3.5, 1985年3月5日), as a Date at UTC
 * midnight: the form of every date field, action argument and import cell. With `month`, a month alone (2007.9,
 * 2007年9月) reads as its first day, for fields such as 参加工作时间.
 */
const day = (options: DayTextOptions = {}) =>
  z.string({ error: "required" }).transform((value, context) => {
    const read = readDayText(value, options);
    if (read.kind === "day") return new Date(`${read.value}T00:00:00Z`);
    context.addIssue({ code: "custom", message: read.kind === "empty" ? "required" : "dateFormat" });
    return z.NEVER;
  });

export const daySchema = day();

const blankAsNone = (value: unknown) =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "")
    ? undefined
    : value;

/** An optional calendar day (an empty field is "none"). */
export const optionalDay = z.preprocess(blankAsNone, daySchema.optional());

/** An optional day or month (参加工作时间: 2007.9 is 2007-09-01); an empty field is "none". */
export const optionalMonthOrDay = z.preprocess(blankAsNone, day({ month: true }).optional());

// Query-string filters of the lists: a bad value falls back to no filter (or page 1), so a mangled URL still shows
// the list instead of an error.
export const filterText = plainText()
  .trim()
  .max(64)
  .transform((text) => text || undefined)
  .optional()
  .catch(undefined);
export const filterId = optionalId.catch(undefined);
export const pageNumber = numberInput(id()).catch(1);
