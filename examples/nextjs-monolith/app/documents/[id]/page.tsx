import { notFound } from "next/navigation";
import { db } from "../../../lib/db.ts";

export const dynamic = "force-dynamic";

const STATUS_LABEL = { PENDING: "Processing...", PROCESSING: "Processing...", COMPLETED: "Complete", FAILED: "Failed" };

type LineItem = { description: string | null; quantity: string | null; unit: string | null; unitPrice: string | null; amount: string | null };

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const document = await db().document.findUnique({ where: { id }, include: { invoice: true } });
  if (!document) notFound();
  const invoice = document.invoice;
  const lineItems = (Array.isArray(invoice?.lineItems) ? invoice.lineItems : []) as LineItem[];
  const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? "—";
  const money = (amount: { toFixed(digits: number): string } | null | undefined) =>
    amount ? `${amount.toFixed(2)}${invoice?.currency ? ` ${invoice.currency}` : ""}` : "—";
  return (
    <article data-testid="document" data-status={document.ocrStatus}>
      <h1>{document.fileName}</h1>
      <p className={`status-${document.ocrStatus}`}>{STATUS_LABEL[document.ocrStatus]}</p>
      {document.error ? <p className="error" data-testid="error">{document.error}</p> : null}
      {invoice ? (
        <table>
          <tbody>
            <tr><th>Vendor</th><td data-testid="vendor">{invoice.vendorName ?? "—"}</td></tr>
            <tr><th>Customer</th><td>{invoice.customerName ?? "—"}</td></tr>
            <tr><th>Invoice number</th><td data-testid="invoice-number">{invoice.invoiceNumber ?? "—"}</td></tr>
            <tr><th>Invoice date</th><td data-testid="invoice-date">{day(invoice.invoiceDate)}</td></tr>
            <tr><th>Due date</th><td>{day(invoice.dueDate)}</td></tr>
            <tr><th>Subtotal</th><td className="amount">{money(invoice.subtotal)}</td></tr>
            <tr><th>Tax</th><td className="amount">{money(invoice.taxTotal)}</td></tr>
            <tr><th>Total</th><td className="amount" data-testid="total">{money(invoice.total)}</td></tr>
          </tbody>
        </table>
      ) : null}
      {lineItems.length > 0 ? (
        <>
          <h2>Lines</h2>
          <table>
            <thead><tr><th>Description</th><th>Quantity</th><th>Unit price</th><th>Amount</th></tr></thead>
            <tbody>
              {lineItems.map((item, index) => (
                <tr key={index}>
                  <td>{item.description ?? "—"}</td>
                  <td className="amount">{item.quantity ?? ""} {item.unit ?? ""}</td>
                  <td className="amount">{item.unitPrice ?? "—"}</td>
                  <td className="amount">{item.amount ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {document.ocrText ? (<><h2>Text</h2><pre data-testid="ocr-text">{document.ocrText}</pre></>) : null}
      <p><small>s3 key {document.s3Key} · {document.size} bytes · {document.contentType}</small></p>
    </article>
  );
}
