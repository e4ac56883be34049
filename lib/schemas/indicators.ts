import { z } from "zod";
import { fairChoiceShape } from "./reports";
import { SPLIT_METHODS, type SplitMethod } from "@/lib/indicators/target-cascade";
import { MAP_MODES } from "@/lib/maps/map-colours";
import {
  MAX_DECIMAL_18_4,
  numberInput,
  optionalId,
  plainText,
  recordVersion,
  requiredId,
  typedNumber,
} from "./common";

const indicatorKey = z.string().regex(/^[a-z][a-z0-9_]{1,63}$/, "invalid");

/** A number typed in a form: empty means "not given" (null), anything else must be a number. */
const optionalNumber = numberInput(typedNumber().optional()).transform((value) => value ?? null);

/** The programme runs to 2035 (《教育强国建设规划纲要》); earlier years are history, not targets. */
export const TARGET_YEARS = { min: 2020, max: 2035 } as const;

export const setTargetSchema = z.object({
  indicatorKey,
  /** Empty: the city default, inherited by every county without its own target */
  countyId: optionalId,
  value: numberInput(typedNumber().min(0, "notNegative").max(MAX_DECIMAL_18_4, "tooLarge")),
  deadlineYear: numberInput(
    z
      .number({ error: "invalid" })
      .int("invalid")
      .min(TARGET_YEARS.min, "yearRange")
      .max(TARGET_YEARS.max, "yearRange"),
  ),
  note: plainText().trim().max(500, "tooLong").optional(),
});
export type SetTargetInput = z.infer<typeof setTargetSchema>;

export const targetIdSchema = z.object({ id: requiredId });

const targetValue = typedNumber().min(0, "notNegative").max(MAX_DECIMAL_18_4, "tooLarge");
const deadlineYear = numberInput(
  z
    .number({ error: "invalid" })
    .int("invalid")
    .min(TARGET_YEARS.min, "yearRange")
    .max(TARGET_YEARS.max, "yearRange"),
);

export interface SplitTargetInput {
  indicatorKey: string;
  deadlineYear: number;
  method: SplitMethod;
  note?: string;
  parts: { countyId: number; value: number }[];
}

/** The form field of one county's part of a split: `part.<county id>`. */
export const SPLIT_PART_FIELD = /^part\.([1-9][0-9]{0,8})$/;
/** More parts than any city has counties: a bigger form is not one of ours. */
const MAX_SPLIT_PARTS = 200;

/**
 * A city target of a count or an amount split among the city's counties (decision 0035): the city target (its
 * indicator and deadline), the method (a base, or by hand) and one `part.<county id>` field per county. With a base
 * the parts are the preview the user confirmed; the server splits again and refuses when they differ. By hand, a
 * blank part sets nothing for that county.
 */
export const splitTargetSchema = z
  .object({
    indicatorKey,
    deadlineYear,
    method: z.enum(SPLIT_METHODS, { error: "invalid" }),
    note: plainText().trim().max(500, "tooLong").optional(),
  })
  .catchall(numberInput(targetValue.optional()))
  .superRefine((input, context) => {
    const parts = Object.keys(input).filter((key) => SPLIT_PART_FIELD.test(key));
    for (const key of Object.keys(input))
      if (!["indicatorKey", "deadlineYear", "method", "note"].includes(key) && !SPLIT_PART_FIELD.test(key))
        context.addIssue({ code: "custom", message: "invalid", path: [key] });
    if (parts.length > MAX_SPLIT_PARTS)
      context.addIssue({ code: "custom", message: "invalid", path: ["_form"] });
    if (input.method === "manual" && !parts.some((key) => input[key] !== undefined))
      context.addIssue({ code: "custom", message: "splitPartsRequired", path: ["method"] });
  })
  .transform(({ indicatorKey, deadlineYear, method, note, ...values }): SplitTargetInput => ({
    indicatorKey: indicatorKey as string,
    deadlineYear: deadlineYear as number,
    method: method as SplitMethod,
    note: note as string | undefined,
    parts: Object.entries(values).flatMap(([key, value]) =>
      value === undefined || value === null
        ? []
        : [{ countyId: Number(SPLIT_PART_FIELD.exec(key)![1]), value: value as number }],
    ),
  }));

