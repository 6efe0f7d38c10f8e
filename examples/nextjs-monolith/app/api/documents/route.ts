import { db } from "../../../lib/db.ts";
import { listDocuments } from "../../../lib/documents.ts";
import { storage } from "../../../lib/storage.ts";
import { storeUpload, UploadRefused } from "../../../lib/upload.ts";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The latest uploads with their OCR status: what the documents page polls. */
export async function GET(): Promise<Response> {
  return Response.json({ documents: await listDocuments(db()) }, { headers: { "Cache-Control": "no-store" } });
}

/**
 * An upload (multipart form, field `file`). A browser's form post is redirected to the documents
 * page (303); a client asking for JSON gets 201 and the document.
 */
export async function POST(request: Request): Promise<Response> {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const fail = (status: number, message: string) => wantsJson
    ? Response.json({ message }, { status })
    : redirect(request, `/?error=${encodeURIComponent(message)}`);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return fail(400, "send the file as multipart/form-data in a field named file");
  }
  const file = form.get("file");
  if (!(file instanceof File)) return fail(400, "no file was chosen");
  try {
    const document = await storeUpload(db(), storage(), file);
    return wantsJson
      ? Response.json({ id: document.id, s3Key: document.s3Key, status: document.ocrStatus }, { status: 201 })
      : redirect(request, "/documents");
  } catch (error) {
    if (error instanceof UploadRefused) return fail(error.status, error.message);
    throw error;
  }
}

function redirect(request: Request, location: string) {
  // relative, so that it stays right behind a proxy that rewrites the host
  return new Response(null, { status: 303, headers: { Location: location } });
}
