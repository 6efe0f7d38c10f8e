-- One row per event to tell the main application about, written in the transaction that records the
-- document's result, delivered afterwards. Nothing is deleted: dead rows can be re-queued.
CREATE TABLE webhook_outbox (
    id                bigserial   PRIMARY KEY,
    document_id       text        NOT NULL REFERENCES ocr_document (id),
    event             text        NOT NULL CHECK (event IN ('PROCESSING', 'COMPLETED', 'FAILED')),
    -- Stable per document result: a receiver that sees it twice has seen the same result twice.
    idempotency_key   text        NOT NULL UNIQUE,
    payload           jsonb       NOT NULL,
    status            text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts          integer     NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz NOT NULL DEFAULT now(),
    last_response     text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    delivered_at      timestamptz,
    dead_at           timestamptz
);

CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX webhook_outbox_document ON webhook_outbox (document_id, created_at);
