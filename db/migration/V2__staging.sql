-- The staging table and, later, the result of every document: one row per S3 object version.
CREATE TABLE ocr_document (
    id                  text        PRIMARY KEY,
    bucket              text        NOT NULL,
    object_key          text        NOT NULL,
    version_id          text,
    etag                text,
    size_bytes          bigint,
    content_type        text,
    content_sha256      text,
    source              text        NOT NULL CHECK (source IN ('SQS', 'BACKFILL', 'HTTP', 'RERUN')),
    ocr_status          text        NOT NULL CHECK (ocr_status IN ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED')),
    attempts            integer     NOT NULL DEFAULT 0,
    claim_job_execution bigint,
    claim_partition     integer,
    claim_lease_until   timestamptz,
    ocr_text            text,
    ocr_metadata        jsonb,
    invoice             jsonb,
    error               text,
    event_time          timestamptz,
    source_message_id   text,
    object_removed_at   timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    -- An unversioned bucket has no version id: NULLS NOT DISTINCT keeps one row per key there too.
    CONSTRAINT ocr_document_object_version UNIQUE NULLS NOT DISTINCT (bucket, object_key, version_id)
);

CREATE INDEX ocr_document_status ON ocr_document (ocr_status, created_at);
CREATE INDEX ocr_document_claim ON ocr_document (claim_job_execution, claim_partition, id)
    WHERE claim_job_execution IS NOT NULL;

-- Audit trail: every status change, including the first (NULL -> PENDING) when a document is staged.
CREATE TABLE ocr_status_transition (
    id               bigserial   PRIMARY KEY,
    document_id      text        NOT NULL REFERENCES ocr_document (id),
    from_status      text,
    to_status        text        NOT NULL,
    reason           text,
    job_execution_id bigint,
    occurred_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX ocr_status_transition_document ON ocr_status_transition (document_id, occurred_at);

-- Every message that could not be turned into documents, kept verbatim with the reason.
CREATE TABLE ingest_reject (
    id           bigserial   PRIMARY KEY,
    source       text        NOT NULL,
    message_id   text        NOT NULL,
    reason       text        NOT NULL,
    body         text        NOT NULL,
    attributes   jsonb,
    received_at  timestamptz NOT NULL DEFAULT now(),
    -- A redelivered message (same id) is kept once.
    CONSTRAINT ingest_reject_message UNIQUE (source, message_id)
);

-- ObjectRemoved events: recorded, never staged. A staged document whose object was removed
-- carries object_removed_at so that processing can explain why its object is gone.
CREATE TABLE ingest_object_removal (
    id           bigserial   PRIMARY KEY,
    bucket       text        NOT NULL,
    object_key   text        NOT NULL,
    version_id   text,
    event_name   text        NOT NULL,
    event_time   timestamptz,
    source       text        NOT NULL,
    message_id   text        NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ingest_object_removal_event UNIQUE NULLS NOT DISTINCT (source, message_id, bucket, object_key, version_id)
);
