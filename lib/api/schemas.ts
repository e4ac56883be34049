// Schemas of the API's query strings, bodies and answers: JSON-typed descriptions of what travels, documented in
// the OpenAPI document (lib/api/openapi.ts). Writes are then checked by the same form schemas (lib/schemas) the
// pages use, so that the API and the forms cannot accept different data.
import { z } from "zod";
import {
  CountyKind,
  LocationClass,
  Ownership,
  ProblemSource,
  ProblemState,
  SchoolLevel,
  SubmissionState,
  TownKind,
  PeriodState,
} from "@/lib/generated/prisma/enums";
import { MAX_ID } from "@/lib/schemas/common";
import { FACILITY_FIELD_NAMES, FACILITY_FIELDS } from "@/lib/schemas/facilities";

/** An id in a query string */
export const queryId = z.coerce.number().int().positive().max(MAX_ID);
/** A quarter as `2026Q3` */
export const periodParam = z
  .string()
  .regex(/^\d{4}Q[1-4]$/, "invalid")
  .transform((text) => ({ year: Number(text.slice(0, 4)), quarter: Number(text.slice(5)) }))
  .describe("A quarter, e.g. 2026Q3");

/** A timestamp: a Date on the server, an ISO 8601 string in the answer. */
export const timestamp = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString() : value),
  z.iso.datetime(),
);
/** A calendar day: a Date on the server, YYYY-MM-DD in the answer. */
export const day = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date(),
);

export const countySchema = z
  .object({
    id: z.number().int(),
    code: z.string().nullable().describe("行政区划代码 (6 digits) where one exists"),
    name: z.string(),
    nameEn: z.string(),
    kind: z.enum(CountyKind),
    city: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  })
  .meta({ id: "County" });

export const townSchema = z
  .object({
    id: z.number().int(),
    code: z.string().nullable().describe("乡级区划代码 (9 digits) where known"),
    name: z.string(),
    kind: z.enum(TownKind),
    countyId: z.number().int(),
  })
  .meta({ id: "Town" });

export const schoolSchema = z
  .object({
    id: z.number().int(),
    code: z.string().describe("学校标识码 (10 digits)"),
    name: z.string(),
    level: z.enum(SchoolLevel),
    ownership: z.enum(Ownership),
    urbanRuralCode: z.string().nullable().describe("统计用城乡分类代码"),
    locationClass: z.enum(LocationClass),
    isActive: z.boolean(),
    closedOn: day.nullable(),
    countyId: z.number().int(),
    townId: z.number().int(),
  })
  .meta({ id: "School" });

export const thresholdSchema = z
  .object({
    indicatorKey: z.string(),
    setKey: z.string(),
    schoolLevel: z.enum(SchoolLevel).nullable(),
    minClasses: z.number().int().nullable(),
    maxClasses: z.number().int().nullable(),
    comparator: z.string(),
    value: z.number().nullable(),
    unit: z.string(),
    effectiveFrom: day,
    source: z.string(),
    confidence: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: "Threshold" });

export const indicatorSchema = z
  .object({
    key: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    theme: z.string(),
    unit: z.string(),
    unitEn: z.string(),
    valueType: z.string(),
    direction: z.string(),
    kind: z.string().describe("COMPUTED from school data, or REPORTED by counties each quarter"),
    levels: z.array(z.string()),
    definitionZh: z.string(),
    definitionEn: z.string(),
    formulaZh: z.string().nullable(),
    formulaEn: z.string().nullable(),
    policySource: z.string(),
    responsibleOffice: z.string().nullable(),
    isCumulative: z.boolean(),
    defaultTarget: z.number().nullable(),
    defaultDeadlineYear: z.number().int().nullable(),
    thresholds: z.array(thresholdSchema),
  })
  .meta({ id: "Indicator" });

