// The S3 file store against an S3-compatible server run in this process, over loopback only (s3rver 3.7: it keeps
// buckets in a folder and speaks the S3 REST API the SDK sends, HEAD, PUT and GET of objects included; it checks the
// access key id but does not compute Signature V4, so a wrong secret goes unnoticed here).
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Of } from "@/lib/files/store";
import { S3FileStore, type S3StoreConfig } from "@/lib/files/s3-store";

const BUCKET = "rerm-evidence";
let server: S3rver;
let directory: string;
let config: S3StoreConfig;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "rerm-s3-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const address = (await server.run()) as AddressInfo;
  config = {
    bucket: BUCKET,
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${address.port}`,
    // s3rver's own key pair
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    keyPrefix: "evidence/",
  };
});

afterAll(async () => {
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

describe("S3FileStore", () => {
  it("stores bytes under their SHA-256 and reads the same bytes back", async () => {
    const store = new S3FileStore(config);
    const bytes = new TextEncoder().encode("%PDF-1.4 佐证材料");
    const sha256 = sha256Of(bytes);
    await store.put(sha256, bytes);
    const read = await store.get(sha256);
    expect(read && new Uint8Array(read)).toEqual(bytes);
    // Idempotent: the same bytes again change nothing.
    await store.put(sha256, bytes);
    expect(new Uint8Array((await store.get(sha256))!)).toEqual(bytes);
  });

  it("answers null for a name it does not hold", async () => {
    expect(await new S3FileStore(config).get("0".repeat(64))).toBeNull();
  });

  it("keeps deployments apart by the key prefix", async () => {
    const bytes = new TextEncoder().encode("only in the first prefix");
    const sha256 = sha256Of(bytes);
    await new S3FileStore({ ...config, keyPrefix: "a/" }).put(sha256, bytes);
    expect(await new S3FileStore({ ...config, keyPrefix: "b/" }).get(sha256)).toBeNull();
    expect(await new S3FileStore({ ...config, keyPrefix: "a/" }).get(sha256)).not.toBeNull();
  });

  it("surfaces a refusal by the server (an unknown access key) as an error, not as a missing file", async () => {
    const store = new S3FileStore({ ...config, accessKeyId: "NOT-A-KEY", secretAccessKey: "not-the-secret" });
    const bytes = new TextEncoder().encode("x");
    await expect(store.put(sha256Of(bytes), bytes)).rejects.toThrow();
    await expect(store.get(sha256Of(bytes))).rejects.toThrow();
  });

  it("refuses a name that is not a SHA-256 (no key tricks)", async () => {
    await expect(new S3FileStore(config).get("../other")).rejects.toThrow("Not a SHA-256");
  });
});
