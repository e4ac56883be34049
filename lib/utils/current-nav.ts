/**
 * The menu entry of the page at `pathname`: the entry whose path is the page's or its longest parent, so that on
 * /groups/worklist only 待入集团学校 is current, not 教育集团 (/groups) as well. Null when no entry contains the page.
 */
export function currentNavHref(pathname: string, hrefs: readonly string[]): string | null {
  const matches = hrefs.filter(
    (href) => pathname === href || pathname.startsWith(href === "/" ? "/" : `${href}/`),
  );
  return matches.reduce<string | null>(
    (best, href) => (best === null || href.length > best.length ? href : best),
    null,
  );
}
