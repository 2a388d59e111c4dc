//! The file itself: is it sound (`check`), a consistent copy of it while commands and
//! `serve` keep running (`backup`), and what to do when it is damaged or read-only.

use super::*;
use crate::error::Next;

/// Problems listed at most: a badly damaged file has thousands.
const MAX_PROBLEMS: usize = 20;

/// What `check` found.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Health {
    pub database: PathBuf,
    pub ok: bool,
    pub problems: Vec<String>,
}

/// SQLite's own checks: every page and index (`integrity_check`), and the links between
/// tables (`foreign_key_check`). Read-only: the file is opened without migrating it.
pub fn check(path: &Path) -> Result<Health> {
    if !path.exists() {
        return Err(Error::not_found(msg::no_space_at(path)).next(Next::CreateSpace));
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let mut problems = Vec::new();
    let integrity = (|| -> rusqlite::Result<()> {
        let mut stmt = conn.prepare(&format!("PRAGMA integrity_check({MAX_PROBLEMS})"))?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for row in rows {
            let row = row?;
            if row != "ok" {
                problems.push(row);
            }
        }
        let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |r| {
            Ok(format!(
                "{} row {} -> {}",
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                r.get::<_, String>(2)?
            ))
        })?;
        for row in rows.take(MAX_PROBLEMS) {
            problems.push(row?);
        }
        Ok(())
    })();
    if let Err(e) = integrity {
        // So damaged that the checks themselves cannot run.
        problems.push(e.to_string());
    }
    problems.truncate(MAX_PROBLEMS);
    Ok(Health {
        database: path.to_path_buf(),
        ok: problems.is_empty(),
        problems,
    })
}

/// A consistent copy in a new file (mode 0600), taken with SQLite's online backup in one
/// step: one read transaction, so writers go on meanwhile and the copy is the space at
/// one instant. The copy is checked before it is kept.
pub fn backup(path: &Path, to: &Path) -> Result<Health> {
    if !path.exists() {
        return Err(Error::not_found(msg::no_space_at(path)).next(Next::CreateSpace));
    }
    if to.exists() {
        return Err(Error::conflict(msg::backup_exists(to)).hint(msg::hint_backup_other_file()));
    }
    let source = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    source.busy_timeout(BUSY_TIMEOUT)?;
    // Written beside the target, then renamed: a copy cut short is never taken for one.
    let dir = to
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let partial = tempfile::Builder::new()
        .prefix(".urssaf-admin-backup-")
        .tempfile_in(dir)
        .map_err(|e| Error::other(msg::cannot_create(to, &msg::reason(&e))))?;
    {
        let mut target = Connection::open(partial.path())?;
        let copy = rusqlite::backup::Backup::new(&source, &mut target)?;
        copy.step(-1)?;
        drop(copy);
        // One self-contained file: no -wal beside it to forget.
        target.pragma_update(None, "journal_mode", "DELETE")?;
    }
    let health = check(partial.path())?;
    if !health.ok {
        return Err(Error::other(msg::backup_damaged(path)).next(Next::CheckDatabase));
    }
    partial
        .persist_noclobber(to)
        .map_err(|e| Error::other(msg::cannot_create(to, &msg::reason(&e.error))))?;
    Ok(Health {
        database: to.to_path_buf(),
        ..health
    })
}

/// `PRAGMA quick_check`, table by table: every b-tree of the file, the search index's
/// own tables among them, but not FTS5's check of its index against itself, which
/// SQLite runs on a whole-file check since 3.44 and which reads the whole index (25 ms
/// more for every write of a space of 100,000 clients, ten times that at 1,000,000).
fn quick_check(conn: &Connection) -> rusqlite::Result<String> {
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema
              WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for table in std::iter::once("sqlite_schema".to_string()).chain(tables) {
        let verdict: String = conn.query_row(
            &format!("PRAGMA quick_check(\"{}\")", table.replace('"', "\"\"")),
            [],
            |r| r.get(0),
        )?;
        if verdict != "ok" {
            return Ok(verdict);
        }
    }
    Ok("ok".to_string())
}

impl LocalSpace {
    /// Writes go to a sound file only: a damaged one is made worse by every write. Checked
    /// once per process (a command; `serve` at start), and after any sign of damage.
    pub(super) fn ensure_sound(&self, conn: &Connection) -> Result<()> {
        if self.damaged.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(damaged(&self.path));
        }
        if self.checked.load(std::sync::atomic::Ordering::Relaxed) {
            return Ok(());
        }
        match quick_check(conn) {
            Ok(v) if v == "ok" => {
                self.checked
                    .store(true, std::sync::atomic::Ordering::Relaxed);
                Ok(())
            }
            Ok(_) => self.mark_damaged(),
            Err(e) if is_damage(&e) => self.mark_damaged(),
            Err(e) => Err(e.into()),
        }
    }

    fn mark_damaged(&self) -> Result<()> {
        self.damaged
            .store(true, std::sync::atomic::Ordering::Relaxed);
        Err(damaged(&self.path))
    }

    /// Any error that says the file is damaged stops the writes of this process.
    pub(super) fn note(&self, e: Error) -> Error {
        if e.kind == ErrorKind::Damaged {
            self.damaged
                .store(true, std::sync::atomic::Ordering::Relaxed);
            return damaged(&self.path);
        }
        e
    }
}

fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

fn damaged(path: &Path) -> Error {
    Error::new(ErrorKind::Damaged, msg::db_damaged(path)).hint(msg::hint_damaged(path))
}

/// After a read-only spell, SQLite leaves the `-wal` and `-shm` files with the mode the
/// database had then: once the database is writable again, so are they (when they are
/// ours to change). Else the error names the file to fix.
#[cfg(unix)]
pub(super) fn repair_side_files(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(());
    };
    let mode = meta.permissions().mode() & 0o777;
    if !writable(path) {
        return Ok(());
    }
    for suffix in ["-wal", "-shm"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        let side = PathBuf::from(side);
        if side.exists() && !writable(&side) {
            std::fs::set_permissions(&side, std::fs::Permissions::from_mode(mode)).map_err(
                |_| Error::other(msg::side_file_read_only(&side)).hint(msg::hint_chmod_600(&side)),
            )?;
        }
    }
    Ok(())
}

#[cfg(not(unix))]
pub(super) fn repair_side_files(_: &Path) -> Result<()> {
    Ok(())
}

/// Whether this process may write the file (or create files in the folder).
#[cfg(unix)]
pub(super) fn writable(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: a valid NUL-terminated path; access(2) only reads it.
    unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
}

#[cfg(not(unix))]
pub(super) fn writable(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.permissions().readonly())
}

/// Why a space cannot be opened, naming the file or folder to fix.
pub(super) fn explain_cannot_open(path: &Path, e: Error) -> Error {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if path.exists() && !writable(dir) {
        return Error::other(msg::db_folder_read_only(dir, path))
            .hint(msg::hint_folder_writable(dir));
    }
    e
}
