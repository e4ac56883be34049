import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ARTIFACT_MARKER, buildArtifact } from "./build";
import { PROJECT_ROOT } from "./db/migrations";

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/migrations",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
  "scripts/build.ts",
  "scripts/db",
  "scripts/admin",
];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

/** True when there is no complete production artifact or a source file is newer than it. */
function isBuildStale(): boolean {
  if (!existsSync(ARTIFACT_MARKER)) return true;
  const newestSource = Math.max(...BUILD_INPUTS.map((input) => newestMtime(path.join(PROJECT_ROOT, input))));
  return newestSource > statSync(ARTIFACT_MARKER).mtimeMs;
}

/** Builds the production artifact (scripts/build.ts) when it is missing or stale. */
export async function buildIfNeeded(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  if (!isBuildStale()) return;
  log("building the app (first run or sources changed) …");
  await buildArtifact(env);
}
