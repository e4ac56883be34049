/** Thrown where Next.js would redirect or render not-found, so tests can assert on it. */
export class NavigationInterrupt extends Error {
  constructor(
    readonly kind: "redirect" | "notFound",
    readonly url?: string,
  ) {
    super(kind === "redirect" ? `redirect to ${url}` : "not found");
  }
}

export const nextNavigationStub = {
  redirect(url: string): never {
    throw new NavigationInterrupt("redirect", url);
  },
  permanentRedirect(url: string): never {
    throw new NavigationInterrupt("redirect", url);
  },
  notFound(): never {
    throw new NavigationInterrupt("notFound");
  },
  /** Lets Next.js's own signals through a catch, as the real one does. */
  unstable_rethrow(error: unknown): void {
    if (error instanceof NavigationInterrupt) throw error;
  },
};
