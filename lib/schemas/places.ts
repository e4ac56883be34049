import { z } from "zod";
import { requiredId } from "./common";

/** Whose data a list, an export or an import concerns: one school's or a county's (its schools'). */
export const placeTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("school"), id: requiredId }),
  z.object({ kind: z.literal("county"), id: requiredId }),
]);
export type PlaceTarget = z.infer<typeof placeTargetSchema>;
