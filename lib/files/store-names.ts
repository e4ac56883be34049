// What every file store of evidence files (佐证材料) is: bytes kept under the SHA-256 of their content, written once
// and never overwritten with other bytes or deleted by the app. Pure, so that the naming is unit-tested.

const SHA256_HEX = /^[0-9a-f]{64}$/;

export interface FileStore {
  /** Keeps the bytes under their SHA-256 (idempotent: the same bytes again write nothing new). */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  /** The stored bytes, or null when the store does not hold them (a store moved without its files). */
  get(sha256: string): Promise<Buffer | null>;
}

/** The name of a file in any store: its SHA-256 in lower-case hex, refused otherwise (no path or key tricks). */
export function storedName(sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new Error("Not a SHA-256 file name");
  return sha256;
}

/** The object key of a file in a bucket: the deployment's prefix, then ab/cdef… as in the local folder. */
export function objectKeyOf(prefix: string, sha256: string): string {
  const name = storedName(sha256);
  const folder = prefix === "" || prefix.endsWith("/") ? prefix : `${prefix}/`;
  return `${folder}${name.slice(0, 2)}/${name.slice(2)}`;
}
