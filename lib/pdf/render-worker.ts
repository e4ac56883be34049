// The briefing PDF worker (docs/decisions/0050): runs in a worker thread of lib/pdf/pdf-pool.ts, never on the
// request thread. Composed content in, PDF bytes out. Bundled on its own by scripts/build.ts into the artifact's
// scripts/pdf/render-worker.mjs, because the server bundle emits no file a worker could load; in a checkout it runs
// from this source through tsx.
import type { BriefingContent } from "@/lib/briefings/compose-briefing";
import { renderBriefingPdf } from "./render-briefing";

/** Piscina calls the default export once per task. */
export default function renderInWorker(content: BriefingContent): Promise<Buffer> {
  return renderBriefingPdf(content);
}
