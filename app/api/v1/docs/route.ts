import { connection } from "next/server";
import { renderApiReference } from "@/lib/api/reference-page";

// The readable reference of the API, rendered on the server from the OpenAPI document (no script, no CDN).
export async function GET() {
  await connection();
  return new Response(renderApiReference(), {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "public, max-age=300",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
}
