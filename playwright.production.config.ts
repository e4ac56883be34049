import { defineConfig } from "@playwright/test";

// The multi-process tests (npm run test:production): the production artifact as two instances behind nginx with
// Redis, a streaming replica, the migrate step and backup/restore (tests/production). Kept apart from the
// end-to-end tests so that each suite stays short; `npm test` runs both.
export default defineConfig({
  testDir: "tests/production",
  outputDir: "test-results/production",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  globalSetup: "./tests/production/support/global-setup.ts",
});
