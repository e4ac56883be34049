import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { DB_SESSION_OPTIONS } from "@/lib/db-session";
import { getEnv } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * The Prisma client, created on first use (never at import time, so that `next build` opens no connection)
 * and kept on globalThis so that dev-server reloads do not leak connection pools.
 */
export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const env = getEnv();
    globalForPrisma.prisma = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: env.DATABASE_URL,
        max: env.DB_POOL_MAX,
        options: DB_SESSION_OPTIONS,
      }),
    });
  }
  return globalForPrisma.prisma;
}

/** The client or a transaction's client: internal data functions take one so they can run inside a caller's transaction. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
