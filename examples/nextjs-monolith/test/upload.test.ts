// Uploads through POST /api/documents against a real PostgreSQL and an S3 stand-in on loopback
// (an HTTP server answering PutObject, recording what it was sent).
import assert from "node:assert/strict";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { after, before, beforeEach, describe, test } from "node:test";
import { startCluster, type Cluster } from "./postgres.ts";
import { safeFileName, sniffContentType } from "../lib/upload.ts";

type Put = { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer };
let cluster: Cluster;
let s3: Server;
let puts: Put[] = [];
let s3Status = 200;
let routes: typeof import("../app/api/documents/route.ts");
let db: typeof import("../lib/db.ts").db;

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n");

before(async () => {
  cluster = await startCluster();
  s3 = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      puts.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(s3Status, { ETag: '"etag"' }).end(s3Status === 200 ? "" : "<Error><Code>AccessDenied</Code></Error>");
    });
  });
  await new Promise<void>((resolve) => s3.listen(0, "127.0.0.1", resolve));
  const address = s3.address();
  Object.assign(process.env, {
    DATABASE_URL: cluster.url,
    S3_BUCKET: "invoices",
    S3_ENDPOINT: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
    AWS_REGION: "eu-central-1",
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    MAX_UPLOAD_BYTES: "1024",
  });
  routes = await import("../app/api/documents/route.ts");
  ({ db } = await import("../lib/db.ts"));
});

after(async () => {
  await db?.().$disconnect().catch(() => {});
  s3?.close();
  cluster?.remove();
});

beforeEach(() => {
  puts = [];
  s3Status = 200;
});

function upload(bytes: Buffer, name: string, accept = "application/json") {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], name, { type: "application/octet-stream" }));
  return routes.POST(new Request("http://app.test/api/documents", { method: "POST", body: form, headers: { accept } }));
}

describe("content type by magic bytes", () => {
  test("PDF, PNG, JPEG and TIFF are recognised from their first bytes, other content is not", () => {
    assert.equal(sniffContentType(PDF), "application/pdf");
    assert.equal(sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])), "image/png");
    assert.equal(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), "image/jpeg");
    assert.equal(sniffContentType(Buffer.from("II*\0")), "image/tiff");
    assert.equal(sniffContentType(Buffer.from("MM\0*")), "image/tiff");
    assert.equal(sniffContentType(Buffer.from("<html>%PDF-")), null);
  });

  test("file names are reduced to a safe last segment", () => {
    assert.equal(safeFileName("../../etc/passwd"), "passwd");
    assert.equal(safeFileName("C:\\Users\\me\\Rechnung März 2024.pdf"), "Rechnung_Marz_2024.pdf");
    assert.equal(safeFileName("..."), "upload");
  });
});

describe("POST /api/documents", () => {
  test("an invoice is stored as PENDING and put under raw-invoices/<id>/ with its document-id", async () => {
    const response = await upload(PDF, "ACME invoice.pdf");

    assert.equal(response.status, 201);
    const { id } = (await response.json()) as { id: string };
    const document = await db().document.findUniqueOrThrow({ where: { id } });
    assert.equal(document.ocrStatus, "PENDING");
    assert.equal(document.s3Key, `raw-invoices/${id}/ACME_invoice.pdf`);
    assert.equal(document.contentType, "application/pdf");
    assert.equal(document.size, PDF.length);
    assert.equal(puts.length, 1);
    assert.equal(puts[0].method, "PUT");
    assert.equal(puts[0].url.split("?")[0], `/invoices/raw-invoices/${id}/ACME_invoice.pdf`);
    assert.equal(puts[0].headers["x-amz-meta-document-id"], id);
    assert.equal(puts[0].headers["content-type"], "application/pdf");
    assert.deepEqual(puts[0].body, PDF);

    const listed = (await (await routes.GET()).json()) as { documents: { id: string; status: string }[] };
    assert.ok(listed.documents.some((row) => row.id === id && row.status === "PENDING"));
  });

  test("a browser's form post is redirected to the documents page", async () => {
    const response = await upload(PDF, "form.pdf", "text/html");

    assert.equal(response.status, 303);
    assert.equal(response.headers.get("location"), "/documents");
  });

  test("a file that only claims to be a PDF is refused with 415 and stored nowhere", async () => {
    const before = await db().document.count();

    const response = await upload(Buffer.from("just text"), "invoice.pdf");

    assert.equal(response.status, 415);
    assert.equal(puts.length, 0);
    assert.equal(await db().document.count(), before);
  });

  test("a file over MAX_UPLOAD_BYTES is refused with 413", async () => {
    const response = await upload(Buffer.concat([PDF, Buffer.alloc(2048)]), "big.pdf");

    assert.equal(response.status, 413);
    assert.equal(puts.length, 0);
  });

  test("when S3 refuses the object the document is removed again and the answer is 502", async () => {
    s3Status = 403;
    const before = await db().document.count();

    const response = await upload(PDF, "refused.pdf");

    assert.equal(response.status, 502);
    assert.equal(await db().document.count(), before);
  });
});
