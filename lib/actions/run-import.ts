import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { AppError } from "@/lib/errors";
import { sheetFormatOf } from "@/lib/excel/sheet-io";
import type { UploadedSheet } from "@/lib/imports/pipeline";
import type { ImportActionData, ImportOutcome } from "@/lib/imports/result";
import { importFileSchema } from "@/lib/schemas/imports";
import type { PlaceTarget } from "@/lib/schemas/places";
import { defineAction, EVERY_PAGE, type SuccessMessage } from "./builder";

/** Every import takes the same upload and gives the same result. */
type Importer = (user: SessionUser, target: PlaceTarget, file: UploadedSheet) => Promise<ImportOutcome>;
/** An import into the user's own scope (the school register): the upload alone. */
type ScopeImporter = (user: SessionUser, file: UploadedSheet) => Promise<ImportOutcome>;

/** The upload form's fields (`targetKind`, `targetId`, `file`) in the shape of importFileSchema. */
const uploadSchema = z.preprocess((form) => {
  const fields = (form ?? {}) as Record<string, unknown>;
  return { target: { kind: fields.targetKind, id: fields.targetId }, file: fields.file };
}, importFileSchema);

/**
 * An import action: the upload is checked, imported all or nothing, and every page revalidated once it is in. A
 * file with row errors is refused as a whole, its errors listed by row and column (`details.rowErrors`).
 */
export function importAction(name: string, importer: Importer) {
  return uploadAction(name, uploadSchema, (user, { target }, file) => importer(user, target, file));
}

/** importAction for an import into the user's own scope: the form sends the file only. */
export function scopeImportAction(name: string, importer: ScopeImporter) {
  return uploadAction(name, importFileSchema.pick({ file: true }), (user, _input, file) =>
    importer(user, file),
  );
}

function uploadAction<Input extends { file: File }>(
  name: string,
  schema: z.ZodType<Input>,
  importer: (user: SessionUser, input: Input, file: UploadedSheet) => Promise<ImportOutcome>,
) {
  return defineAction({
    name,
    schema,
    run: async (user, input) => {
      const { file } = input;
      const outcome = await importer(user, input, {
        name: file.name,
        format: sheetFormatOf(file.name)!,
        data: await file.arrayBuffer(),
      });
      if (outcome.status === "invalid")
        throw new AppError("VALIDATION", {
          messageKey: "imports.invalid",
          params: { count: outcome.errors.length },
          details: { rowErrors: outcome.errors },
        });
      return outcome.summary;
    },
    revalidate: [EVERY_PAGE],
    success: (summary): SuccessMessage<ImportActionData> => ({
      messageKey: summary.unchanged === undefined ? "imports.done" : "imports.doneWithUnchanged",
      params: { ...summary },
      data: { summary },
    }),
  });
}
