-- The status machine, enforced where every status change lands: ocr_document itself. Whatever writes the
-- row (the service's set-based statements, DocumentStatusService, a console), a move that is not a row of
-- ocr_status_move is refused, and so is a document that starts in any other status than PENDING. The
-- check is a lookup in a table of seven rows per changed row, and only for statements that set ocr_status.
--
-- The same moves are OcrStatus.MOVES in Java (its early, friendly check); StatusMachineIT fails when the
-- two differ.
CREATE TABLE ocr_status_move (
    -- NULL: the status a new document starts in (the audit trail records staging as NULL -> PENDING)
    from_status text CHECK (from_status IN ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED')),
    to_status   text    NOT NULL CHECK (to_status IN ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED')),
    -- allowed only to a statement whose transaction asks for it: SET LOCAL invoiceocr.force_status = 'on'
    forced_only boolean NOT NULL DEFAULT false,
    why         text    NOT NULL,
    CONSTRAINT ocr_status_move_pair UNIQUE NULLS NOT DISTINCT (from_status, to_status),
    CONSTRAINT ocr_status_move_is_a_move CHECK (from_status IS DISTINCT FROM to_status)
);

INSERT INTO ocr_status_move (from_status, to_status, forced_only, why) VALUES
    (NULL,         'PENDING',    false, 'staged'),
    ('PENDING',    'PROCESSING', false, 'claimed by a run'),
    ('PROCESSING', 'COMPLETED',  false, 'its result'),
    ('PROCESSING', 'FAILED',     false, 'its failure, or given up after too many interrupted reads'),
    ('PROCESSING', 'PENDING',    false, 'a claim released: its run died, was stopped, or the object was re-uploaded'),
    ('FAILED',     'PENDING',    false, 're-run of failed documents, or the object was re-uploaded'),
    ('COMPLETED',  'PENDING',    true,  'a result thrown away on purpose: the object was re-uploaded, or a forced re-run');

-- SQLSTATE 23T01: an integrity constraint violation (class 23), so that a client that knows nothing of it
-- still sees a refused write of bad data; the service translates it into IllegalStatusTransitionException.
CREATE FUNCTION ocr_document_status_move() RETURNS trigger AS $$
DECLARE
    old_status text; -- NULL for a new document
    only_forced boolean;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.ocr_status = OLD.ocr_status THEN
            RETURN NEW; -- no move
        END IF;
        old_status := OLD.ocr_status;
    END IF;
    SELECT m.forced_only INTO only_forced FROM ocr_status_move m
    WHERE m.from_status IS NOT DISTINCT FROM old_status AND m.to_status = NEW.ocr_status;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '23T01', TABLE = TG_TABLE_NAME, COLUMN = 'ocr_status',
            CONSTRAINT = 'ocr_status_move',
            MESSAGE = CASE WHEN old_status IS NULL
                THEN format('document %s cannot start as %s', NEW.id, NEW.ocr_status)
                ELSE format('document %s cannot move from %s to %s', NEW.id, old_status, NEW.ocr_status) END,
            HINT = 'the allowed moves are the rows of ocr_status_move';
    END IF;
    IF only_forced AND coalesce(current_setting('invoiceocr.force_status', true), '') <> 'on' THEN
        RAISE EXCEPTION USING ERRCODE = '23T01', TABLE = TG_TABLE_NAME, COLUMN = 'ocr_status',
            CONSTRAINT = 'ocr_status_move',
            MESSAGE = format('document %s cannot move from %s to %s', NEW.id, old_status, NEW.ocr_status),
            DETAIL = 'only a forced move may: the statement''s transaction must SET LOCAL invoiceocr.force_status = ''on''',
            HINT = 'the allowed moves are the rows of ocr_status_move';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

-- BEFORE: a refused move changes nothing and writes no audit row (the statement fails as a whole).
-- UPDATE OF ocr_status: statements that do not set the status (lease renewals, reading marks) skip it.
CREATE TRIGGER ocr_document_status_move BEFORE INSERT OR UPDATE OF ocr_status ON ocr_document
    FOR EACH ROW EXECUTE FUNCTION ocr_document_status_move();
