import "server-only";

// The process's life as operators see it: /api/ready answers 503 once a shutdown has begun, so a load balancer
// that polls it stops sending new requests while Next.js finishes the ones in flight (instrumentation.ts).

const state = globalThis as unknown as { rermShuttingDown?: boolean };

export function beginShutdown(): void {
  state.rermShuttingDown = true;
}

export function isShuttingDown(): boolean {
  return state.rermShuttingDown === true;
}
