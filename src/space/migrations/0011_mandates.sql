-- The lettre de mission of each client: when it was signed, its reference, and when it
-- ends (`until`) or renews (`renews`). Goes with the client.
CREATE TABLE mandates (
    siren TEXT PRIMARY KEY REFERENCES clients (siren) ON DELETE CASCADE,
    signed_on TEXT NOT NULL,
    reference TEXT,
    until TEXT,
    renews TEXT CHECK (renews IN ('yearly')),
    updated_at TEXT NOT NULL,
    CHECK (until IS NULL OR renews IS NULL)
) WITHOUT ROWID;
-- `clients add` and `clients import` refuse a client without a signed mandate when on.
ALTER TABLE space ADD COLUMN require_mandate INTEGER NOT NULL DEFAULT 0;
