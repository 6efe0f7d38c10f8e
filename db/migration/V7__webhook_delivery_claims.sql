-- Webhooks are sent with no transaction open: a deliverer claims the events it is about to send in a
-- short transaction, sends them with no connection held, and records each answer in a transaction of
-- its own. A claim pushes next_attempt_at to the end of the claim's lease, so that no other deliverer
-- (of this version or an older one) takes the event meanwhile, and so that an event whose deliverer
-- died between sending and recording is due again once the lease has run out: sent again with the
-- same idempotency key (at least once; receivers ignore a key they have seen).
ALTER TABLE webhook_outbox
    -- the claim an answer must match to be recorded: a deliverer whose lease ran out records nothing
    ADD COLUMN claim_token uuid,
    -- when the event was claimed for the attempt under way; NULL when no attempt is under way
    ADD COLUMN claimed_at  timestamptz;
