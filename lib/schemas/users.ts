import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { newPasswordSchema } from "./auth";
import { optionalId, plainText, requiredId } from "./common";

const loginName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, "loginNameFormat");
const displayName = plainText().trim().min(1, "required").max(64, "tooLong");
const role = z.enum(ROLES, { error: "required" });
/** Where e-mail notices go (decision 0042): blank removes it; a form without the field leaves it as it is. */
const email = z
  .preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.union([z.literal(""), z.email("email").max(254, "tooLong")]).transform((value) => value || null),
  )
  .optional();

/** Role and place: the county and school fields only count for the roles that need them. */
const userScopeFields = { role, countyId: optionalId, schoolId: optionalId };

/** The first admin of a city, from the command line (`npm run admin:create`): the city by its official code. */
export const createFirstAdminSchema = z
  .object({
    cityCode: z.string().regex(/^\d{6}$/, "invalid"),
    loginName,
    displayName,
    password: newPasswordSchema,
  })
  .refine((input) => !input.password.toLowerCase().includes(input.loginName), {
    path: ["password"],
    message: "passwordContainsLogin",
  });
export type CreateFirstAdminInput = z.infer<typeof createFirstAdminSchema>;

export const createUserSchema = z.object({ loginName, displayName, email, ...userScopeFields });
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({ id: requiredId, displayName, email, ...userScopeFields });

/** A user's own e-mail address (the account page). */
export const updateOwnEmailSchema = z.object({ email });
export type UpdateOwnEmailInput = z.infer<typeof updateOwnEmailSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const userIdSchema = z.object({ id: requiredId });

/** Deactivate ("false") or reactivate ("true") an account. */
export const setUserActiveSchema = userIdSchema.extend({
  active: z.enum(["true", "false"], { error: "invalid" }).transform((active) => active === "true"),
});

/** Link a person at the single sign-on provider, named by the value of its link claim, to an account. */
export const linkExternalIdentitySchema = userIdSchema.extend({
  subject: plainText().trim().min(1, "required").max(255, "tooLong"),
});

export const unlinkExternalIdentitySchema = userIdSchema.extend({ identityId: requiredId });

export const userListFilterSchema = z.object({
  q: plainText().trim().max(64).optional().catch(undefined),
  role: role.optional().catch(undefined),
  status: z.enum(["active", "inactive", "locked"]).optional().catch(undefined),
});
export type UserListFilter = z.infer<typeof userListFilterSchema>;
