/** Next.js page searchParams: every value may be a string, several strings, or missing. */
export type SearchParams = Record<string, string | string[] | undefined>;

export function firstParam(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/** The first value of each of `keys` that the query string has: the parameters a page's links keep. */
export function pickParams(params: SearchParams, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    keys.flatMap((key) => {
      const value = firstParam(params, key);
      return value === undefined || value === "" ? [] : [[key, value]];
    }),
  );
}

/** A positive page number from the query string; anything else is page 1. */
export function pageParam(params: SearchParams, key = "page"): number {
  const page = Number(firstParam(params, key));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** `path?query` with `changes` applied to the current parameters (undefined or "" removes a key). */
export function hrefWith(
  path: string,
  params: SearchParams,
  changes: Record<string, string | number | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") query.set(key, first);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === "") query.delete(key);
    else query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
