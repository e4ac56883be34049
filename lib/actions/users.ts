"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { createUser } from "@/lib/data/users/create-user";
import { resetUserPassword } from "@/lib/data/users/reset-user-password";
import { setUserActive, unlockUser } from "@/lib/data/users/set-user-active";
import { updateUser } from "@/lib/data/users/update-user";
import { createUserSchema, updateUserSchema, userIdSchema } from "@/lib/schemas/users";
import { actionErrorFrom, formDataToObject, validationFailed, type ActionState } from "./action-state";

export async function createUserAction(
  _previous: ActionState<{ userId: number; temporaryPassword: string }>,
  formData: FormData,
): Promise<ActionState<{ userId: number; temporaryPassword: string }>> {
  const user = await requireUser();
  const parsed = createUserSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    const { user: created, temporaryPassword } = await createUser(user, parsed.data);
    revalidatePath("/admin/users");
    return {
      status: "success",
      messageKey: "users.created",
      params: { login: created.loginName },
      data: { userId: created.id, temporaryPassword },
    };
  } catch (error) {
    return actionErrorFrom(error);
  }
}

export async function updateUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = updateUserSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await updateUser(user, parsed.data);
    revalidatePath("/admin/users");
    return { status: "success", messageKey: "users.updated" };
  } catch (error) {
    return actionErrorFrom(error);
  }
}

export async function resetUserPasswordAction(
  _previous: ActionState<{ temporaryPassword: string }>,
  formData: FormData,
): Promise<ActionState<{ temporaryPassword: string }>> {
  const user = await requireUser();
  const parsed = userIdSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    const result = await resetUserPassword(user, parsed.data.id);
    revalidatePath("/admin/users");
    return { status: "success", messageKey: "users.passwordReset", data: result };
  } catch (error) {
    return actionErrorFrom(error);
  }
}

export async function setUserActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = userIdSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  const isActive = formData.get("active") === "true";
  try {
    await setUserActive(user, parsed.data.id, isActive);
    revalidatePath("/admin/users");
    return { status: "success", messageKey: isActive ? "users.reactivated" : "users.deactivated" };
  } catch (error) {
    return actionErrorFrom(error);
  }
}

export async function unlockUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = userIdSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await unlockUser(user, parsed.data.id);
    revalidatePath("/admin/users");
    return { status: "success", messageKey: "users.unlocked" };
  } catch (error) {
    return actionErrorFrom(error);
  }
}
