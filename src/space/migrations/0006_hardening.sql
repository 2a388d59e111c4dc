-- Sessions get an id people can name, when and from where each was last used, and can be
-- ended one by one or all at once.
CREATE TABLE sessions_new (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    last_used_at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);
INSERT INTO sessions_new (token_hash, user_id, created_at, expires_at, last_used_at)
    SELECT token_hash, user_id, created_at, expires_at, created_at FROM sessions;
DROP TABLE sessions;
ALTER TABLE sessions_new RENAME TO sessions;
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Two live codes at most per pending account: the one shown to the administrator who
-- created it, and the one put into the email when it is sent. Only their hashes are kept.
-- Codes issued before this version were also written in clear into the outbox: void.
DROP TABLE activation_codes;
CREATE TABLE activation_codes (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('handed', 'mail')),
    code_hash TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (user_id, channel)
) WITHOUT ROWID;
-- A waiting welcome gets a fresh code when it is mailed (char(26) marks the place).
UPDATE outbox SET body = body || char(10) || char(10) || char(26) || 'activation-code' || char(26)
 WHERE status IN ('pending', 'sending')
   AND recipient_id IN (SELECT id FROM users WHERE password_hash IS NULL);
UPDATE outbox SET digest = json_remove(json_set(digest, '$.welcome.new_account', json('true')),
                                       '$.welcome.activation_code', '$.welcome.activation_expires_at')
 WHERE digest IS NOT NULL AND json_extract(digest, '$.welcome.activation_code') IS NOT NULL;

-- Wrong passwords and codes per login and per source: an attacker locks out themself, not
-- the owner signing in from elsewhere.
DROP TABLE login_failures;
CREATE TABLE throttle (
    kind TEXT NOT NULL CHECK (kind IN ('login', 'activate')),
    login TEXT NOT NULL,
    source TEXT NOT NULL,
    failures INTEGER NOT NULL,
    locked_until TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (kind, login, source)
) WITHOUT ROWID;
CREATE INDEX throttle_by_age ON throttle (updated_at);
CREATE INDEX throttle_by_source ON throttle (source, updated_at);

-- Pending messages to one person merge into one: the changes it lists (at most a few, the
-- rest counted), and when it may go (the space's digest interval).
ALTER TABLE outbox ADD COLUMN items TEXT;
ALTER TABLE outbox ADD COLUMN more INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbox_waiting ON outbox (recipient_id) WHERE status = 'pending' AND run IS NULL;
CREATE INDEX outbox_done ON outbox (coalesce(sent_at, created_at))
    WHERE status IN ('sent', 'failed');
ALTER TABLE space ADD COLUMN digest_minutes INTEGER NOT NULL DEFAULT 0;
