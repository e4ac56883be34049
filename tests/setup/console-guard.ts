import { afterAll, afterEach } from "vitest";
import { guardConsoleErrors, settleConsoleErrors } from "../support/console-errors";

guardConsoleErrors();
afterEach(settleConsoleErrors);
// Errors logged in a file's beforeAll or afterAll hooks (this hook runs last).
afterAll(settleConsoleErrors);
