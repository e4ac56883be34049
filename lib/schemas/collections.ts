import { z } from "zod";
import {
  SchoolLevel,
  type CollectionPeriodType,
  type DeadlineRuleKind,
  type ReporterLevel,
} from "@/lib/generated/prisma/enums";
import { canRollUp } from "@/lib/indicators/school-roll-up";
import {
  formFlag,
  formList,
  MAX_DECIMAL_18_4,
  numberInput,
  optionalDay,
  optionalId,
  plainText,
  recordVersion,
  requiredId,
  typedNumber,
} from "./common";
import { VALUE_TYPES, type ReportedField } from "./submissions";

// A collection (调度表) as city staff define it (decision 0044), shared by the form and the server. Messages are keys
// under `validation.`.

export const PERIOD_TYPES = [
  "MONTH",
  "QUARTER",
  "HALF_YEAR",
  "YEAR",
  "ONE_OFF",
] as const satisfies readonly CollectionPeriodType[];

export const DEADLINE_KINDS = [
  "WORKING_DAYS_AFTER_END",
  "DAY_OF_NEXT_MONTH",
  "DAYS_FROM_END",
] as const satisfies readonly DeadlineRuleKind[];

/** Who reports (decision 0046): the counties, or the schools of chosen levels with a county review. */
export const REPORTER_LEVELS = ["COUNTY", "SCHOOL"] as const satisfies readonly ReporterLevel[];

/** How many periods of a type a year has (a one-off collection has one). */
export const PERIODS_PER_YEAR: Record<CollectionPeriodType, number> = {
  MONTH: 12,
  QUARTER: 4,
  HALF_YEAR: 2,
  YEAR: 1,
  ONE_OFF: 1,
};

/** The allowed number of each deadline rule: working days after the end, a day of the month, calendar days. */
export const DEADLINE_DAYS_RANGE: Record<DeadlineRuleKind, { min: number; max: number }> = {
  WORKING_DAYS_AFTER_END: { min: 1, max: 60 },
  DAY_OF_NEXT_MONTH: { min: 1, max: 31 },
  DAYS_FROM_END: { min: -60, max: 120 },
};

/** The quarterly report as a collection (decision 0044): as the migration and the seed create it. */
export const QUARTERLY_REPORT_COLLECTION = {
  nameZh: "季度报表",
  nameEn: "Quarterly report",
  periodType: "QUARTER",
  deadlineKind: "DAYS_FROM_END",
  // The quarterly report's suggested deadline (QUARTERLY_DEADLINE_RULE): six days before the quarter ends.
  deadlineDays: -6,
  isQuarterlyReport: true,
} as const;

/** Blank custom-item rows the form offers under the existing ones. */
export const NEW_CUSTOM_ROWS = 3;
export const MAX_CUSTOM_ITEMS = 40;

const text = plainText({ error: "invalid" });
const optionalNumber = numberInput(
  typedNumber().min(-MAX_DECIMAL_18_4, "tooLarge").max(MAX_DECIMAL_18_4, "tooLarge").optional(),
);

const blankWhenMissing = (value: unknown) => value ?? "";

const customItem = z
  .object({
    /** The existing item's key when editing it; empty for a new one */
    key: text.trim().max(64, "invalid").optional(),
    nameZh: text.trim().min(1, "required").max(120, "tooLong"),
    nameEn: z.preprocess(blankWhenMissing, text.trim().max(160, "tooLong")),
    unit: text.trim().min(1, "required").max(32, "tooLong"),
    valueType: z.enum(VALUE_TYPES, { error: "invalid" }),
    min: optionalNumber,
    max: optionalNumber,
    noteRequired: formFlag,
    /** Where schools report: the county's figure is the sum of its schools' approved values */
    rollsUp: formFlag,
  })
  .refine((item) => item.min === undefined || item.max === undefined || item.min <= item.max, {
    path: ["max"],
    message: "collections.minOverMax",
  })
  .refine((item) => !item.rollsUp || canRollUp(item.valueType), {
    path: ["rollsUp"],
    message: "collections.notSummable",
  });
export type CustomItemInput = z.infer<typeof customItem>;

/** Form fields `custom.<row>.<field>` become a list of rows; a row left blank is no item. */
function nestCustomRows(input: unknown): unknown {
  if (!input || typeof input !== "object") return input;
  const rows = new Map<number, Record<string, unknown>>();
  const rest: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    const [, row, field] = /^custom\.(\d{1,3})\.(\w+)$/.exec(name) ?? [];
    if (row === undefined || field === undefined) {
      rest[name] = value;
      continue;
    }
    const entry = rows.get(Number(row)) ?? {};
    entry[field] = value;
    rows.set(Number(row), entry);
  }
  const filled = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, entry]) => entry)
    .filter((entry) =>
      ["nameZh", "nameEn", "unit", "min", "max"].some(
        (field) => typeof entry[field] === "string" && (entry[field] as string).trim() !== "",
      ),
    );
  return { ...rest, custom: filled };
}

