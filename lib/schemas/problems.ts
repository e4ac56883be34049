import { z } from "zod";
import { ProblemSource, ProblemState } from "@/lib/generated/prisma/enums";
import { evidenceFilesSchema } from "./evidence";
import {
  daySchema,
  filterId,
  filterText,
  numberInput,
  pageNumber,
  plainText,
  requiredId,
  typedNumber,
} from "./common";

export const PROBLEM_TEXT_MAX = 2000;

/** Sources a person may record by hand; FIGURE problems come from the figures (generation) only. */
export const MANUAL_PROBLEM_SOURCES = [
  "MANUAL",
  "SUPERVISION",
  "VERIFICATION",
] as const satisfies readonly ProblemSource[];

const longText = plainText().trim().max(PROBLEM_TEXT_MAX, "tooLong");
const requiredLongText = longText.pipe(z.string().min(1, "required"));
const optionalValue = numberInput(typedNumber().optional());

/** A problem entered by hand: the county and, for a school's problem, the school's 学校标识码 (empty: the county's own). */
export const createProblemSchema = z.object({
  countyId: requiredId,
  schoolCode: z
    .string()
    .trim()
    .regex(/^(\d{10})?$/, "schoolCode")
    .optional()
    .transform((code) => code || undefined),
  source: z.enum(MANUAL_PROBLEM_SOURCES, { error: "required" }),
  itemKey: plainText().trim().min(1, "required").max(80, "tooLong"),
  valueAtTime: optionalValue,
  description: requiredLongText,
  measures: longText.default(""),
  responsibleUnit: plainText().trim().min(1, "required").max(100, "tooLong"),
  responsiblePerson: plainText().trim().min(1, "required").max(50, "tooLong"),
  deadline: daySchema,
});
export type CreateProblemInput = z.infer<typeof createProblemSchema>;

/** A transition with an optional note (start, submit, accept). */
export const problemStepSchema = z.object({ id: requiredId, note: longText.default("") });
export type ProblemStepInput = z.infer<typeof problemStepSchema>;

/** A progress update: what was done, the figure now if it was measured, and its evidence files. */
export const problemProgressSchema = z.object({
  id: requiredId,
  note: requiredLongText,
  value: optionalValue,
  files: evidenceFilesSchema,
});
/** Files are optional for callers other than the form (tests, scripts). */
export type ProblemProgressInput = Omit<z.infer<typeof problemProgressSchema>, "files"> & { files?: File[] };

/** A return says why. */
export const returnProblemSchema = z.object({ id: requiredId, note: requiredLongText });

const yes = z.enum(["yes"]).optional().catch(undefined);

export const problemListQuerySchema = z.object({
  state: z.enum(ProblemState).optional().catch(undefined),
  source: z.enum(ProblemSource).optional().catch(undefined),
  county: filterId,
  item: filterText,
  overdue: yes,
  page: pageNumber,
});
export type ProblemListQuery = z.infer<typeof problemListQuerySchema>;

/** Generating the problems the figures call for: the deadline every one of them gets (each can be changed later). */
export const generateProblemsSchema = z.object({ deadline: daySchema });
export type GenerateProblemsInput = z.infer<typeof generateProblemsSchema>;
