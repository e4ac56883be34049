// The migrate step of a rollout: `node scripts/db/migrate.mjs` inside the production artifact (bundled from this
// file by scripts/build.ts; no devDependencies), `npm run db:migrate` in a checkout. Applies pending migrations
// under an advisory lock (two instances never migrate at once), sets the app role's UTC time zone and syncs the
// built-in indicator catalogue.
import { requireDatabaseUrl } from "./database-url";
import { prepareDatabase } from "./prepare";

const { applied, indicatorsWritten } = await prepareDatabase(requireDatabaseUrl());
console.log(
  applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.",
);
if (indicatorsWritten > 0)
  console.log(`Built-in indicator catalogue: ${indicatorsWritten} definitions written.`);
process.exit(0);
