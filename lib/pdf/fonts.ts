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
  // Chinese has no spaces to break at: allow a line break between any two characters.
  Font.registerHyphenationCallback((word) => Array.from(word).flatMap((char) => [char, ""]));
  isRegistered = true;
}
