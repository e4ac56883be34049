import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
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
      adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DB_POOL_MAX }),
    });
  }
  return globalForPrisma.prisma;
}

/** The client or a transaction's client: internal data functions take one so they can run inside a caller's transaction. */
export type DbClient = PrismaClient | Prisma.TransactionClient;

/**
 * The current time for raw SQL writes of `timestamp` columns: UTC wall time, as Prisma writes and reads them. Plain
 * `now()` would store the database's local time on a server whose TimeZone is not UTC (e.g. Asia/Shanghai).
 */
export const SQL_NOW = Prisma.raw("(now() AT TIME ZONE 'UTC')");
