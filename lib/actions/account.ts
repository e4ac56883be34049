"use server";

import { landingPathFor } from "@/lib/auth/landing";
import { changeOwnPassword } from "@/lib/data/users/change-own-password";
import { updateOwnEmail } from "@/lib/data/users/update-own-email";
import { changeOwnPasswordSchema } from "@/lib/schemas/auth";
import { updateOwnEmailSchema } from "@/lib/schemas/users";
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

export const updateOwnEmailAction = defineAction({
  name: "updateOwnEmailAction",
  schema: updateOwnEmailSchema,
  run: updateOwnEmail,
  revalidate: [{ path: "/account/password" }],
  success: "account.emailSaved",
});
