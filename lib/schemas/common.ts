import { z } from "zod";

/** An optional numeric id from a form (an empty field is "none"). */
export const optionalId = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? undefined : value),
  z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid").optional(),
);

export const requiredId = z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid");
