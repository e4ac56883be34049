import { connection } from "next/server";
import { sectionCacheStats } from "@/lib/cache/section-cache";
import { localValueUsage, sharedCacheStats } from "@/lib/cache/shared-cache";

// Liveness: the process is up and answering (no database or Redis call, so a slow database does not get the
// process restarted). The cache counters tell operators, and the multi-instance tests, how figures and rendered
// sections are shared, and how much of them this process keeps.
export async function GET() {
  await connection(); // this process's state now, never the build's
  return Response.json(
    {
      status: "ok",
      uptimeSeconds: Math.round(process.uptime()),
      cache: { ...sharedCacheStats, kept: localValueUsage() },
      sections: sectionCacheStats,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
