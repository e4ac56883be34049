import { z } from "zod";
import { ProjectCategory, ProjectStatus } from "@/lib/generated/prisma/enums";
import { readNumberText } from "@/lib/utils/number-text";
import { businessDay } from "@/lib/utils/periods";
import {
  daySchema,
  filterId,
  filterText,
  numberInput,
  optionalDay,
  optionalId,
  pageNumber,
  plainText,
  recordVersion,
  requiredId,
  typedNumber,
} from "./common";

/** Orders of the project list: planned finish (soonest first), name, budget (largest first), last change. */
export const PROJECT_LIST_SORTS = ["finish", "name", "budget", "updated"] as const;

/**
 * The project list's query string: search by name, county (city staff), category, status, overdue only, order and
 * page, all applied by the database. Bad values fall back to no filter, the finish order and page 1.
 */
export const projectListQuerySchema = z.object({
  q: filterText,
  county: filterId,
  category: z.enum(ProjectCategory).optional().catch(undefined),
  status: z.enum(ProjectStatus).optional().catch(undefined),
  overdue: z.enum(["yes"]).optional().catch(undefined),
  sort: z.enum(PROJECT_LIST_SORTS).catch("finish"),
  page: pageNumber,
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;

// Decimal(16, 2): 14 digits before the point, 2 after. Read as every number is (readNumberText: full-width digits,
// thousands separators), then kept as text so that no amount is rounded on its way to the database.
const MONEY = /^\d{1,14}(\.\d{1,2})?$/;
export const moneySchema = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value;
    const plain = value.normalize("NFKC").trim();
    return readNumberText(plain).kind === "number" ? plain.replaceAll(",", "") : plain;
  },
  z.string({ error: "money" }).regex(MONEY, "money"),
);

/** An amount of moneySchema in 分, exact, for comparing two amounts. */
export function moneyCents(amount: string): bigint {
  const [whole = "0", fraction = ""] = amount.split(".");
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
}

/** The plan of a project: what the create and edit form holds. Its state changes through progress updates only. */
const projectPlanFields = z.object({
  name: plainText().trim().min(1, "required").max(200, "tooLong"),
  category: z.enum(ProjectCategory, { error: "required" }),
  schoolId: optionalId,
  budget: moneySchema,
  plannedStart: daySchema,
  plannedFinish: daySchema,
  newPlaces: numberInput(typedNumber().int("wholeNumber").min(0, "nonNegative").max(100_000, "tooLarge")),
});

function checkPlan(plan: z.output<typeof projectPlanFields>, context: z.RefinementCtx) {
  if (
    plan.plannedStart instanceof Date &&
    plan.plannedFinish instanceof Date &&
    plan.plannedFinish < plan.plannedStart
  )
    context.addIssue({ code: "custom", path: ["plannedFinish"], message: "finishBeforeStart" });
}

export const projectPlanSchema = projectPlanFields.superRefine(checkPlan);
export type ProjectPlanInput = z.infer<typeof projectPlanSchema>;

export const updateProjectSchema = projectPlanFields
  .extend({ id: requiredId, version: recordVersion })
  .superRefine(checkPlan);
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>;

const noteSchema = plainText({ error: "required" }).trim().min(1, "required").max(500, "tooLong");

/**
 * A progress update (进度更新): the state it leaves the project in and a note. Cancelling is its own action, with
 * a confirmation. The rules (decision 0021): what is spent comes out of the funds received; a project not started
 * has no actual dates and no progress; one under way has started and not finished; a completed one has both dates
 * and progress 100; an actual day is not after today and the finish not before the start. Spending and funds may
 * exceed the budget (an overrun is a fact to report; the list flags it).
 */
export const projectProgressSchema = z
  .object({
    id: requiredId,
    version: recordVersion,
    status: z.enum(["PLANNED", "IN_PROGRESS", "COMPLETED"], { error: "required" }),
    progress: numberInput(typedNumber().int("wholeNumber").min(0, "percent").max(100, "percent")),
    fundsReceived: moneySchema,
    spent: moneySchema,
    actualStart: optionalDay,
    actualFinish: optionalDay,
    note: noteSchema,
  })
  .superRefine((update, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: "custom", path: [path], message });
    // Zod may run this when a field failed: values that did not parse are already reported.
    const { status, progress, fundsReceived, spent, actualStart, actualFinish } = update;
    if (
      typeof fundsReceived === "string" &&
      typeof spent === "string" &&
      MONEY.test(fundsReceived) &&
      MONEY.test(spent)
    )
      if (moneyCents(spent) > moneyCents(fundsReceived)) issue("spent", "spentOverFunds");
    const today = businessDay(new Date());
    if (actualStart instanceof Date && actualStart > today) issue("actualStart", "dayInFuture");
    if (actualFinish instanceof Date && actualFinish > today) issue("actualFinish", "dayInFuture");
    if (actualStart instanceof Date && actualFinish instanceof Date && actualFinish < actualStart)
      issue("actualFinish", "actualFinishBeforeStart");
    if (status === "PLANNED") {
      if (actualStart) issue("actualStart", "notStartedHasNoStart");
      if (actualFinish) issue("actualFinish", "notStartedHasNoStart");
      if (typeof progress === "number" && progress > 0) issue("progress", "notStartedHasNoProgress");
    }
    if (status === "IN_PROGRESS") {
      if (!actualStart) issue("actualStart", "startRequired");
      if (actualFinish) issue("actualFinish", "finishOnlyWhenCompleted");
    }
    if (status === "COMPLETED") {
      if (!actualStart) issue("actualStart", "startRequired");
      if (!actualFinish) issue("actualFinish", "finishRequired");
      if (typeof progress === "number" && progress !== 100) issue("progress", "completedProgress");
    }
  });
export type ProjectProgressInput = z.infer<typeof projectProgressSchema>;

/** 取消: the reason is the update's note. */
export const cancelProjectSchema = z.object({ id: requiredId, version: recordVersion, note: noteSchema });
export type CancelProjectInput = z.infer<typeof cancelProjectSchema>;
