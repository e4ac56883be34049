"use server";

import { updateCitySettings } from "@/lib/data/settings/update-city-settings";
import { updateStandardSet } from "@/lib/data/standards/update-standard-set";
import { updateThreshold } from "@/lib/data/standards/update-threshold";
import { deleteTarget } from "@/lib/data/targets/delete-target";
import { setTarget } from "@/lib/data/targets/set-target";
import { splitTarget } from "@/lib/data/targets/split-target";
import {
  setTargetSchema,
  splitTargetSchema,
  targetIdSchema,
  updateStandardSetSchema,
  updateThresholdSchema,
} from "@/lib/schemas/indicators";
import { citySettingsSchema } from "@/lib/settings/city-settings";
import { defineAction, EVERY_PAGE } from "./builder";

// Targets, standards and settings change every figure's status: every page that shows one is revalidated.

export const setTargetAction = defineAction({
  name: "setTargetAction",
  schema: setTargetSchema,
  run: setTarget,
  revalidate: [EVERY_PAGE],
  success: "targets.saved",
});

export const deleteTargetAction = defineAction({
  name: "deleteTargetAction",
  schema: targetIdSchema,
  run: (user, { id }) => deleteTarget(user, id),
  revalidate: [EVERY_PAGE],
  success: "targets.deleted",
});

export const splitTargetAction = defineAction({
  name: "splitTargetAction",
  schema: splitTargetSchema,
  run: (user, input) => splitTarget(user, input),
  revalidate: [EVERY_PAGE],
  success: (result) => ({ messageKey: "targetCascade.split", params: { count: result.written } }),
});

export const updateThresholdAction = defineAction({
  name: "updateThresholdAction",
  schema: updateThresholdSchema,
  run: updateThreshold,
  revalidate: [EVERY_PAGE],
  success: "standards.saved",
});

export const updateStandardSetAction = defineAction({
  name: "updateStandardSetAction",
  schema: updateStandardSetSchema,
  run: updateStandardSet,
  revalidate: [EVERY_PAGE],
  success: "standards.setSaved",
});

export const updateCitySettingsAction = defineAction({
  name: "updateCitySettingsAction",
  schema: citySettingsSchema,
  run: updateCitySettings,
  revalidate: [EVERY_PAGE],
  success: "settings.saved",
});
