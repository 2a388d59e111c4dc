//! Waiting for something another process does: one polling helper with a deadline, and
//! the probe that tells when a process is inside its write transaction.

use std::path::Path;
use std::time::{Duration, Instant};

use rusqlite::{Connection, ErrorCode};

/// Polls `done` until it holds; the test fails, naming `what`, after `limit`. The first
/// polls are quick (a write transaction may last a few milliseconds), later ones spaced.
pub fn wait_until(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    let mut pause = Duration::from_millis(1);
    while !done() {
        assert!(
            Instant::now() < deadline,
            "gave up after {limit:?} waiting for {what}"
        );
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(10));
    }
}

/// A second connection to a database file, which asks for its write lock without waiting.
pub struct WriteLockProbe {
    conn: Connection,
}

impl WriteLockProbe {
    pub fn new(db: &Path) -> WriteLockProbe {
        let conn = Connection::open(db).expect("open the database to probe it");
        conn.busy_timeout(Duration::ZERO).unwrap();
        WriteLockProbe { conn }
    }

    /// Whether another connection holds the write lock: then, and only then, `BEGIN
    /// IMMEDIATE` is refused at once with SQLITE_BUSY.
    pub fn held(&self) -> bool {
        match self.conn.execute_batch("BEGIN IMMEDIATE") {
            Ok(()) => {
                self.conn.execute_batch("ROLLBACK").unwrap();
                false
            }
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == ErrorCode::DatabaseBusy => true,
            Err(e) => panic!("probing the write lock: {e}"),
        }
    }
}
