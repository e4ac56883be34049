"use server";

import { setProvinceTarget } from "@/lib/data/targets/set-province-target";
import { splitProvinceTarget } from "@/lib/data/targets/split-province-target";
import { setProvinceTargetSchema, splitProvinceTargetSchema } from "@/lib/schemas/indicators";
import { defineAction, EVERY_PAGE } from "./builder";

// A province target judges the province's figures; its split sets the cities' targets, which judge theirs: every
// page that shows one is revalidated.

export const setProvinceTargetAction = defineAction({
  name: "setProvinceTargetAction",
  schema: setProvinceTargetSchema,
  run: setProvinceTarget,
  revalidate: [EVERY_PAGE],
  success: "provinceTargets.saved",
});

export const splitProvinceTargetAction = defineAction({
  name: "splitProvinceTargetAction",
  schema: splitProvinceTargetSchema,
  run: (user, input) => splitProvinceTarget(user, input),
  revalidate: [EVERY_PAGE],
  success: (result) => ({ messageKey: "provinceTargets.split", params: { count: result.written } }),
});
