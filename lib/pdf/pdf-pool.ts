import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { Piscina } from "piscina";
import type { BriefingContent } from "@/lib/briefings/compose-briefing";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** The worker's entry in the production artifact (scripts/build.ts bundles it with esbuild). */
export const BUNDLED_WORKER = "scripts/pdf/render-worker.mjs";
/** The same entry as source, for a checkout (next dev, the tests, the demo): it loads the TypeScript through tsx. */
export const SOURCE_WORKER = "lib/pdf/render-worker.dev.mjs";
/** A worker left idle this long exits and gives back its memory (react-pdf and the fonts, ~100 MB). */
const IDLE_TIMEOUT_MS = 5 * 60_000;
/** Briefings waiting for a worker beyond this many are refused at once (503) rather than queued for minutes. */
const MAX_QUEUE = 32;

export type PdfWorkerEntry = { filename: string; execArgv: string[] } | { reason: string };

/**
 * Where the worker's code is, seen from the server's working directory (the artifact's folder, or the checkout):
 * the bundled file, else the source with tsx, else a reason to render on the request thread.
 */
export function pdfWorkerEntry(root = process.cwd()): PdfWorkerEntry {
  const bundled = path.join(root, BUNDLED_WORKER);
  if (existsSync(bundled)) return { filename: bundled, execArgv: [] };
  const source = path.join(root, SOURCE_WORKER);
  if (existsSync(source) && existsSync(path.join(root, "node_modules/tsx"))) {
    return { filename: source, execArgv: [] };
  }
  return { reason: `neither ${BUNDLED_WORKER} nor ${SOURCE_WORKER} with tsx is in ${root}` };
}

type PoolState = { pool: Piscina<BriefingContent, Uint8Array> } | { reason: string };

const holder = globalThis as unknown as { rermPdfPool?: PoolState };

function poolState(): PoolState {
  if (holder.rermPdfPool) return holder.rermPdfPool;
  const workers = getEnv().PDF_RENDER_WORKERS;
  const entry: PdfWorkerEntry = workers === 0 ? { reason: "PDF_RENDER_WORKERS=0" } : pdfWorkerEntry();
  if ("reason" in entry) {
    console.warn(`[pdf] briefings render on the request thread: ${entry.reason}`);
    holder.rermPdfPool = entry;
  } else {
    holder.rermPdfPool = {
      pool: new Piscina({
        filename: entry.filename,
        execArgv: entry.execArgv,
        // Started on the first briefing, not with the server; at most PDF_RENDER_WORKERS renders at once.
        minThreads: 0,
        maxThreads: workers,
        // One render at a time per worker: a second one would only wait behind the first inside it.
        concurrentTasksPerWorker: 1,
        idleTimeout: IDLE_TIMEOUT_MS,
        maxQueue: MAX_QUEUE,
      }),
    };
  }
  return holder.rermPdfPool;
}

/**
 * The briefing's PDF, rendered in a worker thread so that a render (a second or two of CPU) never holds up the
 * other requests of this instance. A render that takes longer than PDF_RENDER_TIMEOUT_MS, waiting included, is
 * stopped (its worker is ended and replaced) and answered as UNAVAILABLE, as is a full queue.
 */
export async function renderBriefingPdfOffThread(
  content: BriefingContent,
  timeoutMs = getEnv().PDF_RENDER_TIMEOUT_MS,
): Promise<Buffer> {
  const state = poolState();
  if ("reason" in state) {
    // Loaded only here: with the worker, the request thread never loads react-pdf and the fonts.
    const { renderBriefingPdf } = await import("./render-briefing");
    return renderBriefingPdf(content);
  }
  try {
    const bytes = await state.pool.run(content, { signal: AbortSignal.timeout(timeoutMs) });
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if (isAbort(error)) {
      throw new AppError("UNAVAILABLE", { log: `briefing PDF render exceeded ${timeoutMs} ms` });
    }
    if (error instanceof Error && /queue is at limit/i.test(error.message)) {
      throw new AppError("UNAVAILABLE", { log: `briefing PDF queue full (${MAX_QUEUE})` });
    }
    throw error;
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}

/** Ends the workers (shutdown, tests); the next briefing starts the pool again. */
export async function closePdfPool(): Promise<void> {
  const state = holder.rermPdfPool;
  holder.rermPdfPool = undefined;
  if (state && "pool" in state) await state.pool.destroy();
}
