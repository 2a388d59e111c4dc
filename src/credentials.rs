//! Where the session token is kept: the OS keyring (Secret Service) by default, a 0600
//! file only when asked, or the URSSAF_ADMIN_TOKEN variable for CI.

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use crate::config::{APP, write_private};
use crate::error::{Error, Result};
use crate::messages as msg;
use crate::secret::{ExposeSecret, Secret, secret};

/// A keyring that does not answer must not hang the command.
const KEYRING_TIMEOUT: Duration = Duration::from_secs(10);

/// Milliseconds to wait instead, when a shell is waiting for completions.
static QUICK: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Completion waits on the keyring for `limit` at most: past that (a locked keyring
/// asking to be unlocked, a bus that does not answer) it offers nothing.
pub fn keyring_timeout_for_completion(limit: Duration) {
    QUICK.store(
        u64::try_from(limit.as_millis()).unwrap_or(u64::MAX),
        std::sync::atomic::Ordering::Relaxed,
    );
}

fn timeout() -> Duration {
    match QUICK.load(std::sync::atomic::Ordering::Relaxed) {
        0 => KEYRING_TIMEOUT,
        ms => Duration::from_millis(ms),
    }
}

fn with_timeout<T: Send + 'static>(
    f: impl FnOnce() -> keyring::Result<T> + Send + 'static,
) -> Result<T> {
    started(f).answer()
}

/// A keyring call under way on its own thread.
pub struct Pending<T = Option<Secret>> {
    rx: mpsc::Receiver<keyring::Result<T>>,
    since: std::time::Instant,
}

fn started<T: Send + 'static>(
    f: impl FnOnce() -> keyring::Result<T> + Send + 'static,
) -> Pending<T> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    Pending {
        rx,
        since: std::time::Instant::now(),
    }
}

impl<T> Pending<T> {
    /// Its answer, or a timeout counted from when it started.
    pub fn answer(self) -> Result<T> {
        let left = timeout().saturating_sub(self.since.elapsed());
        match self.rx.recv_timeout(left) {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(keyring_error(&e)),
            Err(_) => {
                Err(Error::other(msg::keyring_timeout(timeout().as_secs()))
                    .hint(msg::hint_keyring()))
            }
        }
    }
}

/// The keyring's failure in plain words, with its own text after them.
fn keyring_error(e: &keyring::Error) -> Error {
    use keyring::Error as K;
    let message = match e {
        // The store could not be opened at all: no D-Bus session, or no Secret Service
        // on it. Why is kept by the library, not in this error.
        K::NoDefaultStore => match keyring::Entry::store_status() {
            Err(K::PlatformFailure(why) | K::NoStorageAccess(why)) => msg::keyring_not_running(why),
            Err(why) => msg::keyring_not_running(why),
            Ok(()) => msg::keyring_not_running(e),
        },
        // The Secret Service says locked, or its unlock prompt was dismissed.
        K::NoStorageAccess(why) => msg::keyring_locked(why),
        K::PlatformFailure(why) => msg::keyring_refused(why),
        other => msg::keyring_failed(other),
    };
    Error::other(message).hint(msg::hint_keyring())
}

pub fn keyring_get(profile: &str) -> Result<Option<Secret>> {
    keyring_ask(profile).answer()
}

#[cfg(all(unix, not(target_os = "macos")))]
mod bus;

/// Words after which no token is read: the version, help, and the commands that sign in
/// or serve. Any of them anywhere on the line is enough to open nothing early; a wrong
/// guess costs a read never used, or one made later.
const NO_TOKEN_READ: [&str; 10] = [
    "--version",
    "-V",
    "--help",
    "-h",
    "help",
    "completions",
    "init",
    "login",
    "activate",
    "serve",
];

/// Starts reading the token from the Secret Service on its own thread as the program
/// starts, for a command that may read it from the keyring (none in URSSAF_ADMIN_TOKEN):
/// the read runs while the command line, the configuration and the space are read
/// rather than after.
pub fn read_token_early(args: &[std::ffi::OsString]) {
    if std::env::var_os("URSSAF_ADMIN_TOKEN").is_some()
        || args
            .iter()
            .skip(1)
            .any(|a| NO_TOKEN_READ.iter().any(|w| a == *w))
    {
        return;
    }
    #[cfg(all(unix, not(target_os = "macos")))]
    bus::start(args);
}

/// Before the program ends: an early read still asking the Secret Service is let finish
/// (a quarter of a second at most), rather than leaving with a request half answered.
/// gnome-keyring 42 aborts, taking every keyring of the session down, when it handles
/// a request from a client it holds no record of (an upstream bug); a client gone
/// mid-request is one, and a command that fails before it needs its token left just
/// then.
pub fn settle() {
    #[cfg(all(unix, not(target_os = "macos")))]
    let _ = bus::settle();
}

/// `keyring_get`, started: its answer is [`Pending::answer`].
pub fn keyring_ask(profile: &str) -> Pending {
    let profile = profile.to_string();
    started(move || {
        #[cfg(all(unix, not(target_os = "macos")))]
        if let Some(token) = bus::unlocked_token(&profile) {
            return Ok(Some(token));
        }
        let entry = keyring::Entry::new(APP, &profile)?;
        match entry.get_password() {
            Ok(p) => Ok(Some(secret(p))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e),
        }
    })
}

pub fn keyring_set(profile: &str, token: &Secret) -> Result<()> {
    let profile = profile.to_string();
    let token = token.expose_secret().to_string();
    with_timeout(move || keyring::Entry::new(APP, &profile)?.set_password(&token))
}

pub fn keyring_delete(profile: &str) -> Result<()> {
    let profile = profile.to_string();
    with_timeout(
        move || match keyring::Entry::new(APP, &profile)?.delete_credential() {
            Err(keyring::Error::NoEntry) => Ok(()),
            other => other,
        },
    )
}

pub fn file_get(path: &Path) -> Result<Option<Secret>> {
    match std::fs::read_to_string(path) {
        Ok(t) if !t.trim().is_empty() => Ok(Some(secret(t.trim()))),
        Ok(_) => Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::other(msg::credential_file_unreadable(
            path,
            &msg::reason(&e),
        ))),
    }
}

pub fn file_set(path: &Path, token: &Secret) -> Result<()> {
    write_private(path, token.expose_secret().as_bytes())
}

pub fn file_delete(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::other(
            msg::credential_file_unreadable(path, &msg::reason(&e)),
        )),
        _ => Ok(()),
    }
}
