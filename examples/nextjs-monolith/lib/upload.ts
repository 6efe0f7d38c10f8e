import { randomUUID } from "node:crypto";
import type { Db } from "./db.ts";
import type { Storage } from "./storage.ts";

/** The prefix invoice-ocr watches (invoice-ocr.ingest.sources[n].prefixes, default raw-invoices/). */
export const KEY_PREFIX = "raw-invoices/";
/** The user metadata the service reads the document id from (invoice-ocr.ingest.document-id.metadata-key). */
export const DOCUMENT_ID_METADATA = "document-id";
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export function maxUploadBytes(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.MAX_UPLOAD_BYTES);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_MAX_UPLOAD_BYTES;
}

/**
 * The type from the file's first bytes, never from its name or the browser's claim: the service
 * reads PDF, PNG, JPEG and TIFF, and anything else would only come back as a FAILED result.
 */
export function sniffContentType(bytes: Uint8Array): string | null {
  const starts = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf"; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return "image/tiff"; // II*\0, MM\0*
  return null;
}

/** A name safe in an S3 key and a URL: the last path segment, letters, digits, dot, dash and underscore. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const safe = base.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "").slice(-100);
  return safe.length > 0 ? safe : "upload";
}

export class UploadRefused extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * Stores one upload: the Document row first (PENDING), then the object under
 * raw-invoices/<id>/<name> with metadata document-id: <id>. In that order because the service can
 * answer within seconds of the object appearing, and a result for a document the app does not
 * have yet would be refused (404, dead at once). If S3 refuses the object the row is removed.
 */
export async function storeUpload(db: Db, store: Storage, file: File, maxBytes = maxUploadBytes()) {
  if (file.size === 0) throw new UploadRefused(400, "the file is empty: choose an invoice (PDF, PNG, JPEG or TIFF)");
  if (file.size > maxBytes) {
    throw new UploadRefused(413, `the file has ${file.size} bytes, more than the ${maxBytes} accepted (MAX_UPLOAD_BYTES)`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const contentType = sniffContentType(bytes);
  if (!contentType) {
    throw new UploadRefused(415, "the file is not a PDF, PNG, JPEG or TIFF (judged by its content, not its name)");
  }
  const id = randomUUID();
  const fileName = safeFileName(file.name);
  const s3Key = `${KEY_PREFIX}${id}/${fileName}`;
  const document = await db.document.create({
    data: { id, fileName, s3Key, contentType, size: bytes.length, ocrStatus: "PENDING" },
  });
  try {
    await store.put(s3Key, bytes, contentType, { [DOCUMENT_ID_METADATA]: id });
  } catch (error) {
    await db.document.delete({ where: { id } }).catch(() => {});
    console.error(`upload ${id} not stored in s3://${store.bucket}/${s3Key}:`, error);
    throw new UploadRefused(502, "the file could not be stored in S3: try again, or check S3_BUCKET and the credentials");
  }
  return document;
}
