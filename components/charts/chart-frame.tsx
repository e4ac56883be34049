"use client";

import { type ReactNode, useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * The labelled frame of a chart. The chart itself draws in the browser only: Recharts measures its container, so a
 * server render would be empty anyway and only cost the server time on every request.
 */
export function ChartFrame({
  ariaLabel,
  className,
  children,
}: {
  ariaLabel: string;
  className: string;
  children: ReactNode;
}) {
  const isBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return (
    <figure role="img" aria-label={ariaLabel} className={className}>
      {isBrowser ? children : null}
    </figure>
  );
}
