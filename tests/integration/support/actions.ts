// Every server action, as the builder registered them (lib/actions/builder.ts). Loading every module of lib/actions
// fills the registry; the permission matrix and the fuzz test of the actions read it from here.
import { registeredActions, type RegisteredAction } from "@/lib/actions/builder";

const ACTION_MODULES = import.meta.glob<Record<string, unknown>>("/lib/actions/*.ts", { eager: true });
const SOURCES = import.meta.glob<string>(
  [
    "/app/**/*.{ts,tsx}",
    "/components/**/*.{ts,tsx}",
    "/lib/**/*.{ts,tsx}",
    "/proxy.ts",
    "!/lib/generated/**",
  ],
  { eager: true, query: "?raw", import: "default" },
);

/** Every declared action by its exported name. */
export const ACTIONS: ReadonlyMap<string, RegisteredAction> = new Map(
  registeredActions().map((entry) => [entry.name, entry]),
);

const USE_SERVER_FILE = /^\s*(?:\/\/[^\n]*\n\s*)*["']use server["']/;
const USE_SERVER_ANYWHERE = /["']use server["']/;

/**
 * Server actions that do not go through the builder: an export of a "use server" module of lib/actions that is not
 * the registered action of its own name (a hand-written action, or a declaration under another name), and any
 * "use server" outside lib/actions (an action there would not be loaded, so not registered). Each as `file: name`.
 */
export function undeclaredActions(): string[] {
  const found: string[] = [];
  for (const [file, source] of Object.entries(SOURCES)) {
    if (!USE_SERVER_ANYWHERE.test(source)) continue;
    if (!file.startsWith("/lib/actions/") || !USE_SERVER_FILE.test(source)) {
      found.push(`${file}: "use server" outside a lib/actions module`);
      continue;
    }
    for (const [name, value] of Object.entries(ACTION_MODULES[file] ?? {})) {
      if (ACTIONS.get(name)?.action !== value) found.push(`${file}: ${name}`);
    }
  }
  return found.sort();
}
