// Which next-intl namespaces the client components of a route translate with, read from the source: the import graph
// of a route's files is walked from app/, every module reached through a 'use client' file is client code, and the
// namespaces of its useTranslations calls are what the browser must be sent (tests/unit/guards/client-namespaces.test.ts).
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const PROJECT = path.resolve(__dirname, "../..");

/** Client files whose useTranslations takes a namespace chosen at run time, with every namespace it may choose. */
export const DYNAMIC_NAMESPACES: Record<string, readonly string[]> = {
  "components/indicators/target-split-form.tsx": ["targetCascade", "provinceTargets"],
};

const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(PROJECT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package: its translations are not ours
  if (existsSync(base) && statSync(base).isFile()) return /\.(tsx?|mjs)$/.test(base) ? base : null;
  for (const extension of EXTENSIONS) if (existsSync(base + extension)) return base + extension;
  return null;
}

const sources = new Map<string, string>();
function source(file: string): string {
  let text = sources.get(file);
  if (text === undefined) {
    text = readFileSync(file, "utf8");
    sources.set(file, text);
  }
  return text;
}

function importsOf(file: string): string[] {
  const text = source(file);
  const found: string[] = [];
  // Type-only imports carry no code; everything else (import, export … from, import()) may render.
  for (const match of text.matchAll(
    /(?:^|\n)\s*(?:import|export)\s+(type\s+)?[^'";]*?from\s+["']([^"']+)["']/g,
  ))
    if (!match[1]) found.push(match[2]!);
  for (const match of text.matchAll(/(?:^|\n)\s*import\s+["']([^"']+)["']/g)) found.push(match[1]!);
  for (const match of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) found.push(match[1]!);
  return found.flatMap((specifier) => resolveImport(file, specifier) ?? []);
}

export function isClientFile(file: string): boolean {
  return /^(?:\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use client["']/.test(source(file));
}

/** The namespaces one file translates with on the client; "*" when it asks for every message. */
export function namespacesOfFile(file: string): string[] {
  const text = source(file);
  const relative = path.relative(PROJECT, file);
  const found = new Set<string>();
  for (const match of text.matchAll(/useTranslations\(\s*([^)]*?)\s*\)/g)) {
    const argument = match[1]!;
    const literal = /^["'`]([^"'`]+)["'`]$/.exec(argument);
    if (literal) found.add(literal[1]!.split(".")[0]!);
    else if (argument === "") found.add("*");
    else if (DYNAMIC_NAMESPACES[relative]) for (const name of DYNAMIC_NAMESPACES[relative]) found.add(name);
    else found.add(`?${relative}`);
  }
  if (/\buseMessages\(/.test(text) && !relative.startsWith("components/i18n/")) found.add("*");
  return [...found];
}

/** Every namespace the client modules reachable from these route files translate with. */
export function clientNamespacesOf(entries: string[]): Set<string> {
  const needed = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string, isClient: boolean) => {
    const client = isClient || isClientFile(file);
    const key = `${client ? "c" : "s"}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (client) for (const name of namespacesOfFile(file)) needed.add(name);
    for (const imported of importsOf(file)) walk(imported, client);
  };
  for (const entry of entries) walk(entry, false);
  return needed;
}
