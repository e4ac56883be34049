"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { importFacilityRecords } from "@/lib/data/facilities/import-facility-records";
import { saveFacilityRecord } from "@/lib/data/facilities/save-facility-record";
import type { ImportActionData } from "@/lib/excel/import-result";
import { saveFacilityRecordSchema } from "@/lib/schemas/facilities";
import { runImportAction } from "./run-import";
import { actionErrorFrom, formDataToObject, validationFailed, type ActionState } from "./action-state";

export async function saveFacilityRecordAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = saveFacilityRecordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await saveFacilityRecord(user, parsed.data);
    revalidatePath(`/schools/${parsed.data.schoolId}`, "layout");
    return { status: "success", messageKey: "facilities.saved", params: { year: parsed.data.schoolYear } };
  } catch (error) {
    return actionErrorFrom(error);
  }
}

export async function importFacilityRecordsAction(
  _previous: ActionState<ImportActionData>,
  formData: FormData,
): Promise<ActionState<ImportActionData>> {
  return runImportAction(formData, importFacilityRecords);
}
