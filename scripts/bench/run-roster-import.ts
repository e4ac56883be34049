// npm run bench:import — the roster import benchmark on a fresh demo database (created on the local PostgreSQL
// server of TEST_DATABASE_ADMIN_URL, or an embedded one when none answers, and dropped afterwards).
import { createFreshDatabase } from "@/tests/setup/fresh-database";
import { benchRosterImport } from "./roster-import";

const database = await createFreshDatabase({ prefix: "rerm_bench", log: (line) => console.error(line) });
try {
  const figures = await benchRosterImport(database.url);
  console.log(JSON.stringify(figures, null, 2));
} finally {
  const global = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await global.prisma?.$disconnect();
  await database.drop();
}
