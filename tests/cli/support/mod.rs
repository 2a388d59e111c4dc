//! A hermetic environment per test: its own XDG folders, its own SQLite file, and
//! profiles with unique names so that keyring entries of parallel tests never meet.
//! Everything tests share is here: the space (on the file, or behind `serve`), the
//! people signed in to it, terminals, waiting, test data.

mod data;
mod pty;
mod register;
mod server;
mod wait;

pub use data::*;
pub use pty::*;
pub use register::*;
pub use server::*;
pub use wait::*;

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub const BIN: &str = env!("CARGO_BIN_EXE_urssaf-admin");
pub const ADMIN_PW: &str = "correct horse battery staple";
pub const BOB_PW: &str = "bob's long password";
pub const FIRM: &str = "Cabinet Dupont & Associés";
pub const FIRM_SIREN: &str = "732 829 320";

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Where the space lives: the SQLite file itself, or a real server on 127.0.0.1
/// serving that file. The same tests run on both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Local,
    Remote,
}

/// Runs each named `fn(Backend)` twice: `local::name` and `remote::name`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod local {
            $( #[test] fn $name() { super::$name($crate::support::Backend::Local) } )*
        }
        mod remote {
            $( #[test] fn $name() { super::$name($crate::support::Backend::Remote) } )*
        }
    };
}

pub struct Env {
    pub dir: TempDir,
    pub db: PathBuf,
    /// Prefix of this environment's profile names.
    tag: String,
    pub server: Option<Server>,
    /// The company register every command (and the server) is pointed at: by default a
    /// stand-in on 127.0.0.1 that knows no company, so that no test reaches the real one.
    pub register: String,
}

/// Who runs a command: a profile of the environment.
#[derive(Clone, Copy)]
pub struct As<'a> {
    env: &'a Env,
    profile: &'a str,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("data/urssaf-admin/space.db");
        let tag = format!(
            "t{}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .subsec_nanos()
        );
        Env {
            dir,
            db,
            tag,
            server: None,
            register: FakeRegister::shared().url.clone(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The command as run by nobody in particular (no profile chosen).
    pub fn bare(&self) -> Command {
        Command::from_std(self.bare_std())
    }

    pub fn bare_std(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(BIN);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("XDG_DATA_HOME", self.path().join("data"))
            .env("XDG_CACHE_HOME", self.path().join("cache"))
            .env("URSSAF_ADMIN_REGISTER_URL", &self.register)
            .env("TZ", "UTC");
        for var in ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"] {
            if let Some(v) = std::env::var_os(var) {
                cmd.env(var, v);
            }
        }
        cmd
    }

    pub fn user<'a>(&'a self, profile: &'a str) -> As<'a> {
        As { env: self, profile }
    }

    pub fn profile_name(&self, profile: &str) -> String {
        format!("{}-{profile}", self.tag)
    }

    /// `init` a space with `alice` as administrator, and sign her in.
    pub fn with_space() -> Env {
        Env::with_space_on(Backend::Local)
    }

    pub fn with_space_on(backend: Backend) -> Env {
        Env::new().with_space_in(backend)
    }

    /// A space whose company register is `register`. Behind a server, only the server
    /// is pointed at it: what the commands learn of the register, the server asked.
    pub fn with_register_on(backend: Backend, register: &FakeRegister) -> Env {
        Env::with_register_at(backend, &register.url)
    }

    pub fn with_register_at(backend: Backend, url: &str) -> Env {
        let mut env = Env::new();
        env.register = url.to_string();
        let mut env = env.with_space_in(backend);
        if backend == Backend::Remote {
            env.register = "http://127.0.0.1:9".to_string();
        }
        env
    }

    fn with_space_in(mut self, backend: Backend) -> Env {
        let env = &mut self;
        // As alice's profile: the session init opens is the one her login replaces.
        env.bare()
            .env("URSSAF_ADMIN_PROFILE", env.profile_name("alice"))
            .args([
                "init", "--siren", FIRM_SIREN, "--name", FIRM, "--admin", "alice",
            ])
            .args(["--email", "alice@cabinet.fr", "--full-name", "Alice Admin"])
            .arg("--password-stdin")
            .write_stdin(format!("{ADMIN_PW}\n"))
            .assert()
            .success();
        if backend == Backend::Remote {
            env.server = Some(Server::start(env, &[]));
        }
        env.admin().login("alice", ADMIN_PW);
        self
    }

    pub fn admin(&self) -> As<'_> {
        self.user("alice")
    }

    /// The server's address; the environment must have one.
    pub fn url(&self) -> String {
        self.server
            .as_ref()
            .expect("a space behind a server")
            .url
            .clone()
    }

    /// A read-only look at the database, for checks the CLI cannot make.
    pub fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open_with_flags(&self.db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open the test database")
    }

    /// A writable connection, to set up what no command can (an expired session...).
    pub fn rw(&self) -> rusqlite::Connection {
        let conn = rusqlite::Connection::open(&self.db).expect("open the test database");
        conn.busy_timeout(Duration::from_secs(10)).unwrap();
        conn
    }

    /// Everything in the main file and the journal emptied, for checks of the file itself.
    pub fn checkpoint(&self) {
        self.rw()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .unwrap();
    }

    /// SQLite's own check of the file: "ok" when sound.
    pub fn integrity(&self) -> String {
        self.sql()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap()
    }

    /// Tells when a process (a command, or the server) holds the space's write lock.
    pub fn write_lock_probe(&self) -> WriteLockProbe {
        WriteLockProbe::new(&self.db)
    }

    pub fn count(&self, table: &str) -> i64 {
        self.sql()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    /// Every row of every table, to prove that a failed command changed nothing.
    pub fn snapshot(&self) -> String {
        let conn = self.sql();
        let mut out = String::new();
        for table in [
            "space",
            "users",
            "activation_codes",
            "sessions",
            "portfolios",
            "subscriptions",
            "clients",
            "audit",
            "outbox",
            "import_runs",
        ] {
            let mut stmt = conn
                .prepare(&format!("SELECT * FROM {table} ORDER BY 1"))
                .unwrap();
            let n = stmt.column_count();
            let rows = stmt
                .query_map([], |r| {
                    (0..n)
                        .map(|i| {
                            r.get::<_, rusqlite::types::Value>(i)
                                .map(|v| format!("{v:?}"))
                        })
                        .collect::<rusqlite::Result<Vec<_>>>()
                })
                .unwrap();
            for row in rows {
                out.push_str(&format!("{table}: {}\n", row.unwrap().join(" | ")));
            }
        }
        out
    }

    /// Runs `f` and checks that the space is exactly as before.
    pub fn unchanged<T>(&self, f: impl FnOnce() -> T) -> T {
        let before = self.snapshot();
        let out = f();
        assert_eq!(
            before,
            self.snapshot(),
            "the failed command changed the space"
        );
        out
    }

    /// Adds a collaborator (with a new account) to a portfolio, and has them activate
    /// and sign in under the profile named like the login.
    pub fn onboard(&self, login: &str, portfolio: u32, password: &str) {
        let added = self.admin().json(&[
            "subscriber",
            "add",
            "--portfolio",
            &portfolio.to_string(),
            login,
            "--email",
            &format!("{login}@cabinet.fr"),
            "--name",
            &format!("Collaborator {login}"),
        ]);
        let code = added["activation_code"]
            .as_str()
            .expect("a code for a new account");
        let out = self.user(login).activate(login, code, password);
        succeeded(&out);
        self.user(login).login(login, password);
    }
}

