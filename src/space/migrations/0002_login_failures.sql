-- Wrong passwords in a row per login; five lock it for a while.
CREATE TABLE login_failures (
    login TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    locked_until TEXT
) WITHOUT ROWID;
