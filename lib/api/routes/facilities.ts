import "server-only";
import { z } from "zod";
import { parseInput } from "@/lib/actions/action-state";
import { listFacilityRecords } from "@/lib/data/facilities/list-facility-records";
import { saveFacilityRecord } from "@/lib/data/facilities/save-facility-record";
import { FACILITY_FIELD_NAMES } from "@/lib/schemas/facilities";
import { saveFacilityRecordSchema } from "@/lib/schemas/facilities";
import { defineRoute } from "../define-route";
import { pageAnswer, pageOf, pageQuery, pageRequest } from "../pagination";
import { facilityRecordSchema, facilityWriteAnswer, facilityWriteSchema, queryId } from "../schemas";

export const listFacilityRecordsRoute = defineRoute({
  name: "listFacilityRecords",
  method: "GET",
  path: "/facility-records",
  tag: "Facilities",
  summary: "Facility records (办学条件) of the schools in the token's scope, with their versions",
  query: z.object({
    county: queryId.optional(),
    school: queryId.optional(),
    schoolYear: z.coerce.number().int().min(2000).max(2100).optional(),
    ...pageQuery,
  }),
  answer: pageAnswer(facilityRecordSchema),
  csv: ({ items }) => ({
    columns: ["id", "schoolId", "schoolYear", "version", ...FACILITY_FIELD_NAMES],
    rows: items.map((r) => [
      r.id,
      r.schoolId,
      r.schoolYear,
      r.version,
      ...FACILITY_FIELD_NAMES.map((f) => r[f]),
    ]),
  }),
  run: async (user, { query }) =>
    pageOf(
      await listFacilityRecords(
        user,
        { countyId: query.county, schoolId: query.school, schoolYear: query.schoolYear },
        pageRequest(query),
      ),
      query.limit,
    ),
});

/**
 * Creates or corrects a school's facility record of a school year through the form's schema and write: refused
 * when the record moved on since `version` was read (decision 0023), audited like the form's save.
 */
export const saveFacilityRecordRoute = defineRoute({
  name: "saveFacilityRecord",
  method: "PUT",
  path: "/facility-records",
  tag: "Facilities",
  summary: "Create or correct a school's facility record of a school year",
  body: facilityWriteSchema,
  answer: facilityWriteAnswer,
  run: async (user, { body }) => {
    const { confirmLargeChanges, ...values } = body;
    const input = parseInput(saveFacilityRecordSchema, {
      ...Object.fromEntries(
        Object.entries(values).map(([field, value]) => [
          field,
          typeof value === "boolean" ? (value ? "on" : "") : String(value),
        ]),
      ),
      ...(confirmLargeChanges ? { confirmLargeChanges: "on" } : {}),
    });
    return saveFacilityRecord(user, input);
  },
});
