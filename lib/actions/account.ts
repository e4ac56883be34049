"use server";

import { redirect } from "next/navigation";
import { landingPathFor } from "@/lib/auth/landing";
import { requireUser } from "@/lib/auth/session";
import { changeOwnPassword } from "@/lib/data/users/change-own-password";
import { changeOwnPasswordSchema } from "@/lib/schemas/auth";
import { actionErrorFrom, formDataToObject, validationFailed, type ActionState } from "./action-state";

export async function changeOwnPasswordAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser({ allowPendingPasswordChange: true });
  const parsed = changeOwnPasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await changeOwnPassword(user, parsed.data);
  } catch (error) {
    return actionErrorFrom(error);
  }
  // A temporary password is replaced: continue to the user's start page.
  if (user.mustChangePassword) redirect(landingPathFor(user));
  return { status: "success", messageKey: "account.passwordChanged" };
}
