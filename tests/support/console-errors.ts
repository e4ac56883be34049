import { format } from "node:util";

// Unit and integration tests fail on console.error, as the end-to-end tests fail on the browser's console: code that
// logs an error (a caught failure, a React warning) is broken even when the assertions pass. A test that provokes an
// error on purpose says so with expectConsoleError. tests/setup/console-guard.ts installs this in every test file.

interface Expectation {
  readonly pattern: RegExp;
  readonly calls: unknown[][];
}

const ORIGINAL = Symbol.for("rerm.console.error.original");
type GuardedError = typeof console.error & { [ORIGINAL]?: typeof console.error };

let unexpected: string[] = [];
let expectations: Expectation[] = [];

/**
 * Declares that the current test logs a console.error whose text matches `pattern`. The matching calls are not
 * printed; their arguments are in `calls`. The test fails if none matches by its end.
 */
export function expectConsoleError(pattern: RegExp): { readonly calls: readonly unknown[][] } {
  const expectation: Expectation = { pattern, calls: [] };
  expectations.push(expectation);
  return expectation;
}

/** Replaces console.error with a recorder (once per process: test files re-run this without stacking wrappers). */
export function guardConsoleErrors(): void {
  const current = console.error as GuardedError;
  const original = current[ORIGINAL] ?? current;
  const guarded: GuardedError = (...args: unknown[]) => {
    const text = format(...args);
    const expectation = expectations.find(({ pattern }) => pattern.test(text));
    if (expectation) {
      expectation.calls.push(args);
      return;
    }
    unexpected.push(text);
    original(...args);
  };
  guarded[ORIGINAL] = original;
  console.error = guarded;
}

/** Ends a test's watch: throws if it logged an error it did not expect or did not log one it expected. */
export function settleConsoleErrors(): void {
  const problems = [
    ...unexpected.map((text) => `unexpected console.error: ${text}`),
    ...expectations
      .filter(({ calls }) => calls.length === 0)
      .map(({ pattern }) => `expected a console.error matching ${pattern}, none was logged`),
  ];
  unexpected = [];
  expectations = [];
  if (problems.length > 0) throw new Error(problems.join("\n"));
}
