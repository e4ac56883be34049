// npm run db:migration -- <name>   write a new migration from schema.prisma changes (offline)
// (npm run db:migrate is scripts/db/deploy.ts)
// npm run db:status                say whether schema.prisma and the migrations agree
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffMigrationsToSchema, EMPTY_MIGRATION, migrationFolderName, MIGRATIONS_DIR } from "./migrations";

const [command, ...args] = process.argv.slice(2);

async function main(): Promise<number> {
  switch (command) {
    case "new": {
      const name = args.join("_");
      const sql = await diffMigrationsToSchema();
      if (sql === EMPTY_MIGRATION || sql === "") {
        console.log("schema.prisma and the migrations agree: no migration written.");
        return 0;
      }
      const folder = migrationFolderName(name);
      mkdirSync(path.join(MIGRATIONS_DIR, folder), { recursive: true });
      writeFileSync(path.join(MIGRATIONS_DIR, folder, "migration.sql"), sql + "\n");
      console.log(`Wrote prisma/migrations/${folder}/migration.sql — read it before you commit.`);
      return 0;
    }
    case "status": {
      const sql = await diffMigrationsToSchema();
      if (sql === EMPTY_MIGRATION || sql === "") {
        console.log("schema.prisma and the migrations agree.");
        return 0;
      }
      console.log(
        "schema.prisma differs from the migrations; `npm run db:migration -- <name>` would write:\n" + sql,
      );
      return 1;
    }
    default:
      console.error("usage: db/cli.ts new <name> | status");
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
