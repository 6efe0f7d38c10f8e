import { db } from "../../lib/db.ts";
import { listDocuments } from "../../lib/documents.ts";
import { DocumentTable } from "./document-table.tsx";

export const dynamic = "force-dynamic";

export default async function DocumentsPage() {
  const documents = await listDocuments(db());
  return (
    <section>
      <h1>Documents</h1>
      <DocumentTable initial={documents} />
    </section>
  );
}
