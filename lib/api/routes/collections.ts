import "server-only";
import { z } from "zod";
import { parseInput } from "@/lib/actions/action-state";
import { findCollectionId, listCollections } from "@/lib/data/submissions/list-collections";
import { getSubmissionRules } from "@/lib/data/submissions/get-submission-rules";
import { saveSubmission } from "@/lib/data/submissions/save-submission";
import { submissionFormSchema } from "@/lib/schemas/submissions";
import { defineRoute } from "../define-route";
import { pageAnswer, pageOf, pageQuery, pageRequest } from "../pagination";
import {
  collectionSchema,
  collectionWriteAnswer,
  collectionWriteSchema,
  periodParam,
  queryId,
} from "../schemas";

export const listCollectionsRoute = defineRoute({
  name: "listCollections",
  method: "GET",
  path: "/collections",
  tag: "Collections",
  summary: "Quarterly reports (季度调度) with their current, submitted and approved values",
  query: z.object({
    county: queryId.optional(),
    period: periodParam.optional(),
    indicator: z.string().max(80).optional(),
    ...pageQuery,
  }),
  answer: pageAnswer(collectionSchema),
  csv: ({ items }) => ({
    columns: [
      "collectionId",
      "countyId",
      "period",
      "state",
      "version",
      "indicatorKey",
      "value",
      "note",
      "submittedValue",
      "approvedValue",
    ],
    rows: items.flatMap((c) =>
      c.values.map((v) => [
        c.id,
        c.countyId,
        `${c.period.year}Q${c.period.quarter}`,
        c.state,
        c.version,
        v.indicatorKey,
        v.value,
        v.note,
        c.submittedValues?.find((s) => s.indicatorKey === v.indicatorKey)?.value,
        c.approvedValues?.find((s) => s.indicatorKey === v.indicatorKey)?.value,
      ]),
    ),
  }),
  run: async (user, { query }) =>
    pageOf(
      await listCollections(
        user,
        {
          countyId: query.county,
          year: query.period?.year,
          quarter: query.period?.quarter,
          indicatorKey: query.indicator,
        },
        pageRequest(query),
      ),
      query.limit,
    ),
});

/**
 * The county's form sent by another system: the report is found in the token's scope, the values are checked by
 * the form's own schema (types, ranges, cross-field rules, outliers at submission), then saved or submitted by the
 * same function as the form, in one transaction with its audit record — a value set with one bad value writes nothing.
 */
export const saveCollectionValuesRoute = defineRoute({
  name: "saveCollectionValues",
  method: "POST",
  path: "/collections/values",
  tag: "Collections",
  summary: "Save or submit a county's values for a quarter (all or nothing)",
  body: collectionWriteSchema,
  answer: collectionWriteAnswer,
  run: async (user, { body }) => {
    const { year, quarter } = periodParam.parse(body.period);
    const submissionId = await findCollectionId(user, { countyId: body.countyId, year, quarter });
    const { fields, rules } = await getSubmissionRules(user, submissionId, "submissions:edit");
    const input = parseInput(submissionFormSchema(fields, rules), {
      submissionId: String(submissionId),
      version: String(body.version),
      intent: body.intent,
      ...Object.fromEntries(
        Object.entries(body.values).map(([key, value]) => [
          `values.${key}`,
          value === null ? "" : String(value),
        ]),
      ),
      ...Object.fromEntries(Object.entries(body.notes ?? {}).map(([key, note]) => [`notes.${key}`, note])),
    });
    const saved = await saveSubmission(user, input);
    return { id: submissionId, ...saved };
  },
});
