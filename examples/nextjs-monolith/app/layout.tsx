import type { ReactNode } from "react";
import "./globals.css";

export const metadata = { title: "Invoices", description: "Upload invoices and see what invoice-ocr read" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header>
          <a href="/">Upload</a> · <a href="/documents">Documents</a>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
