import { z } from "zod";
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILE_MIB } from "@/lib/imports/upload-limits";
import { placeTargetSchema } from "./places";

/** An uploaded import file (.xlsx or .csv) and the school or county it goes into. */
export const importFileSchema = z.object({
  target: placeTargetSchema,
  file: z
    .instanceof(File, { error: "fileRequired" })
    .refine((file) => file.size > 0, "fileRequired")
    .refine((file) => file.size <= MAX_IMPORT_FILE_BYTES, {
      message: "fileTooLarge",
      params: { megabytes: MAX_IMPORT_FILE_MIB },
    })
    .refine((file) => /\.(xlsx|csv)$/i.test(file.name), "fileFormat"),
});
