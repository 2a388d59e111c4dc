-- Search and sorting compare names by a folded key (`domain::name_key`: no accents, no
-- case), so that "etablissement" finds "Établissement" and É sorts with E. SQLite cannot
-- fold beyond ASCII: the key is written from Rust, here for the rows already there by
-- `clients::fill_name_keys`, right after this migration and in its transaction.
ALTER TABLE clients ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
DROP INDEX clients_by_portfolio;
-- Covering, in the listing's order: a portfolio's listing reads the index alone.
CREATE INDEX clients_by_portfolio ON clients (portfolio, name_key, name, siren, siret, created_at);
