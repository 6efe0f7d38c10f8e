// The receiving side of invoice-ocr's webhook (see the service's README, "Webhooks"):
// verify the signature over the raw body, parse the event, apply it once and in order.
import { createHmac, timingSafeEqual } from "node:crypto";
import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./db.ts";

export const SIGNATURE_HEADER = "invoice-ocr-signature";
export const IDEMPOTENCY_HEADER = "idempotency-key";
export const DEFAULT_TOLERANCE_SECONDS = 300;

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; reason: string };

/**
 * Checks `Invoice-OCR-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`
 * (Stripe's scheme) against the raw body, before anything parses it. Every `v1=` value is tried
 * (a sender rotating its secret may send two), against every secret given (the receiver rotating
 * its own), each compared in constant time. The timestamp is signed with the body, so refusing
 * one more than `toleranceSeconds` away refuses replays of old requests.
 */
export function verifySignature(
  rawBody: string,
  header: string | null | undefined,
  secrets: string | readonly string[],
  options: { toleranceSeconds?: number; now?: Date } = {},
): SignatureCheck {
  const keys = (typeof secrets === "string" ? [secrets] : secrets).filter((secret) => secret.length > 0);
  if (keys.length === 0) {
    throw new Error("no webhook secret configured: set WEBHOOK_SECRET to invoice-ocr.webhook.secret");
  }
  if (!header) {
    return { ok: false, reason: "the Invoice-OCR-Signature header is missing" };
  }
  let timestamp: string | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(",")) {
    const separator = part.indexOf("=");
    if (separator < 0) continue;
    const name = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (name === "t") {
      if (timestamp !== undefined) {
        return { ok: false, reason: "the signature header has more than one timestamp (t=)" };
      }
      timestamp = value;
    } else if (name === "v1" && /^[0-9a-fA-F]{64}$/.test(value)) {
      signatures.push(Buffer.from(value, "hex"));
    }
    // other schemes (v0=, a future v2=) are not ours to check: skipped, like Stripe does
  }
  if (timestamp === undefined || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, reason: "the signature header has no valid timestamp (t=<unix seconds>)" };
  }
  if (signatures.length === 0) {
    return { ok: false, reason: "the signature header has no v1= signature (64 hex digits)" };
  }
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const now = (options.now ?? new Date()).getTime() / 1000;
  const seconds = Number(timestamp);
  if (Math.abs(now - seconds) > tolerance) {
    return {
      ok: false,
      reason: `the signature's timestamp is ${Math.round(now - seconds)} s from this server's clock, more than `
        + `${tolerance} s: a replayed request, or a clock to fix on the sender or here`,
    };
  }
  const signed = `${timestamp}.${rawBody}`;
  for (const key of keys) {
    const expected = createHmac("sha256", key).update(signed, "utf8").digest();
    // lengths are equal (32 bytes: the hex was checked above), as timingSafeEqual requires
    if (signatures.some((signature) => timingSafeEqual(signature, expected))) {
      return { ok: true, timestamp: seconds };
    }
  }
  return { ok: false, reason: "no v1 signature matches this body: the body was changed or the secrets differ" };
}

/** The header value the service sends for `rawBody` at `now`: for tests and local tools. */
export function signatureHeader(rawBody: string, secret: string, now: Date = new Date()): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${rawBody}`, "utf8").digest("hex")}`;
}

export const EVENT_STATUSES = ["PROCESSING", "COMPLETED", "FAILED"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** One event as the service sends it: `{documentId, status, text, data, error, metadata, bucket, key, occurredAt}`. */
export type OcrEvent = {
  documentId: string;
  status: EventStatus;
  text: string | null;
  data: Record<string, unknown> | null;
  error: string | null;
  metadata: unknown;
  bucket: string | null;
  key: string | null;
  occurredAt: Date;
};

/** A body that is not an event of the contract: answered 400, which the service does not retry. */
export class WebhookPayloadError extends Error {}

/**
 * Parses and checks the envelope strictly (what the app keys on: id, status, time); the invoice
 * data leniently, field by field, since an odd field must not make the whole result undeliverable.
 */
export function parseEvent(rawBody: string): OcrEvent {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new WebhookPayloadError("the body is not JSON");
  }
  if (!isObject(body)) throw new WebhookPayloadError("the body is not a JSON object");
  const { documentId, status, occurredAt } = body;
  if (typeof documentId !== "string" || documentId.length === 0) {
    throw new WebhookPayloadError("documentId is missing or not a string");
  }
  if (typeof status !== "string" || !(EVENT_STATUSES as readonly string[]).includes(status)) {
    throw new WebhookPayloadError(`status must be one of ${EVENT_STATUSES.join(", ")}`);
  }
  const when = typeof occurredAt === "string" ? new Date(occurredAt) : new Date(Number.NaN);
  if (Number.isNaN(when.getTime())) {
    throw new WebhookPayloadError("occurredAt is missing or not an ISO-8601 instant");
  }
  return {
    documentId,
    status: status as EventStatus,
    text: typeof body.text === "string" ? body.text : null,
    data: isObject(body.data) ? body.data : null,
    error: typeof body.error === "string" ? body.error : null,
    metadata: body.metadata ?? null,
    bucket: typeof body.bucket === "string" ? body.bucket : null,
    key: typeof body.key === "string" ? body.key : null,
    occurredAt: when,
  };
}

