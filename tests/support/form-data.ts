/** The fields of a submitted form, as a server action receives them; a list is a field sent once per value. */
export function formData(fields: Record<string, string | number | readonly (string | number)[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const item of [value].flat()) data.append(key, String(item));
  return data;
}
