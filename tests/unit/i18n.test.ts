import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { AUDIT_ENTITY_NAMES } from "@/lib/audit/entities";
import { loadMessages } from "@/lib/i18n/messages";
import { STATUS_SYMBOLS, type StatusKind } from "@/lib/indicators/status";
import { createTranslator } from "next-intl";

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

  it("state the quality-balance school rule from its own numbers, in both languages (issue 22)", () => {
    // Another rule (9 items, 8 met, 90%) must come out in the sentence: no number of the rule is written in the text.
    const rule = { items: 9, minMet: 8, floorPercent: 90 };
    type Translate = (key: string, values: typeof rule) => string;
    const zhRule = createTranslator({ locale: "zh", messages: zh }) as unknown as Translate;
    const enRule = createTranslator({ locale: "en", messages: en }) as unknown as Translate;
    expect(zhRule("facilities.check.qualityBalancedRule", rule)).toBe(
      "共 9 项中至少 8 项达到标准，且其余每项不低于标准的 90%（教督〔2017〕6号）。",
    );
    expect(enRule("facilities.check.qualityBalancedRule", rule)).toBe(
      "At least 8 of the 9 items meet the standard, and every other item reaches at least 90% of it (MoE 2017 No. 6).",
    );
  });

  it("name every audit action in words for the audit page's filter and rows", () => {
    for (const messages of [zh, en])
      expect(
        AUDIT_ACTIONS.filter((action) => typeof leaf(messages, `audit.actions.${action}`) !== "string"),
      ).toEqual([]);
  });

  it("name every audit entity for the audit page's filter and rows", () => {
    for (const messages of [zh, en])
      expect(
        AUDIT_ENTITY_NAMES.filter((entity) => typeof leaf(messages, `audit.entities.${entity}`) !== "string"),
      ).toEqual([]);
  });

  it("load every area file, and no two files define the same message", () => {
    for (const locale of ["zh", "en"] as const) {
      const fileKeys = readdirSync(path.join(messagesDir, locale)).flatMap((file) =>
        keys(JSON.parse(readFileSync(path.join(messagesDir, locale, file), "utf8"))),
      );
      // A message defined twice would silently take the later file's text.
      expect(fileKeys.length).toBe(new Set(fileKeys).size);
      expect(keys(locale === "zh" ? zh : en).sort()).toEqual([...fileKeys].sort());
    }
  });

  it("explain every status mark in the legends of the heat table and the briefing, as the marks are drawn", () => {
    for (const messages of [zh, en]) {
      for (const legend of [
        leaf(messages, "dashboard.heatTableHint"),
        leaf(messages, "reports.table.legend"),
      ]) {
        for (const [status, symbol] of Object.entries(STATUS_SYMBOLS)) {
          const word = String(leaf(messages, `indicators.status.${status as StatusKind}`));
          expect(String(legend).toLowerCase()).toContain(`${symbol} ${word}`.toLowerCase());
        }
      }
    }
  });
});
