"use client";

import { useEffect, useState } from "react";
import type { DocumentSummary } from "../../lib/documents.ts";

const POLL_MS = 1500;

/**
 * The uploads with their status, kept live by polling GET /api/documents: a result arrives by
 * webhook on the server at any time, and the page shows it within a poll.
 */
export function DocumentTable({ initial }: { initial: DocumentSummary[] }) {
  const [documents, setDocuments] = useState(initial);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const response = await fetch("/api/documents", { cache: "no-store" });
        if (response.ok && !stopped) setDocuments((await response.json()).documents);
      } catch {
        // offline for a moment: the next poll tries again
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  if (documents.length === 0) return <p data-testid="no-documents">No uploads yet.</p>;
  return (
    <table>
      <thead>
        <tr><th>File</th><th>Status</th><th>Vendor</th><th>Invoice date</th><th>Total</th></tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr key={document.id} data-testid="document-row" data-status={document.status}
            data-file-name={document.fileName} data-document-id={document.id}>
            <td><a href={`/documents/${document.id}`}>{document.fileName}</a></td>
            <StatusCells document={document} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function StatusCells({ document }: { document: DocumentSummary }) {
  if (document.status === "COMPLETED") {
    return (
      <>
        <td className="status-COMPLETED">Complete</td>
        <td data-testid="vendor">{document.vendorName ?? "—"}</td>
        <td data-testid="invoice-date">{document.invoiceDate ?? "—"}</td>
        <td className="amount" data-testid="total">
          {document.total === null ? "—" : `${document.total}${document.currency ? ` ${document.currency}` : ""}`}
        </td>
      </>
    );
  }
  if (document.status === "FAILED") {
    return (
      <>
        <td className="status-FAILED">Failed</td>
        <td colSpan={3} className="error" data-testid="error">{document.error}</td>
      </>
    );
  }
  return <><td>Processing...</td><td colSpan={3} /></>;
}
