"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { importFacilityRecords } from "@/lib/data/facilities/import-facility-records";
import { saveFacilityRecord } from "@/lib/data/facilities/save-facility-record";
import { importStateFrom, type ImportActionData, uploadFrom } from "@/lib/excel/import-result";
import { sheetFormatOf } from "@/lib/excel/sheet-io";
import { saveFacilityRecordSchema } from "@/lib/schemas/facilities";
import { importFileSchema } from "@/lib/schemas/teachers";
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
  const user = await requireUser();
  const parsed = importFileSchema.safeParse(uploadFrom(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  const { target, file } = parsed.data;
  try {
    const outcome = await importFacilityRecords(user, target, {
      name: file.name,
      format: sheetFormatOf(file.name)!,
      data: await file.arrayBuffer(),
    });
    if (outcome.status === "imported") revalidatePath("/", "layout");
    return importStateFrom(outcome);
  } catch (error) {
    return actionErrorFrom(error);
  }
}
