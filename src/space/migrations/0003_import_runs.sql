-- A bulk run: its batches (one per request on a server) share its stamp, its audit
-- entry and one message per person concerned.
CREATE TABLE import_runs (
    id TEXT PRIMARY KEY,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    started_at TEXT NOT NULL,
    created INTEGER NOT NULL DEFAULT 0,
    moved INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    audit_id INTEGER REFERENCES audit (id)
) WITHOUT ROWID;

-- The structured content of a run's message, so that later batches add to it.
ALTER TABLE outbox ADD COLUMN run TEXT;
ALTER TABLE outbox ADD COLUMN digest TEXT;
CREATE UNIQUE INDEX outbox_by_run ON outbox (run, recipient_id) WHERE run IS NOT NULL;

-- Most clients have no SIRET: a partial index leaves them out, which halves the cost of
-- adding a client in bulk. A column constraint cannot be dropped, so the table is rebuilt.
CREATE TABLE clients_new (
    siren TEXT PRIMARY KEY,
    siret TEXT,
    name TEXT NOT NULL,
    portfolio INTEGER NOT NULL REFERENCES portfolios (number),
    created_at TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO clients_new SELECT siren, siret, name, portfolio, created_at FROM clients;
DROP TABLE clients;
ALTER TABLE clients_new RENAME TO clients;
CREATE UNIQUE INDEX clients_by_siret ON clients (siret) WHERE siret IS NOT NULL;
-- Covering: a portfolio's listing reads the index alone, in order.
CREATE INDEX clients_by_portfolio ON clients (portfolio, name, siren, siret, created_at);
