// The one action builder (lib/actions/builder.ts): what every declared action does around its data function.
import { revalidatePath } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { IDLE, NOT_A_FORM, parseInput } from "@/lib/actions/action-state";
import { defineAction, registeredActions } from "@/lib/actions/builder";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { AppError } from "@/lib/errors";
import { expectConsoleError } from "../support/console-errors";
import { NavigationInterrupt } from "../setup/next-navigation-stub";
import { ACTIONS } from "./support/actions";
import { sessionUserFor } from "../support/session-user";
import { signInAs } from "./support/session";
import { formData } from "../support/form-data";

// Test-only declarations: this file's module graph is its own, so they never reach the permission matrix.
const calls: { actor: SessionUser | null; input: unknown }[] = [];
const countSchema = z.object({ count: z.coerce.number().int("invalid").min(1, "tooSmall") });

const echoAction = defineAction({
  name: "echoAction",
  schema: countSchema,
  run: async (actor, input) => {
    calls.push({ actor, input });
    return { doubled: input.count * 2 };
  },
  revalidate: (input) => [{ path: `/things/${input.count}`, type: "layout" }],
  success: (result, input) => ({ messageKey: "things.saved", params: { count: input.count }, data: result }),
});
const refusingAction = defineAction({
  name: "refusingAction",
  schema: countSchema,
  run: async () => {
    throw new AppError("CONFLICT", {
      messageKey: "things.taken",
      details: { fieldErrors: { count: [{ key: "taken" }] } },
    });
  },
  revalidate: [{ path: "/things" }],
  success: "things.saved",
});
const brokenAction = defineAction({
  name: "brokenAction",
  schema: countSchema,
  run: async (): Promise<void> => {
    throw new TypeError("cannot read properties of undefined (secret detail)");
  },
  revalidate: [{ path: "/things" }],
  success: "things.saved",
});
const secondStageAction = defineAction({
  name: "secondStageAction",
  schema: z.object({ kind: z.enum(["small", "large"]) }).loose(),
  run: async (_actor, input) =>
    parseInput(
      z.object({ size: z.coerce.number().max(input.kind === "small" ? 10 : 100, "tooLarge") }),
      input,
    ),
  revalidate: [],
  success: "things.saved",
});
const redirectingAction = defineAction({
  name: "redirectingAction",
  schema: countSchema,
  run: async (_actor, { count }) => ({ id: count }),
  revalidate: [{ path: "/things" }],
  success: "things.saved",
  redirect: (result) => `/things/${result.id}`,
});
const passwordAction = defineAction({
  name: "passwordAction",
  access: "pendingPasswordChange",
  schema: z.object({}),
  run: async (actor) => actor.id,
  revalidate: [],
  success: "things.saved",
});
const publicAction = defineAction({
  name: "publicAction",
  access: "public",
  schema: z.object({}),
  run: async (actor) => actor,
  revalidate: [],
  success: "things.saved",
});

let staff: SessionUser;
beforeEach(async () => {
  staff = await sessionUserFor("jinan.staff");
  signInAs(staff);
  calls.length = 0;
  vi.mocked(revalidatePath).mockClear();
});