/** The invoice columns taken from `data`: each field is `{value, text, confidence, source, evidence}` or null. */
export function invoiceColumns(data: Record<string, unknown>) {
  const party = (name: string) => (isObject(data[name]) ? (data[name] as Record<string, unknown>) : {});
  const lineItems = Array.isArray(data.lineItems) ? data.lineItems.filter(isObject) : [];
  return {
    vendorName: text(party("vendor").name),
    customerName: text(party("customer").name),
    invoiceNumber: text(data.invoiceNumber),
    invoiceDate: date(data.invoiceDate),
    dueDate: date(data.dueDate),
    currency: text(data.currency),
    subtotal: amount(data.subtotal),
    taxTotal: amount(data.taxTotal),
    total: amount(data.total),
    // the values only; the text, confidence and evidence of every field stay in the service
    lineItems: lineItems.map((item) => ({
      description: text(item.description),
      quantity: amount(item.quantity),
      unit: text(item.unit),
      unitPrice: amount(item.unitPrice),
      amount: amount(item.amount),
      taxRate: amount(item.taxRate),
    })),
  };
}

export type ApplyOutcome = "applied" | "duplicate" | "stale" | "unknown-document";

/**
 * Applies one event in one transaction. The document's row is locked first, so that deliveries
 * for the same document (a redelivery racing the original, a retried FAILED racing a later
 * COMPLETED) are applied one after the other, never interleaved.
 *
 * - a key already applied: nothing happens (`duplicate`), the service redelivers at least once;
 * - an event whose occurredAt is not newer than the last one applied: the key is recorded, the
 *   document left alone (`stale`): events are retried one by one and can arrive out of order;
 * - a document the app does not know: nothing is recorded (`unknown-document`, answered 404).
 */
export async function applyEvent(db: Db, event: OcrEvent, idempotencyKey: string): Promise<ApplyOutcome> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$executeRaw`SELECT 1 FROM "Document" WHERE "id" = ${event.documentId} FOR UPDATE`;
    if (locked === 0) return "unknown-document";
    const seen = await tx.appliedWebhook.findUnique({ where: { idempotencyKey } });
    if (seen) return "duplicate";
    await tx.appliedWebhook.create({ data: { idempotencyKey, documentId: event.documentId } });
    const document = await tx.document.findUniqueOrThrow({
      where: { id: event.documentId },
      select: { lastEventAt: true },
    });
    // Millisecond precision on both sides (JavaScript's Date, TIMESTAMP(3)): two results of one
    // document within the same millisecond would be taken as not newer. The service never makes those.
    if (document.lastEventAt && event.occurredAt.getTime() <= document.lastEventAt.getTime()) {
      return "stale";
    }
    const id = event.documentId;
    if (event.status === "PROCESSING") {
      await tx.document.update({
        where: { id },
        data: { ocrStatus: "PROCESSING", error: null, lastEventAt: event.occurredAt },
      });
    } else if (event.status === "COMPLETED") {
      await tx.document.update({
        where: { id },
        data: {
          ocrStatus: "COMPLETED",
          ocrText: event.text,
          ocrMetadata: jsonOrDbNull(event.metadata),
          error: null,
          lastEventAt: event.occurredAt,
        },
      });
      const columns = invoiceColumns(event.data ?? {});
      await tx.invoice.upsert({ where: { documentId: id }, create: { documentId: id, ...columns }, update: columns });
    } else {
      await tx.document.update({
        where: { id },
        data: {
          ocrStatus: "FAILED",
          ocrText: event.text, // the service sends the text when OCR worked but no invoice was found
          ocrMetadata: jsonOrDbNull(event.metadata),
          error: event.error ?? "the service reported a failure without a reason: see its logs for this document",
          lastEventAt: event.occurredAt,
        },
      });
      // the latest result is a failure: an invoice from an earlier run would contradict it
      await tx.invoice.deleteMany({ where: { documentId: id } });
    }
    return "applied";
  }, { timeout: 15_000 });
}

function jsonOrDbNull(value: unknown) {
  return value === null || value === undefined ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function valueOf(field: unknown): unknown {
  return isObject(field) ? field.value : undefined;
}

function text(field: unknown): string | null {
  const value = valueOf(field);
  return typeof value === "string" && value.trim().length > 0 ? value : null;
}

function date(field: unknown): Date | null {
  const value = valueOf(field);
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const day = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value ? null : day;
}

/** An amount as a decimal string (Decimal(19,4) holds up to 15 integer digits), or null. */
function amount(field: unknown): string | null {
  const value = valueOf(field);
  const decimal = typeof value === "number" && Number.isFinite(value) ? String(value)
    : typeof value === "string" ? value.trim() : "";
  return /^-?\d{1,15}(\.\d+)?$/.test(decimal) ? decimal : null;
}