/** Create or edit a collection: its name, period type (a one-off one with its dates), deadline rule and items. */
export const collectionSchema = z.preprocess(
  nestCustomRows,
  z
    .object({
      collectionId: optionalId,
      version: recordVersion,
      nameZh: text.trim().min(1, "required").max(80, "tooLong"),
      nameEn: z.preprocess(blankWhenMissing, text.trim().max(120, "tooLong")),
      periodType: z.enum(PERIOD_TYPES, { error: "invalid" }),
      startsOn: optionalDay,
      endsOn: optionalDay,
      deadlineKind: z.enum(DEADLINE_KINDS, { error: "invalid" }),
      deadlineDays: numberInput(typedNumber().int("integer")),
      indicatorKeys: z.preprocess(
        formList,
        z.array(text.trim().min(1).max(64, "invalid")).max(200, "invalid"),
      ),
      noteRequiredKeys: z.preprocess(
        formList,
        z.array(text.trim().min(1).max(64, "invalid")).max(200, "invalid"),
      ),
      reporterLevel: z.preprocess(
        (value) => (value === undefined || value === "" ? "COUNTY" : value),
        z.enum(REPORTER_LEVELS, { error: "invalid" }),
      ),
      schoolLevels: z.preprocess(
        formList,
        z.array(z.enum(SchoolLevel, { error: "invalid" })).max(20, "invalid"),
      ),
      /** Catalogue items that roll up from the schools (the server checks their value types) */
      rollUpKeys: z.preprocess(formList, z.array(text.trim().min(1).max(64, "invalid")).max(200, "invalid")),
      custom: z.array(customItem).max(MAX_CUSTOM_ITEMS, "collections.tooManyItems"),
      /** Each period opens by itself on its first day (decision 0051) */
      opensOnSchedule: formFlag,
    })
    .superRefine((input, ctx) => {
      const range = DEADLINE_DAYS_RANGE[input.deadlineKind];
      if (input.deadlineDays < range.min || input.deadlineDays > range.max)
        ctx.addIssue({
          code: "custom",
          path: ["deadlineDays"],
          message: "collections.deadlineDaysRange",
          params: range,
        });
      if (input.periodType === "ONE_OFF") {
        if (!input.startsOn) ctx.addIssue({ code: "custom", path: ["startsOn"], message: "required" });
        if (!input.endsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "required" });
        if (input.startsOn && input.endsOn && input.endsOn < input.startsOn)
          ctx.addIssue({ code: "custom", path: ["endsOn"], message: "collections.endBeforeStart" });
      }
      if (input.reporterLevel === "SCHOOL" && input.schoolLevels.length === 0)
        ctx.addIssue({ code: "custom", path: ["schoolLevels"], message: "collections.noSchoolLevels" });
      if (new Set(input.indicatorKeys).size + input.custom.length === 0)
        ctx.addIssue({ code: "custom", path: ["indicatorKeys"], message: "collections.noItems" });
    })
    .transform((input) => ({
      ...input,
      nameEn: input.nameEn === "" ? input.nameZh : input.nameEn,
      indicatorKeys: [...new Set(input.indicatorKeys)],
      // Levels and roll-ups mean something only where schools report.
      schoolLevels: input.reporterLevel === "SCHOOL" ? [...new Set(input.schoolLevels)] : [],
      rollUpKeys: input.reporterLevel === "SCHOOL" ? [...new Set(input.rollUpKeys)] : [],
      // Dates belong to one-off collections only.
      startsOn: input.periodType === "ONE_OFF" ? (input.startsOn ?? null) : null,
      endsOn: input.periodType === "ONE_OFF" ? (input.endsOn ?? null) : null,
      custom: input.custom.map((item) => ({
        ...item,
        nameEn: item.nameEn === "" ? item.nameZh : item.nameEn,
        rollsUp: input.reporterLevel === "SCHOOL" && item.rollsUp,
      })),
    })),
);
export type CollectionInput = z.infer<typeof collectionSchema>;

/** Open a period of a collection: the year and its month, quarter or half (1 for a year or a one-off). */
export const openCollectionPeriodSchema = z.object({
  collectionId: requiredId,
  year: numberInput(z.number({ error: "invalid" }).int("invalid").min(2020, "invalid").max(2100, "invalid")),
  sequence: numberInput(z.number({ error: "invalid" }).int("invalid").min(1, "invalid").max(12, "invalid")),
});
export type OpenCollectionPeriodInput = z.infer<typeof openCollectionPeriodSchema>;

export const collectionIdSchema = z.object({ collectionId: requiredId });

/** One item of a collection as its form and check need it. */
export interface CollectionItemDefinition {
  key: string;
  valueType: ReportedField["valueType"];
  isCumulative: boolean;
  min: number | null;
  max: number | null;
  noteRequired: boolean;
}

/**
 * The fields of a collection's report form from its items (decision 0044): `submissionFormSchema(fields, rules)`
 * then checks types, each item's allowed range and required notes, in the browser and on the server alike.
 * A collection's own items have no quarterly history to compare against, so there is no outlier check.
 */
export function collectionFields(items: readonly CollectionItemDefinition[]): ReportedField[] {
  return items.map((item) => ({
    key: item.key,
    valueType: item.valueType,
    isCumulative: item.isCumulative,
    baseline: null,
    history: null,
    min: item.min,
    max: item.max,
    noteRequired: item.noteRequired,
  }));
}
