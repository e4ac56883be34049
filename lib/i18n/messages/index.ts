import type { Locale } from "../locales";

// One file per product area, so areas built in parallel never edit the same file.
// Each file holds whole namespaces; a namespace lives in exactly one file.
const MESSAGE_FILES = {
  zh: () => Promise.all([import("./zh/core.json"), import("./zh/school-data.json")]),
  en: () => Promise.all([import("./en/core.json"), import("./en/school-data.json")]),
} satisfies Record<Locale, () => Promise<{ default: object }[]>>;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const files = await MESSAGE_FILES[locale]();
  return Object.assign({}, ...files.map((file) => file.default));
}
