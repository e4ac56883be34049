"use server";

import { createApiToken } from "@/lib/data/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/data/api-tokens/revoke-api-token";
import { apiTokenIdSchema, createApiTokenSchema } from "@/lib/schemas/api-tokens";
import { defineAction, type Revalidation } from "./builder";

// Tokens change no figure: only their list is stale.
const TOKEN_LIST: Revalidation = { path: "/admin/api-tokens" };

/** The token itself is shown once, to the admin who created it; only its hash is kept. */
export const createApiTokenAction = defineAction({
  name: "createApiTokenAction",
  schema: createApiTokenSchema,
  run: createApiToken,
  revalidate: [TOKEN_LIST],
  success: ({ name, token }) => ({ messageKey: "apiTokens.created", params: { name }, data: { token } }),
});

export const revokeApiTokenAction = defineAction({
  name: "revokeApiTokenAction",
  schema: apiTokenIdSchema,
  run: (manager, { id }) => revokeApiToken(manager, id),
  revalidate: [TOKEN_LIST],
  success: "apiTokens.revoked",
});
