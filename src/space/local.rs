//! The space in one SQLite file. Every command is one transaction: it authenticates
//! the caller, checks the rules, changes the data, writes the audit entry (R11) and
//! queues the notifications (R10), or changes nothing at all.

use std::fs::OpenOptions;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use jiff::{SignedDuration, Timestamp};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Row, TransactionBehavior, params};
use sha2::{Digest, Sha256};

mod import;
pub mod maintenance;
pub mod outbox;
mod sessions;
mod throttle;

use super::{Outcomes, Rows, Space};
use crate::domain::ident::group;
use crate::domain::import::{ClientRow, ImportOptions, ImportSummary, SubscriberRow};
use crate::domain::notice::{self as msg, Notice};
use crate::domain::{
    self, ACTIVATION_DAYS, Actor, AuditEntry, Client, ClientMoved, ClientPage, ClientQuery,
    CompanyId, NewSpace, NewSubscriber, Notification, Portfolio, SESSION_HOURS, Session,
    SessionEnd, SessionInfo, Setting, SpaceInfo, Subscriber, SubscriberAdded, SubscriberChange,
    SubscriptionStatus, User, UserStatus, ident::vat_number,
};
use crate::error::{Error, ErrorKind, Result};
use crate::i18n::{self, Lang};
use crate::secret::{ExposeSecret, Secret};

/// Append-only: a released migration is never edited; `PRAGMA user_version` counts them.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_space.sql"),
    include_str!("migrations/0002_login_failures.sql"),
    include_str!("migrations/0003_import_runs.sql"),
    include_str!("migrations/0004_smtp.sql"),
    include_str!("migrations/0005_language.sql"),
    include_str!("migrations/0006_hardening.sql"),
];

/// Kept, with the pool's wait, well under the server's request timeout (30 s): a request
/// answered "timed out" must not commit afterwards.
/// Where a command run on the database's own machine signs in from.
pub const LOCAL_SOURCE: &str = "local";

use msg::CODE_SLOT as CODE_SLOT_TEXT;

const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub struct LocalSpace {
    connections: Connections,
    path: PathBuf,
    /// The file passed `quick_check` in this process: writes may go.
    checked: std::sync::atomic::AtomicBool,
    /// The file showed damage in this process: no write goes any more.
    damaged: std::sync::atomic::AtomicBool,
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
            return Err(Error::not_found(msg::no_space_at(path)).hint(msg::hint_init()));
        }
        maintenance::repair_side_files(path)?;
        let space = LocalSpace::pool(path, connections)
            .map_err(|e| maintenance::explain_cannot_open(path, e))?;
        // Another program's database (a mistyped --db) is left untouched: no migration.
        if !space
            .initialized()
            .map_err(|e| maintenance::explain_cannot_open(path, e))?
        {
            return Err(Error::not_found(msg::no_space_at(path)).hint(msg::hint_init()));
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
        })
    }

    /// `init`: creates the database (mode 0600) with the firm and its first administrator.
    pub fn create(path: &Path, new: &NewSpace, password: &Secret) -> Result<LocalSpace> {
        let siren = match CompanyId::parse(&new.siren)? {
            CompanyId::Siren(s) => s,
            CompanyId::Siret(_) => {
                return Err(Error::invalid(msg::space_needs_siren()));
            }
        };
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
            return Err(Error::conflict(msg::space_exists(path)).hint(msg::hint_use_other_db()));
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
                hash_password(password)?,
                at
            ],
        )?;
        audit_raw(
            &tx,
            &at,
            &new.admin_login,
            "space.init",
            &format!("space {siren}"),
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
    fn read<T>(
        &self,
        token: &Secret,
        f: impl FnOnce(&Connection, &Actor) -> Result<T>,
    ) -> Result<T> {
        self.read_inner(token, f).map_err(|e| self.note(e))
    }

    fn read_inner<T>(
        &self,
        token: &Secret,
        f: impl FnOnce(&Connection, &Actor) -> Result<T>,
    ) -> Result<T> {
        let mut conn = self.lock()?;
        let tx = conn.transaction()?;
        let actor = authenticate(&tx, token)?;
        let due = sessions::touch_due(&tx, token)?;
        let out = f(&tx, &actor)?;
        drop(tx);
        // Written apart, and only once a minute: a read never waits on a writer for it.
        if let Some(id) = due {
            let _ = sessions::touch(&conn, id);
        }
        Ok(out)
    }

    /// A change: all or nothing, and nothing at all on a dry run.
    fn write<T>(
        &self,
        token: &Secret,
        dry_run: bool,
        f: impl FnOnce(&Connection, &Actor) -> Result<T>,
    ) -> Result<T> {
        self.write_inner(token, dry_run, f)
            .map_err(|e| self.note(e))
    }

    fn write_inner<T>(
        &self,
        token: &Secret,
        dry_run: bool,
        f: impl FnOnce(&Connection, &Actor) -> Result<T>,
    ) -> Result<T> {
        let mut conn = self.lock()?;
        self.ensure_sound(&conn)?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let actor = authenticate(&tx, token)?;
        if let Some(id) = sessions::touch_due(&tx, token)? {
            sessions::touch(&tx, id)?;
        }
        let out = f(&tx, &actor)?;
        if dry_run {
            tx.rollback()?;
        } else {
            tx.commit()?;
        }
        Ok(out)
    }

    /// A change made before anyone is signed in (login, activation).
    fn write_anonymous<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        (|| {
            let mut conn = self.lock()?;
            self.ensure_sound(&conn)?;
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let out = f(&tx)?;
            tx.commit()?;
            Ok(out)
        })()
        .map_err(|e| self.note(e))
    }

    /// R1: a sign-in from `source` (the client's address on a server). Every answer that
    /// is not a session is the same, in words, status and time, whether the login is
    /// unknown, waiting for activation or has another password: none tells which logins
    /// exist. Failures are counted per login and source (and committed although the
    /// sign-in fails: that count is what stops guessing).
    pub fn login_from(&self, login: &str, password: &Secret, source: &str) -> Result<Session> {
        let source = throttle::source(source);
        // Bounded before anything is stored or hashed.
        let key = throttle::key(login);
        let huge = password.expose_secret().len() > domain::MAX_PASSWORD_BYTES;
        self.write_anonymous(|conn| {
            let at = now();
            if let Some(wait) = throttle::wait(conn, throttle::Kind::Login, key, &source, at)? {
                return Ok(Err(locked(wait)));
            }
            let found: Option<(i64, Option<String>)> = if key == login && !huge {
                conn.prepare_cached("SELECT id, password_hash FROM users WHERE login = ?1")?
                    .query_row([login], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()?
            } else {
                None
            };
            let id = match found {
                Some((id, Some(hash))) if password_matches(&hash, password) => id,
                other => {
                    // As long as a real comparison, so that timing tells nothing either.
                    if !huge && !matches!(other, Some((_, Some(_)))) {
                        password_matches(DUMMY_HASH, password);
                    }
                    return Ok(Err(throttle::failure(
                        conn,
                        throttle::Kind::Login,
                        key,
                        &source,
                        at,
                        wrong_credentials(),
                    )?));
                }
            };
            throttle::success(conn, throttle::Kind::Login, login, &source)?;
            let token = sessions::open(conn, id, &source, at)?;
            audit_raw(
                conn,
                &stamp(now()),
                login,
                "session.login",
                &format!("user {login}"),
                &source,
            )?;
            Ok(Ok(Session {
                token,
                login: login.to_string(),
                expires_at: stamp(at + SignedDuration::from_hours(SESSION_HOURS)),
            }))
        })?
    }

    /// R6: a newcomer chooses their password with a code they were given; wrong codes
    /// are throttled as wrong passwords are.
    pub fn activate_from(
        &self,
        login: &str,
        code: &Secret,
        password: &Secret,
        source: &str,
    ) -> Result<User> {
        domain::validate_password(password.expose_secret())?;
        let source = throttle::source(source);
        let key = throttle::key(login);
        self.write_anonymous(|conn| {
            let at = now();
            if let Some(wait) = throttle::wait(conn, throttle::Kind::Activate, key, &source, at)? {
                return Ok(Err(locked(wait)));
            }
            let bad_code =
                || Error::auth(msg::activation_code_wrong()).hint(msg::hint_activation_code());
            let typed = normalize_code(code.expose_secret());
            let found = if key == login && typed.len() <= 64 {
                find_user(conn, login)?
            } else {
                None
            };
            let ok = match &found {
                Some((id, _)) => conn
                    .prepare_cached(
                        "SELECT EXISTS (SELECT 1 FROM activation_codes
                          WHERE user_id = ?1 AND code_hash = ?2 AND expires_at > ?3)",
                    )?
                    .query_row(params![id, sha256_hex(&typed), stamp(at)], |r| r.get(0))?,
                None => false,
            };
            let Some((id, user)) = found.filter(|_| ok) else {
                return Ok(Err(throttle::failure(
                    conn,
                    throttle::Kind::Activate,
                    key,
                    &source,
                    at,
                    bad_code(),
                )?));
            };
            throttle::success(conn, throttle::Kind::Activate, login, &source)?;
            // Every code of the account is spent, the mailed one as the handed one.
            conn.execute("DELETE FROM activation_codes WHERE user_id = ?1", [id])?;
            conn.execute(
                "UPDATE users SET password_hash = ?1 WHERE id = ?2",
                params![hash_password(password)?, id],
            )?;
            let actor = Actor {
                id,
                login: login.to_string(),
                admin: user.admin,
            };
            audit(conn, &actor, "user.activate", &format!("user {login}"), "")?;
            notify(conn, &actor, admin_ids(conn)?, || {
                msg::notice_activated(&user)
            })?;
            Ok(Ok(User {
                status: UserStatus::Active,
                ..user
            }))
        })?
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
    Ok(())
}

