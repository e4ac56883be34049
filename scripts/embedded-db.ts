// An embedded PostgreSQL-compatible server: PGlite (PostgreSQL compiled to WebAssembly) behind pglite-socket.
// This process alone owns the data folder; the app, migrations, seed and tests connect over TCP like to any
// PostgreSQL, so pool sizes must stay under MAX_CONNECTIONS. See docs/decisions/0003-embedded-database.md.
import { mkdirSync } from "node:fs";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** Connections the socket server accepts; they are multiplexed onto PGlite's single backend. */
const MAX_CONNECTIONS = 24;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, host);
  });
}

/** Starts PGlite on `dataDir` (":memory:" for a throw-away database) and serves it on 127.0.0.1:`port`. */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
}): Promise<EmbeddedDatabase> {
  const host = "127.0.0.1";
  if (!(await isPortFree(options.port, host))) {
    throw new Error(
      `Port ${options.port} is already in use, so the embedded database cannot start. ` +
        `Stop the program using it, or choose another port with EMBEDDED_DB_PORT.`,
    );
  }
  const inMemory = options.dataDir === ":memory:";
  if (!inMemory) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(inMemory ? undefined : options.dataDir);
  const server = new PGLiteSocketServer({ db, host, port: options.port, maxConnections: MAX_CONNECTIONS });
  await server.start();
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@${host}:${options.port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // Closing flushes PGlite's files; skipping it can leave the data folder needing recovery.
      await db.close();
    },
  };
}
