import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { optionalId, plainText, requiredId } from "./common";

/** Tokens act for other systems, never as administrators: an admin token could manage accounts and tokens. */
export const API_TOKEN_ROLES = ROLES.filter((role) => role !== "ADMIN");
export const API_TOKEN_MAX_DAYS = 730;

export const createApiTokenSchema = z.object({
  name: plainText().trim().min(1, "required").max(100, "tooLong"),
  role: z
    .enum(API_TOKEN_ROLES as [string, ...string[]], { error: "required" })
    .transform((role) => role as (typeof API_TOKEN_ROLES)[number]),
  countyId: optionalId,
  schoolId: optionalId,
  expiresInDays: z.coerce
    .number({ error: "notANumber" })
    .int("invalid")
    .min(1, "invalid")
    .max(API_TOKEN_MAX_DAYS, "invalid")
    .default(90),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const apiTokenIdSchema = z.object({ id: requiredId });
