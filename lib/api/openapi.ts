// The OpenAPI 3.1 document of /api/v1, generated from the routes' own zod schemas (z.toJSONSchema, JSON Schema
// 2020-12, which OpenAPI 3.1 uses as it is): what a route checks and answers and what it documents cannot differ.
import "server-only";
import { z } from "zod";
import { registeredRoutes, type RegisteredRoute } from "./define-route";
import { PAGE_LIMIT_MAX } from "./pagination";
import "./routes";

type Json = Record<string, unknown>;

const PROBLEM_SCHEMA: Json = {
  type: "object",
  description: "RFC 9457 problem details; `title` and `detail` in Chinese or English by Accept-Language",
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    instance: { type: "string" },
    code: { type: "string", description: "The product's message key of an expected failure" },
    reference: { type: "string", description: "Quote it when reporting an unexpected failure" },
    errors: {
      type: "array",
      items: {
        type: "object",
        properties: {
          pointer: { type: "string" },
          detail: { type: "string" },
          code: { type: "string", description: "The message key of a form rule" },
        },
        required: ["pointer", "detail"],
      },
    },
  },
  required: ["type", "title", "status"],
};

/** A schema as JSON Schema, its named parts ($defs) moved into the document's components. */
function jsonSchema(schema: z.ZodType, io: "input" | "output", components: Json): Json {
  const generated = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" }) as Json;
  const { $schema: _schema, $defs, ...rest } = generated;
  const rewrite = (value: Json): Json =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as Json;
  for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, Json>)) {
    const schema = rewrite(definition);
    // Two different schemas under one name would make every reference to it describe one of them wrongly.
    if (name in components && JSON.stringify(components[name]) !== JSON.stringify(schema))
      throw new Error(`two different schemas are named ${name} in the OpenAPI document`);
    components[name] = schema;
  }
  return rewrite(rest);
}

const problemRef = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/ProblemDetails" } } },
});

function operationOf(route: RegisteredRoute, components: Json): Json {
  const parameters: Json[] = [];
  if (route.query) {
    const query = jsonSchema(route.query, "input", components) as {
      properties?: Record<string, Json>;
      required?: string[];
    };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      const { description, ...rest } = schema;
      parameters.push({
        name,
        in: "query",
        required: (query.required ?? []).includes(name) && !("default" in rest),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  if (route.hasCsv) {
    parameters.push({
      name: "format",
      in: "query",
      required: false,
      description: "csv: answer as CSV (as Accept: text/csv)",
      schema: { type: "string", enum: ["json", "csv"] },
    });
  }
  const answer = jsonSchema(route.answer, "output", components);
  const success: Json = {
    description: "OK",
    headers: {
      ...(route.method === "GET" ? { ETag: { schema: { type: "string" } } } : {}),
      "RateLimit-Limit": { schema: { type: "integer" } },
      "RateLimit-Remaining": { schema: { type: "integer" } },
    },
    content: {
      "application/json": { schema: answer },
      ...(route.hasCsv ? { "text/csv": { schema: { type: "string" } } } : {}),
    },
  };
  return {
    operationId: route.name,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(route.body, "input", components) } },
          },
        }
      : {}),
    responses: {
      [String(route.successStatus)]: success,
      ...(route.method === "GET"
        ? { "304": { description: "Not modified (If-None-Match matched the ETag)" } }
        : {}),
      ...(route.body ? { "400": problemRef("The body is not JSON") } : {}),
      "401": problemRef("No valid token (missing, unknown, expired or revoked)"),
      "403": problemRef("The token's role may not do this"),
      "404": problemRef("Not found, or outside the token's scope"),
      ...(route.hasCsv ? { "406": problemRef("CSV asked of a route that answers JSON only") } : {}),
      ...(route.body ? { "409": problemRef("Stale version, or not allowed in the record's state") } : {}),
      "422": problemRef("Invalid parameters or values; nothing was written"),
      "429": problemRef("Too many calls of this token this minute (see Retry-After)"),
    },
  };
}

let cached: Json | undefined;

export function openApiDocument(): Json {
  if (cached) return cached;
  // "ProblemDetails" (RFC 9457), not "Problem": that is the name of a 整改台账 problem's schema.
  const components: Json = { ProblemDetails: PROBLEM_SCHEMA };
  const paths: Record<string, Json> = {};
  for (const route of registeredRoutes()) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operationOf(route, components);
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "乡村教育振兴监测平台 API (Rural Education Revitalization Monitor)",
      version: "1.0.0",
      description:
        "Read the hierarchy, the indicator catalogue, indicator values, quarterly collections, facility records and " +
        "problems, and submit collections and facility records. Every call needs `Authorization: Bearer rerm_…`, " +
        "a token an admin created at /admin/api-tokens; it sees and may do exactly what a user of its role and " +
        `scope may. Lists are paged by cursor (limit ≤ ${PAGE_LIMIT_MAX}); reads answer an ETag; errors are RFC 9457 ` +
        "problem details in Chinese (default) or English (Accept-Language: en).",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerAuth: [] }],
    tags: [...new Set(registeredRoutes().map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API token (rerm_…)" },
      },
    },
  };
  return cached;
}
