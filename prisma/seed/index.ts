import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import type { DemoDataset } from "./dataset";
import { generateDemoData } from "./generate";
import { seedIndicatorHistory } from "./history";
import { loadDemoData } from "./load";

/** The password of every demo account (printed by `npm run demo`; never use demo data in production). */
export const DEMO_PASSWORD = "Demo@2026";

export interface SeedResult {
  data: DemoDataset;
  generateMs: number;
  loadMs: number;
  historyMs: number;
}

export async function isDatabaseEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ count: string }>("SELECT count(*) FROM cities");
    return result.rows[0]?.count === "0";
  } finally {
    await client.end();
  }
}

/**
 * Generates the demo data set for `scale`, loads it into an empty, migrated database, and draws the quarterly
 * history of the computed indicators.
 */
export async function seedDemoData(
  databaseUrl: string,
  options: { scale: number; asOf?: Date },
): Promise<SeedResult> {
  if (!(await isDatabaseEmpty(databaseUrl))) {
    throw new Error("The database already holds data; demo data is only loaded into an empty database.");
  }
  const asOf = options.asOf ?? new Date();
  const started = performance.now();
  const data = generateDemoData({ scale: options.scale, asOf });
  const generated = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await loadDemoData(client, data, await hashPassword(DEMO_PASSWORD));
  } finally {
    await client.end();
  }
  const loaded = performance.now();
  await seedIndicatorHistory(databaseUrl, asOf);
  return {
    data,
    generateMs: generated - started,
    loadMs: loaded - generated,
    historyMs: performance.now() - loaded,
  };
}
