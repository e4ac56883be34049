import "server-only";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import type { importTeacherRoster } from "@/lib/data/teachers/import-teacher-roster";
import { importStateFrom, type ImportActionData, uploadFrom } from "@/lib/excel/import-result";
import { sheetFormatOf } from "@/lib/excel/sheet-io";
import { importFileSchema } from "@/lib/schemas/teachers";
import { actionErrorFrom, validationFailed, type ActionState } from "./action-state";

/** Roster and facility imports take the same upload and give the same result. */
type Importer = (...args: Parameters<typeof importTeacherRoster>) => ReturnType<typeof importTeacherRoster>;

/** The body of an import action: authenticate, check the upload, import all or nothing, revalidate on success. */
export async function runImportAction(
  formData: FormData,
  importer: Importer,
): Promise<ActionState<ImportActionData>> {
  const user = await requireUser();
  const parsed = importFileSchema.safeParse(uploadFrom(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  const { target, file } = parsed.data;
  try {
    const outcome = await importer(user, target, {
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
