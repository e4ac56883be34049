/** The place name in the reader's language (Chinese names are the official ones). */
export function localizedName(place: { name: string; nameEn?: string | null }, locale: string): string {
  return locale === "zh" || !place.nameEn ? place.name : place.nameEn;
}
