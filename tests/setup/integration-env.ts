import { afterAll, inject, vi } from "vitest";
import { copyDatabase } from "./fresh-database";

// Next.js request-bound APIs do not exist outside a request: tests stand them in.
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }),
  cookies: async () => ({ get: () => undefined, set: vi.fn(), delete: vi.fn() }),
}));
vi.mock("next/navigation", async () => (await import("./next-navigation-stub")).nextNavigationStub);
// Actions call requireUser(); tests choose who is signed in with `signInAs` (tests/integration/support/session.ts).
vi.mock("@/lib/auth/session", async () => (await import("../integration/support/session")).sessionModuleStub);

// Single sign-on is configured (lib/auth/oidc.ts), so that admins can link identities; no test here reaches the issuer.
process.env.OIDC_ISSUER ??= "https://sso.test.invalid";
process.env.OIDC_CLIENT_ID ??= "rerm-integration";
process.env.OIDC_CLIENT_SECRET ??= "rerm-integration-secret";

const templateUrl = inject("templateDatabaseUrl");
process.env.DB_POOL_MAX = "4";
if (inject("isEmbeddedDatabase")) {
  process.env.DATABASE_URL = templateUrl;
} else {
  // Each file gets its own copy of the demo database, so tests may change data freely.
  const copy = await copyDatabase(templateUrl, "rerm_test_file");
  process.env.DATABASE_URL = copy.url;
  afterAll(async () => {
    const global = globalThis as { prisma?: { $disconnect(): Promise<void> } };
    await global.prisma?.$disconnect();
    delete global.prisma;
    await copy.drop();
  });
}
