import "server-only";
import { db } from "@/lib/db";

/** Logs one call of a token (the token, the route pattern, the status and the time taken). */
export async function recordApiCall(call: {
  tokenId: number;
  method: string;
  route: string;
  status: number;
  durationMs: number;
}): Promise<void> {
  await db().apiCallLog.create({ data: { ...call, durationMs: Math.round(call.durationMs) } });
}

/**
 * Counts one call of a token in the minute starting at `windowStart` and answers the count, atomically across
 * instances (the rate limit's engine when Redis is not configured).
 */
export async function countApiCall(tokenId: number, windowStart: Date): Promise<number> {
  const [row] = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO api_rate_windows (token_id, window_start, count) VALUES (${tokenId}, ${windowStart}, 1)
    ON CONFLICT (token_id, window_start) DO UPDATE SET count = api_rate_windows.count + 1
    RETURNING count`;
  return row!.count;
}

/** Drops the counters of windows that started before `before` (they count for nothing any more). */
export async function pruneApiRateWindows(before: Date): Promise<void> {
  await db().apiRateWindow.deleteMany({ where: { windowStart: { lt: before } } });
}
