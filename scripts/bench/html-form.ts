// Reads a form out of a rendered page as a browser without JavaScript would submit it (React renders every server
// action form with hidden fields that name the action), so that the benchmark writes through the app exactly as a
// user's save does. Only for the project's own markup: attributes in double quotes, no nested forms.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, entity: string) => ENTITIES[entity]!);
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]!) : undefined;
}

/** The fields of the first form that has a field named `marker`, in document order, or undefined. */
export function readForm(html: string, marker: string): [string, string][] | undefined {
  for (const [, body] of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    const fields: [string, string][] = [];
    for (const [tag, element = "input", content] of body!.matchAll(
      /<input\b[^>]*>|<(select|textarea)\b[^>]*>([\s\S]*?)<\/\1>/g,
    )) {
      const name = attribute(tag, "name");
      if (!name) continue;
      if (element === "input") {
        const type = attribute(tag, "type") ?? "text";
        if ((type === "checkbox" || type === "radio") && !/\schecked=""/.test(tag)) continue;
        fields.push([name, attribute(tag, "value") ?? (type === "checkbox" ? "on" : "")]);
      } else if (element === "select") {
        const options = [...(content ?? "").matchAll(/<option\b[^>]*>/g)].map(([option]) => option);
        const chosen = options.find((option) => /\sselected=""/.test(option)) ?? options[0];
        fields.push([name, chosen ? (attribute(chosen, "value") ?? "") : ""]);
      } else fields.push([name, decode(content ?? "")]);
    }
    if (fields.some(([name]) => name === marker)) return fields;
  }
  return undefined;
}
