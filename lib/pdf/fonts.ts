import "server-only";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

export const PDF_FONT_FAMILY = "NotoSansSC";

let isRegistered = false;

/**
 * Registers Noto Sans SC (from the npm package, so no system font or browser is needed on the server) once per
 * process. react-pdf embeds only the glyphs used, so a briefing stays small although the font files are 10 MB.
 */
export function registerPdfFonts(): void {
  if (isRegistered) return;
  // Resolved from the working directory rather than by the bundler, which would try to inline the font files.
  const fontDir = path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc");
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: path.join(fontDir, "400Regular/NotoSansSC_400Regular.ttf"), fontWeight: 400 },
      { src: path.join(fontDir, "700Bold/NotoSansSC_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(lineBreakParts);
  isRegistered = true;
}

// Closing punctuation never starts a line and opening punctuation never ends one (避头尾); numbers stay whole.
const NO_LINE_START = /[，。、；：？！）》」』”’%．…]/u;
const NO_LINE_END = /[（《「『“‘]/u;
const UNBROKEN_RUN = /[0-9A-Za-z.,%]/;

/**
 * Where a "word" may break: Chinese has no spaces, so between any two characters except where the rules above
 * forbid it. The empty parts tell react-pdf that a break there needs no hyphen.
 */
export function lineBreakParts(word: string): string[] {
  const parts: string[] = [];
  for (const char of Array.from(word)) {
    const previous = parts.at(-1);
    const lastChar = previous?.at(-1);
    const isGlued =
      lastChar !== undefined &&
      (NO_LINE_START.test(char) ||
        NO_LINE_END.test(lastChar) ||
        (UNBROKEN_RUN.test(char) && UNBROKEN_RUN.test(lastChar)));
    if (isGlued) parts[parts.length - 1] = previous + char;
    else parts.push(char);
  }
  return parts.flatMap((part) => [part, ""]);
}
