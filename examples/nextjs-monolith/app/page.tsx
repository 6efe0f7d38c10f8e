import { maxUploadBytes } from "../lib/upload.ts";

export const dynamic = "force-dynamic";

/**
 * The upload form: a plain multipart post to /api/documents (works without JavaScript), which
 * redirects to the documents page, or back here with the reason it refused the file.
 */
export default async function UploadPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const megabytes = Math.floor(maxUploadBytes() / (1024 * 1024));
  return (
    <section>
      <h1>Upload an invoice</h1>
      {error ? <p className="error" data-testid="upload-error" role="alert">{error}</p> : null}
      <form method="post" action="/api/documents" encType="multipart/form-data">
        <input type="file" name="file" required accept="application/pdf,image/png,image/jpeg,image/tiff" data-testid="file" />
        <button type="submit" data-testid="upload">Upload</button>
      </form>
      <p>PDF, PNG, JPEG or TIFF, at most {megabytes} MB.</p>
    </section>
  );
}
