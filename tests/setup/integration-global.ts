import type { TestProject } from "vitest/node";
import { createFreshDatabase } from "./fresh-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createFreshDatabase({ prefix: "rerm_test" });
  project.provide("databaseUrl", database.url);
  return () => database.drop();
}
