import { z } from "zod";
import { SupervisionKind } from "@/lib/generated/prisma/enums";
import { daySchema, filterId, pageNumber, plainText, requiredId, formList } from "./common";

export const SUPERVISION_KINDS = Object.values(SupervisionKind);
export const MAX_FINDINGS = 30;
const FINDING_MAX = 2000;

/** Names typed into one field, separated by commas, 、 or new lines. */
const nameList = plainText()
  .default("")
  .transform((text) =>
    text
      .split(/[,，、;；\n]/)
      .map((name) => name.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(50, "tooLong")).max(20, "tooMany"));
/** One finding per line. */
const findingList = plainText()
  .default("")
  .transform((text) =>
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(FINDING_MAX, "tooLong")).max(MAX_FINDINGS, "tooMany"));

/** A visit: the county and (for a school visit) the school's 学校标识码, the day, the kind, inspectors and findings. */
export const recordVisitSchema = z
  .object({
    countyId: requiredId,
    schoolCode: z
      .string()
      .trim()
      .regex(/^(\d{10})?$/, "schoolCode")
      .optional()
      .transform((code) => code || undefined),
    kind: z.enum(SupervisionKind, { error: "required" }),
    visitedOn: daySchema,
    inspectorIds: z.preprocess(formList, z.array(requiredId).max(20, "tooMany")),
    inspectorNames: nameList,
    summary: plainText().trim().max(FINDING_MAX, "tooLong").default(""),
    findings: findingList,
  })
  .superRefine((visit, context) => {
    if (visit.inspectorIds.length + visit.inspectorNames.length === 0)
      context.addIssue({ code: "custom", path: ["inspectorNames"], message: "inspectorRequired" });
  });
export type RecordVisitInput = z.infer<typeof recordVisitSchema>;

/** A finding raised as a problem of the 整改台账, with its deadline. */
export const raiseFindingSchema = z.object({ findingId: requiredId, deadline: daySchema });
export type RaiseFindingInput = z.infer<typeof raiseFindingSchema>;

export const supervisionListQuerySchema = z.object({
  kind: z.enum(SupervisionKind).optional().catch(undefined),
  county: filterId,
  page: pageNumber,
});
export type SupervisionListQuery = z.infer<typeof supervisionListQuerySchema>;
