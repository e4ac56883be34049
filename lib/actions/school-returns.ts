"use server";

import { getSchoolReturnRules } from "@/lib/data/school-returns/get-school-return";
import { approveSchoolReturn, returnSchoolReturn } from "@/lib/data/school-returns/review-school-return";
import { saveSchoolReturn } from "@/lib/data/school-returns/save-school-return";
import {
  approveSchoolReturnSchema,
  returnSchoolReturnSchema,
  schoolReturnFormSchema,
  schoolReturnIdSchema,
} from "@/lib/schemas/school-returns";
import { parseInput } from "./action-state";
import { defineAction, type Revalidation } from "./builder";

// The county's report of the period is computed from approved returns, so its pages go stale with them.
const RETURNS: readonly Revalidation[] = [
  { path: "/school-returns", type: "layout" },
  { path: "/submissions", type: "layout" },
];

/**
 * Draft save or submit of a school's return, checked with the schema the browser used; that schema is the
 * collection's, so the id is read first and the rest once the return is found in the user's scope.
 */
export const saveSchoolReturnAction = defineAction({
  name: "saveSchoolReturnAction",
  schema: schoolReturnIdSchema.loose(),
  run: async (user, form) => {
    const { fields, rules } = await getSchoolReturnRules(user, form.returnId);
    const input = parseInput(schoolReturnFormSchema(fields, rules), form);
    return { intent: input.intent, ...(await saveSchoolReturn(user, input)) };
  },
  revalidate: RETURNS,
  success: ({ intent, version }) => ({
    messageKey: intent === "submit" ? "schoolReturns.submitted" : "schoolReturns.saved",
    params: { version },
  }),
});

export const approveSchoolReturnAction = defineAction({
  name: "approveSchoolReturnAction",
  schema: approveSchoolReturnSchema,
  run: approveSchoolReturn,
  revalidate: RETURNS,
  success: "schoolReturns.approved",
});

export const returnSchoolReturnAction = defineAction({
  name: "returnSchoolReturnAction",
  schema: returnSchoolReturnSchema,
  run: returnSchoolReturn,
  revalidate: RETURNS,
  success: "schoolReturns.returned",
});
