import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticateWithPassword } from "@/lib/data/auth/authenticate";
import { endSessionById } from "@/lib/data/auth/session-user";
import { getEnv } from "@/lib/env";
import { loginSchema } from "@/lib/schemas/auth";
import { safeCallbackPath } from "./callback-url";
import { clientIpFrom } from "./request";
import { authSecret } from "./secret";

let cached: NextAuthOptions | undefined;

/**
 * next-auth configuration. The JWT carries only the id of a server-side session row; role and scope are read from
 * the database on every request (lib/auth/session.ts), so a deactivation or role change takes effect at once.
 * Built lazily: the environment is not available at build time.
 */
export function getAuthOptions(): NextAuthOptions {
  if (cached) return cached;
  const env = getEnv();
  cached = {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: env.SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { loginName: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const parsed = loginSchema.safeParse(credentials);
          if (!parsed.success) throw new Error("invalid");
          const result = await authenticateWithPassword({
            ...parsed.data,
            ip: clientIpFrom(req.headers),
            userAgent: typeof req.headers?.["user-agent"] === "string" ? req.headers["user-agent"] : null,
          });
          if (!result.ok) throw new Error(result.reason);
          return { id: String(result.userId), sessionId: result.sessionId };
        },
      }),
    ],
    callbacks: {
      // Where next-auth may send the browser after signing in or out: only a path of this site (lib/auth/callback-url).
      redirect({ url, baseUrl }) {
        return new URL(safeCallbackPath(url, baseUrl) ?? "/", baseUrl).toString();
      },
      jwt({ token, user }) {
        if (user) token.sessionId = user.sessionId;
        return token;
      },
      session({ session, token }) {
        return { ...session, sessionId: token.sessionId, user: undefined };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sessionId === "string") await endSessionById(token.sessionId, null);
      },
    },
  };
  return cached;
}
