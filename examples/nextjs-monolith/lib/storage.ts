import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";

export type Storage = {
  bucket: string;
  put(key: string, body: Uint8Array, contentType: string, metadata: Record<string, string>): Promise<void>;
};

/**
 * S3 from the environment: S3_BUCKET, AWS_REGION, AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (else
 * the SDK's default chain: instance role, profile), and S3_ENDPOINT for an S3-compatible store
 * (MinIO, S3Proxy, LocalStack), which gets path-style addressing and checksums only where S3
 * requires them (such stores often refuse the SDK's newer default checksums).
 */
export function storageFromEnv(env: NodeJS.ProcessEnv = process.env): Storage {
  const bucket = env.S3_BUCKET;
  if (!bucket) throw new Error("S3_BUCKET is not set: name the bucket invoice-ocr watches (see .env.example)");
  const endpoint = env.S3_ENDPOINT || undefined;
  const credentials = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
    ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY }
    : undefined;
  const client = new S3Client({
    region: env.AWS_REGION || "us-east-1",
    endpoint,
    forcePathStyle: endpoint !== undefined,
    credentials,
    ...(endpoint ? { requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" } : {}),
  });
  return {
    bucket,
    async put(key, body, contentType, metadata) {
      await client.send(new PutObjectCommand({
        Bucket: bucket, Key: key, Body: body, ContentType: contentType, ContentLength: body.length, Metadata: metadata,
      }));
    },
  };
}

const globalForStorage = globalThis as unknown as { invoiceOcrStorage?: Storage };

export function storage(): Storage {
  globalForStorage.invoiceOcrStorage ??= storageFromEnv();
  return globalForStorage.invoiceOcrStorage;
}
