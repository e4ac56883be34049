"use server";

import { drawVerificationSample } from "@/lib/data/verification/draw-sample";
import { recordVerificationFinding } from "@/lib/data/verification/record-finding";
import { drawSampleSchema, recordFindingSchema } from "@/lib/schemas/verification";
import { defineAction } from "./builder";

// A sample and its findings change no figure: only the verification pages are stale.
const VERIFICATION_PAGES = [{ path: "/supervision/verification", type: "layout" as const }];

export const drawVerificationSampleAction = defineAction({
  name: "drawVerificationSampleAction",
  schema: drawSampleSchema,
  run: drawVerificationSample,
  revalidate: VERIFICATION_PAGES,
  success: "verification.drawn",
  redirect: (sample) => `/supervision/verification/${sample.id}`,
});

export const recordVerificationFindingAction = defineAction({
  name: "recordVerificationFindingAction",
  schema: recordFindingSchema,
  run: recordVerificationFinding,
  revalidate: VERIFICATION_PAGES,
  success: "verification.recorded",
});
