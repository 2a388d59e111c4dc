//! The space in one SQLite file. Every command is one transaction ([`tx`]): it
//! authenticates the caller, checks the rules, changes the data, writes the audit entry
//! (R11) and queues the notifications (R10), or changes nothing at all. The verbs live
//! by noun in the submodules; `impl Space` ([`verbs`]) only routes to them.

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Row, TransactionBehavior, params};
use sha2::{Digest, Sha256};

mod access;
mod auth;
mod clients;
mod import;
pub mod maintenance;
mod mandates;
pub mod outbox;
mod personal;
mod portal;
mod register;
mod sessions;
mod settings;
mod subscribers;
mod throttle;
mod tx;
mod users;
mod verbs;
pub mod watch;

use super::{Outcomes, Rows, Space};
use crate::domain::ReviewRow;
use crate::domain::audit::{Action, Target};
use crate::domain::import::{ClientRow, ImportOptions, ImportSummary, SubscriberRow};
use crate::domain::mandate::{Mandate, MandateQuery, MandateTerms};
use crate::domain::notice::{self as msg, Notice};
use crate::domain::personal::{Erased, PersonalData, Purged};
use crate::domain::portal::{PortalFile, SyncPlan, SyncRequest};
use crate::domain::{
    self, ACTIVATION_DAYS, Actor, AuditEntry, Client, ClientAccess, ClientMoved, ClientPage,
    ClientQuery, CompanyId, Handed, Handover, NewSpace, NewSubscriber, Notification, Portfolio,
    Reinvited, SESSION_HOURS, Session, SessionEnd, SessionInfo, Setting, SpaceInfo, Subscriber,
    SubscriberAdded, SubscriberChange, SubscriptionStatus, User, UserAccess, UserStatus,
    ident::vat_number,
};
use crate::error::{Error, ErrorKind, Next, Result};
use crate::i18n::{self, Lang};
use crate::secret::{ExposeSecret, Secret};
use settings::lang_column;
use tx::{AdminTx, Notes, Tx, admin_ids, audit_at, audit_statement, audit_with, authenticate, ids};

/// Append-only: a released migration is never edited; `PRAGMA user_version` counts them.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_space.sql"),
    include_str!("migrations/0002_login_failures.sql"),
    include_str!("migrations/0003_import_runs.sql"),
    include_str!("migrations/0004_smtp.sql"),
    include_str!("migrations/0005_language.sql"),
    include_str!("migrations/0006_hardening.sql"),
    include_str!("migrations/0007_name_key.sql"),
    include_str!("migrations/0008_register.sql"),
    include_str!("migrations/0009_offboarding.sql"),
    include_str!("migrations/0010_personal_data.sql"),
    include_str!("migrations/0011_mandates.sql"),
    include_str!("migrations/0012_client_counts.sql"),
    include_str!("migrations/0013_client_search.sql"),
];

/// Where a command run on the database's own machine signs in from.
pub const LOCAL_SOURCE: &str = "local";

use msg::CODE_SLOT as CODE_SLOT_TEXT;

/// Kept, with the pool's wait, well under the server's request timeout (30 s): a request
/// answered "timed out" must not commit afterwards.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub struct LocalSpace {
    connections: Connections,
    path: PathBuf,
    /// The file passed `quick_check` in this process: writes may go.
    checked: std::sync::atomic::AtomicBool,
    /// The file showed damage in this process: no write goes any more.
    damaged: std::sync::atomic::AtomicBool,
    /// A committed change queued notifications ([`LocalSpace::take_queued`]).
    queued: std::sync::atomic::AtomicBool,
    /// Whom each thread's last dry run would have notified: a server runs calls on many
    /// threads at once, each call on one thread from start to end.
    would_notify: Mutex<std::collections::HashMap<std::thread::ThreadId, Vec<String>>>,
    /// The company register, set up on first use: one client and one pace per process.
    register: std::sync::OnceLock<crate::space::register::Register>,
    /// The register's answers received while a run held the write lock, kept by the
    /// next transaction that commits.
    pending_answers: Mutex<Vec<crate::domain::register::RegisterEntry>>,
    /// What tells [`LocalSpace::version`], set up on first use.
    watch: std::sync::OnceLock<Option<watch::Watch>>,
}

/// One connection for a command; a pool for the server. A command must not pay for the
/// pool's maintenance threads.
enum Connections {
    One(Mutex<Connection>),
    Pool(r2d2::Pool<Manager>),
}

/// A connection in use: the command's own, or one borrowed from the pool.
enum Held<'a> {
    One(MutexGuard<'a, Connection>),
    Pool(r2d2::PooledConnection<Manager>),
}

