import type { TestProject } from "vitest/node";
import { createFreshDatabase } from "./fresh-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated database with the demo data; each test file works on its own copy (tests/setup/integration-env.ts). */
    templateDatabaseUrl: string;
    /** True when no PostgreSQL server answered and an embedded one is used (no copies: files share the database) */
    isEmbeddedDatabase: boolean;
  }
}

export default async function setup(project: TestProject) {
  const database = await createFreshDatabase({ prefix: "rerm_test" });
  project.provide("templateDatabaseUrl", database.url);
  project.provide("isEmbeddedDatabase", database.isEmbedded);
  return () => database.drop();
}
