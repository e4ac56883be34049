// The local file store: a folder named by FILE_STORE_DIR. Files are named by the SHA-256 of their bytes, written to a
// temporary name in the same folder and renamed into place: a rename is atomic on one file system, and two writers of
// the same bytes write the same name, so several app instances can share one folder (a network or shared volume)
// without locks and without a reader ever seeing half a file. Nothing is ever overwritten with other bytes or deleted
// by the app, which is what makes the sharing safe.
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { storedName, type FileStore } from "./store-names";

/** FILE_STORE_DIR, or .data/files under the working directory (the demo's data folder). */
export function fileStoreDir(): string {
  // Read at run time from the environment: the build must not trace the folder (or the whole project) into its output.
  const configured = process.env.FILE_STORE_DIR;
  return configured
    ? path.resolve(/* turbopackIgnore: true */ configured)
    : path.join(/* turbopackIgnore: true */ process.cwd(), ".data", "files");
}

// Two levels of folders (ab/cdef…) keep any one folder small with many files.
function pathOf(sha256: string): string {
  const name = storedName(sha256);
  return path.join(fileStoreDir(), name.slice(0, 2), name.slice(2));
}

export class LocalFileStore implements FileStore {
  async put(sha256: string, bytes: Uint8Array): Promise<void> {
    const target = pathOf(sha256);
    const existing = await stat(target).catch(() => null);
    if (existing?.size === bytes.byteLength) return;
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await writeFile(temporary, bytes, { flag: "wx" });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(sha256: string): Promise<Buffer | null> {
    try {
      return await readFile(pathOf(sha256));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }
}
