import { describe, expect, it } from "vitest";
import { loadMessages, SHARED_NAMESPACES } from "@/lib/i18n/messages";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

function keys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function leaf(messages: object, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
}

describe("messages", async () => {
  const zh = await loadMessages("zh");
  const en = await loadMessages("en");
  const messagesDir = path.join(__dirname, "../../lib/i18n/messages");

  it("have the same keys in Chinese and English", () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it("have no empty texts", () => {
    expect(keys(zh).filter((key) => leaf(zh, key) === "")).toEqual([]);
    expect(keys(en).filter((key) => leaf(en, key) === "")).toEqual([]);
  });

  it("load every area file of both locales", () => {
    for (const locale of ["zh", "en"] as const) {
      const files = readdirSync(path.join(messagesDir, locale));
      const contents = files.map(
        (file) =>
          JSON.parse(readFileSync(path.join(messagesDir, locale, file), "utf8")) as Record<string, object>,
      );
      // Every namespace (and sub-key of a shared namespace) of every file is loaded, and none is defined twice
      // (a later file would silently win).
      const names = contents.flatMap((content) =>
        Object.entries(content).flatMap(([namespace, value]) =>
          (SHARED_NAMESPACES as readonly string[]).includes(namespace)
            ? Object.keys(value).map((key) => `${namespace}.${key}`)
            : [namespace],
        ),
      );
      expect(new Set(names).size).toBe(names.length);
      const namespaces = new Set(contents.flatMap((content) => Object.keys(content)));
      expect(Object.keys(locale === "zh" ? zh : en).sort()).toEqual([...namespaces].sort());
    }
  });
});
