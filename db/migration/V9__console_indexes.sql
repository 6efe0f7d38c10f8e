-- The console's lists and counts, fast at hundreds of thousands of documents.
--
-- The document list is newest first and paged by keyset ((created_at, id) < the last row shown):
-- unfiltered, and within one status. The status index replaces V2's (ocr_status, created_at), which
-- this one covers (same leading columns), so that every staging does not maintain both.
CREATE INDEX ocr_document_created ON ocr_document (created_at, id);
CREATE INDEX ocr_document_status_created ON ocr_document (ocr_status, created_at, id);
DROP INDEX ocr_document_status;
-- Key prefix filter (object_key LIKE 'prefix%'), whatever the database's collation.
CREATE INDEX ocr_document_key_prefix ON ocr_document (object_key text_pattern_ops);

-- Throughput charts: the documents finished per minute and per hour, from the audit trail.
CREATE INDEX ocr_status_transition_finished ON ocr_status_transition (occurred_at) INCLUDE (to_status)
    WHERE to_status IN ('COMPLETED', 'FAILED');

-- Webhook events per status (overview), and the dead ones newest first.
CREATE INDEX webhook_outbox_status ON webhook_outbox (status);
CREATE INDEX webhook_outbox_dead ON webhook_outbox (dead_at, id) WHERE status = 'DEAD';
