-- A document that kills the process reading it (it exhausts memory, crashes a native library) must
-- not take down run after run, nor be blamed together with the documents read beside it. While a
-- partition reads a document, the document carries reading_since; a result clears it. A document
-- that still carries it when its run is found dead was being read when the run died: that read
-- counts as interrupted, and after invoice-ocr.process.max-attempts of them the document is FAILED.
ALTER TABLE ocr_document
    ADD COLUMN reading_since     timestamptz,
    ADD COLUMN interrupted_reads integer NOT NULL DEFAULT 0;
