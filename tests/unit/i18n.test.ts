import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh.json";

function keys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("have the same keys in Chinese and English", () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it("have no empty texts", () => {
    const empty = (messages: object) =>
      keys(messages).filter(
        (key) =>
          key
            .split(".")
            .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) === "",
      );
    expect(empty(zh)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
