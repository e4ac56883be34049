import { z } from "zod";
import {
  FINDING_NOTE_MAX,
  RECORDED_FINDINGS,
  SAMPLE_SIZE_DEFAULT,
  SAMPLE_SIZE_MAX,
  SEED_MAX,
} from "@/lib/workflows/verification";
import { MAX_DECIMAL_18_4, numberInput, pageNumber, plainText, requiredId, typedNumber } from "./common";

/** 抽取核查样本: the quarter, how many values, and a seed (blank: a fresh one; typed: repeat an earlier draw). */
export const drawSampleSchema = z.object({
  periodId: requiredId,
  size: numberInput(
    typedNumber().int("wholeNumber").min(1, "sampleSize").max(SAMPLE_SIZE_MAX, "sampleSize"),
  ).default(SAMPLE_SIZE_DEFAULT),
  seed: plainText()
    .trim()
    .max(SEED_MAX, "tooLong")
    .regex(/^[\w.-]*$/, "seedCharacters")
    .optional()
    .transform((seed) => seed || undefined),
});
export type DrawSampleInput = z.infer<typeof drawSampleSchema>;

/**
 * A verifier's finding on one sampled value: confirmed, or a discrepancy with the value the sources give and a note
 * saying where it was checked.
 */
export const recordFindingSchema = z
  .object({
    itemId: requiredId,
    finding: z.enum(RECORDED_FINDINGS, { error: "invalid" }),
    checkedValue: numberInput(
      typedNumber().min(-MAX_DECIMAL_18_4, "tooLarge").max(MAX_DECIMAL_18_4, "tooLarge").optional(),
    ),
    note: plainText()
      .trim()
      .max(FINDING_NOTE_MAX, "tooLong")
      .optional()
      .transform((note) => note || undefined),
  })
  .superRefine((input, context) => {
    if (input.finding !== "DISCREPANCY") return;
    if (input.checkedValue === undefined)
      context.addIssue({ code: "custom", path: ["checkedValue"], message: "required" });
    if (input.note === undefined) context.addIssue({ code: "custom", path: ["note"], message: "required" });
  });
export type RecordFindingInput = z.infer<typeof recordFindingSchema>;

export const verificationListQuerySchema = z.object({ page: pageNumber });
