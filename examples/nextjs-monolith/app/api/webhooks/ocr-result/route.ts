import { handleOcrResult } from "../../../../lib/webhook-handler.ts";

// node:crypto and pg: the Node.js runtime, never the edge; and never cached or prerendered.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** POST http://<app>/api/webhooks/ocr-result: invoice-ocr's invoice-ocr.webhook.url. */
export async function POST(request: Request): Promise<Response> {
  return handleOcrResult(request);
}
