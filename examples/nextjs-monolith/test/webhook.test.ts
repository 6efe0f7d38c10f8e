// The webhook route against a real PostgreSQL: signature, idempotency, ordering, database down.
import assert from "node:assert/strict";
import { createHmac, randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import Stripe from "stripe";
import { startCluster, type Cluster } from "./postgres.ts";

const SECRET = "whsec_test_invoice_ocr";
let cluster: Cluster;
let POST: (request: Request) => Promise<Response>;
let db: typeof import("../lib/db.ts").db;
let verifySignature: typeof import("../lib/webhook.ts").verifySignature;

before(async () => {
  cluster = await startCluster();
  process.env.DATABASE_URL = cluster.url;
  process.env.WEBHOOK_SECRET = SECRET;
  ({ POST } = await import("../app/api/webhooks/ocr-result/route.ts"));
  ({ db } = await import("../lib/db.ts"));
  ({ verifySignature } = await import("../lib/webhook.ts"));
});

after(async () => {
  await db?.().$disconnect().catch(() => {});
  cluster?.remove();
});

/** What the service signs: hex HMAC-SHA256(secret, t + "." + raw body), t in unix seconds (WebhookSignature.java). */
function serviceSignature(body: string, secret = SECRET, at = new Date()) {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}

function request(body: string, headers: Record<string, string>) {
  return new Request("http://app.test/api/webhooks/ocr-result", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
}

async function send(body: string, key: string, signature = serviceSignature(body)) {
  const response = await POST(request(body, { "idempotency-key": key, "invoice-ocr-signature": signature }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function newDocument() {
  const id = randomUUID();
  await db().document.create({
    data: { id, fileName: "acme.pdf", s3Key: `raw-invoices/${id}/acme.pdf`, contentType: "application/pdf", size: 1234 },
  });
  return id;
}

const field = (value: unknown) => ({ value, text: String(value), confidence: 0.93, source: "rules", evidence: [] });

/** A body as the service writes it (WebhookEvent.payload): the contract's keys in its order. */
function eventBody(documentId: string, status: string, occurredAt: string, extra: Record<string, unknown> = {}) {
  const completed = status === "COMPLETED";
  return JSON.stringify({
    documentId,
    status,
    text: completed ? "ACME Digital Services GmbH\nInvoice 2024-0117\nTotal 119.00 EUR" : null,
    data: completed ? {
      vendor: { name: field("ACME Digital Services GmbH"), address: null, taxId: field("DE123456789"), phone: null, email: null, iban: null },
      customer: { name: field("Globex Corporation"), address: null, taxId: null, phone: null, email: null, iban: null },
      invoiceNumber: field("2024-0117"),
      invoiceDate: field("2024-05-01"),
      dueDate: field("2024-05-31"),
      purchaseOrder: null,
      currency: field("EUR"),
      subtotal: field(100.0),
      taxTotal: field(19.0),
      taxes: [{ rate: field(19), base: field(100.0), amount: field(19.0) }],
      total: field(119.0),
      amountDue: field(119.0),
      paymentTerms: null,
      lineItems: [{ description: field("Consulting"), quantity: field(2), unit: field("h"), unitPrice: field(50.0), amount: field(100.0), taxRate: field(19) }],
      validation: { checks: [] },
    } : null,
    error: status === "FAILED" ? "no invoice data found: the document has no total" : null,
    metadata: completed ? { engine: "OnnxRuntime", pages: [{ number: 1 }], timingsMs: { ocr: 812 } } : null,
    bucket: "invoices",
    key: `raw-invoices/${documentId}/acme.pdf`,
    occurredAt,
    ...extra,
  });
}

describe("POST /api/webhooks/ocr-result", () => {
  test("a correctly signed COMPLETED event is applied: document and invoice", async () => {
    const id = await newDocument();
    const body = eventBody(id, "COMPLETED", "2026-11-29T02:48:15.526Z");

    const answer = await send(body, `${id}:COMPLETED:1`);

    assert.equal(answer.status, 200);
    assert.equal(answer.body.outcome, "applied");
    const document = await db().document.findUniqueOrThrow({ where: { id }, include: { invoice: true } });
    assert.equal(document.ocrStatus, "COMPLETED");
    assert.match(document.ocrText ?? "", /Invoice 2024-0117/);
    assert.deepEqual((document.ocrMetadata as { engine: string }).engine, "OnnxRuntime");
    assert.equal(document.lastEventAt?.toISOString(), "2026-11-29T02:48:15.526Z");
    assert.equal(document.invoice?.vendorName, "ACME Digital Services GmbH");
    assert.equal(document.invoice?.customerName, "Globex Corporation");
    assert.equal(document.invoice?.invoiceNumber, "2024-0117");
    assert.equal(document.invoice?.invoiceDate?.toISOString().slice(0, 10), "2024-05-01");
    assert.equal(document.invoice?.currency, "EUR");
    assert.equal(document.invoice?.total?.toString(), "119");
    assert.equal(document.invoice?.taxTotal?.toString(), "19");
    assert.deepEqual(document.invoice?.lineItems, [
      { description: "Consulting", quantity: "2", unit: "h", unitPrice: "50", amount: "100", taxRate: "19" },
    ]);
  });

  test("a body changed after signing is refused with 400 and changes nothing", async () => {
    const id = await newDocument();
    const body = eventBody(id, "COMPLETED", "2026-11-29T02:48:15.526Z");
    const tampered = body.replace('"value":119', '"value":1190');
    assert.notEqual(tampered, body);

    const answer = await send(tampered, `${id}:COMPLETED:1`, serviceSignature(body));

    assert.equal(answer.status, 400);
    assert.match(String(answer.body.message), /no v1 signature matches/);
    const document = await db().document.findUniqueOrThrow({ where: { id } });
    assert.equal(document.ocrStatus, "PENDING");
    assert.equal(await db().appliedWebhook.count({ where: { documentId: id } }), 0);
  });

  test("a signature made with another secret is refused with 400", async () => {
    const id = await newDocument();
    const body = eventBody(id, "COMPLETED", "2026-11-29T02:48:15.526Z");

    const answer = await send(body, `${id}:COMPLETED:1`, serviceSignature(body, "some-other-secret"));

    assert.equal(answer.status, 400);
    assert.equal((await db().document.findUniqueOrThrow({ where: { id } })).ocrStatus, "PENDING");
  });

  test("a signature older than the tolerance (300 s) is refused with 400: a replay", async () => {
    const id = await newDocument();
    const body = eventBody(id, "COMPLETED", "2026-11-29T02:48:15.526Z");

    const answer = await send(body, `${id}:COMPLETED:1`, serviceSignature(body, SECRET, new Date(Date.now() - 301_000)));

    assert.equal(answer.status, 400);
    assert.match(String(answer.body.message), /timestamp/);
  });

  test("a request without signature, or with a signed body that is not JSON, is refused with 400", async () => {
    const id = await newDocument();
    const body = eventBody(id, "COMPLETED", "2026-11-29T02:48:15.526Z");

    const unsigned = await POST(request(body, { "idempotency-key": `${id}:COMPLETED:1` }));
    const notJson = await send("{not json", `${id}:COMPLETED:1`);

    assert.equal(unsigned.status, 400);
    assert.equal(notJson.status, 400);
    assert.equal(notJson.body.message, "the body is not JSON");
  });

  test("the same Idempotency-Key twice is applied once", async () => {
    const id = await newDocument();
    const body = eventBody(id, "COMPLETED", "2026-11-29T02:48:15.526Z");
    const first = await send(body, `${id}:COMPLETED:1`);
    const applied = await db().document.findUniqueOrThrow({ where: { id } });

    const again = await send(body, `${id}:COMPLETED:1`);

    assert.equal(first.body.outcome, "applied");
    assert.equal(again.status, 200);
    assert.equal(again.body.outcome, "duplicate");
    const document = await db().document.findUniqueOrThrow({ where: { id } });
    assert.equal(document.updatedAt.getTime(), applied.updatedAt.getTime());
    assert.equal(await db().appliedWebhook.count({ where: { documentId: id } }), 1);
  });

  test("an event older than the last one applied is ignored, its key recorded", async () => {
    const id = await newDocument();
    await send(eventBody(id, "COMPLETED", "2026-11-29T02:48:15.526Z"), `${id}:COMPLETED:1`);

    const late = await send(eventBody(id, "PROCESSING", "2026-11-29T02:48:10.000Z"), `${id}:PROCESSING:1`);

    assert.equal(late.status, 200);
    assert.equal(late.body.outcome, "stale");
    const document = await db().document.findUniqueOrThrow({ where: { id } });
    assert.equal(document.ocrStatus, "COMPLETED");
    assert.equal(document.lastEventAt?.toISOString(), "2026-11-29T02:48:15.526Z");
    assert.ok(await db().appliedWebhook.findUnique({ where: { idempotencyKey: `${id}:PROCESSING:1` } }));
  });

  test("a FAILED event retried after the COMPLETED event of a later run is ignored", async () => {
    const id = await newDocument();
    await send(eventBody(id, "COMPLETED", "2026-11-29T03:00:00.000Z"), `${id}:COMPLETED:2`);

    const retried = await send(eventBody(id, "FAILED", "2026-11-29T02:50:00.000Z"), `${id}:FAILED:1`);

    assert.equal(retried.body.outcome, "stale");
    const document = await db().document.findUniqueOrThrow({ where: { id }, include: { invoice: true } });
    assert.equal(document.ocrStatus, "COMPLETED");
    assert.equal(document.error, null);
    assert.equal(document.invoice?.total?.toString(), "119");
  });

  test("a newer FAILED event replaces a COMPLETED one: error set, invoice removed", async () => {
    const id = await newDocument();
    await send(eventBody(id, "COMPLETED", "2026-11-29T02:00:00.000Z"), `${id}:COMPLETED:1`);

    const failed = await send(eventBody(id, "FAILED", "2026-11-29T03:00:00.000Z"), `${id}:FAILED:2`);

    assert.equal(failed.body.outcome, "applied");
    const document = await db().document.findUniqueOrThrow({ where: { id }, include: { invoice: true } });
    assert.equal(document.ocrStatus, "FAILED");
    assert.equal(document.error, "no invoice data found: the document has no total");
    assert.equal(document.invoice, null);
  });

  test("an event for a document this app does not know is answered 404 (dead at once) and not recorded", async () => {
    const id = randomUUID();

    const answer = await send(eventBody(id, "COMPLETED", "2026-11-29T02:48:15.526Z"), `${id}:COMPLETED:1`);

    assert.equal(answer.status, 404);
    assert.equal(await db().appliedWebhook.count({ where: { documentId: id } }), 0);
  });

  test("a header with several v1= values is accepted when one of them matches", async () => {
    const id = await newDocument();
    const body = eventBody(id, "PROCESSING", "2026-11-29T02:48:15.526Z");
    const [t, v1] = serviceSignature(body).split(",");

    const answer = await send(body, `${id}:PROCESSING:1`, `${t},v1=${"0".repeat(64)},${v1}`);

    assert.equal(answer.status, 200);
    assert.equal((await db().document.findUniqueOrThrow({ where: { id } })).ocrStatus, "PROCESSING");
  });
});

describe("Stripe's scheme", () => {
  const stripe = new Stripe("sk_test_not_used");

  test("a signature made the way the service makes it is accepted by Stripe's verifier and ours", async () => {
    const id = randomUUID();
    const body = eventBody(id, "COMPLETED", "2026-11-29T02:48:15.526Z");
    const header = serviceSignature(body);

    const event = stripe.webhooks.constructEvent(body, header, SECRET) as unknown as { documentId: string };

    assert.equal(event.documentId, id);
    assert.deepEqual(verifySignature(body, header, SECRET).ok, true);
  });

  test("a header made by Stripe's generateTestHeaderString is accepted by ours", async () => {
    const body = eventBody(randomUUID(), "FAILED", "2026-11-29T02:48:15.526Z");

    const header = stripe.webhooks.generateTestHeaderString({ payload: body, secret: SECRET });

    assert.equal(verifySignature(body, header, SECRET).ok, true);
    assert.equal(verifySignature(body, header, "another secret").ok, false);
  });
});

describe("database down", () => {
  test("a database that refuses connections is answered 503", async () => {
    const { handleOcrResult } = await import("../lib/webhook-handler.ts");
    const { createDb } = await import("../lib/db.ts");
    const closed = createDb("postgresql://postgres@127.0.0.1:1/postgres");
    const id = randomUUID();
    const body = eventBody(id, "COMPLETED", "2026-11-29T02:48:15.526Z");

    const response = await handleOcrResult(
      request(body, { "idempotency-key": `${id}:COMPLETED:1`, "invoice-ocr-signature": serviceSignature(body) }),
      { db: () => closed, secrets: () => [SECRET], toleranceSeconds: () => 300 },
    );

    assert.equal(response.status, 503);
    assert.equal(response.headers.get("retry-after"), "30");
    await closed.$disconnect();
  });

  test("the app's database stopping under it is answered 503 so that the service retries", async () => {
    const id = await newDocument();
    cluster.stop();

    const answer = await send(eventBody(id, "COMPLETED", "2026-11-29T02:48:15.526Z"), `${id}:COMPLETED:1`);

    assert.equal(answer.status, 503);
  });
});
