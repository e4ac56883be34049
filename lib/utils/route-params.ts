/** A positive integer id from a route segment, or null (the page then shows not-found). */
export function idParam(value: string): number | null {
  if (!/^\d{1,9}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 ? id : null;
}
