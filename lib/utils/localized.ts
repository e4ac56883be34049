/**
 * A text stored in both languages: the Chinese one as `<field>Zh` (indicator and form texts) or as plain `<field>`
 * (place names, units), the English one as `<field>En`.
 */
export type Bilingual<F extends string> = (
  { [K in `${F}Zh`]: string | null } | { [K in F]: string | null }
) & {
  [K in `${F}En`]?: string | null;
};

/**
 * The field in the reader's language. Chinese is the official text, so an English one that is missing or empty falls
 * back to it; a text missing in both is "".
 */
export function localized<F extends string>(item: Bilingual<NoInfer<F>>, field: F, locale: string): string {
  const texts = item as Partial<Record<string, string | null>>;
  const chinese = texts[`${field}Zh`] ?? texts[field] ?? "";
  const english = texts[`${field}En`];
  return locale === "zh" || !english ? chinese : english;
}
