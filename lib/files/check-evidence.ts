// Evidence files read and checked before anything is written: a file of a kind that is not allowed refuses the whole
// upload, with the file's name in the message.
import "server-only";
import { AppError } from "@/lib/errors";
import { evidenceTypeOf } from "./evidence-types";

export interface CheckedFile {
  name: string;
  /** The type read from the bytes */
  mimeType: string;
  bytes: Uint8Array;
}

export async function checkEvidenceFiles(files: File[]): Promise<CheckedFile[]> {
  const checked: CheckedFile[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const mimeType = await evidenceTypeOf(bytes);
    if (!mimeType)
      throw new AppError("VALIDATION", {
        details: { fieldErrors: { files: [{ key: "evidenceFormat", params: { name: file.name } }] } },
      });
    checked.push({ name: file.name, mimeType, bytes });
  }
  return checked;
}
