import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./db/migrations";

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

/** True when there is no production build or a source file is newer than it. */
function isBuildStale(): boolean {
  const buildId = path.join(PROJECT_ROOT, ".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  const newestSource = Math.max(...BUILD_INPUTS.map((input) => newestMtime(path.join(PROJECT_ROOT, input))));
  return newestSource > statSync(buildId).mtimeMs;
}

export const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next");

/** Runs `next build` when the build is missing or stale. */
export async function buildIfNeeded(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  if (!isBuildStale()) return;
  log("building the app (first run or sources changed) …");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, "build"], { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with code ${code}`)),
    );
  });
}
