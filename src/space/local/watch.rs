//! Whether anything committed to the file, from this process or any other, without a
//! transaction: the header of the WAL index, the shared memory in which every
//! connection to the file learns of commits. SQLite reads it the same way at the start of
//! each read (`walIndexTryHdr`): a commit rewrites it (its change counter, last frame and
//! checksums), and a writer writes its second copy before its first, so two equal copies
//! were not being written. Asking `PRAGMA data_version` instead costs a read transaction
//! and its file locks on every call; it remains for a file not in WAL mode.

use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{Ordering, fence};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, ffi};

/// `WalIndexHdr`, in 32-bit words (sqlite.org/walformat.html): two copies open the index.
const HEADER_WORDS: usize = 12;
/// SQLite maps the index in regions of this size (`WALINDEX_PGSZ`).
const REGION: i32 = 32 * 1024;

/// What the file's state is, compared by equality only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Index([u32; HEADER_WORDS]),
    DataVersion(i64),
}

/// A connection that never writes, kept open: while it is, SQLite keeps the index mapped
/// where `header` points.
pub struct Watch {
    conn: Mutex<Connection>,
    header: Option<Header>,
}

struct Header(*const u32);

// SAFETY: the pointer is into shared memory mapped by `Watch::conn` for as long as that
// connection is open (the Watch's life), and is only ever read, with volatile reads, as
// SQLite's own readers read it from any thread.
unsafe impl Send for Header {}
unsafe impl Sync for Header {}

impl Watch {
    pub fn open(path: &Path) -> Option<Watch> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .ok()?;
        conn.busy_timeout(Duration::ZERO).ok()?;
        // A first read opens the WAL and maps its index.
        let _: i64 = conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .ok()?;
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .ok()?;
        let header = if mode.eq_ignore_ascii_case("wal") {
            // SAFETY: `conn` is open, idle and used by nothing else here.
            unsafe { index_header(&conn) }.map(Header)
        } else {
            None
        };
        Some(Watch {
            conn: Mutex::new(conn),
            header,
        })
    }

    /// The file's state now, or `None` when it cannot be told at once (a commit being
    /// written, a busy file): nothing may then be taken as unchanged. Never waits.
    pub fn version(&self) -> Option<Version> {
        let Some(Header(words)) = self.header else {
            let conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
            return conn
                .prepare_cached("PRAGMA data_version")
                .and_then(|mut s| s.query_row([], |r| r.get(0)))
                .ok()
                .map(Version::DataVersion);
        };
        let read = |at: usize| {
            let mut copy = [0u32; HEADER_WORDS];
            for (i, word) in copy.iter_mut().enumerate() {
                // SAFETY: both copies lie in the first region, mapped while `conn` is open.
                *word = unsafe { words.add(at + i).read_volatile() };
            }
            copy
        };
        let first = read(0);
        fence(Ordering::SeqCst);
        let second = read(HEADER_WORDS);
        // `isInit` is the first byte of the fourth word.
        let initialized = first[3].to_ne_bytes()[0] != 0;
        (first == second && initialized).then_some(Version::Index(first))
    }
}

/// The first region of the WAL index, as SQLite has it mapped for `conn`.
///
/// # Safety
/// `conn` must be open and not in use on another thread.
unsafe fn index_header(conn: &Connection) -> Option<*const u32> {
    let mut file: *mut ffi::sqlite3_file = std::ptr::null_mut();
    // SAFETY: the handle is open; FILE_POINTER writes one pointer to the main file.
    let rc = unsafe {
        ffi::sqlite3_file_control(
            conn.handle(),
            c"main".as_ptr(),
            ffi::SQLITE_FCNTL_FILE_POINTER,
            (&raw mut file).cast(),
        )
    };
    if rc != ffi::SQLITE_OK || file.is_null() {
        return None;
    }
    // SAFETY: an open file has its methods; xShmMap exists from version 2 on.
    let methods = unsafe { (*file).pMethods };
    if methods.is_null() || unsafe { (*methods).iVersion } < 2 {
        return None;
    }
    let map = unsafe { (*methods).xShmMap }?;
    let mut region: *mut std::ffi::c_void = std::ptr::null_mut();
    // SAFETY: region 0 with SQLite's region size, never extended: an index that does
    // not exist yet answers null.
    let rc = unsafe { map(file, 0, REGION, 0, &raw mut region) };
    (rc == ffi::SQLITE_OK && !region.is_null()).then_some(region.cast_const().cast())
}

#[cfg(test)]
mod tests {
    use super::{Version, Watch};
    use rusqlite::Connection;

    fn space() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("space.db");
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
        (dir, path)
    }

    #[test]
    fn the_index_header_changes_with_every_commit_of_any_connection() {
        let (_dir, path) = space();
        let watch = Watch::open(&path).expect("a watch on a WAL file");
        let before = watch.version().expect("a quiet file says its state");
        assert!(matches!(before, Version::Index(_)), "{before:?}");
        assert_eq!(watch.version(), Some(before));

        let other = Connection::open(&path).unwrap();
        other.execute("INSERT INTO t VALUES (2)", []).unwrap();
        let after = watch.version().unwrap();
        assert_ne!(after, before);
        // A read changes nothing.
        let _: i64 = other
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(watch.version(), Some(after));

        // After a checkpoint that restarts the WAL, the next commit still shows, even
        // one that ends where an earlier one ended.
        other
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .unwrap();
        let checkpointed = watch.version().unwrap();
        other.execute("INSERT INTO t VALUES (3)", []).unwrap();
        let restarted = watch.version().unwrap();
        assert_ne!(restarted, checkpointed);
        assert_ne!(restarted, before);
        assert_ne!(restarted, after);
    }

    #[test]
    fn a_file_not_in_wal_mode_is_watched_by_its_data_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("space.db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE t (x);").unwrap();
        let watch = Watch::open(&path).unwrap();
        let before = watch.version().unwrap();
        assert!(matches!(before, Version::DataVersion(_)), "{before:?}");
        conn.execute("INSERT INTO t VALUES (1)", []).unwrap();
        assert_ne!(watch.version(), Some(before));
    }
}