describe("a declared action", () => {
  it("runs its data function as the signed-in user with the parsed input, revalidates, and answers the message", async () => {
    const state = await echoAction(IDLE, formData({ count: "21" }));
    expect(state).toEqual({
      status: "success",
      messageKey: "things.saved",
      params: { count: 21 },
      data: { doubled: 42 },
    });
    expect(calls).toEqual([{ actor: staff, input: { count: 21 } }]);
    expect(vi.mocked(revalidatePath).mock.calls).toEqual([["/things/21", "layout"]]);
  });

  it("answers field errors for an invalid form, without running or revalidating", async () => {
    const state = await echoAction(IDLE, formData({ count: "0" }));
    expect(state).toEqual({
      status: "error",
      messageKey: "codes.VALIDATION",
      code: "VALIDATION",
      fieldErrors: { count: [{ key: "tooSmall", params: { min: 1 } }] },
    });
    expect(calls).toEqual([]);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("answers a refusal of the data function (AppError) as the form's message, with its field errors", async () => {
    const state = await refusingAction(IDLE, formData({ count: "1" }));
    expect(state).toMatchObject({
      status: "error",
      code: "CONFLICT",
      messageKey: "things.taken",
      fieldErrors: { count: [{ key: "taken" }] },
    });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("logs an unexpected error once, with the action and a reference, and shows only the reference", async () => {
    const logged = expectConsoleError(/^\[action\] brokenAction failed/);
    const state = await brokenAction(IDLE, formData({ count: "1" }));
    expect(state).toEqual({
      status: "error",
      messageKey: "unexpected",
      params: { reference: expect.any(String) },
    });
    const reference = state.status === "error" ? String(state.params?.reference) : "";
    expect(reference).toMatch(/^[0-9a-f]{8}$/);
    expect(logged.calls).toHaveLength(1);
    expect(logged.calls[0]![0]).toBe(
      `[action] brokenAction failed (reference ${reference}, user ${staff.id})`,
    );
    expect(logged.calls[0]![1]).toBeInstanceOf(TypeError);
    expect(JSON.stringify(state)).not.toContain("secret detail");
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("checks a schema chosen from the data (parseInput) with the same field errors", async () => {
    expect(await secondStageAction(IDLE, formData({ kind: "small", size: "50" }))).toMatchObject({
      status: "error",
      code: "VALIDATION",
      fieldErrors: { size: [{ key: "tooLarge", params: { max: 10 } }] },
    });
    expect(await secondStageAction(IDLE, formData({ kind: "large", size: "50" }))).toMatchObject({
      status: "success",
    });
  });

  it("redirects after a successful run, outside its error handling, once the pages are revalidated", async () => {
    const redirect = await redirectingAction(IDLE, formData({ count: "7" })).catch((error: unknown) => error);
    expect(redirect).toBeInstanceOf(NavigationInterrupt);
    expect(redirect).toMatchObject({ kind: "redirect", url: "/things/7" });
    expect(revalidatePath).toHaveBeenCalledWith("/things", undefined);
  });
});

describe("who may call an action", () => {
  it("sends a signed-out caller to the sign-in page before reading the form", async () => {
    signInAs(null);
    await expect(echoAction(IDLE, formData({ count: "1" }))).rejects.toMatchObject({
      kind: "redirect",
      url: "/login?reason=expired",
    });
    expect(calls).toEqual([]);
  });

  it("sends a user with a temporary password to the password page, except from the password action", async () => {
    signInAs({ ...staff, mustChangePassword: true });
    await expect(echoAction(IDLE, formData({ count: "1" }))).rejects.toMatchObject({
      url: "/account/password",
    });
    expect(await passwordAction(IDLE, formData({}))).toMatchObject({ status: "success" });
  });

  it("lets anyone call a public action, which gets no user", async () => {
    signInAs(null);
    expect(await publicAction(IDLE, formData({}))).toMatchObject({ status: "success" });
  });
});

describe("the registry", () => {
  it("holds every declaration with its name, access and schema", () => {
    const entries = new Map(registeredActions().map((entry) => [entry.name, entry]));
    expect(entries.get("echoAction")).toMatchObject({
      name: "echoAction",
      access: "user",
      schema: countSchema,
    });
    expect(entries.get("echoAction")!.action).toBe(echoAction);
    expect(entries.get("passwordAction")?.access).toBe("pendingPasswordChange");
    expect(entries.get("publicAction")?.access).toBe("public");
  });

  // A server action can be called with any serializable arguments, not only by its form.
  const NOT_FORMS: [string, unknown][] = [
    ["nothing", undefined],
    ["null", null],
    ["a string", "id=1"],
    ["a number", 1],
    ["a plain object", { id: 1, submissionId: 1 }],
    ["an array", [["id", "1"]]],
    ["search params", new URLSearchParams("id=1")],
  ];

  it.each(NOT_FORMS)(
    "answers %s instead of a form with a validation error from every action",
    async (_label, payload) => {
      expect(ACTIONS.size).toBeGreaterThanOrEqual(27);
      for (const entry of ACTIONS.values()) {
        expect(await entry.action(IDLE, payload), entry.name).toEqual(NOT_A_FORM);
      }
      expect(revalidatePath).not.toHaveBeenCalled();
    },
  );
});
