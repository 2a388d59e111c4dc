-- What the public company register said about each SIREN, and when it was asked: a
-- second `clients verify` within `register_max_age_days` asks it nothing. Not audited:
-- a copy of public data, not a change to the space.
CREATE TABLE register_entries (
    siren TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('found', 'not-found')),
    name TEXT,
    state TEXT CHECK (state IN ('active', 'ceased')),
    closed_on TEXT,
    head_office_siret TEXT,
    head_office_address TEXT,
    duplicate_of TEXT,
    public INTEGER NOT NULL DEFAULT 1,
    fetched_at TEXT NOT NULL
) WITHOUT ROWID;
ALTER TABLE space ADD COLUMN register_max_age_days INTEGER NOT NULL DEFAULT 7;