fn create_private_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| Error::other(msg::cannot_create(dir, &msg::reason(&e))))?;
    }
    use std::os::unix::fs::DirBuilderExt;
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
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

fn random_bytes<const N: usize>() -> Result<[u8; N]> {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf).map_err(|e| Error::other(e.to_string()))?;
    Ok(buf)
}

fn hash_password(password: &Secret) -> Result<String> {
    Argon2::default()
        .hash_password(password.expose_secret().as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| Error::other(e.to_string()))
}

fn password_matches(hash: &str, password: &Secret) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.expose_secret().as_bytes(), &parsed)
            .is_ok()
    })
}

/// Compared against when the login is unknown, so that a wrong login costs as much
/// time as a wrong password and does not reveal which logins exist.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$ZmFrZWhhc2hmYWtlaGFzaGZha2VoYXNoZmFrZWg";

/// Activation codes are typed by people: unambiguous letters, grouped by four.
fn new_activation_code() -> Result<String> {
    let raw = data_encoding::BASE32_NOPAD.encode(&random_bytes::<10>()?);
    Ok(format!(
        "{}-{}-{}-{}",
        &raw[..4],
        &raw[4..8],
        &raw[8..12],
        &raw[12..16]
    ))
}

fn normalize_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

thread_local! {
    /// Who the last call on this thread authenticated as: the server's log line reads it
    /// right after the call, on the same thread, instead of querying again.
    static LAST_CALLER: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The login the last call on this thread was made by, if it got that far.
pub fn take_last_caller() -> Option<String> {
    LAST_CALLER.with(|c| c.borrow_mut().take())
}

/// Who a code goes to: the administrator who made the account (shown once, on their
/// screen) or the newcomer's email (made when the message is sent). Only hashes are kept.
#[derive(Clone, Copy)]
pub(crate) enum Channel {
    Handed,
    Mail,
}

/// A new one-time activation code for a pending account (R6), replacing the other one of
/// its channel.
pub(crate) fn issue_code(
    conn: &Connection,
    user_id: i64,
    channel: Channel,
) -> Result<(String, String)> {
    let code = new_activation_code()?;
    let expires = stamp(now() + SignedDuration::from_hours(24 * ACTIVATION_DAYS));
    conn.prepare_cached(
        "INSERT OR REPLACE INTO activation_codes (user_id, channel, code_hash, expires_at)
         VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        user_id,
        match channel {
            Channel::Handed => "handed",
            Channel::Mail => "mail",
        },
        sha256_hex(&normalize_code(&code)),
        expires
    ])?;
    Ok((code, expires))
}

fn authenticate(conn: &Connection, token: &Secret) -> Result<Actor> {
    let actor = authenticate_token(conn, token)?;
    LAST_CALLER.with(|c| *c.borrow_mut() = Some(actor.login.clone()));
    Ok(actor)
}

