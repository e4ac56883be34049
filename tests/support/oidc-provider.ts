// A real OpenID Connect provider for sign-in tests (the npm package oidc-provider, certified by the OpenID
// Foundation), started on a local port: authorization code with PKCE, signed ID tokens, discovery and userinfo, as a
// government identity provider (统一身份认证) would answer. Its own sign-in page takes any login name and password,
// and the person's subject is the login name typed: a test signs in as whoever it needs. Consent is granted
// without asking, as for a first-party client.
import { generateKeyPairSync } from "node:crypto";
import type { Server } from "node:http";
import Provider from "oidc-provider";

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

export const TEST_OIDC_CLIENT_ID = "rerm-test-client";
export const TEST_OIDC_CLIENT_SECRET = "rerm-test-client-secret-0123456789";

/** The claims the provider tells about the person who signed in as `login`. */
export function testClaimsOf(login: string) {
  return { sub: login, preferred_username: login, name: `测试用户 ${login}` };
}

export async function startTestOidcProvider(options: {
  port: number;
  /** Where the product's callback is: http://localhost:<port>/api/auth/callback/oidc */
  redirectUris: string[];
  host?: string;
}): Promise<TestOidcProvider> {
  const host = options.host ?? "127.0.0.1";
  const issuer = `http://${host}:${options.port}`;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: "jwk" }), kid: "test-key", use: "sig", alg: "RS256" };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_OIDC_CLIENT_ID,
        client_secret: TEST_OIDC_CLIENT_SECRET,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ["test-oidc-cookie-key-0123456789"] },
    pkce: { required: () => true },
    claims: { openid: ["sub"], profile: ["name", "preferred_username"] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => testClaimsOf(id) }),
    async loadExistingGrant(ctx) {
      const { client, session, result, provider: self } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return self.Grant.find(grantId);
      const grant = new self.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid profile");
      await grant.save();
      return grant;
    },
  });

  const server: Server = await new Promise((resolve, reject) => {
    const listening = provider.listen(options.port, host, () => resolve(listening));
    listening.on("error", reject);
  });
  return {
    issuer,
    clientId: TEST_OIDC_CLIENT_ID,
    clientSecret: TEST_OIDC_CLIENT_SECRET,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
