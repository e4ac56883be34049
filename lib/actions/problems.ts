"use server";

import { createProblem } from "@/lib/data/problems/create-problem";
import { generateFigureProblems } from "@/lib/data/problems/generate-figure-problems";
import {
  acceptProblem,
  reportProblemProgress,
  returnProblem,
  startProblem,
  submitProblem,
} from "@/lib/data/problems/move-problem";
import {
  createProblemSchema,
  generateProblemsSchema,
  problemProgressSchema,
  problemStepSchema,
  returnProblemSchema,
} from "@/lib/schemas/problems";
import { defineAction } from "./builder";

// Problems change no figure (lib/audit/entities.ts): only the ledger and the problem's own page go stale.
const ledger = (id: number) => [{ path: "/problems" }, { path: `/problems/${id}` }];

/** A new problem opens on its own page. */
export const createProblemAction = defineAction({
  name: "createProblemAction",
  schema: createProblemSchema,
  run: createProblem,
  revalidate: (_input, created) => ledger(created.id),
  success: "problems.created",
  redirect: (created) => `/problems/${created.id}`,
});

export const startProblemAction = defineAction({
  name: "startProblemAction",
  schema: problemStepSchema,
  run: startProblem,
  revalidate: ({ id }) => ledger(id),
  success: "problems.started",
});

export const reportProblemProgressAction = defineAction({
  name: "reportProblemProgressAction",
  schema: problemProgressSchema,
  run: reportProblemProgress,
  revalidate: ({ id }) => ledger(id),
  success: "problems.reported",
});

export const submitProblemAction = defineAction({
  name: "submitProblemAction",
  schema: problemStepSchema,
  run: submitProblem,
  revalidate: ({ id }) => ledger(id),
  success: "problems.submitted",
});

export const acceptProblemAction = defineAction({
  name: "acceptProblemAction",
  schema: problemStepSchema,
  run: acceptProblem,
  revalidate: ({ id }) => ledger(id),
  success: "problems.accepted",
});

export const returnProblemAction = defineAction({
  name: "returnProblemAction",
  schema: returnProblemSchema,
  run: returnProblem,
  revalidate: ({ id }) => ledger(id),
  success: "problems.returned",
});

/** Problems from the figures: the ledger, filtered to them, shows what was added. */
export const generateFigureProblemsAction = defineAction({
  name: "generateFigureProblemsAction",
  schema: generateProblemsSchema,
  run: generateFigureProblems,
  revalidate: [{ path: "/problems", type: "layout" }],
  success: (result) => ({ messageKey: "problems.generated", params: { count: result.created } }),
  redirect: () => "/problems?source=FIGURE",
});
