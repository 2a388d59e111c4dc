-- Delivering the outbox (R10): where to send from, and when to try a message again.
-- The SMTP password is never here: it is in the keyring, or given to `serve`.
ALTER TABLE space ADD COLUMN smtp_url TEXT;
ALTER TABLE space ADD COLUMN smtp_from TEXT;
ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT;
ALTER TABLE outbox ADD COLUMN claimed_at TEXT;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
-- A run's message grows batch after batch only while it waits to be sent: once sent,
-- the run's later batches start a new one.
DROP INDEX outbox_by_run;
CREATE UNIQUE INDEX outbox_by_run ON outbox (run, recipient_id)
    WHERE run IS NOT NULL AND status = 'pending';
