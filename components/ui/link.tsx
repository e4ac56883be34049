import NextLink from "next/link";
import type { ComponentProps } from "react";
import { LinkPending } from "./link-pending";

/**
 * The app's link. Every page here is rendered per request for its user, so Next's default of prefetching each link
 * in view would render dozens of pages nobody opens (a roster lists fifty teachers, a table a dozen counties, and a
 * download link would build its file). Pages load when they are followed, and the link shows that they do.
 */
export function Link({ prefetch = false, children, ...props }: ComponentProps<typeof NextLink>) {
  return (
    <NextLink prefetch={prefetch} {...props}>
      {children}
      <LinkPending />
    </NextLink>
  );
}
