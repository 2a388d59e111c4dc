-- The firm's space: one row.
CREATE TABLE space (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    siren TEXT NOT NULL,
    name TEXT NOT NULL,
    third_party_registration INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    name TEXT,
    email TEXT NOT NULL,
    admin INTEGER NOT NULL DEFAULT 0,
    -- argon2id PHC string; NULL until the collaborator activates the account (R6).
    password_hash TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE activation_codes (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
) WITHOUT ROWID;

-- AUTOINCREMENT: a portfolio number is never reused (R5).
CREATE TABLE portfolios (
    number INTEGER PRIMARY KEY AUTOINCREMENT,
    tiers_declarant TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE subscriptions (
    portfolio INTEGER NOT NULL REFERENCES portfolios (number),
    user_id INTEGER NOT NULL REFERENCES users (id),
    suspended INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    PRIMARY KEY (portfolio, user_id)
) WITHOUT ROWID;
CREATE INDEX subscriptions_by_user ON subscriptions (user_id, portfolio);

-- One row per company: the SIREN is the key, so a company is in one portfolio (R8).
CREATE TABLE clients (
    siren TEXT PRIMARY KEY,
    siret TEXT UNIQUE,
    name TEXT NOT NULL,
    portfolio INTEGER NOT NULL REFERENCES portfolios (number),
    created_at TEXT NOT NULL
) WITHOUT ROWID;
-- Covering: a portfolio's listing reads the index alone, in order.
CREATE INDEX clients_by_portfolio ON clients (portfolio, name, siren, siret, created_at);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    recipient_id INTEGER NOT NULL REFERENCES users (id),
    email TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    sent_at TEXT
);
CREATE INDEX outbox_by_recipient ON outbox (recipient_id, id);