impl std::ops::Deref for Held<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        match self {
            Held::One(c) => c,
            Held::Pool(c) => c,
        }
    }
}

impl std::ops::DerefMut for Held<'_> {
    fn deref_mut(&mut self) -> &mut Connection {
        match self {
            Held::One(c) => c,
            Held::Pool(c) => c,
        }
    }
}

/// Opens connections to the space's file, each configured the same way.
struct Manager {
    path: PathBuf,
}

impl r2d2::ManageConnection for Manager {
    type Connection = Connection;
    type Error = rusqlite::Error;

    fn connect(&self) -> rusqlite::Result<Connection> {
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        configure(&conn)?;
        Ok(conn)
    }

    fn is_valid(&self, conn: &mut Connection) -> rusqlite::Result<()> {
        conn.execute_batch("")
    }

    fn has_broken(&self, _: &mut Connection) -> bool {
        false
    }
}

impl LocalSpace {
    /// Opens an existing space. Never creates a file: a mistyped `--db` must not leave
    /// an empty database behind.
    pub fn open(path: &Path) -> Result<LocalSpace> {
        Self::open_with(path, 1)
    }

    /// The server's space: up to `connections` commands at once (WAL lets readers
    /// run beside the one writer).
    pub fn open_with(path: &Path, connections: u32) -> Result<LocalSpace> {
        if !path.exists() {
            return Err(Error::not_found(msg::no_space_at(path)).next(Next::CreateSpace));
        }
        maintenance::repair_side_files(path)?;
        let space = LocalSpace::pool(path, connections)
            .map_err(|e| maintenance::explain_cannot_open(path, e))?;
        // Another program's database (a mistyped --db) is left untouched: no migration.
        if !space
            .initialized()
            .map_err(|e| maintenance::explain_cannot_open(path, e))?
        {
            return Err(Error::not_found(msg::no_space_at(path)).next(Next::CreateSpace));
        }
        // A server checks the file before it serves anything.
        if space.serving() {
            space.ensure_sound(&*space.lock()?)?;
        }
        space.migrate()?;
        Ok(space)
    }

    fn pool(path: &Path, connections: u32) -> Result<LocalSpace> {
        let manager = Manager {
            path: path.to_path_buf(),
        };
        let connections = if connections <= 1 {
            Connections::One(Mutex::new(r2d2::ManageConnection::connect(&manager)?))
        } else {
            Connections::Pool(
                r2d2::Pool::builder()
                    .max_size(connections)
                    .min_idle(Some(0))
                    .test_on_check_out(false)
                    .connection_timeout(Duration::from_secs(10))
                    .build_unchecked(manager),
            )
        };
        Ok(LocalSpace {
            connections,
            path: path.to_path_buf(),
            checked: Default::default(),
            damaged: Default::default(),
            queued: Default::default(),
            would_notify: Default::default(),
            register: Default::default(),
            pending_answers: Default::default(),
            watch: Default::default(),
        })
    }

