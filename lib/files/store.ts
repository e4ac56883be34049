// The file store of evidence files (佐证材料), chosen by configuration in one place: the local folder by default
// (lib/files/local-store.ts), an S3-compatible bucket with FILE_STORE=s3 (lib/files/s3-store.ts). Both keep the
// bytes under their SHA-256 and never overwrite or delete them, so a database row pointing at a name always finds
// the same bytes.
import "server-only";
import { createHash } from "node:crypto";
import { getEnv } from "@/lib/env";
import { LocalFileStore } from "./local-store";
import type { FileStore } from "./store-names";

let configured: FileStore | undefined;

async function fileStore(): Promise<FileStore> {
  if (configured) return configured;
  const env = getEnv();
  // The S3 client is loaded only where it is configured.
  configured =
    env.FILE_STORE === "s3"
      ? new (await import("./s3-store")).S3FileStore({
          bucket: env.S3_BUCKET!,
          region: env.S3_REGION,
          endpoint: env.S3_ENDPOINT,
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          keyPrefix: env.S3_KEY_PREFIX,
        })
      : new LocalFileStore();
  return configured;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Stores the bytes (once, whatever the number of uploads of the same file) and answers their name. */
export async function putFile(bytes: Uint8Array): Promise<string> {
  const sha256 = sha256Of(bytes);
  await (await fileStore()).put(sha256, bytes);
  return sha256;
}

/** The stored bytes, or null when the store does not hold them (a store moved without its files). */
export async function readStoredFile(sha256: string): Promise<Buffer | null> {
  return (await fileStore()).get(sha256);
}
