import { defineConfig } from "@playwright/test";
import baseConfig from "./playwright.config";
import { E2E_PORT } from "./tests/e2e/support/config";

// A run from an empty installation (tests/e2e-empty): its own server on the next port, whose database has the
// migrations and nothing else. `npm run test:e2e` runs it after the demo-data run.
const PORT = Number(process.env.E2E_EMPTY_PORT ?? E2E_PORT + 1);
const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  ...baseConfig,
  testDir: "tests/e2e-empty",
  outputDir: "test-results/e2e-empty",
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report-empty" }]],
  timeout: 180_000,
  use: { ...baseConfig.use, baseURL: BASE_URL },
  projects: [{ name: "chromium", use: baseConfig.projects![1]!.use }],
  webServer: {
    ...baseConfig.webServer,
    command: "node --conditions=react-server --import tsx tests/setup/e2e-server.ts --empty",
    url: BASE_URL,
    env: { ...process.env, E2E_PORT: String(PORT) } as Record<string, string>,
  } as NonNullable<typeof baseConfig.webServer> & object,
});
