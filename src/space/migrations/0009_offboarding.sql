-- A person who left: `user disable` signs them out and keeps them from signing in,
-- without deleting anything; `user enable` undoes it. The subscriptions it suspended
-- are marked, so that enabling resumes those and not ones suspended on purpose.
ALTER TABLE users ADD COLUMN disabled_at TEXT;
ALTER TABLE subscriptions ADD COLUMN suspended_by_disable INTEGER NOT NULL DEFAULT 0;
-- Successful sign-ins only, from this version on (for `access review`).
ALTER TABLE users ADD COLUMN last_sign_in_at TEXT;
