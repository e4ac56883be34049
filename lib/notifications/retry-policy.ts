// How a failed delivery is retried (decision 0042): pg-boss retries the job `retryLimit` times after the first
// attempt; with back-off, the wait before retry n (n = 1, 2, …) is drawn between retryDelay·2^(n−1) and
// retryDelay·2^n seconds (pg-boss 10's `failJobs` plan: delay·2^min(16,n)/2 · (1 + random)).

export interface RetryPolicy {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
}

/** pg-boss caps the exponent at 16. */
const MAX_BACKOFF_EXPONENT = 16;

/** The waits before each retry, in seconds, as [earliest, latest) windows. */
export function retryWindows(
  policy: RetryPolicy,
): { retry: number; minSeconds: number; maxSeconds: number }[] {
  return Array.from({ length: policy.retryLimit }, (_, index) => {
    const retry = index + 1;
    if (!policy.retryBackoff) return { retry, minSeconds: policy.retryDelay, maxSeconds: policy.retryDelay };
    const delay = Math.max(policy.retryDelay, 1);
    const base = delay * 2 ** (Math.min(MAX_BACKOFF_EXPONENT, retry) - 1);
    return { retry, minSeconds: base, maxSeconds: 2 * base };
  });
}

/** Whether the attempt that just failed was the last one: pg-boss counts retries from 0 for the first attempt. */
export function isLastAttempt(retryCount: number, policy: Pick<RetryPolicy, "retryLimit">): boolean {
  return retryCount >= policy.retryLimit;
}

/** A failure's message as the send log keeps it: one line, short, with anything that looks like a URL removed. */
export function shortError(error: unknown, maxLength = 300): string {
  const text = error instanceof Error ? error.message : String(error);
  const oneLine = text
    .replace(/\s+/g, " ")
    .replace(/https?:\/\/\S+/g, "<url>")
    .trim();
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine || "error";
}
