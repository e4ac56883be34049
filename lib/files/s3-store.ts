// The S3-compatible file store (FILE_STORE=s3): the same content-addressed names as the local folder, as object keys
// of one bucket. An object is written whole or not at all by S3's PUT, so the local store's rename trick is not
// needed; the same bytes from two instances write the same key with the same content.
import "server-only";
import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { objectKeyOf, type FileStore } from "./store-names";

export interface S3StoreConfig {
  bucket: string;
  region: string;
  /** An S3-compatible server (MinIO, Ceph …); unset: AWS itself */
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  keyPrefix: string;
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404)
  );
}

export class S3FileStore implements FileStore {
  private readonly client: S3Client;

  constructor(private readonly config: S3StoreConfig) {
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint && { endpoint: config.endpoint, forcePathStyle: true }),
      ...(config.accessKeyId &&
        config.secretAccessKey && {
          credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
        }),
    });
  }

  private keyOf(sha256: string) {
    return { Bucket: this.config.bucket, Key: objectKeyOf(this.config.keyPrefix, sha256) };
  }

  async put(sha256: string, bytes: Uint8Array): Promise<void> {
    const key = this.keyOf(sha256);
    // The same bytes are stored once, however often they are uploaded.
    const existing = await this.client.send(new HeadObjectCommand(key)).catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    });
    if (existing?.ContentLength === bytes.byteLength) return;
    await this.client.send(
      new PutObjectCommand({
        ...key,
        Body: bytes,
        ContentLength: bytes.byteLength,
        ContentType: "application/octet-stream",
      }),
    );
  }

  async get(sha256: string): Promise<Buffer | null> {
    try {
      const object = await this.client.send(new GetObjectCommand(this.keyOf(sha256)));
      if (!object.Body) return null;
      return Buffer.from(await object.Body.transformToByteArray());
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
}
