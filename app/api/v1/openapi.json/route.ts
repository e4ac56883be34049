import { connection } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";

// Public: the description of the API, not its data (every route it describes needs a token).
export async function GET() {
  await connection();
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
