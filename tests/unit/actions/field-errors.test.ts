import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/action-state";

describe("fieldErrorsOf", () => {
  it("keeps a field named like an object's own members as a field (a forged form key failed with a TypeError)", () => {
    const schema = z.object({ constructor: z.string(), toString: z.string(), plain: z.string() });
    const result = schema.safeParse({ constructor: 1, toString: 2 });
    const errors = fieldErrorsOf(result.error!);
    expect(Object.keys(errors).sort()).toEqual(["constructor", "plain", "toString"]);
    expect(errors.constructor).toEqual([{ key: "invalid", params: {} }]);
  });

  it("collects every issue of one field under it", () => {
    const schema = z.object({ code: z.string().min(3, "tooShort").regex(/^\d+$/, "digitsOnly") });
    const errors = fieldErrorsOf(schema.safeParse({ code: "a" }).error!);
    expect(errors.code!.map((error) => error.key)).toEqual(["tooShort", "digitsOnly"]);
  });
});
