import type { Locale } from "../locales";

// One file per product area, so that areas built in parallel never edit the same file. Files are merged deeply:
// an area may add its own keys to shared namespaces (messages, errors, validation, nav), never redefine one.
const MESSAGE_FILES = {
  zh: () =>
    Promise.all([
      import("./zh/core.json"),
      import("./zh/indicators.json"),
      import("./zh/dashboards.json"),
      import("./zh/school-data.json"),
      import("./zh/submissions.json"),
      import("./zh/reports.json"),
    ]),
  en: () =>
    Promise.all([
      import("./en/core.json"),
      import("./en/indicators.json"),
      import("./en/dashboards.json"),
      import("./en/school-data.json"),
      import("./en/submissions.json"),
      import("./en/reports.json"),
    ]),
} satisfies Record<Locale, () => Promise<{ default: object }[]>>;

export type Messages = { [key: string]: string | Messages };

export function mergeMessages(target: Messages, source: Messages): Messages {
  for (const [key, value] of Object.entries(source)) {
    const held = target[key];
    target[key] =
      typeof value === "object" && typeof held === "object" ? mergeMessages({ ...held }, value) : value;
  }
  return target;
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  const files = await MESSAGE_FILES[locale]();
  return files.reduce<Messages>((merged, file) => mergeMessages(merged, file.default as Messages), {});
}