fn authenticate_token(conn: &Connection, token: &Secret) -> Result<Actor> {
    let hash = sha256_hex(token.expose_secret());
    let found = conn
        .prepare_cached(
            "SELECT u.id, u.login, u.admin, s.expires_at FROM sessions s
             JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?1",
        )?
        .query_row([hash], |r| {
            Ok((
                Actor {
                    id: r.get(0)?,
                    login: r.get(1)?,
                    admin: r.get(2)?,
                },
                r.get::<_, String>(3)?,
            ))
        })
        .optional()?;
    match found {
        None => Err(Error::auth(msg::not_signed_in()).hint(msg::hint_login())),
        Some((_, expires)) if expires <= stamp(now()) => {
            Err(Error::auth(msg::session_expired()).hint(msg::hint_login()))
        }
        Some((actor, _)) => Ok(actor),
    }
}

fn audit_raw(
    conn: &Connection,
    at: &str,
    actor: &str,
    action: &str,
    target: &str,
    detail: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO audit (at, actor, action, target, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![at, actor, action, target, detail])?;
    Ok(())
}

fn audit(conn: &Connection, actor: &Actor, action: &str, target: &str, detail: &str) -> Result<()> {
    audit_raw(conn, &stamp(now()), &actor.login, action, target, detail)
}

/// The language of the space's notifications.
pub(crate) fn space_language(conn: &Connection) -> Result<Lang> {
    Ok(conn
        .prepare_cached("SELECT language FROM space WHERE id = 1")?
        .query_row([], |r| lang_column(r, 0))?)
}

pub(crate) fn lang_column(r: &Row, i: usize) -> rusqlite::Result<Lang> {
    let code: String = r.get(i)?;
    Ok(Lang::parse(&code).unwrap_or(Lang::En))
}

