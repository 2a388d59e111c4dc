-- The search index: every three-character piece of each client's `name_key`, so that
-- `clients list --search` reads the few clients holding the rarest pieces of what is
-- typed rather than every name (`space::search`). Contentless (the names stay in
-- `clients`), rowids only (`detail=none`): the exact test stays `instr` on `name_key`.
-- The rowid is the SIREN as a number. The keys are folded already, hence no folding.
CREATE VIRTUAL TABLE client_search USING fts5(
    name_key, content='', detail=none, columnsize=0, tokenize='trigram case_sensitive 1'
);
-- A removed name leaves no trace in the index, as `secure_delete` leaves none in the file.
INSERT INTO client_search (client_search, rank) VALUES ('secure-delete', 1);
-- In SIREN order: FTS5 writes a run of ascending rowids in one go.
INSERT INTO client_search (rowid, name_key)
    SELECT CAST(siren AS INTEGER), name_key FROM clients ORDER BY siren;
-- Kept by the file itself, whatever writes the clients. An import drops `client_indexed`
-- for its run and adds its clients at the end, in order (`local::import`).
CREATE TRIGGER client_indexed AFTER INSERT ON clients BEGIN
    INSERT INTO client_search (rowid, name_key) VALUES (CAST(new.siren AS INTEGER), new.name_key);
END;
CREATE TRIGGER client_renamed AFTER UPDATE OF siren, name_key ON clients BEGIN
    INSERT INTO client_search (client_search, rowid, name_key)
        VALUES ('delete', CAST(old.siren AS INTEGER), old.name_key);
    INSERT INTO client_search (rowid, name_key) VALUES (CAST(new.siren AS INTEGER), new.name_key);
END;
CREATE TRIGGER client_unindexed AFTER DELETE ON clients BEGIN
    INSERT INTO client_search (client_search, rowid, name_key)
        VALUES ('delete', CAST(old.siren AS INTEGER), old.name_key);
END;