    /// `init`: creates the database (mode 0600) with the firm and its first administrator.
    pub fn create(path: &Path, new: &NewSpace, password: &Secret) -> Result<LocalSpace> {
        let siren = domain::validate_space_siren(&new.siren)?;
        let name = domain::validate_name("firm", &new.name)?;
        domain::validate_login(&new.admin_login)?;
        domain::validate_email(&new.admin_email)?;
        let admin_name = new
            .admin_name
            .as_deref()
            .map(|n| domain::validate_name("name", n))
            .transpose()?;
        domain::validate_password(password.expose_secret())?;

        create_private_file(path)?;
        let space = LocalSpace::pool(path, 1)?;
        space.lock()?.pragma_update(None, "journal_mode", "WAL")?;
        space.migrate()?;
        let mut conn = space.lock()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let exists: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM space)", [], |r| r.get(0))?;
        if exists {
            return Err(Error::conflict(msg::space_exists(path)).next(Next::UseOtherFile));
        }
        let at = stamp(now());
        tx.execute(
            "INSERT INTO space (id, siren, name, third_party_registration, created_at, language)
             VALUES (1, ?1, ?2, 0, ?3, ?4)",
            params![siren, name, at, crate::i18n::current().code()],
        )?;
        tx.execute(
            "INSERT INTO users (login, name, email, admin, password_hash, created_at)
             VALUES (?1, ?2, ?3, 1, ?4, ?5)",
            params![
                new.admin_login,
                admin_name,
                new.admin_email,
                auth::hash_password(password)?,
                at
            ],
        )?;
        audit_at(
            &tx,
            &at,
            &new.admin_login,
            Action::SpaceInit,
            &Target::Space(siren.clone()),
            &name,
        )?;
        tx.commit()?;
        drop(conn);
        Ok(space)
    }

    /// Opened by `serve` (a pool of connections), rather than by one command.
    fn serving(&self) -> bool {
        matches!(self.connections, Connections::Pool(_))
    }

    fn lock(&self) -> Result<Held<'_>> {
        let pool = match &self.connections {
            // A panic while holding it cannot leave a transaction open (rusqlite rolls
            // back on drop), so the connection is still usable.
            Connections::One(c) => {
                return Ok(Held::One(c.lock().unwrap_or_else(|p| p.into_inner())));
            }
            Connections::Pool(pool) => pool,
        };
        pool.get().map(Held::Pool).map_err(|_| {
            // The pool hides the cause; a fresh connection tells it (missing file, ...).
            let manager = Manager {
                path: self.path.clone(),
            };
            match r2d2::ManageConnection::connect(&manager) {
                Err(cause) => Error::from(cause),
                Ok(_) => Error::other(msg::db_busy()).hint(msg::hint_retry()),
            }
        })
    }

    fn migrate(&self) -> Result<()> {
        let mut conn = self.lock()?;
        let version = schema_version(&conn)?;
        if version > MIGRATIONS.len() {
            return Err(
                Error::other(msg::db_too_new(version, MIGRATIONS.len())).hint(msg::hint_upgrade())
            );
        }
        if version == MIGRATIONS.len() {
            return Ok(());
        }
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        let version = schema_version(&tx)?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
            tx.execute_batch(sql)?;
            tx.pragma_update(
                None,
                "user_version",
                i64::try_from(i + 1).unwrap_or(i64::MAX),
            )?;
        }
        if version < clients::NAME_KEY_VERSION {
            clients::fill_name_keys(&tx)?;
        }
        tx.commit()?;
        Ok(())
    }

    fn initialized(&self) -> Result<bool> {
        let conn = self.lock()?;
        let has_table: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'space')",
            [],
            |r| r.get(0),
        )?;
        Ok(has_table && conn.query_row("SELECT EXISTS (SELECT 1 FROM space)", [], |r| r.get(0))?)
    }

    /// A read: one snapshot, as the authenticated actor.
    fn read<T>(&self, token: &Secret, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.read_inner(token, |tx| f(&tx))
            .map_err(|e| self.note(e))
    }

    /// A read of what only administrators see (R2).
    fn admin_read<T>(&self, token: &Secret, f: impl FnOnce(&AdminTx) -> Result<T>) -> Result<T> {
        self.read_inner(token, |tx| f(&AdminTx::of(tx)?))
            .map_err(|e| self.note(e))
    }

    fn read_inner<T>(&self, token: &Secret, f: impl FnOnce(Tx) -> Result<T>) -> Result<T> {
        let mut conn = self.lock()?;
        let tx = conn.transaction()?;
        let actor = authenticate(&tx, token)?;
        let due = sessions::touch_due(&tx, token)?;
        let notes = Notes::default();
        let out = f(Tx::new(&tx, actor, false, &notes))?;
        drop(tx);
        // Written apart, and only once a minute: a read never waits on a writer for it.
        if let Some(id) = due {
            let _ = sessions::touch(&conn, id);
        }
        Ok(out)
    }

    /// A change any signed-in user may make to what is theirs (their sessions): all or
    /// nothing, and nothing at all on a dry run.
    fn write<T>(
        &self,
        token: &Secret,
        dry_run: bool,
        f: impl FnOnce(&Tx) -> Result<T>,
    ) -> Result<T> {
        self.transaction(dry_run, |conn, notes| {
            let actor = authenticate(conn, token)?;
            if let Some(id) = sessions::touch_due(conn, token)? {
                sessions::touch(conn, id)?;
            }
            f(&Tx::new(conn, actor, dry_run, notes))
        })
    }

    /// R2: a change only an administrator may make. Every change to the space but a
    /// user's own sessions goes through here.
    fn change<T>(
        &self,
        token: &Secret,
        dry_run: bool,
        f: impl FnOnce(&AdminTx) -> Result<T>,
    ) -> Result<T> {
        self.transaction(dry_run, |conn, notes| {
            let actor = authenticate(conn, token)?;
            if let Some(id) = sessions::touch_due(conn, token)? {
                sessions::touch(conn, id)?;
            }
            f(&AdminTx::of(Tx::new(conn, actor, dry_run, notes))?)
        })
    }

    /// A change made before anyone is signed in (login, activation).
    fn write_anonymous<T>(&self, f: impl FnOnce(&Connection, &Notes) -> Result<T>) -> Result<T> {
        self.transaction(false, f)
    }

    /// One write transaction. Notifications it queued are noted once it commits, so that
    /// whoever runs the command delivers them: the mail follows from the write itself.
    fn transaction<T>(
        &self,
        dry_run: bool,
        f: impl FnOnce(&Connection, &Notes) -> Result<T>,
    ) -> Result<T> {
        (|| {
            let mut conn = self.lock()?;
            self.ensure_sound(&conn)?;
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let notes = Notes::default();
            let out = f(&tx, &notes)?;
            if dry_run {
                let told = users::logins(&tx, &notes.notified())?;
                tx.rollback()?;
                self.would_notify
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(std::thread::current().id(), told);
            } else {
                let answers = std::mem::take(
                    &mut *self
                        .pending_answers
                        .lock()
                        .unwrap_or_else(|p| p.into_inner()),
                );
                for answer in &answers {
                    register::store(&tx, answer)?;
                }
                tx::write_counts(&tx, &notes)?;
                tx.commit()?;
                if notes.queued() {
                    self.queued.store(true, Ordering::Relaxed);
                }
            }
            Ok(out)
        })()
        .map_err(|e| self.note(e))
    }

    /// Whom the last dry run in this process would have notified, by login.
    pub fn take_would_notify(&self) -> Vec<String> {
        self.would_notify
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&std::thread::current().id())
            .unwrap_or_default()
    }

    fn register(&self) -> Result<&crate::space::register::Register> {
        if let Some(r) = self.register.get() {
            return Ok(r);
        }
        let r = crate::space::register::Register::from_env()?;
        Ok(self.register.get_or_init(|| r))
    }

    /// `serve`'s daily retention: the same as `audit purge`, with no one signed in.
    pub fn apply_retention(&self) -> Result<Purged> {
        let purged = self.transaction(false, |conn, _| personal::purge_scheduled(conn))?;
        self.checkpoint();
        Ok(purged)
    }

    /// The file rewritten from its live rows alone (`VACUUM`), then checkpointed: what
    /// a version before `secure_delete`, or another program, left in free space is gone.
    /// Takes the write lock for as long as copying the file takes.
    fn rebuild(&self) -> Result<()> {
        self.lock()?.execute_batch("VACUUM").map_err(|e| {
            Error::other(msg::rebuild_failed(&e.to_string())).hint(msg::hint_rebuild())
        })?;
        self.checkpoint();
        Ok(())
    }

    /// Pages written since the last checkpoint copied into the file and the journal
    /// emptied, so that what an erasure overwrote is gone from both. Best effort: a
    /// reader holding an old snapshot only delays it to the next checkpoint.
    fn checkpoint(&self) {
        if let Ok(conn) = self.lock() {
            let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
    }

    /// Whether a change in this process queued notifications since the last call.
    pub fn take_queued(&self) -> bool {
        self.queued.swap(false, Ordering::Relaxed)
    }

    /// A value that changes whenever anything commits to the file, from this process or
    /// any other (see `watch.rs`). `None` when the file cannot say at once (a commit
    /// being written, busy, or no connection): nothing may then be taken as unchanged.
    /// Never waits, so an async thread may ask.
    pub fn version(&self) -> Option<watch::Version> {
        self.watch
            .get_or_init(|| watch::Watch::open(&self.path))
            .as_ref()?
            .version()
    }

    /// When the token's session ends, if it is open.
    pub fn session_ends(&self, token: &Secret) -> Result<Option<Timestamp>> {
        let conn = self.lock()?;
        sessions::ends(&conn, token)
    }
}

fn schema_version(conn: &Connection) -> Result<usize> {
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    Ok(usize::try_from(v).unwrap_or(usize::MAX))
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // What is deleted or rewritten is overwritten, not left readable in free space: an
    // ended session, a purged entry, an erased person.
    conn.pragma_update(None, "secure_delete", "ON")?;
    Ok(())
}

fn create_private_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::private::create_dir_all(dir)
            .map_err(|e| Error::other(msg::cannot_create(dir, &msg::reason(&e))))?;
    }
    match crate::private::options().create_new(true).open(path) {
        Ok(_) => Ok(()),
        // An existing file is fine only if it holds no space yet: checked by the caller.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::other(msg::cannot_create(path, &msg::reason(&e)))),
    }
}

pub fn now() -> Timestamp {
    Timestamp::from_second(Timestamp::now().as_second()).expect("the clock is within range")
}

fn stamp(t: Timestamp) -> String {
    t.to_string()
}

fn sha256_hex(s: &str) -> String {
    let digest = Sha256::digest(s.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
