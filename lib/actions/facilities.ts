"use server";

import { importFacilityRecords } from "@/lib/data/facilities/import-facility-records";
import { saveFacilityRecord } from "@/lib/data/facilities/save-facility-record";
import { saveFacilityRecordSchema } from "@/lib/schemas/facilities";
import { defineAction } from "./builder";
import { importAction } from "./run-import";

export const saveFacilityRecordAction = defineAction({
  name: "saveFacilityRecordAction",
  schema: saveFacilityRecordSchema,
  run: saveFacilityRecord,
  revalidate: ({ schoolId }) => [{ path: `/schools/${schoolId}`, type: "layout" }],
  success: (_saved, { schoolYear }) => ({ messageKey: "facilities.saved", params: { year: schoolYear } }),
});

export const importFacilityRecordsAction = importAction("importFacilityRecordsAction", importFacilityRecords);
