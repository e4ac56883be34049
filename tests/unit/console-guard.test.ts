import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { expectConsoleError, settleConsoleErrors } from "../support/console-errors";

// tests/setup/console-guard.ts settles every test: the it.fails cases pass only because the guard failed them.
describe("console guard", () => {
  it.fails("fails a test that logs a console.error it did not expect", () => {
    console.error("an error nobody expected");
  });

  it.fails("fails a test on React's warnings, which arrive as console.error", () => {
    renderToStaticMarkup(
      createElement("ul", null, [createElement("li", null, "a"), createElement("li", null, "b")]),
    );
  });

  it.fails("fails a test that expected a console.error that never came", () => {
    expectConsoleError(/never logged/);
  });

  it("lets an expected console.error through and hands over its arguments", () => {
    const logged = expectConsoleError(/^\[job\] failed/);
    const cause = new TypeError("broken");
    console.error("[job] failed (%s)", "reference 1", cause);
    expect(logged.calls).toEqual([["[job] failed (%s)", "reference 1", cause]]);
  });

  it("names each unexpected error, formatted as the console prints it", () => {
    const logged = expectConsoleError(/printed/);
    console.error("not %s", "printed");
    console.error("count: %d", 3);
    expect(logged.calls).toHaveLength(1);
    expect(() => settleConsoleErrors()).toThrow("unexpected console.error: count: 3");
    // The guard starts afresh after settling.
    expect(() => settleConsoleErrors()).not.toThrow();
  });
});
