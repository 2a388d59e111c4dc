-- Personal data (RGPD): how long the audit and the bodies of sent notifications are kept
-- (`audit purge`, and `serve` once a day), and when an account was erased (`user erase`:
-- its login replaced by a pseudonym everywhere, its name and email gone).
ALTER TABLE space ADD COLUMN audit_retention_months INTEGER NOT NULL DEFAULT 12;
ALTER TABLE space ADD COLUMN notification_retention_days INTEGER NOT NULL DEFAULT 30;
ALTER TABLE users ADD COLUMN erased_at TEXT;
CREATE INDEX audit_by_time ON audit (at);
