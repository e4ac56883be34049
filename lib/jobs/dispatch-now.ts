// A request that has just queued deliveries asks this process's job engine to dispatch them now, instead of leaving
// them for the per-minute schedule (decision 0042): the message leaves within seconds. Never awaited by the
// request, never failing it: a dispatch that fails is logged and the schedule takes the rows a minute later. The
// engine registers itself here (lib/jobs/engine.ts) on globalThis, because Next bundles the instrumentation hook and
// the server actions separately and a module's own state would not be shared between them.
import "server-only";

const state = globalThis as unknown as { rermDispatchNow?: () => Promise<unknown> };

/** Called by the engine once started; `null` when it stops. */
export function registerDispatcher(dispatch: (() => Promise<unknown>) | null): void {
  state.rermDispatchNow = dispatch ?? undefined;
}

/** Dispatches queued deliveries in the background if this process runs the engine; a no-op otherwise. */
export function dispatchSoon(): void {
  const dispatch = state.rermDispatchNow;
  if (!dispatch) return;
  setImmediate(() => {
    dispatch().catch((error: unknown) =>
      console.error("[jobs] dispatch after a request failed; the schedule retries", error),
    );
  });
}
