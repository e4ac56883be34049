// The briefing PDF renders in a worker thread (decision 0050): the request thread's event loop keeps turning while a
// briefing renders, the artifact's bundled worker gives the same bytes as a render on the request thread, and a
// render past its timeout is a clean UNAVAILABLE, after which the next render works.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Piscina } from "piscina";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeBriefing, type BriefingContent } from "@/lib/briefings/compose-briefing";
import { generateBriefing } from "@/lib/briefings/generate-briefing";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getBriefingData } from "@/lib/data/briefings/get-briefing-data";
import { isAppError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import { closePdfPool, pdfWorkerEntry, renderBriefingPdfOffThread } from "@/lib/pdf/pdf-pool";
import { renderBriefingPdf } from "@/lib/pdf/render-briefing";
import { addQuarters, quarterOf } from "@/lib/utils/periods";
import { buildPdfWorker } from "@/scripts/build";
import { sessionUserFor } from "../support/session-user";

let content: BriefingContent;
let leader: SessionUser;
const lastQuarter = addQuarters(quarterOf(new Date()), -1);
let workDir: string;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The longest the event loop was held up (ms) while `work` ran, sampled every 10 ms. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number; ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  // The sampling timer must have run once, or a block that starts at once goes unseen.
  await pause(30);

  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  // A blocked loop's delay is recorded when the timer next fires.
  await pause(30);
  histogram.disable();
  return { result, stallMs: histogram.max / 1e6, ms };
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), "pdf-worker-"));
  leader = await sessionUserFor("jinan.leader");
  const data = await getBriefingData(leader, { countyId: null, quarter: lastQuarter });
  content = composeBriefing(data!, await loadMessages("zh"), "zh");
});
afterAll(async () => {
  await closePdfPool();
  rmSync(workDir, { recursive: true, force: true });
});

describe("the briefing PDF worker", () => {
  it(
    "renders in a thread of its own: the request thread is never held up for the render",
    { timeout: 180_000 },
    async () => {
      // In a checkout the worker runs from its source through tsx (the artifact's bundle is tested below).
      expect(pdfWorkerEntry()).toMatchObject({ filename: path.resolve("lib/pdf/render-worker.dev.mjs") });
      // Warm both paths (the worker's start, react-pdf's and the fonts' first load) so that only renders are compared.
      const expected = await renderBriefingPdf(content);
      expect((await renderBriefingPdfOffThread(content)).equals(expected)).toBe(true);
      const onThread = await longestStall(() => renderBriefingPdf(content));
      const offThread = await longestStall(() => renderBriefingPdfOffThread(content));
      console.info(
        `[pdf-worker] render on the request thread ${onThread.ms.toFixed(0)} ms, stall ${onThread.stallMs.toFixed(0)} ms;` +
          ` in the worker ${offThread.ms.toFixed(0)} ms, stall ${offThread.stallMs.toFixed(0)} ms`,
      );
      expect(offThread.result.equals(expected)).toBe(true);
      // On the request thread the loop stops for most of the render; in the worker only for the hand-over.
      expect(onThread.stallMs).toBeGreaterThan(onThread.ms * 0.5);
      expect(offThread.stallMs).toBeLessThan(Math.max(100, onThread.stallMs / 4));
      // And so does the briefing as the route asks for it (a miss of both caches: read, compose, render).
      const generated = await longestStall(() =>
        generateBriefing(leader, { countyId: null, quarter: lastQuarter, locale: "en" }),
      );
      console.info(
        `[pdf-worker] generateBriefing ${generated.ms.toFixed(0)} ms, stall ${generated.stallMs.toFixed(0)} ms`,
      );
      expect(generated.result!.pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(generated.stallMs).toBeLessThan(onThread.stallMs / 2);
    },
  );

  it(
    "runs from the artifact's bundled entry (scripts/build.ts) and gives the same bytes",
    { timeout: 180_000 },
    async () => {
      await buildPdfWorker(path.join(workDir, "scripts/pdf"));
      const entry = pdfWorkerEntry(workDir);
      expect(entry).toEqual({ filename: path.join(workDir, "scripts/pdf/render-worker.mjs"), execArgv: [] });
      const pool = new Piscina<BriefingContent, Uint8Array>({
        filename: (entry as { filename: string }).filename,
        minThreads: 0,
        maxThreads: 1,
      });
      try {
        const bytes = Buffer.from(await pool.run(content));
        expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
        expect(bytes.equals(await renderBriefingPdf(content))).toBe(true);
      } finally {
        await pool.destroy();
      }
    },
  );

  it(
    "answers a render past its timeout as UNAVAILABLE, and renders the next one",
    { timeout: 180_000 },
    async () => {
      const error = await renderBriefingPdfOffThread(content, 1).catch((caught: unknown) => caught);
      expect(isAppError(error) && error.code).toBe("UNAVAILABLE");
      expect(isAppError(error) && error.httpStatus).toBe(503);
      const again = await renderBriefingPdfOffThread(content);
      expect(again.equals(await renderBriefingPdf(content))).toBe(true);
    },
  );
});