/// R10: queues a message to each person concerned, never to the actor, written in the
/// space's language whatever the actor's. A message still waiting for the same person
/// takes the change instead, so that each person has one waiting message at most, listing
/// `MESSAGE_ITEMS` changes and counting the others.
fn notify(
    conn: &Connection,
    actor: &Actor,
    concerned: Vec<i64>,
    notice: impl FnOnce() -> Notice,
) -> Result<()> {
    let lang = space_language(conn)?;
    let notice = i18n::with(lang, notice);
    let at = stamp(now());
    let mut waiting = conn.prepare_cached(
        "SELECT id, subject, body, items, more FROM outbox
          WHERE recipient_id = ?1 AND status = 'pending' AND run IS NULL AND attempts = 0
          ORDER BY id DESC LIMIT 1",
    )?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO outbox (created_at, recipient_id, email, subject, body)
         SELECT ?1, id, email, ?2, ?3 FROM users WHERE id = ?4",
    )?;
    let mut merge = conn.prepare_cached(
        "UPDATE outbox SET subject = ?1, body = ?2, items = ?3, more = ?4 WHERE id = ?5",
    )?;
    for id in domain::recipients(actor, concerned) {
        type Waiting = (i64, String, String, Option<String>, i64);
        let found: Option<Waiting> = waiting
            .query_row([id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .optional()?;
        let Some((message, subject, body, items, more)) = found else {
            insert.execute(params![at, notice.subject, notice.body, id])?;
            continue;
        };
        let mut items: Vec<(String, String)> = items
            .and_then(|j| serde_json::from_str(&j).ok())
            .unwrap_or_else(|| vec![(subject, body)]);
        let mut more = more.unsigned_abs();
        if items.len() < domain::MESSAGE_ITEMS {
            items.push((notice.subject.clone(), notice.body.clone()));
        } else {
            more += 1;
        }
        let merged = i18n::with(lang, || msg::notice_merged(&items, more));
        let json = serde_json::to_string(&items).map_err(|e| Error::other(e.to_string()))?;
        merge.execute(params![
            merged.subject,
            merged.body,
            json,
            i64::try_from(more).unwrap_or(i64::MAX),
            message
        ])?;
    }
    Ok(())
}

fn ids(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(p, |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn admin_ids(conn: &Connection) -> Result<Vec<i64>> {
    ids(conn, "SELECT id FROM users WHERE admin = 1", [])
}

/// The subscribers a change to a portfolio concerns: those whose access is in force.
fn portfolio_subscriber_ids(conn: &Connection, number: i64) -> Result<Vec<i64>> {
    ids(
        conn,
        "SELECT user_id FROM subscriptions WHERE portfolio = ?1 AND suspended = 0",
        [number],
    )
}

fn space_info(conn: &Connection) -> Result<SpaceInfo> {
    Ok(conn.query_row(
        "SELECT siren, name, third_party_registration, created_at, smtp_url, smtp_from, language,
                digest_minutes
           FROM space WHERE id = 1",
        [],
        |r| {
            let siren: String = r.get(0)?;
            Ok(SpaceInfo {
                vat_number: vat_number(&siren),
                siren,
                name: r.get(1)?,
                third_party_registration: r.get(2)?,
                created_at: r.get(3)?,
                smtp: r.get(4)?,
                smtp_from: r.get(5)?,
                language: lang_column(r, 6)?,
                digest_minutes: r.get(7)?,
            })
        },
    )?)
}

const USER_COLUMNS: &str = "id, login, name, email, admin, password_hash IS NOT NULL";

fn user_from_row(r: &Row) -> rusqlite::Result<(i64, User)> {
    let active: bool = r.get(5)?;
    Ok((
        r.get(0)?,
        User {
            login: r.get(1)?,
            name: r.get(2)?,
            email: r.get(3)?,
            admin: r.get(4)?,
            status: if active {
                UserStatus::Active
            } else {
                UserStatus::Pending
            },
        },
    ))
}

fn find_user(conn: &Connection, login: &str) -> Result<Option<(i64, User)>> {
    Ok(conn
        .query_row(
            &format!("SELECT {USER_COLUMNS} FROM users WHERE login = ?1"),
            [login],
            user_from_row,
        )
        .optional()?)
}

fn user(conn: &Connection, login: &str) -> Result<(i64, User)> {
    find_user(conn, login)?.ok_or_else(|| Error::not_found(msg::user_not_found(login)))
}

const PORTFOLIO_SELECT: &str = "SELECT p.number, p.tiers_declarant, p.created_at,
        (SELECT count(*) FROM clients c WHERE c.portfolio = p.number),
        (SELECT count(*) FROM subscriptions s WHERE s.portfolio = p.number)
     FROM portfolios p";

fn portfolio_from_row(r: &Row) -> rusqlite::Result<Portfolio> {
    {
        Ok(Portfolio {
            number: r.get(0)?,
            tiers_declarant: r.get(1)?,
            created_at: r.get(2)?,
            clients: r.get::<_, i64>(3)?.unsigned_abs(),
            // R7: whoever sees a portfolio may know who is subscribed to it.
            subscribers: Some(r.get::<_, i64>(4)?.unsigned_abs()),
        })
    }
}

/// R7: may this actor see this portfolio? Non-admins get the same answer whether the
/// portfolio exists or not, so that they learn nothing of the others.
fn check_portfolio(conn: &Connection, actor: &Actor, number: i64) -> Result<()> {
    let (exists, subscribed): (bool, bool) = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM portfolios WHERE number = ?1),
                    EXISTS (SELECT 1 FROM subscriptions
                             WHERE portfolio = ?1 AND user_id = ?2 AND suspended = 0)",
        )?
        .query_row(params![number, actor.id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    match (exists, actor.admin || subscribed) {
        (true, true) => Ok(()),
        (false, _) if actor.admin => {
            Err(Error::not_found(msg::portfolio_not_found(number)).hint(msg::hint_portfolio_list()))
        }
        _ => Err(Error::permission(msg::portfolio_not_yours(number)).hint(msg::hint_ask_admin())),
    }
}

/// The portfolio with its counts, for whoever may see it.
fn visible_portfolio(conn: &Connection, actor: &Actor, number: i64) -> Result<Portfolio> {
    check_portfolio(conn, actor, number)?;
    Ok(conn.query_row(
        &format!("{PORTFOLIO_SELECT} WHERE p.number = ?1"),
        [number],
        portfolio_from_row,
    )?)
}

/// For changes: the portfolio must exist (the actor is an admin by then).
fn existing_portfolio(conn: &Connection, actor: &Actor, number: i64) -> Result<()> {
    domain::validate_portfolio_number(number)?;
    check_portfolio(conn, actor, number)
}

const SUBSCRIBER_SELECT: &str = "SELECT u.login, u.name, u.email, s.portfolio, s.suspended,
        u.password_hash IS NOT NULL, s.created_at
     FROM subscriptions s JOIN users u ON u.id = s.user_id";

fn subscriber_from_row(r: &Row) -> rusqlite::Result<Subscriber> {
    let suspended: bool = r.get(4)?;
    let active: bool = r.get(5)?;
    Ok(Subscriber {
        login: r.get(0)?,
        name: r.get(1)?,
        email: r.get(2)?,
        portfolio: r.get(3)?,
        status: match (suspended, active) {
            (true, _) => SubscriptionStatus::Suspended,
            (false, false) => SubscriptionStatus::Pending,
            (false, true) => SubscriptionStatus::Active,
        },
        since: r.get(6)?,
    })
}

fn subscription(conn: &Connection, portfolio: i64, login: &str) -> Result<Subscriber> {
    conn.query_row(
        &format!("{SUBSCRIBER_SELECT} WHERE s.portfolio = ?1 AND u.login = ?2"),
        params![portfolio, login],
        subscriber_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found(msg::subscription_not_found(login, portfolio)))
}

const CLIENT_SELECT: &str = "SELECT siren, siret, name, portfolio, created_at FROM clients";

/// A subscription made: what `subscriber add` and an import row share.
struct Subscribed {
    user_id: i64,
    subscriber: Subscriber,
    /// The activation code and its expiry, for an account created or renewed.
    code: Option<(String, String)>,
}

/// Subscribes a collaborator to a portfolio, creating their account if needed (R6).
fn subscribe(
    conn: &Connection,
    actor: &Actor,
    new: &NewSubscriber,
    at: &str,
    audit_note: &str,
) -> Result<Subscribed> {
    domain::validate_login(&new.login)?;
    if let Some(email) = &new.email {
        domain::validate_email(email)?;
    }
    let name = new
        .name
        .as_deref()
        .map(|n| domain::validate_name("name", n))
        .transpose()?;
    existing_portfolio(conn, actor, new.portfolio)?;
    let (user_id, code) = match find_user(conn, &new.login)? {
        Some((id, u)) if u.status == UserStatus::Pending => {
            // Still not activated: a code that expired is renewed.
            let live: bool = conn
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM activation_codes
                      WHERE user_id = ?1 AND expires_at > ?2)",
                )?
                .query_row(params![id, stamp(now())], |r| r.get(0))?;
            if live {
                (id, None)
            } else {
                (id, Some(issue_code(conn, id, Channel::Handed)?))
            }
        }
        Some((id, _)) => (id, None),
        None => {
            let email = new.email.as_deref().ok_or_else(|| {
                Error::usage(msg::email_needed_for_new(&new.login)).hint(msg::hint_email_flag())
            })?;
            conn.prepare_cached(
                "INSERT INTO users (login, name, email, admin, created_at)
                 VALUES (?1, ?2, ?3, 0, ?4)",
            )?
            .execute(params![new.login, name, email, at])?;
            let id = conn.last_insert_rowid();
            let code = issue_code(conn, id, Channel::Handed)?;
            audit(
                conn,
                actor,
                "user.create",
                &format!("user {}", new.login),
                &format!("{email}{audit_note}"),
            )?;
            (id, Some(code))
        }
    };
    let inserted = conn
        .prepare_cached(
            "INSERT INTO subscriptions (portfolio, user_id, created_at) VALUES (?1, ?2, ?3)
             ON CONFLICT DO NOTHING",
        )?
        .execute(params![new.portfolio, user_id, at])?;
    if inserted == 0 {
        return Err(
            Error::conflict(msg::already_subscribed(&new.login, new.portfolio))
                .hint(msg::hint_subscriber_list(new.portfolio)),
        );
    }
    audit(
        conn,
        actor,
        "subscription.add",
        &format!("portfolio {}", new.portfolio),
        &format!("{}{audit_note}", new.login),
    )?;
    Ok(Subscribed {
        user_id,
        subscriber: subscription(conn, new.portfolio, &new.login)?,
        code,
    })
}

fn client_from_row(r: &Row) -> rusqlite::Result<Client> {
    let siren: String = r.get(0)?;
    Ok(Client {
        vat_number: vat_number(&siren),
        siren,
        siret: r.get(1)?,
        name: r.get(2)?,
        portfolio: r.get(3)?,
        created_at: r.get(4)?,
    })
}

/// A client by what the user typed: a SIREN names the company, a SIRET must be the
/// establishment on record.
fn find_client(conn: &Connection, id: &CompanyId) -> Result<Option<Client>> {
    let (sql, key) = match id {
        CompanyId::Siren(s) => (format!("{CLIENT_SELECT} WHERE siren = ?1"), s),
        CompanyId::Siret(s) => (format!("{CLIENT_SELECT} WHERE siret = ?1"), s),
    };
    Ok(conn.query_row(&sql, [key], client_from_row).optional()?)
}

fn client(conn: &Connection, actor: &Actor, id: &CompanyId) -> Result<Client> {
    let found = find_client(conn, id)?;
    match found {
        Some(c) => Ok(c),
        None if actor.admin => {
            Err(Error::not_found(msg::client_not_found(&id.to_string()))
                .hint(msg::hint_clients_list()))
        }
        None => Err(Error::permission(msg::client_not_yours(&id.to_string()))),
    }
}

impl Space for LocalSpace {
    fn as_local(&self) -> Option<&LocalSpace> {
        Some(self)
    }

    fn login(&self, login: &str, password: &Secret) -> Result<Session> {
        self.login_from(login, password, LOCAL_SOURCE)
    }

    fn session_list(&self, token: &Secret) -> Result<Vec<SessionInfo>> {
        self.read(token, |conn, actor| sessions::list(conn, actor, token))
    }

    fn session_end(&self, token: &Secret, which: &SessionEnd) -> Result<u64> {
        self.write(token, false, |conn, actor| {
            sessions::end(conn, actor, token, which)
        })
    }

    fn activate(&self, login: &str, code: &Secret, password: &Secret) -> Result<User> {
        self.activate_from(login, code, password, LOCAL_SOURCE)
    }

    fn me(&self, token: &Secret) -> Result<User> {
        self.read(token, |conn, actor| Ok(user(conn, &actor.login)?.1))
    }

    fn portfolio_create(&self, token: &Secret, dry_run: bool) -> Result<Portfolio> {
        self.write(token, dry_run, |conn, actor| {
            actor.require_admin()?;
            // R5: the firm's raison sociale as registered for the space.
            let firm = space_info(conn)?.name;
            let at = stamp(now());
            conn.execute(
                "INSERT INTO portfolios (tiers_declarant, created_at) VALUES (?1, ?2)",
                params![firm, at],
            )?;
            let number = conn.last_insert_rowid();
            audit(
                conn,
                actor,
                "portfolio.create",
                &format!("portfolio {number}"),
                &firm,
            )?;
            notify(conn, actor, admin_ids(conn)?, || {
                msg::notice_portfolio_created(&actor.login, number, &firm, &at)
            })?;
            Ok(Portfolio {
                number,
                tiers_declarant: firm,
                created_at: at,
                clients: 0,
                subscribers: Some(0),
            })
        })
    }

    fn portfolio_list(&self, token: &Secret) -> Result<Vec<Portfolio>> {
        self.read(token, |conn, actor| {
            let sql = if actor.admin {
                format!("{PORTFOLIO_SELECT} ORDER BY p.number")
            } else {
                format!(
                    "{PORTFOLIO_SELECT} WHERE p.number IN (SELECT portfolio FROM subscriptions
                       WHERE user_id = ?1 AND suspended = 0) ORDER BY p.number"
                )
            };
            let mut stmt = conn.prepare(&sql)?;
            let rows = if actor.admin {
                stmt.query_map([], portfolio_from_row)?
                    .collect::<rusqlite::Result<Vec<_>>>()
            } else {
                stmt.query_map([actor.id], portfolio_from_row)?
                    .collect::<rusqlite::Result<Vec<_>>>()
            };
            Ok(rows?)
        })
    }

    fn portfolio_show(&self, token: &Secret, number: i64) -> Result<Portfolio> {
        self.read(token, |conn, actor| {
            domain::validate_portfolio_number(number)?;
            visible_portfolio(conn, actor, number)
        })
    }

    fn subscriber_add(
        &self,
        token: &Secret,
        new: &NewSubscriber,
        dry_run: bool,
    ) -> Result<SubscriberAdded> {
        self.write(token, dry_run, |conn, actor| {
            actor.require_admin()?;
            let Subscribed {
                user_id,
                subscriber,
                code,
            } = subscribe(conn, actor, new, &stamp(now()), "")?;
            // The newcomer hears of it (with their code); the others of the portfolio too.
            notify(conn, actor, vec![user_id], || {
                msg::notice_subscribed(&actor.login, &subscriber, code.is_some())
            })?;
            let others: Vec<i64> = portfolio_subscriber_ids(conn, new.portfolio)?
                .into_iter()
                .filter(|id| *id != user_id)
                .collect();
            notify(conn, actor, others, || {
                msg::notice_subscription_changed(
                    &actor.login,
                    &subscriber,
                    &msg::SubscriptionChange::Added,
                )
            })?;
            let account_created = code.is_some();
            // A dry run's code was never kept: showing it would hand out a dead code.
            let (activation_code, activation_expires_at) = code.filter(|_| !dry_run).unzip();
            Ok(SubscriberAdded {
                subscriber,
                account_created,
                activation_code,
                activation_expires_at,
            })
        })
    }

    fn subscriber_list(&self, token: &Secret, portfolio: Option<i64>) -> Result<Vec<Subscriber>> {
        self.read(token, |conn, actor| {
            if let Some(n) = portfolio {
                domain::validate_portfolio_number(n)?;
                check_portfolio(conn, actor, n)?;
            }
            // R7: a subscriber sees who else is subscribed to their own portfolios (what
            // the notifications tell them anyway), and their own subscriptions.
            let mut stmt = conn.prepare(&format!(
                "{SUBSCRIBER_SELECT} WHERE (?1 IS NULL OR s.portfolio = ?1)
                   AND (?2 IS NULL OR s.user_id = ?2 OR s.portfolio IN
                        (SELECT portfolio FROM subscriptions WHERE user_id = ?2 AND suspended = 0))
                 ORDER BY s.portfolio, u.login"
            ))?;
            let only = if actor.admin { None } else { Some(actor.id) };
            let rows = stmt
                .query_map(params![portfolio, only], subscriber_from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
    }

    fn subscriber_modify(
        &self,
        token: &Secret,
        change: &SubscriberChange,
        dry_run: bool,
    ) -> Result<Subscriber> {
        self.write(token, dry_run, |conn, actor| {
            actor.require_admin()?;
            existing_portfolio(conn, actor, change.portfolio)?;
            let before = subscription(conn, change.portfolio, &change.login)?;
            let (user_id, _) = user(conn, &change.login)?;
            let mut what = Vec::new();
            if let Some(name) = &change.name {
                let name = domain::validate_name("name", name)?;
                conn.execute(
                    "UPDATE users SET name = ?1 WHERE id = ?2",
                    params![name, user_id],
                )?;
                what.push(format!("name={name}"));
            }
            if let Some(email) = &change.email {
                domain::validate_email(email)?;
                conn.execute(
                    "UPDATE users SET email = ?1 WHERE id = ?2",
                    params![email, user_id],
                )?;
                what.push(format!("email={email}"));
            }
            if let Some(suspended) = change.suspended {
                conn.execute(
                    "UPDATE subscriptions SET suspended = ?1 WHERE portfolio = ?2 AND user_id = ?3",
                    params![suspended, change.portfolio, user_id],
                )?;
                what.push(if suspended { "suspended" } else { "resumed" }.to_string());
            }
            if what.is_empty() {
                return Err(Error::usage(msg::nothing_to_modify()).hint(msg::hint_modify_flags()));
            }
            let after = subscription(conn, change.portfolio, &change.login)?;
            if after == before {
                return Ok(after);
            }
            let detail = what.join(", ");
            let change_notice = msg::SubscriptionChange::Modified {
                name: change.name.clone(),
                email: change.email.clone(),
                suspended: change.suspended,
            };
            audit(
                conn,
                actor,
                "subscription.modify",
                &format!("portfolio {}", change.portfolio),
                &format!("{}: {detail}", change.login),
            )?;
            let mut concerned = portfolio_subscriber_ids(conn, change.portfolio)?;
            concerned.push(user_id);
            notify(conn, actor, concerned, || {
                msg::notice_subscription_changed(&actor.login, &after, &change_notice)
            })?;
            Ok(after)
        })
    }

    fn subscriber_remove(
        &self,
        token: &Secret,
        portfolio: i64,
        login: &str,
        dry_run: bool,
    ) -> Result<Subscriber> {
        self.write(token, dry_run, |conn, actor| {
            actor.require_admin()?;
            existing_portfolio(conn, actor, portfolio)?;
            let removed = subscription(conn, portfolio, login)?;
            let (user_id, _) = user(conn, login)?;
            let mut concerned = portfolio_subscriber_ids(conn, portfolio)?;
            concerned.push(user_id);
            conn.execute(
                "DELETE FROM subscriptions WHERE portfolio = ?1 AND user_id = ?2",
                params![portfolio, user_id],
            )?;
            audit(
                conn,
                actor,
                "subscription.remove",
                &format!("portfolio {portfolio}"),
                login,
            )?;
            notify(conn, actor, concerned, || {
                msg::notice_subscription_changed(
                    &actor.login,
                    &removed,
                    &msg::SubscriptionChange::Withdrawn,
                )
            })?;
            Ok(removed)
        })
    }

    fn admin_list(&self, token: &Secret) -> Result<Vec<User>> {
        self.read(token, |conn, actor| {
            actor.require_admin()?;
            let mut stmt = conn.prepare(&format!(
                "SELECT {USER_COLUMNS} FROM users WHERE admin = 1 ORDER BY login"
            ))?;
            let rows = stmt
                .query_map([], user_from_row)?
                .map(|r| r.map(|(_, u)| u))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
    }

    fn admin_add(&self, token: &Secret, login: &str, dry_run: bool) -> Result<User> {
        self.write(token, dry_run, |conn, actor| {
            actor.require_admin()?;
            domain::validate_login(login)?;
            let (id, u) = find_user(conn, login)?.ok_or_else(|| {
                Error::not_found(msg::user_not_found(login)).hint(msg::hint_add_subscriber_first())
            })?;
            if u.admin {
                return Err(Error::conflict(msg::already_admin(login)));
            }
            conn.execute("UPDATE users SET admin = 1 WHERE id = ?1", [id])?;
            audit(conn, actor, "admin.add", &format!("user {login}"), "")?;
            let mut concerned = admin_ids(conn)?;
            concerned.push(id);
            notify(conn, actor, concerned, || {
                msg::notice_admin(&actor.login, login, true)
            })?;
            Ok(User { admin: true, ..u })
        })
    }

    fn admin_remove(&self, token: &Secret, login: &str, dry_run: bool) -> Result<User> {
        self.write(token, dry_run, |conn, actor| {
            actor.require_admin()?;
            let (id, u) = user(conn, login)?;
            if !u.admin {
                return Err(Error::not_found(msg::not_an_admin(login)));
            }
            // R3: the space keeps at least one administrator who can sign in; one still
            // waiting to activate their account does not count.
            let others: i64 = conn.query_row(
                "SELECT count(*) FROM users
                 WHERE admin = 1 AND password_hash IS NOT NULL AND id <> ?1",
                [id],
                |r| r.get(0),
            )?;
            if others == 0 {
                return Err(
                    Error::conflict(msg::last_admin(login)).hint(msg::hint_add_admin_first())
                );
            }
            let concerned = admin_ids(conn)?;
            conn.execute("UPDATE users SET admin = 0 WHERE id = ?1", [id])?;
            audit(conn, actor, "admin.remove", &format!("user {login}"), "")?;
            notify(conn, actor, concerned, || {
                msg::notice_admin(&actor.login, login, false)
            })?;
            Ok(User { admin: false, ..u })
        })
    }

    fn client_list(&self, token: &Secret, query: &ClientQuery) -> Result<ClientPage> {
        self.read(token, |conn, actor| {
            if let Some(n) = query.portfolio {
                domain::validate_portfolio_number(n)?;
                check_portfolio(conn, actor, n)?;
            }
            let search = query
                .search
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty());
            // Digits typed with spaces search the identifiers; anything else the names.
            let digits = search
                .map(|s| s.replace([' ', '.'], ""))
                .filter(|s| s.chars().all(|c| c.is_ascii_digit()));
            let name_like = search.map(|s| {
                format!(
                    "%{}%",
                    s.replace('\\', "\\\\")
                        .replace('%', "\\%")
                        .replace('_', "\\_")
                )
            });
            // One more than asked tells whether another page follows.
            let limit = query.limit.map_or(-1, |l| {
                i64::try_from(l).unwrap_or(i64::MAX).saturating_add(1)
            });
            // Only the conditions that apply, so that SQLite can walk the
            // (portfolio, name) index instead of sorting the whole table.
            let mut conditions = Vec::new();
            let mut values: Vec<rusqlite::types::Value> = Vec::new();
            if let Some(n) = query.portfolio {
                conditions.push("portfolio = ?");
                values.push(n.into());
            }
            if !actor.admin {
                conditions.push(
                    "portfolio IN (SELECT portfolio FROM subscriptions
                                   WHERE user_id = ? AND suspended = 0)",
                );
                values.push(actor.id.into());
            }
            if let Some(like) = name_like {
                values.push(like.into());
                if let Some(d) = digits {
                    conditions.push(
                        "(name LIKE ? ESCAPE '\\' OR siren LIKE ? || '%' OR siret LIKE ? || '%')",
                    );
                    values.push(d.clone().into());
                    values.push(d.into());
                } else {
                    conditions.push("name LIKE ? ESCAPE '\\'");
                }
            }
            if let Some(cursor) = &query.cursor {
                let (portfolio, name, siren) = domain::decode_cursor(cursor)?;
                conditions.push("(portfolio, name, siren) > (?, ?, ?)");
                values.push(portfolio.into());
                values.push(name.into());
                values.push(siren.into());
            }
            let filter = if conditions.is_empty() {
                String::new()
            } else {
                format!("WHERE {}", conditions.join(" AND "))
            };
            values.push(limit.into());
            let mut stmt = conn.prepare_cached(&format!(
                "{CLIENT_SELECT} {filter} ORDER BY portfolio, name, siren LIMIT ?"
            ))?;
            let mut items = stmt
                .query_map(rusqlite::params_from_iter(values), client_from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let more = query.limit.is_some_and(|l| items.len() as u64 > l);
            if more {
                items.pop();
            }
            let next_cursor = if more {
                items.last().map(domain::encode_cursor)
            } else {
                None
            };
            Ok(ClientPage { items, next_cursor })
        })
    }

    fn client_add(
        &self,
        token: &Secret,
        id: &CompanyId,
        name: &str,
        portfolio: i64,
        dry_run: bool,
    ) -> Result<Client> {
        self.write(token, dry_run, |conn, actor| {
            actor.require_admin()?;
            let name = domain::validate_name("firm", name)?;
            existing_portfolio(conn, actor, portfolio)?;
            // R8: a company is in one portfolio at most.
            let existing: Option<i64> = conn
                .query_row(
                    "SELECT portfolio FROM clients WHERE siren = ?1",
                    [id.siren()],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(p) = existing {
                return Err(Error::conflict(msg::client_exists(&id.to_string(), p))
                    .hint(msg::hint_client_move(&id.to_string())));
            }
            let at = stamp(now());
            conn.execute(
                "INSERT INTO clients (siren, siret, name, portfolio, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id.siren(), id.siret(), name, portfolio, at],
            )?;
            audit(
                conn,
                actor,
                "client.add",
                &format!("client {}", id.digits()),
                &format!("portfolio {portfolio}: {name}"),
            )?;
            let client =
                find_client(conn, id)?.ok_or_else(|| Error::other(msg::internal_error()))?;
            notify(
                conn,
                actor,
                portfolio_subscriber_ids(conn, portfolio)?,
                || msg::notice_client(&actor.login, &client, msg::ClientChange::Added),
            )?;
            Ok(client)
        })
    }

    fn client_move(
        &self,
        token: &Secret,
        id: &CompanyId,
        to: i64,
        dry_run: bool,
    ) -> Result<ClientMoved> {
        self.write(token, dry_run, |conn, actor| {
            actor.require_admin()?;
            let before = client(conn, actor, id)?;
            existing_portfolio(conn, actor, to)?;
            if before.portfolio == to {
                return Err(Error::conflict(msg::client_already_in(&id.to_string(), to)));
            }
            conn.execute(
                "UPDATE clients SET portfolio = ?1 WHERE siren = ?2",
                params![to, before.siren],
            )?;
            audit(
                conn,
                actor,
                "client.move",
                &format!("client {}", id.digits()),
                &format!("portfolio {} -> {to}", before.portfolio),
            )?;
            let client = Client {
                portfolio: to,
                ..before.clone()
            };
            notify(
                conn,
                actor,
                portfolio_subscriber_ids(conn, before.portfolio)?,
                || {
                    msg::notice_client(
                        &actor.login,
                        &client,
                        msg::ClientChange::MovedOut(before.portfolio),
                    )
                },
            )?;
            notify(conn, actor, portfolio_subscriber_ids(conn, to)?, || {
                msg::notice_client(&actor.login, &client, msg::ClientChange::MovedIn)
            })?;
            Ok(ClientMoved {
                client,
                from: before.portfolio,
            })
        })
    }

    fn client_remove(&self, token: &Secret, id: &CompanyId, dry_run: bool) -> Result<Client> {
        self.write(token, dry_run, |conn, actor| {
            actor.require_admin()?;
            let removed = client(conn, actor, id)?;
            conn.execute("DELETE FROM clients WHERE siren = ?1", [&removed.siren])?;
            audit(
                conn,
                actor,
                "client.remove",
                &format!("client {}", id.digits()),
                &format!("portfolio {}: {}", removed.portfolio, removed.name),
            )?;
            notify(
                conn,
                actor,
                portfolio_subscriber_ids(conn, removed.portfolio)?,
                || msg::notice_client(&actor.login, &removed, msg::ClientChange::Removed),
            )?;
            Ok(removed)
        })
    }

    fn client_import(
        &self,
        token: &Secret,
        rows: Rows<ClientRow>,
        options: &ImportOptions,
        out: Outcomes,
    ) -> Result<ImportSummary> {
        self.import_clients(token, rows, options, out)
    }

    fn subscriber_import(
        &self,
        token: &Secret,
        rows: Rows<SubscriberRow>,
        options: &ImportOptions,
        out: Outcomes,
    ) -> Result<ImportSummary> {
        self.import_subscribers(token, rows, options, out)
    }

    fn settings_show(&self, token: &Secret) -> Result<SpaceInfo> {
        self.read(token, |conn, actor| {
            actor.require_admin()?;
            space_info(conn)
        })
    }

    fn settings_set(&self, token: &Secret, setting: Setting, dry_run: bool) -> Result<SpaceInfo> {
        self.write(token, dry_run, |conn, actor| {
            actor.require_admin()?;
            let before = space_info(conn)?;
            match setting {
                Setting::ThirdPartyRegistration(on) => {
                    if before.third_party_registration == on {
                        return Ok(before);
                    }
                    conn.execute(
                        "UPDATE space SET third_party_registration = ?1 WHERE id = 1",
                        [on],
                    )?;
                    audit(
                        conn,
                        actor,
                        "settings.set",
                        "third-party-registration",
                        if on { "on" } else { "off" },
                    )?;
                    notify(conn, actor, admin_ids(conn)?, || {
                        msg::notice_third_party(&actor.login, on)
                    })?;
                }
                Setting::Language(lang) => {
                    if before.language == lang {
                        return Ok(before);
                    }
                    conn.execute("UPDATE space SET language = ?1 WHERE id = 1", [lang.code()])?;
                    audit(conn, actor, "settings.set", "language", lang.code())?;
                    notify(conn, actor, admin_ids(conn)?, || {
                        msg::notice_setting(&actor.login, &msg::language_set(lang))
                    })?;
                }
                Setting::DigestMinutes(minutes) => {
                    let minutes = domain::validate_digest_minutes(minutes)?;
                    if before.digest_minutes == minutes {
                        return Ok(before);
                    }
                    conn.execute(
                        "UPDATE space SET digest_minutes = ?1 WHERE id = 1",
                        [minutes],
                    )?;
                    audit(
                        conn,
                        actor,
                        "settings.set",
                        "notification-digest",
                        &minutes.to_string(),
                    )?;
                    notify(conn, actor, admin_ids(conn)?, || {
                        msg::notice_setting(&actor.login, &msg::digest_set(minutes))
                    })?;
                }
                Setting::Smtp(url) => {
                    let url = url.as_deref().map(domain::validate_smtp_url).transpose()?;
                    conn.execute("UPDATE space SET smtp_url = ?1 WHERE id = 1", [&url])?;
                    audit(
                        conn,
                        actor,
                        "settings.set",
                        "smtp",
                        url.as_deref().unwrap_or("none"),
                    )?;
                }
                Setting::SmtpFrom(from) => {
                    let from = from.as_deref().map(domain::validate_sender).transpose()?;
                    conn.execute("UPDATE space SET smtp_from = ?1 WHERE id = 1", [&from])?;
                    audit(
                        conn,
                        actor,
                        "settings.set",
                        "smtp-from",
                        from.as_deref().unwrap_or("none"),
                    )?;
                }
            }
            space_info(conn)
        })
    }

    fn audit_list(&self, token: &Secret, limit: u64) -> Result<Vec<AuditEntry>> {
        self.read(token, |conn, actor| {
            actor.require_admin()?;
            let mut stmt = conn.prepare(
                "SELECT id, at, actor, action, target, detail FROM audit ORDER BY id DESC LIMIT ?1",
            )?;
            let rows = stmt
                .query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
                    Ok(AuditEntry {
                        id: r.get(0)?,
                        at: r.get(1)?,
                        actor: r.get(2)?,
                        action: r.get(3)?,
                        target: r.get(4)?,
                        detail: r.get(5)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
    }

    fn notification_list(&self, token: &Secret, limit: u64) -> Result<Vec<Notification>> {
        self.read(token, |conn, actor| {
            // Administrators see the whole outbox; anyone else, what was sent to them.
            let only = if actor.admin { None } else { Some(actor.id) };
            let mut stmt = conn.prepare(
                "SELECT o.id, o.created_at, u.login, o.email, o.subject,
                        CASE WHEN o.recipient_id = ?1 THEN o.body END, o.status, o.attempts,
                        o.last_error, o.items
                 FROM outbox o JOIN users u ON u.id = o.recipient_id
                 WHERE ?2 IS NULL OR o.recipient_id = ?2
                 ORDER BY o.id DESC LIMIT ?3",
            )?;
            let rows = stmt
                .query_map(
                    params![actor.id, only, i64::try_from(limit).unwrap_or(i64::MAX)],
                    |r| {
                        Ok(Notification {
                            id: r.get(0)?,
                            created_at: r.get(1)?,
                            recipient: r.get(2)?,
                            email: r.get(3)?,
                            subject: r.get(4)?,
                            // The code is only ever in the email itself.
                            body: r.get::<_, Option<String>>(5)?.map(|b| {
                                b.replace(CODE_SLOT_TEXT, &msg::activation_code_elsewhere(false))
                            }),
                            status: r.get(6)?,
                            attempts: r.get::<_, i64>(7)?.try_into().unwrap_or(0),
                            last_error: r.get(8)?,
                            changes: match r.get::<_, Option<String>>(9)? {
                                None => vec![r.get(4)?],
                                Some(items) => {
                                    serde_json::from_str::<Vec<(String, String)>>(&items)
                                        .unwrap_or_default()
                                        .into_iter()
                                        .map(|(subject, _)| subject)
                                        .collect()
                                }
                            },
                        })
                    },
                )?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
    }
}

fn locked(seconds: u64) -> Error {
    Error::new(ErrorKind::Locked, msg::login_locked(seconds))
        .hint(msg::hint_locked())
        .retry_after(seconds)
}

fn wrong_credentials() -> Error {
    Error::auth(msg::wrong_credentials()).hint(msg::hint_wrong_credentials())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activation_codes_are_grouped_and_normalised() {
        let code = new_activation_code().unwrap();
        assert_eq!(code.len(), 19);
        assert_eq!(
            normalize_code(&code.to_lowercase().replace('-', " ")),
            code.replace('-', "")
        );
    }

    #[test]
    fn dummy_hash_parses() {
        assert!(PasswordHash::new(DUMMY_HASH).is_ok());
    }

    #[test]
    fn error_kind_of_busy() {
        let e: Error = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        )
        .into();
        assert_eq!(e.kind, crate::error::ErrorKind::Other);
    }
}
