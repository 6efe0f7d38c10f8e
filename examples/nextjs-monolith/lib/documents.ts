import type { Db } from "./db.ts";

/** One row of the documents page, as the page and GET /api/documents show it. */
export type DocumentSummary = {
  id: string;
  fileName: string;
  status: "PENDING" | "PROCESSING" | "COMPLETED" | "FAILED";
  error: string | null;
  createdAt: string;
  vendorName: string | null;
  invoiceNumber: string | null;
  invoiceDate: string | null;
  currency: string | null;
  total: string | null;
};

export async function listDocuments(db: Db, limit = 100): Promise<DocumentSummary[]> {
  const rows = await db.document.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { invoice: { select: { vendorName: true, invoiceNumber: true, invoiceDate: true, currency: true, total: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    fileName: row.fileName,
    status: row.ocrStatus,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    vendorName: row.invoice?.vendorName ?? null,
    invoiceNumber: row.invoice?.invoiceNumber ?? null,
    invoiceDate: row.invoice?.invoiceDate?.toISOString().slice(0, 10) ?? null,
    currency: row.invoice?.currency ?? null,
    total: row.invoice?.total?.toFixed(2) ?? null,
  }));
}
