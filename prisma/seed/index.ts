import type { ClientBase } from "pg";
import { hashPassword } from "@/lib/auth/password";
import { generateDemoData, type DemoDataset } from "./generate";
import { loadDemoData } from "./load";

/** The password of every demo account (printed by `npm run demo`; never use demo data in production). */
export const DEMO_PASSWORD = "Demo@2026";

export interface SeedResult {
  data: DemoDataset;
  generateMs: number;
  loadMs: number;
}

export async function isDatabaseEmpty(client: ClientBase): Promise<boolean> {
  const result = await client.query<{ count: string }>("SELECT count(*) FROM cities");
  return result.rows[0]?.count === "0";
}

/** Generates the demo data set for `scale` and loads it into an empty, migrated database. */
export async function seedDemoData(
  client: ClientBase,
  options: { scale: number; asOf?: Date },
): Promise<SeedResult> {
  if (!(await isDatabaseEmpty(client))) {
    throw new Error("The database already holds data; demo data is only loaded into an empty database.");
  }
  const started = performance.now();
  const data = generateDemoData({ scale: options.scale, asOf: options.asOf ?? new Date() });
  const generated = performance.now();
  await loadDemoData(client, data, await hashPassword(DEMO_PASSWORD));
  return { data, generateMs: generated - started, loadMs: performance.now() - generated };
}
