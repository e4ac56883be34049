// Prisma migrations without Prisma's native schema engine (its binary cannot be downloaded here).
// The same engine compiled to WebAssembly (@prisma/schema-engine-wasm, pinned to this Prisma version)
// diffs schemas and applies migrations through a driver adapter, recording them in Prisma's own
// `_prisma_migrations` table, so `prisma migrate deploy` accepts the database wherever the binary exists.
// See docs/decisions/0002-offline-migrations.md.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** The project (or, for the production artifact's bundled migrate script, the artifact) root. */
export const PROJECT_ROOT = process.env.RERM_PROJECT_ROOT ?? path.resolve(import.meta.dirname, "../..");
const SCHEMA_PATH = path.join(PROJECT_ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma/migrations");
export const EMPTY_MIGRATION = "-- This is an empty migration.";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type SchemaEngine = import("@prisma/schema-engine-wasm/schema_engine_bg").SchemaEngine;
let engineModule: Promise<EngineModule> | undefined;

/** Instantiates the wasm engine by hand so that no `--experimental-wasm-modules` flag is needed. */
function loadEngine(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return engineModule;
}

async function withEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngine();
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

/** The migrations folder in the shape the engine expects, sorted by name (= timestamp). */
export function readMigrationsList() {
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const migrationDirectories = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
        .map((dir) => ({
          path: dir,
          migrationFile: {
            path: "migration.sql",
            content: {
              tag: "ok" as const,
              value: readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8"),
            },
          },
        }))
    : [];
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies pending migrations to the PostgreSQL database at `databaseUrl`; returns the names applied. */
export async function applyPendingMigrations(databaseUrl: string): Promise<string[]> {
  const factory = new PrismaPg({ connectionString: databaseUrl, max: 1 });
  return withEngine(factory, async (engine) => {
    const result = await engine.applyMigrations({
      migrationsList: readMigrationsList(),
      filters: NO_FILTERS,
    });
    return result.appliedMigrationNames;
  });
}

/**
 * SQL that would bring a database built from the committed migrations to `schema.prisma`.
 * Runs fully offline: the migrations are replayed into an in-memory PGlite shadow database.
 * Returns EMPTY_MIGRATION when the two agree.
 */
export async function diffMigrationsToSchema(): Promise<string> {
  // Development only: the production artifact's migrate script never loads the in-memory shadow database.
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("pglite-prisma-adapter"),
  ]);
  const shadowHost = await PGlite.create();
  try {
    return await withEngine(new PrismaPGlite(shadowHost), async (engine) => {
      const migrations = readMigrationsList();
      const from =
        migrations.migrationDirectories.length > 0
          ? { tag: "migrations" as const, ...migrations }
          : { tag: "empty" as const };
      const result = await engine.diff({
        from,
        to: {
          tag: "schemaDatamodel",
          files: [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, "utf8") }],
        },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      return (result.stdout ?? "").trim();
    });
  } finally {
    await shadowHost.close();
  }
}

/** Prisma's folder name: UTC timestamp and a snake_case name. */
export function migrationFolderName(name: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  if (!slug) throw new Error("A migration needs a name of letters or digits, e.g. `add_projects`.");
  return `${stamp}_${slug}`;
}
