import { z } from "zod";
import { Ownership, SchoolLevel } from "@/lib/generated/prisma/enums";
import { locationClassOfCode, URBAN_RURAL_CODE_LIST } from "@/lib/indicators/urban-rural-code";
import {
  daySchema,
  filterId,
  filterText,
  formFlag,
  optionalDay,
  optionalId,
  pageNumber,
  plainText,
  requiredId,
} from "./common";

/** Orders of the school register: by town (then school), by name, or by 学校标识码. */
export const SCHOOL_LIST_SORTS = ["town", "name", "code"] as const;
export const SCHOOL_STATUSES = ["active", "closed"] as const;

const yesNo = z.enum(["yes", "no"]).optional().catch(undefined);

/**
 * The school register's query string: search (name or code), county, town, level, ownership, urban-rural code
 * class, town seat, in an urban-rural group or not, active/closed, order and page, all applied by the database. Bad
 * values fall back to no filter, the town order and page 1. Shaped like the county table's query (schoolTableQuerySchema).
 */
export const schoolListQuerySchema = z.object({
  q: filterText,
  county: filterId,
  town: filterId,
  level: z.enum(SchoolLevel).optional().catch(undefined),
  ownership: z.enum(Ownership).optional().catch(undefined),
  location: z.enum(["URBAN", "TOWN_AREA", "VILLAGE"]).optional().catch(undefined),
  townSeat: yesNo,
  /** 寄宿制学校 or not */
  boarding: yesNo,
  /** A current member of an urban-rural group (the ones the coverage target counts), or not */
  group: yesNo,
  status: z.enum(SCHOOL_STATUSES).optional().catch(undefined),
  sort: z.enum(SCHOOL_LIST_SORTS).catch("town"),
  page: pageNumber,
});
export type SchoolListQuery = z.infer<typeof schoolListQuerySchema>;

/**
 * A school of the register, as the form sends it and the server checks it. The location class is not a field: it
 * is derived from the 城乡分类代码 on write (decision 0019).
 */
const schoolFields = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{10}$/, "schoolCode"),
  name: plainText().trim().min(1, "required").max(100, "tooLong"),
  townId: requiredId,
  level: z.enum(SchoolLevel, { error: "required" }),
  ownership: z.enum(Ownership, { error: "required" }),
  urbanRuralCode: z.enum(URBAN_RURAL_CODE_LIST, { error: "urbanRuralCode" }),
  isTownSeat: formFlag,
  isTownCentralKindergarten: formFlag,
  isBoarding: formFlag,
});

/**
 * The register fields a principal may propose to correct (lib/schemas/school-proposals.ts): what the school itself
 * knows. The code and the town stay with the county, which assigns them.
 */
export const PROPOSABLE_SCHOOL_FIELDS = {
  name: true,
  level: true,
  ownership: true,
  urbanRuralCode: true,
  isTownSeat: true,
  isTownCentralKindergarten: true,
  isBoarding: true,
} as const;
export const proposableSchoolFields = schoolFields.pick(PROPOSABLE_SCHOOL_FIELDS);

// A town-seat school (镇驻地学校) lies in the town seat, which the statistics class as 镇区; a town central
// kindergarten (镇中心幼儿园) is a kindergarten. The indicators count on both.
function checkFlags(school: z.output<typeof schoolFields>, context: z.RefinementCtx) {
  if (school.isTownSeat && locationClassOfCode(school.urbanRuralCode) !== "TOWN_AREA")
    context.addIssue({ code: "custom", path: ["isTownSeat"], message: "townSeatNotTownArea" });
  if (school.isTownCentralKindergarten && school.level !== "KINDERGARTEN")
    context.addIssue({
      code: "custom",
      path: ["isTownCentralKindergarten"],
      message: "centralKindergartenLevel",
    });
}

export const schoolFieldsSchema = schoolFields.superRefine(checkFlags);
export type SchoolFieldsInput = z.infer<typeof schoolFieldsSchema>;

/**
 * A row of the school import: the form's fields and 生效日期, the day a change of the 城乡分类代码 or the town-seat
 * flag of a known school took effect (blank: the day of the import). The day is judged by the form's rule
 * (planStateChange, decision 0024) against the school's stored state when the row is written.
 */
export const schoolImportRowSchema = schoolFields
  .extend({ effectiveOn: optionalDay })
  .superRefine(checkFlags);
export type SchoolImportRow = z.infer<typeof schoolImportRowSchema>;

/**
 * A correction of the register. Where it changes the 城乡分类代码 or the town-seat flag, `stateChange` says how: from
 * `effectiveOn` on (the quarters before keep the old state; without a day, from today) or as the correction of a
 * mistake, which every quarter then reads (decision 0024).
 */
export const updateSchoolSchema = schoolFields
  .extend({
    id: requiredId,
    stateChange: z.enum(["dated", "correction"], { error: "required" }).optional(),
    effectiveOn: daySchema.optional(),
  })
  .superRefine(checkFlags);
export type UpdateSchoolInput = z.infer<typeof updateSchoolSchema>;

export const schoolIdSchema = z.object({ id: requiredId });

/** 撤并: the day the school closed and, where it merged, the school of the same county it merged into. */
export const closeSchoolSchema = z.object({
  id: requiredId,
  closedOn: daySchema,
  mergedIntoId: optionalId,
});
export type CloseSchoolInput = z.infer<typeof closeSchoolSchema>;
