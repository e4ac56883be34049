// Every route of /api/v1: loading this module fills the registry (lib/api/define-route.ts) that the OpenAPI
// document, the reference page and the permission matrix read.
import "server-only";
export * from "./hierarchy";
export * from "./indicators";
export * from "./collections";
export * from "./problems";
export * from "./facilities";
