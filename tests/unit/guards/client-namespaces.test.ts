import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages, ROUTE_CLIENT_NAMESPACES, SHELL_CLIENT_NAMESPACES } from "@/lib/i18n/messages";
import { clientNamespacesOf, namespacesOfFile, PROJECT } from "@/tests/support/client-namespaces";

const APP = path.join(PROJECT, "app");
const ROUTE_FILE = /(^|\/)(page|layout|template|loading|error|not-found|default)\.tsx$/;
const routeFiles = (readdirSync(APP, { recursive: true }) as string[]).filter((file) =>
  ROUTE_FILE.test(file),
);

/** What a route file is sent: the shell's namespaces, its ancestors' layouts' and its own route's (nested ones add up). */
function sentTo(file: string): Set<string> {
  const sent = new Set<string>(SHELL_CLIENT_NAMESPACES);
  const routes = ROUTE_CLIENT_NAMESPACES as Record<string, readonly string[]>;
  const folders = path.dirname(file).split("/");
  for (let depth = 1; depth <= folders.length; depth++) {
    const folder = folders.slice(0, depth).join("/");
    for (const name of routes[`${folder}/layout`] ?? []) sent.add(name);
  }
  for (const name of routes[file.replace(/\.tsx$/, "")] ?? []) sent.add(name);
  return sent;
}

describe("client messages per route (decision 0049)", async () => {
  const zh = await loadMessages("zh");

  it("finds the route files and reads a namespace chosen at run time", () => {
    expect(routeFiles).toContain("(dashboard)/counties/[countyId]/page.tsx");
    expect(
      namespacesOfFile(path.join(PROJECT, "components/indicators/target-split-form.tsx")).sort(),
    ).toEqual(["provinceTargets", "targetCascade"]);
  });

  it("send every route's client components each namespace they translate with", () => {
    const missing = routeFiles.flatMap((file) => {
      const sent = sentTo(file);
      const needed = [...clientNamespacesOf([path.join(APP, file)])];
      return needed.filter((name) => !sent.has(name)).map((name) => `${file}: ${name}`);
    });
    expect(missing).toEqual([]);
  });

  it("send only namespaces that exist", () => {
    const all = [...SHELL_CLIENT_NAMESPACES, ...Object.values(ROUTE_CLIENT_NAMESPACES).flat()];
    expect(all.filter((name) => !(name in zh))).toEqual([]);
  });

  it("render each route's namespaces from the route file it is keyed by", () => {
    const unrendered = Object.keys(ROUTE_CLIENT_NAMESPACES).filter((route) => {
      const text = readFileSync(path.join(APP, `${route}.tsx`), "utf8");
      return !text.includes(`<ClientMessages route="${route}">`);
    });
    expect(unrendered).toEqual([]);
  });

  it("keep the dashboards' messages small: the shell's and the route's, not every form's", () => {
    // Issue 17: a dashboard page carried 33 namespaces twice; it now carries what its components use.
    // The charts' one label has a namespace of its own, so the city and county pages do not carry the dashboards'
    // messages (16 KB) for it (decision 0052).
    for (const page of ["(dashboard)/city/page.tsx", "(dashboard)/counties/[countyId]/page.tsx"])
      expect([...sentTo(page)].sort()).toEqual([
        "charts",
        "common",
        "errors",
        "locale",
        "messages",
        "nav",
        "validation",
      ]);
    expect([...sentTo("(dashboard)/schools/[schoolId]/page.tsx")].sort()).toEqual([
      "charts",
      "common",
      "dashboard",
      "errors",
      "facilities",
      "locale",
      "messages",
      "nav",
    ]);
  });
});
