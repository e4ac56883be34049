import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

// No per-connection startup options (such as `-c TimeZone=UTC`): a pooler in transaction mode (PgBouncer) drops
// them. Connections run in UTC because the migration step sets it for the app's role in its database
// (scripts/db/prepare.ts), and /api/ready refuses to report ready when a connection is not in UTC.

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; replica?: PrismaClient | null };

function client(connectionString: string, max: number): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

/**
 * The Prisma client, created on first use (never at import time, so that `next build` opens no connection)
 * and kept on globalThis so that dev-server reloads do not leak connection pools.
 */
export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const env = getEnv();
    globalForPrisma.prisma = client(env.DATABASE_URL, env.DB_POOL_MAX);
  }
  return globalForPrisma.prisma;
}

/** The read replica's client (DATABASE_REPLICA_URL), or null when none is configured. */
export function replicaDb(): PrismaClient | null {
  if (globalForPrisma.replica === undefined) {
    const env = getEnv();
    globalForPrisma.replica = env.DATABASE_REPLICA_URL
      ? client(env.DATABASE_REPLICA_URL, env.DB_POOL_MAX)
      : null;
  }
  return globalForPrisma.replica;
}

/** Closes the pools on shutdown (instrumentation.ts), after in-flight requests have finished. */
export async function closeDatabase(): Promise<void> {
  const { prisma, replica } = globalForPrisma;
  globalForPrisma.prisma = undefined;
  globalForPrisma.replica = undefined;
  await Promise.allSettled([prisma?.$disconnect(), replica?.$disconnect()]);
}

/** The client or a transaction's client: internal data functions take one so they can run inside a caller's transaction. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
