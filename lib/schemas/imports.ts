import { z } from "zod";
import { placeTargetSchema } from "./places";

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** An uploaded import file (.xlsx or .csv) and the school or county it goes into. */
export const importFileSchema = z.object({
  target: placeTargetSchema,
  file: z
    .instanceof(File, { error: "fileRequired" })
    .refine((file) => file.size > 0, "fileRequired")
    .refine((file) => file.size <= MAX_IMPORT_BYTES, "fileTooLarge")
    .refine((file) => /\.(xlsx|csv)$/i.test(file.name), "fileFormat"),
});