export const updateThresholdSchema = z
  .object({
    id: requiredId,
    /** Empty: not configured (未配置), never judged */
    value: optionalNumber
      .refine((value) => value === null || value > 0, "positive")
      .refine((value) => value === null || value <= MAX_DECIMAL_18_4, {
        message: "tooLarge",
        params: { max: MAX_DECIMAL_18_4 },
      }),
    effectiveFrom: z.iso.date("invalidDate"),
    minClasses: optionalNumber.refine((v) => v === null || (Number.isInteger(v) && v >= 1), "classBand"),
    maxClasses: optionalNumber.refine((v) => v === null || (Number.isInteger(v) && v >= 1), "classBand"),
    note: plainText().trim().max(500, "tooLong").optional(),
  })
  .refine(
    (input) => input.minClasses === null || input.maxClasses === null || input.minClasses <= input.maxClasses,
    { message: "classBandOrder", path: ["maxClasses"] },
  );
export type UpdateThresholdInput = z.infer<typeof updateThresholdSchema>;

/** A standard's value: empty is "not configured" (未配置, never judged), otherwise above zero. */
const standardValue = optionalNumber
  .refine((value) => value === null || value > 0, "positive")
  .refine((value) => value === null || value <= MAX_DECIMAL_18_4, {
    message: "tooLarge",
    params: { max: MAX_DECIMAL_18_4 },
  });

/** The form field of one item of a whole-set edit: `value.<threshold row id>`. */
export const STANDARD_SET_ITEM_FIELD = /^value\.([1-9][0-9]{0,8})$/;
/** More items than any standard has: a bigger form is not one of ours. */
const MAX_STANDARD_SET_ITEMS = 500;

/**
 * A whole standard set entered at once (every item of the standard in one form): the set and the version it was
 * read at, the date the values take effect from, and one `value.<row id>` field per item.
 */
export const updateStandardSetSchema = z
  .object({
    setId: requiredId,
    version: recordVersion,
    effectiveFrom: z.iso.date("invalidDate"),
  })
  .catchall(standardValue)
  .superRefine((input, context) => {
    const items = Object.keys(input).filter((key) => STANDARD_SET_ITEM_FIELD.test(key));
    for (const key of Object.keys(input))
      if (!["setId", "version", "effectiveFrom"].includes(key) && !STANDARD_SET_ITEM_FIELD.test(key))
        context.addIssue({ code: "custom", message: "invalid", path: [key] });
    if (items.length === 0 || items.length > MAX_STANDARD_SET_ITEMS)
      context.addIssue({ code: "custom", message: "invalid", path: ["_form"] });
  })
  .transform(({ setId, version, effectiveFrom, ...values }) => ({
    setId,
    version,
    effectiveFrom,
    items: Object.entries(values).map(([key, value]) => ({
      id: Number(STANDARD_SET_ITEM_FIELD.exec(key)![1]),
      value: value as number | null,
    })),
  }));
export type UpdateStandardSetInput = z.infer<typeof updateStandardSetSchema>;

export const indicatorScopeSchema = z.object({ county: optionalId.catch(undefined), ...fairChoiceShape });

/** How the indicator page colours its county map (decision 0036); anything else is by status. */
export const indicatorMapSchema = z.object({ mapBy: z.enum(MAP_MODES).catch("status") });

/** A province's own target (decision 0041): the same fields as a city default, with no county. */
export const setProvinceTargetSchema = setTargetSchema.omit({ countyId: true });
export type SetProvinceTargetInput = z.infer<typeof setProvinceTargetSchema>;

export interface SplitProvinceTargetInput extends Omit<SplitTargetInput, "parts"> {
  parts: { cityId: number; value: number }[];
}

/**
 * A province target split among the province's cities: the city split's form, read the same way (`part.<city id>`
 * fields, a base or by hand), with each part naming a city.
 */
export const splitProvinceTargetSchema = splitTargetSchema.transform(
  ({ parts, ...input }): SplitProvinceTargetInput => ({
    ...input,
    parts: parts.map((part) => ({ cityId: part.countyId, value: part.value })),
  }),
);
