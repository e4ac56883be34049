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
  keepQueryBatchesTogether(server, db);
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

/** The socket server's queue as its package builds it (pglite-socket 0.2.17, pinned by its exact peer of PGlite). */
interface QueryQueue {
  queue: {
    handlerId: number;
    message: Uint8Array;
    onData: (data: Uint8Array) => void;
    resolve: (bytes: number) => void;
    reject: (error: unknown) => void;
  }[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/** Extended-query messages that leave the unnamed statement or portal of a batch in the session until its Sync. */
const BATCH_MESSAGES = new Set(["P", "B", "D", "E", "C", "H"].map((type) => type.charCodeAt(0)));

/**
 * The socket server runs each protocol message of every connection in turn on PGlite's one session, and keeps a
 * connection's turn only inside a transaction. A Parse/Bind/Execute/Sync batch is not a transaction: two pooled
 * connections' batches interleave, one's Bind meets the other's unnamed statement, and the query fails ("bind message
 * supplies 3 parameters, but prepared statement requires 2") or, worse, reads another query's rows (pglite issue
 * #1046, open, unfixed in the last release). So a connection keeps its turn from its first batch message to its Sync,
 * as inside a transaction, and a message that throws no longer stops the queue for good. Decision 0055.
 */
function keepQueryBatchesTogether(server: PGLiteSocketServer, db: PGlite) {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let isMidBatch = false;
  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const isPinned = (isMidBatch || db.isInTransaction()) && this.lastHandlerId !== null;
        const index = isPinned ? this.queue.findIndex((item) => item.handlerId === this.lastHandlerId) : 0;
        // The connection holding the turn has not sent its next message yet: its enqueue resumes the queue.
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(item!.message, {
              onRawData: (data) => {
                bytes += data.length;
                item!.onData(data);
              },
            }),
          );
        } catch (error) {
          item!.reject(error);
          continue;
        }
        isMidBatch = BATCH_MESSAGES.has(item!.message[0]!);
        this.lastHandlerId = item!.handlerId;
        item!.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
  // A connection that closes mid-batch gives up its turn (its transaction, if any, the server rolls back itself).
  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    clearQueueForHandler(handlerId);
    if (queue.lastHandlerId === handlerId && isMidBatch) {
      isMidBatch = false;
      void queue.processQueue();
    }
  };
}
