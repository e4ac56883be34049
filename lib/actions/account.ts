"use server";

import { landingPathFor } from "@/lib/auth/landing";
import { changeOwnPassword } from "@/lib/data/users/change-own-password";
import { changeOwnPasswordSchema } from "@/lib/schemas/auth";
import { defineAction } from "./builder";

/** The one action a user with a temporary password may call: replacing it. */
export const changeOwnPasswordAction = defineAction({
  name: "changeOwnPasswordAction",
  access: "pendingPasswordChange",
  schema: changeOwnPasswordSchema,
  run: changeOwnPassword,
  revalidate: [],
  success: "account.passwordChanged",
  // A temporary password is replaced: continue to the user's start page.
  redirect: (_result, _input, user) => (user.mustChangePassword ? landingPathFor(user) : null),
});
