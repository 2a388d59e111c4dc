-- How many clients each portfolio holds: kept with every change by the space
-- (`Tx::count_clients`), so that listing portfolios reads 50 numbers rather than
-- counting every client.
ALTER TABLE portfolios ADD COLUMN client_count INTEGER NOT NULL DEFAULT 0;
UPDATE portfolios
   SET client_count = (SELECT count(*) FROM clients c WHERE c.portfolio = portfolios.number);
