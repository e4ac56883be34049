/** The client's address as the reverse proxy reports it (best effort; used for the audit log only). */
export function clientIpFrom(
  headers: { get(name: string): string | null } | Record<string, unknown> | undefined,
): string | null {
  if (!headers) return null;
  const read = (name: string): string | null => {
    if ("get" in headers && typeof headers.get === "function")
      return (headers.get as (n: string) => string | null)(name);
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : null;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || read("x-real-ip")?.trim() || null)?.slice(0, 64) ?? null;
}
