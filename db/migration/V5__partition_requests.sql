-- Remote partitioning: the partition requests of a run wait in Spring Integration's JDBC channel
-- message store (its PostgreSQL schema, polled with FOR UPDATE SKIP LOCKED) until a worker takes one.
CREATE SEQUENCE INT_MESSAGE_SEQ START WITH 1 INCREMENT BY 1 NO CYCLE;
CREATE TABLE INT_CHANNEL_MESSAGE (
	MESSAGE_ID CHAR(36) NOT NULL,
	GROUP_KEY CHAR(36) NOT NULL,
	CREATED_DATE BIGINT NOT NULL,
	MESSAGE_PRIORITY BIGINT,
	MESSAGE_SEQUENCE BIGINT NOT NULL DEFAULT nextval('INT_MESSAGE_SEQ'),
	MESSAGE_CONTENT BYTEA,
	REGION VARCHAR(100) NOT NULL,
	CONSTRAINT INT_CHANNEL_MESSAGE_PK PRIMARY KEY (REGION, GROUP_KEY, CREATED_DATE, MESSAGE_SEQUENCE)
);
CREATE INDEX INT_CHANNEL_MSG_DELETE_IDX ON INT_CHANNEL_MESSAGE (REGION, GROUP_KEY, MESSAGE_ID);
-- A new request wakes idle workers at once (LISTEN int_channel_message_notify), instead of their next poll.
CREATE FUNCTION INT_CHANNEL_MESSAGE_NOTIFY_FCT() RETURNS TRIGGER AS $BODY$
BEGIN
    PERFORM pg_notify('int_channel_message_notify', NEW.REGION || ' ' || NEW.GROUP_KEY);
    RETURN NEW;
END;
$BODY$ LANGUAGE PLPGSQL;
CREATE TRIGGER INT_CHANNEL_MESSAGE_NOTIFY_TRG AFTER INSERT ON INT_CHANNEL_MESSAGE
    FOR EACH ROW EXECUTE PROCEDURE INT_CHANNEL_MESSAGE_NOTIFY_FCT();

-- A request is taken and its lease written in one transaction; the worker renews the lease while it
-- runs the partition. A lease that is not renewed belongs to a worker that died: the manager fails
-- that partition, and a restart of the run gives it to another worker.
CREATE TABLE partition_lease (
    step_execution_id BIGINT PRIMARY KEY,
    job_execution_id  BIGINT NOT NULL,
    worker            TEXT NOT NULL,
    taken_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    renewed_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX partition_lease_job ON partition_lease (job_execution_id);
