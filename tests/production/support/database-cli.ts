// Run as `node --conditions=react-server --import tsx tests/production/support/database-cli.ts <prefix>`: creates a
// fresh database with the demo data (tests/setup/fresh-database.ts, which loads server-only modules and so runs
// in its own process) and prints its URL as the last line.
import { createFreshDatabase } from "../../setup/fresh-database";

const database = await createFreshDatabase({
  prefix: process.argv[2] ?? "rerm_prod",
  log: (line) => console.error(line),
});
if (database.isEmbedded) {
  console.error("The multi-process tests need a PostgreSQL server on 127.0.0.1:5432 (see README).");
  process.exit(1);
}
console.log(database.url);
process.exit(0);
