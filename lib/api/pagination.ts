import { z } from "zod";

// Cursor pagination: rows in id order, the cursor names the last id of the page before (opaque to callers).
export const PAGE_LIMIT_MAX = 500;

export const pageQuery = {
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, "invalid")
    .optional()
    .describe("The `nextCursor` of the previous page"),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_LIMIT_MAX)
    .default(100)
    .describe(`Rows per page (1–${PAGE_LIMIT_MAX})`),
};

export function decodeCursor(cursor: string | undefined): number | undefined {
  if (!cursor) return undefined;
  const id = Number(Buffer.from(cursor, "base64url").toString("utf8").replace(/^id:/, ""));
  return Number.isSafeInteger(id) && id > 0 ? id : -1;
}

export function encodeCursor(id: number): string {
  return Buffer.from(`id:${id}`, "utf8").toString("base64url");
}

/** A page of rows read with `take: limit + 1`: the rows and the cursor of the next page, or null at the end. */
export function pageOf<Row extends { id: number }>(rows: Row[], limit: number) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(items.at(-1)!.id) : null };
}

export const pageAnswer = <Item extends z.ZodType>(item: Item) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
  });

/** What a list's data function takes: the id after which to read, and how many (one more tells if there is more). */
export interface PageRequest {
  afterId?: number;
  take: number;
}

export function pageRequest(query: { cursor?: string; limit: number }): PageRequest {
  return { afterId: decodeCursor(query.cursor), take: query.limit + 1 };
}
