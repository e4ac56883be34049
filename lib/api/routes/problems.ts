import "server-only";
import { z } from "zod";
import { listProblemPage } from "@/lib/data/problems/list-problem-page";
import { ProblemState } from "@/lib/generated/prisma/enums";
import { defineRoute } from "../define-route";
import { pageAnswer, pageOf, pageQuery, pageRequest } from "../pagination";
import { problemSchema, queryId } from "../schemas";

export const listProblemsRoute = defineRoute({
  name: "listProblems",
  method: "GET",
  path: "/problems",
  tag: "Problems",
  summary: "Problems of the 整改台账 with their states",
  query: z.object({
    county: queryId.optional(),
    school: queryId.optional(),
    indicator: z.string().max(80).optional().describe("The item (indicator or standard) key"),
    state: z.enum(ProblemState).optional(),
    ...pageQuery,
  }),
  answer: pageAnswer(problemSchema),
  csv: ({ items }) => ({
    columns: [
      "id",
      "countyId",
      "schoolId",
      "source",
      "itemKey",
      "state",
      "deadline",
      "responsibleUnit",
      "responsiblePerson",
      "valueAtTime",
      "currentValue",
      "description",
    ],
    rows: items.map((p) => [
      p.id,
      p.countyId,
      p.schoolId,
      p.source,
      p.itemKey,
      p.state,
      p.deadline,
      p.responsibleUnit,
      p.responsiblePerson,
      p.valueAtTime,
      p.currentValue,
      p.description,
    ]),
  }),
  run: async (user, { query }) =>
    pageOf(
      await listProblemPage(
        user,
        { countyId: query.county, schoolId: query.school, itemKey: query.indicator, state: query.state },
        pageRequest(query),
      ),
      query.limit,
    ),
});
