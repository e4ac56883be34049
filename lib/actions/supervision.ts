"use server";

import { raiseSupervisionFinding } from "@/lib/data/supervision/raise-finding";
import { recordSupervisionVisit } from "@/lib/data/supervision/record-visit";
import { raiseFindingSchema, recordVisitSchema } from "@/lib/schemas/supervision";
import { defineAction } from "./builder";

// Visits and the problems raised from them move no figure: the list, the visit and the ledger go stale, and the
// school pages that show a school's visits and problems.
const SCHOOL_PAGES = { path: "/schools", type: "layout" } as const;

/** A recorded visit opens on its own page, where its findings can be raised as problems. */
export const recordSupervisionVisitAction = defineAction({
  name: "recordSupervisionVisitAction",
  schema: recordVisitSchema,
  run: recordSupervisionVisit,
  revalidate: (_input, visit) => [
    { path: "/supervision" },
    { path: `/supervision/${visit.id}` },
    SCHOOL_PAGES,
  ],
  success: "supervision.recorded",
  redirect: (visit) => `/supervision/${visit.id}`,
});

/** A finding raised as a problem opens the problem, where the county works it like any other. */
export const raiseSupervisionFindingAction = defineAction({
  name: "raiseSupervisionFindingAction",
  schema: raiseFindingSchema,
  run: raiseSupervisionFinding,
  revalidate: [{ path: "/supervision", type: "layout" }, { path: "/problems" }, SCHOOL_PAGES],
  success: "supervision.raised",
  redirect: (problem) => `/problems/${problem.id}`,
});