impl<'a> As<'a> {
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = self.env.bare_std();
        cmd.env("URSSAF_ADMIN_PROFILE", self.env.profile_name(self.profile));
        match &self.env.server {
            Some(server) => cmd.env("URSSAF_ADMIN_API_URL", &server.url),
            None => cmd.env("URSSAF_ADMIN_DB", &self.env.db),
        };
        cmd
    }

    pub fn std_cmd_with(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = self.std_cmd();
        cmd.args(args);
        cmd
    }

    /// The command aimed at the server at `url`, whatever the environment says.
    pub fn std_cmd_at(&self, url: &str) -> std::process::Command {
        let mut cmd = self.std_cmd();
        cmd.env_remove("URSSAF_ADMIN_DB")
            .env("URSSAF_ADMIN_API_URL", url);
        cmd
    }

    /// The command run with `token`, whatever the profile keeps.
    pub fn with_token(&self, token: &str) -> Command {
        let mut cmd = self.cmd();
        cmd.env("URSSAF_ADMIN_TOKEN", token);
        cmd
    }

    /// The command on a terminal of its own.
    pub fn pty(&self, args: &[&str]) -> rexpect::session::PtySession {
        pty(self.std_cmd_with(args))
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run urssaf-admin")
    }

    /// Succeeds; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed ({:?}):\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        let text = self.ok(&all);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}):\n{text}"))
    }

    /// Fails with `code`; returns stderr, after checking it is a short error with a hint.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        expect_failure(&out, args, code)
    }

    /// The session token the profile keeps (`auth token`).
    pub fn token(&self) -> String {
        self.ok(&["auth", "token"]).trim().to_string()
    }

    /// `activate` with the code on the command line and the password on stdin.
    pub fn activate(&self, user: &str, code: &str, password: &str) -> Output {
        self.cmd()
            .args([
                "activate",
                "--user",
                user,
                "--code",
                code,
                "--password-stdin",
            ])
            .write_stdin(format!("{password}\n"))
            .output()
            .expect("run urssaf-admin")
    }

    pub fn login(&self, user: &str, password: &str) {
        self.cmd()
            .args(["login", "--user", user, "--password-stdin"])
            .write_stdin(format!("{password}\n"))
            .assert()
            .success();
    }
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Exit 0; returns stderr.
pub fn succeeded(out: &Output) -> String {
    let err = stderr(out);
    assert!(out.status.success(), "exit {:?}:\n{err}", out.status.code());
    err
}

pub fn expect_failure(out: &Output, args: &[&str], code: i32) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(
        out.status.code(),
        Some(code),
        "{args:?}: expected exit {code}; stderr:\n{stderr}\nstdout:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(!stderr.contains("panicked"), "{args:?} panicked:\n{stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "{args:?}:\n{stderr}");
    if code != 2 {
        let first = stderr.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("error: "),
            "{args:?}: first line is not an error:\n{stderr}"
        );
        assert!(
            stderr.lines().count() <= 2,
            "{args:?}: more than error + hint:\n{stderr}"
        );
    }
    stderr
}

/// French as the catalogue writes it: a no-break space before `:` and inside « »,
/// a narrow one before `;`, `?` and `!`, so that a line never starts with them.
pub fn fr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|p| chars[p]);
        match (prev, c, next) {
            (_, ' ', Some(':')) => out.push('\u{a0}'),
            (_, ' ', Some(';' | '?' | '!')) => out.push('\u{202f}'),
            (_, ' ', Some('»')) | (Some('«'), ' ', _) => out.push('\u{a0}'),
            _ => out.push(c),
        }
    }
    out
}
