// npm run build — the production artifact: `next build` (output: "standalone") and what the standalone server does
// not bring by itself. The result, .next/standalone, runs with Node alone (production dependencies only):
//   node server.js                    the app (PORT, HOSTNAME and the variables of README "Production")
//   node scripts/db/migrate.mjs       the migrate step of a rollout (advisory lock; see scripts/db/deploy.ts)
//   node scripts/db/backup.mjs backup|restore …   pg_dump / pg_restore wrappers
//   node scripts/admin/create-admin.mjs --city … --login …   the first admin of a new city (npm run admin:create there)
//   scripts/pdf/render-worker.mjs     the briefing PDF worker the server starts in a thread (lib/pdf/pdf-pool.ts)
import { spawn } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./db/migrations";

export const ARTIFACT_DIR = path.join(PROJECT_ROOT, ".next/standalone");
/** Written last: an artifact without it is incomplete (a build was interrupted). */
export const ARTIFACT_MARKER = path.join(ARTIFACT_DIR, ".artifact-complete");
const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next");

function nextBuild(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, "build"], { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with code ${code}`)),
    );
  });
}

export async function buildArtifact(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  rmSync(ARTIFACT_MARKER, { force: true });
  await nextBuild(env);
  const from = (...parts: string[]) => path.join(PROJECT_ROOT, ...parts);
  const to = (...parts: string[]) => path.join(ARTIFACT_DIR, ...parts);
  // The standalone server carries next.config's values as they were at build time; HTTP_COMPRESSION is a setting
  // of the running instance (nginx compresses in front of it), so it is read again when the server starts.
  const serverFile = to("server.js");
  const server = readFileSync(serverFile, "utf8");
  const configLine = /^const nextConfig = .*$/m;
  if (!configLine.test(server)) throw new Error("server.js has no nextConfig line to patch");
  writeFileSync(
    serverFile,
    server.replace(
      configLine,
      (line) =>
        `${line}\nif (process.env.HTTP_COMPRESSION === "off") nextConfig.compress = false // scripts/build.ts`,
    ),
  );
  // The browser's files (the standalone server serves them when they are beside it).
  cpSync(from(".next/static"), to(".next/static"), { recursive: true });
  if (existsSync(from("public"))) cpSync(from("public"), to("public"), { recursive: true });
  // The migrations and the schema the migrate step applies, and /api/ready compares against.
  rmSync(to("prisma"), { recursive: true, force: true });
  cpSync(from("prisma/migrations"), to("prisma/migrations"), { recursive: true });
  cpSync(from("prisma/schema.prisma"), to("prisma/schema.prisma"));
  // The migration engine (WebAssembly) is loaded from node_modules by the migrate script.
  cpSync(from("node_modules/@prisma/schema-engine-wasm"), to("node_modules/@prisma/schema-engine-wasm"), {
    recursive: true,
  });
  const { build } = await import("esbuild");
  await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: { migrate: from("scripts/db/deploy.ts"), backup: from("scripts/db/backup.ts") },
    outdir: to("scripts/db"),
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: from("tsconfig.json"),
    // The diff path (development only) and pg's optional native binding are never loaded in production.
    external: ["@prisma/schema-engine-wasm", "@electric-sql/pglite", "pglite-prisma-adapter", "pg-native"],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: "warning",
  });
  // The first admin of a new server, without tsx or dev dependencies (README "Setting up for your city"). The data
  // layer's `server-only` marker resolves to its empty module under the react-server condition, as in `next start`.
  await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: { "create-admin": from("scripts/admin/create-admin.ts") },
    outdir: to("scripts/admin"),
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["react-server"],
    tsconfig: from("tsconfig.json"),
    // The password hash's native binding stays a package: the standalone server carries it for sign-in.
    external: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg-native", "@node-rs/argon2"],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: "warning",
  });
  await buildPdfWorker(to("scripts/pdf"));
  // The artifact's own npm scripts: the same names as in the checkout, each running a file the artifact carries.
  const manifestFile = to("package.json");
  const manifest: Record<string, unknown> = existsSync(manifestFile)
    ? JSON.parse(readFileSync(manifestFile, "utf8"))
    : { name: "rural-education-monitor", private: true };
  manifest.scripts = {
    start: "node server.js",
    "db:migrate": "node scripts/db/migrate.mjs",
    "db:backup": "node scripts/db/backup.mjs backup",
    "db:restore": "node scripts/db/backup.mjs restore",
    "admin:create": "node scripts/admin/create-admin.mjs",
  };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(ARTIFACT_MARKER, new Date().toISOString());
}

/**
 * The briefing PDF worker (lib/pdf/render-worker.ts, docs/decisions/0050) as one ES module with react-pdf inside:
 * Turbopack's server bundle emits no file a worker thread could load. The fonts stay files in node_modules
 * (next.config's outputFileTracingIncludes), read from the server's working directory.
 */
export async function buildPdfWorker(outdir: string): Promise<void> {
  const { build } = await import("esbuild");
  await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: { "render-worker": path.join(PROJECT_ROOT, "lib/pdf/render-worker.ts") },
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // React's client build: react-pdf renders through react-reconciler, which the react-server build lacks. The
    // `server-only` marker of the modules it shares with the server is then resolved to nothing.
    plugins: [
      {
        name: "allow-server-only",
        setup(plugin) {
          plugin.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
          plugin.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "" }));
        },
      },
      {
        // pdfkit loads its standard fonts' metrics with a require() made at run time, which a bundle cannot see:
        // made plain requires of the files, they are bundled.
        name: "pdfkit-standard-fonts",
        setup(plugin) {
          plugin.onLoad({ filter: /pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, (file) => ({
            contents: readFileSync(file.path, "utf8").replace(
              /require\$1\('#standard-fonts\/(\w+)'\)/g,
              "require('./standard-fonts/$1.cjs')",
            ),
            loader: "js",
            resolveDir: path.dirname(file.path),
          }));
        },
      },
    ],
    jsx: "automatic",
    tsconfig: path.join(PROJECT_ROOT, "tsconfig.json"),
    define: { "process.env.NODE_ENV": '"production"' },
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: "warning",
  });
}

const isMain = process.argv[1] && /scripts\/build\.ts$/.test(process.argv[1]);
if (isMain) {
  buildArtifact().then(
    () => console.log(`Production artifact ready in ${path.relative(PROJECT_ROOT, ARTIFACT_DIR)}/`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
