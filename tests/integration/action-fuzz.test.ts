// Every registered server action (lib/actions/builder.ts) is sent 200 generated malformed payloads by a user allowed
// to call it: its matrix form (tests/integration/support/action-cases.ts) with fields replaced by out-of-range numbers,
// control characters, lone surrogates, very long text, files, repeated values, dropped or extra fields, or no form at
// all. Each call must resolve to an expected refusal (validation, conflict, forbidden, not found), never the
// unexpected-error state, and leave the database as it was. A payload the schema accepts may succeed: it is valid
// input, so its write is not a change this test forbids. An action without a matrix form fails here.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { formDataToObject, IDLE, isUnexpectedFailure } from "@/lib/actions/action-state";
import { db } from "@/lib/db";
import type { RegisteredAction } from "@/lib/actions/builder";
import { NavigationInterrupt } from "../setup/next-navigation-stub";
import { ACTION_CASES } from "./support/action-cases";
import { ACTIONS } from "./support/actions";
import { ACTOR_KINDS, loadMatrixWorld, type MatrixWorld } from "./support/matrix";
import { signInAs } from "./support/session";

const RUNS_PER_ACTION = 200;
const EXPECTED_REFUSALS = [
  "VALIDATION",
  "CONFLICT",
  "STALE_VERSION",
  "INVALID_STATE",
  "FORBIDDEN",
  "NOT_FOUND",
];

const lone = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((code) => String.fromCharCode(code));
const ordinary = fc.string({ unit: fc.oneof(lone(0x20, 0x7e), lone(0x4e00, 0x4fff)), maxLength: 12 });
/** Ordinary text with a control character, a lone surrogate or a bidirectional mark in it. */
const hostileText = fc
  .tuple(
    ordinary,
    fc.oneof(lone(0, 0x1f), lone(0x7f, 0x9f), lone(0xd800, 0xdfff), lone(0x202a, 0x202e)),
    ordinary,
  )
  .map((parts) => parts.join(""));
const numberLike = fc.oneof(
  fc.constantFrom(
    "1e309",
    "-1e309",
    "-0",
    "NaN",
    "Infinity",
    "0x10",
    "0b11",
    "0o7",
    "1,000",
    "1_000",
    "",
    " ",
    "2147483648",
    "-2147483649",
    "9223372036854775808",
    "99999999999999999999.99",
    "1e-400",
    "0.005",
    "1.",
    ".5",
    "+1",
    "１２",
    "2026-02-30",
    "0000-00-00",
    "275760-09-14",
    "true",
    "null",
    "[object Object]",
  ),
  // Beyond PostgreSQL's integer, bigint and Decimal(18, 4), either sign
  fc.bigInt({ min: 2n ** 31n, max: 2n ** 80n }).map((value) => String(value)),
  fc.bigInt({ min: 2n ** 31n, max: 2n ** 80n }).map((value) => `-${value}`),
  fc.double().map(String),
  fc.integer().map(String),
);
const longText = fc
  .tuple(fc.constantFrom("a", "字", "\u0000", "9"), fc.integer({ min: 501, max: 70_000 }))
  .map(([unit, length]) => unit.repeat(length));
const fieldValue: fc.Arbitrary<string | File> = fc.oneof(
  numberLike,
  hostileText,
  longText,
  fc.constant(new File(["not a form field"], "x.bin")),
);

type Payload = FormData | undefined | null | string | number | unknown[] | Record<string, unknown>;

/**
 * The base form with one field replaced and each other one mostly kept, sometimes dropped, replaced or repeated (so
 * that a bad value is often the only one and reaches the data function), plus extra fields.
 */
function malformedForm(base: FormData): fc.Arbitrary<Payload> {
  const keys = [...new Set(base.keys())];
  const mutation = fc.oneof(
    { weight: 12, arbitrary: fc.constant<"keep">("keep") },
    { weight: 1, arbitrary: fc.constant<"drop">("drop") },
    { weight: 2, arbitrary: fc.array(fieldValue, { minLength: 1, maxLength: 3 }) },
  );
  const form = fc
    .record({
      mutations: fc.array(mutation, { minLength: keys.length, maxLength: keys.length }),
      forced: fc.nat({ max: Math.max(keys.length - 1, 0) }),
      forcedValue: fieldValue,
      extra: fc.dictionary(fc.string({ maxLength: 12 }), fieldValue, { maxKeys: 3 }),
    })
    .map(({ mutations, forced, forcedValue, extra }) => {
      const data = new FormData();
      keys.forEach((key, index) => {
        const change = index === forced ? [forcedValue] : mutations[index]!;
        if (change === "drop") return;
        const values = change === "keep" ? base.getAll(key) : change;
        for (const value of values) data.append(key, value);
      });
      for (const [key, value] of Object.entries(extra)) if (!base.has(key)) data.append(key, value);
      return data;
    });
  const notAForm = fc.oneof(
    fc.constantFrom(undefined, null, "", 0, [], {}),
    hostileText,
    fc.dictionary(fc.constantFrom(...keys, "id"), fc.oneof(fieldValue, fc.anything())),
    fc.array(fc.anything(), { maxLength: 3 }),
  );
  return fc.oneof({ weight: 9, arbitrary: form }, { weight: 1, arbitrary: notAForm });
}

/** Every audited write adds an audit row and bumps its city's data version, in the same transaction. */
async function fingerprint() {
  const [row] = await db().$queryRaw<{ audits: bigint; versions: bigint }[]>`
    SELECT (SELECT count(*) FROM audit_logs) AS audits,
           (SELECT coalesce(sum(version), 0) FROM data_versions)::bigint AS versions`;
  return row;
}

async function send(entry: RegisteredAction, payload: Payload) {
  try {
    return await entry.action(IDLE, payload);
  } catch (error) {
    // A successful create redirects to the new record's page.
    if (error instanceof NavigationInterrupt && error.kind === "redirect")
      return { status: "success" as const };
    throw error;
  }
}

describe("server actions under malformed payloads", () => {
  let world: MatrixWorld;
  beforeAll(async () => {
    world = await loadMatrixWorld();
  });

  it("has a matrix form for every registered action, and none for an action that no longer exists", () => {
    expect(Object.keys(ACTION_CASES).sort()).toEqual([...ACTIONS.keys()].sort());
  });

  for (const [name, entry] of ACTIONS) {
    it(`${name} refuses every malformed payload without an unexpected error or a change`, async () => {
      const actionCase = ACTION_CASES[name];
      if (!actionCase) return expect.fail(`${name} has no form in tests/integration/support/action-cases.ts`);
      const kind = ACTOR_KINDS.find((candidate) => actionCase.expected(candidate, "own"))!;
      signInAs(world.actors[kind]);
      const base = await actionCase.form(world.targets.own, "own");
      await fc.assert(
        fc.asyncProperty(malformedForm(base), async (payload) => {
          const before = await fingerprint();
          const state = await send(entry, payload);
          expect(isUnexpectedFailure(state), "unexpected error").toBe(false);
          if (state.status === "success") {
            // Only a payload the schema accepts may get this far.
            expect(payload).toBeInstanceOf(FormData);
            expect(entry.schema.safeParse(formDataToObject(payload as FormData)).success).toBe(true);
            return;
          }
          expect(state.status).toBe("error");
          expect(EXPECTED_REFUSALS).toContain("code" in state ? state.code : undefined);
          expect(await fingerprint()).toEqual(before);
        }),
        { numRuns: RUNS_PER_ACTION },
      );
    }, 120_000);
  }
});
