// The PDF worker's entry in a checkout (next dev, the tests, the demo): its TypeScript source through tsx, which a
// worker thread does not inherit from `--import tsx` (docs/decisions/0050). The artifact runs the bundled
// scripts/pdf/render-worker.mjs instead.
// React's client build (react-pdf's reconciler needs it), with the `server-only` marker resolved to nothing.
import "../../scripts/support/allow-server-only.mjs";
import { register } from "tsx/esm/api";

register();
const { default: renderInWorker } = await import("./render-worker.ts");

export default renderInWorker;
