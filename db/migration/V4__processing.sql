-- Processing: a document whose content already has a COMPLETED result can reuse it (found by hash),
-- and a run's report lists the documents it claimed.
CREATE INDEX ocr_document_completed_content ON ocr_document (content_sha256)
    WHERE ocr_status = 'COMPLETED' AND content_sha256 IS NOT NULL;
CREATE INDEX ocr_status_transition_job ON ocr_status_transition (job_execution_id)
    WHERE job_execution_id IS NOT NULL;
