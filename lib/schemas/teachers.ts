import { z } from "zod";
import {
  BackboneLevel,
  Degree,
  Gender,
  PostKind,
  ProfessionalTitle,
  Subject,
  TeacherStatus,
} from "@/lib/generated/prisma/enums";
import {
  daySchema,
  formFlag as flag,
  filterId,
  numberInput,
  optionalDay,
  optionalMonthOrDay,
  plainText,
  recordVersion,
  requiredId,
  typedNumber,
} from "./common";
import { ROSTER_AGE_BANDS, type RosterAgeBand } from "@/lib/indicators/age-bands";
import { businessDay } from "@/lib/utils/periods";

/** 教职工编号: the stable key of imports, so it is restricted to what registries issue. */
const staffNoSchema = z
  .string({ error: "required" })
  .trim()
  .min(1, "required")
  .regex(/^[A-Za-z0-9-]{1,32}$/, "staffNoFormat");

const MIN_AGE = 18;
const MAX_AGE = 70;

const teacherFields = {
  staffNo: staffNoSchema,
  name: plainText({ error: "required" }).trim().min(1, "required").max(50, "tooLong"),
  gender: z.enum(Gender, { error: "required" }),
  birthDate: daySchema,
  highestDegree: z.enum(Degree, { error: "required" }),
  isFullTime: flag,
  subject: z.enum(Subject, { error: "required" }),
  title: z.enum(ProfessionalTitle, { error: "required" }),
  backboneLevel: z.enum(BackboneLevel, { error: "required" }),
  hasTeachingCertificate: flag,
  trainingHours5y: numberInput(typedNumber().int("wholeNumber").min(0, "nonNegative").max(2_000, "tooLarge")),
  hiredOn: optionalMonthOrDay,
};

type TeacherDays = { birthDate?: unknown; hiredOn?: unknown };

/** The age rules of a teacher's days, for the form and the roster file alike. */
function checkTeacherDays(values: TeacherDays, context: z.RefinementCtx) {
  // Zod runs this even when a field failed: a date that did not parse is already reported.
  if (!(values.birthDate instanceof Date)) return;
  const year = values.birthDate.getUTCFullYear();
  const thisYear = businessDay(new Date()).getUTCFullYear();
  if (year > thisYear - MIN_AGE || year < thisYear - MAX_AGE)
    context.addIssue({ code: "custom", path: ["birthDate"], message: "birthDateImplausible" });
  if (values.hiredOn instanceof Date && values.hiredOn.getUTCFullYear() < year + 16)
    context.addIssue({ code: "custom", path: ["hiredOn"], message: "hiredBeforeAdult" });
}

/** A teacher's record as the form and each import row give it. */
export const teacherValuesSchema = z.object(teacherFields).superRefine(checkTeacherDays);
export type TeacherValues = z.infer<typeof teacherValuesSchema>;

/** Statuses a teacher is off the roster with; leaving needs its day (离开日期). */
export const DEPARTED_STATUSES = ["LEFT", "RETIRED"] as const satisfies readonly TeacherStatus[];
const isDeparted = (status: unknown) => (DEPARTED_STATUSES as readonly unknown[]).includes(status);

/**
 * A row of the roster file: the teacher's values and, optionally, the teacher's status (状态) and the day they left
 * (离开日期), so that a file can mark leavers as the roster's 调离/退休 button does. A blank status leaves a known
 * teacher's status as it is (a new teacher is 在岗); 调离 or 退休 needs the day, which cannot be in the future or
 * before the teacher started work, and a teacher still on the roster has none.
 */
export const rosterRowSchema = z
  .object({
    ...teacherFields,
    status: z.preprocess(
      (value) => (value === "" || value === null ? undefined : value),
      z.enum(TeacherStatus, { error: "invalid" }).optional(),
    ),
    leftOn: optionalDay,
  })
  .superRefine((values, context) => {
    checkTeacherDays(values, context);
    if (values.leftOn === undefined) {
      if (isDeparted(values.status))
        context.addIssue({ code: "custom", path: ["leftOn"], message: "leftOnRequired" });
      return;
    }
    if (!isDeparted(values.status))
      context.addIssue({ code: "custom", path: ["leftOn"], message: "leftOnWithoutDeparture" });
    else if (values.leftOn.getTime() > businessDay(new Date()).getTime())
      context.addIssue({ code: "custom", path: ["leftOn"], message: "leftOnInFuture" });
    else if (values.hiredOn instanceof Date && values.leftOn.getTime() < values.hiredOn.getTime())
      context.addIssue({ code: "custom", path: ["leftOn"], message: "leftBeforeHired" });
  });
export type RosterRow = z.infer<typeof rosterRowSchema>;

export const createTeacherSchema = z.object({ schoolId: requiredId }).and(teacherValuesSchema);
export type CreateTeacherInput = z.infer<typeof createTeacherSchema>;

export const updateTeacherSchema = z
  .object({ id: requiredId, version: recordVersion })
  .and(teacherValuesSchema);
export type UpdateTeacherInput = z.infer<typeof updateTeacherSchema>;

export const markTeacherLeftSchema = z.object({
  id: requiredId,
  status: z.enum(DEPARTED_STATUSES, { error: "required" }),
  leftOn: daySchema,
});
export type MarkTeacherLeftInput = z.infer<typeof markTeacherLeftSchema>;

/** 交流轮岗: the teacher moves to another school of the county from `startedOn`. */
export const rotateTeacherSchema = z.object({
  id: requiredId,
  toSchoolId: requiredId,
  startedOn: daySchema,
  note: plainText().trim().max(500, "tooLong").optional(),
});
export type RotateTeacherInput = z.infer<typeof rotateTeacherSchema>;

/** A principal or vice-principal post; a new principal ends the previous one's post on the same day. */
export const assignSchoolPostSchema = z
  .object({
    id: requiredId,
    kind: z.enum(PostKind, { error: "required" }),
    startedOn: daySchema,
    currentTermStartedOn: daySchema,
  })
  .refine((values) => values.currentTermStartedOn >= values.startedOn, {
    path: ["currentTermStartedOn"],
    message: "termBeforePost",
  });
export type AssignSchoolPostInput = z.infer<typeof assignSchoolPostSchema>;

/** The roster's age filter: its bands and their ages are lib/indicators/age-bands.ts's. */
export const AGE_BANDS = ROSTER_AGE_BANDS;
export type AgeBand = RosterAgeBand;
const TEACHER_SORTS = ["name", "staffNo", "age", "title", "degree"] as const;

/** The roster's query string; a bad value is ignored rather than an error, as in every list. */
export const teacherListFilterSchema = z.object({
  q: plainText().trim().max(50).optional().catch(undefined),
  /** A county roster narrowed to one of its schools or towns (ids outside the county match nothing) */
  school: filterId,
  town: filterId,
  subject: z.enum(Subject).optional().catch(undefined),
  degree: z.enum(Degree).optional().catch(undefined),
  title: z.enum(ProfessionalTitle).optional().catch(undefined),
  ageBand: z.enum(AGE_BANDS).optional().catch(undefined),
  fullTime: z.enum(["yes", "no"]).optional().catch(undefined),
  status: z.enum(["current", "left", "all"]).default("current").catch("current"),
  sort: z.enum(TEACHER_SORTS).default("name").catch("name"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  /** The day ages and age bands are computed on (default today), e.g. the end of a reporting quarter */
  on: daySchema.optional().catch(undefined),
});
export type TeacherListFilter = z.infer<typeof teacherListFilterSchema>;
