// HTTP side of the webhook: what each outcome is answered with. The service's retry policy
// decides the codes: 2xx delivered; 408, 429 and 5xx retried with backoff; any other 4xx dead at
// once (it is never sent again unless someone re-queues it).
import { db as appDb, type Db } from "./db.ts";
import {
  applyEvent, IDEMPOTENCY_HEADER, parseEvent, SIGNATURE_HEADER, verifySignature, WebhookPayloadError,
  DEFAULT_TOLERANCE_SECONDS,
} from "./webhook.ts";

export type WebhookConfig = {
  db: () => Db;
  secrets: () => string[];
  toleranceSeconds: () => number;
  now?: () => Date;
};

/** The app's configuration: WEBHOOK_SECRET (and WEBHOOK_SECRET_PREVIOUS while rotating), WEBHOOK_TOLERANCE_SECONDS. */
export const envConfig: WebhookConfig = {
  db: appDb,
  secrets: () => [process.env.WEBHOOK_SECRET, process.env.WEBHOOK_SECRET_PREVIOUS]
    .filter((secret): secret is string => typeof secret === "string" && secret.length > 0),
  toleranceSeconds: () => {
    const seconds = Number(process.env.WEBHOOK_TOLERANCE_SECONDS ?? DEFAULT_TOLERANCE_SECONDS);
    return Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_TOLERANCE_SECONDS;
  },
};

export async function handleOcrResult(request: Request, config: WebhookConfig = envConfig): Promise<Response> {
  const rawBody = await request.text(); // the bytes as signed: never parse before verifying
  const secrets = config.secrets();
  if (secrets.length === 0) {
    // our own misconfiguration, not the sender's fault: 500, so the service keeps the event and retries
    console.error("webhook refused: WEBHOOK_SECRET is not set (it must equal invoice-ocr.webhook.secret)");
    return answer(500, "this app has no WEBHOOK_SECRET configured: set it to the service's invoice-ocr.webhook.secret");
  }
  const check = verifySignature(rawBody, request.headers.get(SIGNATURE_HEADER), secrets, {
    toleranceSeconds: config.toleranceSeconds(),
    now: config.now?.(),
  });
  if (!check.ok) return answer(400, check.reason);

  let event;
  try {
    event = parseEvent(rawBody);
  } catch (error) {
    if (error instanceof WebhookPayloadError) return answer(400, error.message);
    throw error;
  }
  const idempotencyKey = request.headers.get(IDEMPOTENCY_HEADER);
  if (!idempotencyKey) {
    return answer(400, "the Idempotency-Key header is missing (<documentId>:<status>:<attempt>)");
  }

  try {
    const outcome = await applyEvent(config.db(), event, idempotencyKey);
    if (outcome === "unknown-document") {
      // 404 makes the event dead at once, which is right: retrying cannot make a document appear
      // that this app never created (an object uploaded to the bucket by something else, or a
      // document deleted here since). The row is created before the upload, so a result can never
      // arrive before its document exists.
      return answer(404, `no document ${event.documentId} in this app`, { outcome });
    }
    // applied, a redelivery (duplicate) or an out-of-order event (stale): all delivered
    return answer(200, outcome, { outcome, documentId: event.documentId });
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      console.error(`webhook ${idempotencyKey} not applied, database unavailable: ${describe(error)}`);
      return answer(503, "the database is unavailable: retry later", {}, { "Retry-After": "30" });
    }
    console.error(`webhook ${idempotencyKey} not applied:`, error);
    return answer(500, "the event could not be applied: see this app's log"); // 5xx: retried
  }
}

function answer(status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return Response.json({ message, ...extra }, { status, headers });
}

const CONNECTION_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EPIPE",
  "P1001", "P1002", "P1008", "P1017", "P2024", // Prisma: can't reach, timed out, closed, pool timeout
  "57P01", "57P02", "57P03", "53300", // PostgreSQL: shutting down, cannot connect now, too many connections
  "40001", "40P01", // serialization failure, deadlock: transient as well
]);

/**
 * Whether the error is the database being unreachable or busy (worth a retry), looking through
 * the wrappers Prisma and its pg adapter put around the driver's error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    for (const key of ["code", "originalCode", "errno"]) {
      const code = record[key];
      if (typeof code === "string" && (CONNECTION_CODES.has(code) || code.startsWith("08"))) return true;
    }
    if (record.name === "PrismaClientInitializationError") return true;
    const message = typeof record.message === "string" ? record.message : "";
    if (/connection terminated|timeout exceeded when trying to connect|Can't reach database server|ECONNREFUSED/i.test(message)) {
      return true;
    }
    if (record.kind === "DatabaseNotReachable" || record.kind === "ConnectionClosed") return true;
    pending.push(record.cause, record.meta, record.driverAdapterError, (record.meta as Record<string, unknown> | undefined)?.driverAdapterError);
    if (Array.isArray(record.errors)) pending.push(...record.errors);
  }
  return false;
}

function describe(error: unknown) {
  return error instanceof Error ? error.message.split("\n").filter(Boolean).slice(-1)[0] : String(error);
}
