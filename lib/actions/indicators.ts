"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { updateCitySettings } from "@/lib/data/settings/update-city-settings";
import { updateThreshold } from "@/lib/data/standards/update-threshold";
import { deleteTarget } from "@/lib/data/targets/delete-target";
import { setTarget } from "@/lib/data/targets/set-target";
import { setTargetSchema, targetIdSchema, updateThresholdSchema } from "@/lib/schemas/indicators";
import { citySettingsSchema } from "@/lib/settings/city-settings";
import { actionErrorFrom, formDataToObject, validationFailed, type ActionState } from "./action-state";

// Targets, standards and settings change every figure's status: every page that shows one is revalidated.
const revalidateFigures = () => revalidatePath("/", "layout");

export async function setTargetAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = setTargetSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await setTarget(user, parsed.data);
    revalidateFigures();
    return { status: "success", messageKey: "targets.saved" };
  } catch (error) {
    return actionErrorFrom(error);
  }
}

export async function deleteTargetAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = targetIdSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await deleteTarget(user, parsed.data.id);
    revalidateFigures();
    return { status: "success", messageKey: "targets.deleted" };
  } catch (error) {
    return actionErrorFrom(error);
  }
}

export async function updateThresholdAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = updateThresholdSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await updateThreshold(user, parsed.data);
    revalidateFigures();
    return { status: "success", messageKey: "standards.saved" };
  } catch (error) {
    return actionErrorFrom(error);
  }
}

export async function updateCitySettingsAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = citySettingsSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await updateCitySettings(user, parsed.data);
    revalidateFigures();
    return { status: "success", messageKey: "settings.saved" };
  } catch (error) {
    return actionErrorFrom(error);
  }
}
