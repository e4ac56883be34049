import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ARTIFACT_DIR } from "./build";
import { PROJECT_ROOT } from "./db/migrations";

export interface WebServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The Node flags production starts an instance with (deploy/rerm@.service's ExecStart), e.g. the heap's ceiling. */
export function productionNodeFlags(): string[] {
  const unit = readFileSync(path.join(PROJECT_ROOT, "deploy/rerm@.service"), "utf8");
  const [, ...args] = /^ExecStart=(.*)$/m.exec(unit)![1]!.trim().split(/\s+/);
  return args.filter((arg) => arg.startsWith("--"));
}

/**
 * Starts the production artifact's server (.next/standalone/server.js, as in production) on `port` in its own process
 * group, with production's Node flags, and waits until it answers. `nodeArgs` go to Node after those (e.g.
 * `--cpu-prof`); `artifactDir` is
 * another build's artifact (scripts/bench/page-cost.ts compares two builds).
 */
export async function startWebServer(
  port: number,
  env: NodeJS.ProcessEnv,
  onUnexpectedExit: (code: number | null) => void,
  nodeArgs: readonly string[] = [],
  artifactDir: string = ARTIFACT_DIR,
): Promise<WebServer> {
  const child = spawn(
    process.execPath,
    [...productionNodeFlags(), ...nodeArgs, path.join(artifactDir, "server.js")],
    {
      cwd: artifactDir,
      env: { ...env, PORT: String(port), HOSTNAME: env.BIND_ADDRESS ?? "0.0.0.0" },
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
    },
  );
  let stopping = false;
  child.once("exit", (code) => {
    if (!stopping) onUnexpectedExit(code);
  });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error("The web server stopped while starting; see its output above.");
    if (Date.now() > deadline) throw new Error(`The web server did not answer on ${url} within 60 s.`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    url,
    process: child,
    async stop() {
      if (stopping || child.exitCode !== null || !child.pid) return;
      stopping = true;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      try {
        process.kill(-child.pid, "SIGTERM"); // the whole group, should the server have started children
      } catch {
        return;
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    },
  };
}
