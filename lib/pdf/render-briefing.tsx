import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import type { BriefingContent } from "@/lib/briefings/compose-briefing";
import { BriefingDocument } from "./briefing-document";
import { registerPdfFonts } from "./fonts";

/** The briefing as PDF bytes. */
export async function renderBriefingPdf(content: BriefingContent): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<BriefingDocument content={content} />);
}