export const indicatorValueSchema = z
  .object({
    level: z.enum(["city", "county", "town"]),
    unitId: z.number().int(),
    unitName: z.string(),
    indicatorKey: z.string(),
    period: z.string().describe("The quarter the value belongs to, e.g. 2026Q3"),
    value: z.number().nullable().describe("Null when not computable or not reported"),
    notComputableReason: z.string().nullable(),
    status: z
      .enum(["met", "on_track", "at_risk", "off_track", "no_data", "no_target"])
      .nullable()
      .describe("Judged for the current quarter only; null for past quarters"),
    target: z
      .object({ value: z.number(), deadlineYear: z.number().int().nullable(), source: z.string() })
      .nullable(),
    isAwaitingApproval: z.boolean(),
  })
  .meta({ id: "IndicatorValue" });

const entrySchema = z.object({
  indicatorKey: z.string(),
  value: z.number().nullable(),
  note: z.string().nullable(),
});

export const collectionSchema = z
  .object({
    id: z.number().int(),
    countyId: z.number().int(),
    period: z.object({
      year: z.number().int(),
      quarter: z.number().int(),
      state: z.enum(PeriodState),
      deadline: day,
    }),
    state: z.enum(SubmissionState),
    version: z.number().int().describe("Send it back with a write (optimistic concurrency)"),
    isLate: z.boolean(),
    submittedAt: timestamp.nullable(),
    approvedAt: timestamp.nullable(),
    values: z.array(entrySchema).describe("The values as they stand (a draft's included)"),
    submittedRevision: z.number().int().nullable(),
    submittedValues: z.array(entrySchema).nullable(),
    approvedValues: z.array(entrySchema).nullable(),
  })
  .meta({ id: "Collection" });

export const problemSchema = z
  .object({
    id: z.number().int(),
    countyId: z.number().int(),
    schoolId: z.number().int().nullable(),
    source: z.enum(ProblemSource),
    itemKey: z.string(),
    description: z.string(),
    measures: z.string(),
    responsibleUnit: z.string(),
    responsiblePerson: z.string(),
    deadline: day,
    state: z.enum(ProblemState),
    valueAtTime: z.number().nullable(),
    currentValue: z.number().nullable(),
    createdAt: timestamp,
    acceptedAt: timestamp.nullable(),
  })
  .meta({ id: "Problem" });

export const collectionWriteSchema = z
  .object({
    countyId: z.number().int().positive(),
    period: z
      .string()
      .regex(/^\d{4}Q[1-4]$/, "invalid")
      .describe("e.g. 2026Q3"),
    version: z.number().int().min(0).describe("The collection's version as read"),
    intent: z
      .enum(["draft", "submit"])
      .describe("draft: save as a draft; submit: for approval (every value required)"),
    values: z.record(z.string(), z.number().nullable()).describe("Indicator key → value (null clears it)"),
    notes: z.record(z.string(), z.string()).optional().describe("Indicator key → explanation"),
  })
  .meta({ id: "CollectionWrite" });

export const collectionWriteAnswer = z
  .object({
    id: z.number().int(),
    version: z.number().int(),
    state: z.enum(SubmissionState),
    isLate: z.boolean(),
  })
  .meta({ id: "CollectionWriteResult" });

const facilityFields = Object.fromEntries(
  FACILITY_FIELD_NAMES.map((field) => [
    field,
    FACILITY_FIELDS[field].unit === null ? z.boolean() : z.number(),
  ]),
) as Record<(typeof FACILITY_FIELD_NAMES)[number], z.ZodBoolean | z.ZodNumber>;

export const facilityWriteSchema = z
  .object({
    schoolId: z.number().int().positive(),
    schoolYear: z.number().int().describe("The school year's first calendar year, e.g. 2026 for 2026–27"),
    version: z.number().int().min(0).describe("The record's version as read; 0 when there was none"),
    confirmLargeChanges: z.boolean().optional(),
    ...facilityFields,
  })
  .meta({ id: "FacilityRecordWrite" });

export const facilityWriteAnswer = z
  .object({ id: z.number().int(), schoolYear: z.number().int() })
  .meta({ id: "FacilityRecordWriteResult" });

export const facilityRecordSchema = z
  .object({
    id: z.number().int(),
    schoolId: z.number().int(),
    schoolYear: z.number().int(),
    version: z.number().int().describe("Name it in a correction (optimistic concurrency)"),
    updatedAt: timestamp,
    ...facilityFields,
  })
  .meta({ id: "FacilityRecord" });
