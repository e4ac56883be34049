import { sharedCacheStats } from "@/lib/cache/shared-cache";

// Liveness: the process is up and answering (no database or Redis call, so a slow database does not get the
// process restarted). The cache counters tell operators, and the multi-instance tests, how figures are shared.
export function GET() {
  return Response.json(
    { status: "ok", uptimeSeconds: Math.round(process.uptime()), cache: sharedCacheStats },
    { headers: { "Cache-Control": "no-store" } },
  );
}
