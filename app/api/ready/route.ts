import { connection } from "next/server";
import { checkReadiness } from "@/lib/data/health/check-readiness";

// Readiness for a load balancer or an orchestrator: 200 only when this instance can serve (lib/data/health).
export async function GET() {
  await connection(); // asked at request time, never answered from the build
  const readiness = await checkReadiness();
  return Response.json(readiness, {
    status: readiness.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
