// HTTP helpers of the multi-process tests: sign-in through next-auth's credentials endpoint, as a browser's form does.
export async function csrf(baseUrl: string): Promise<{ csrfToken: string; cookie: string }> {
  const response = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(";")[0])
    .join("; ");
  return { csrfToken, cookie };
}

/** One sign-in attempt: the session cookie when it was accepted, else null (and the error next-auth named). */
export async function attemptSignIn(
  baseUrl: string,
  loginName: string,
  password: string,
  token?: { csrfToken: string; cookie: string },
): Promise<{ status: number; session: string | null; error: string | null }> {
  const { csrfToken, cookie } = token ?? (await csrf(baseUrl));
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, loginName, password, json: "true" }),
    redirect: "manual",
  });
  const session =
    response.headers
      .getSetCookie()
      .map((value) => value.split(";")[0]!)
      .find((value) => value.includes("session-token")) ?? null;
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  const error = body.url ? new URL(body.url).searchParams.get("error") : null;
  return { status: response.status, session: error ? null : session, error };
}

export async function signIn(baseUrl: string, loginName: string, password = "Demo@2026"): Promise<string> {
  const result = await attemptSignIn(baseUrl, loginName, password);
  if (!result.session) throw new Error(`Sign-in as ${loginName} failed (${result.status} ${result.error})`);
  return result.session;
}
