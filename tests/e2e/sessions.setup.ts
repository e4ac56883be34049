import { test as setup } from "@playwright/test";
import { E2E_ACCOUNTS, sessionFile, signIn } from "./support/auth";

// Signs each account in once per run and keeps its session for the tests (playwright.config.ts: the "sessions"
// project runs before the others). Sessions live in the run's fresh database, so every run signs in anew.
for (const account of E2E_ACCOUNTS) {
  setup(`sign in ${account}`, async ({ request }) => {
    await signIn(request, account);
    await request.storageState({ path: sessionFile(account) });
  });
}
