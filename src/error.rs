//! One error type for the whole tool: a kind (which fixes the exit code), a message a
//! person understands, and an optional hint saying what to do next.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::messages as msg;

/// The documented exit codes. Keep in sync with `help exit-codes` and the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// 1: anything not covered below.
    Other,
    /// 2: bad usage, including a confirmation that needs `--yes` without a terminal.
    Usage,
    /// 3: the user answered no at a prompt.
    Cancelled,
    /// 4: not signed in, session expired, or wrong credentials.
    Auth,
    /// 5: permission denied (R2, R7).
    Permission,
    /// 6: not found.
    NotFound,
    /// 7: conflict (duplicate, last administrator).
    Conflict,
    /// 8: invalid input (checksum, malformed email, ...).
    Invalid,
    /// 9: a bulk run that finished with failures.
    Partial,
    /// 10: server unreachable (or the company register).
    Unreachable,
    /// 11: `clients verify` found clients to look at.
    Findings,
    /// 1 (HTTP 429): too many wrong passwords; wait `retry_after` seconds.
    Locked,
    /// 1 (HTTP 500): the database file is damaged; nothing is written to it any more.
    Damaged,
}

impl ErrorKind {
    pub const ALL: [ErrorKind; 13] = [
        ErrorKind::Other,
        ErrorKind::Usage,
        ErrorKind::Cancelled,
        ErrorKind::Auth,
        ErrorKind::Permission,
        ErrorKind::NotFound,
        ErrorKind::Conflict,
        ErrorKind::Invalid,
        ErrorKind::Partial,
        ErrorKind::Unreachable,
        ErrorKind::Findings,
        ErrorKind::Locked,
        ErrorKind::Damaged,
    ];

    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Other => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Cancelled => 3,
            ErrorKind::Auth => 4,
            ErrorKind::Permission => 5,
            ErrorKind::NotFound => 6,
            ErrorKind::Conflict => 7,
            ErrorKind::Invalid => 8,
            ErrorKind::Partial => 9,
            ErrorKind::Unreachable => 10,
            ErrorKind::Findings => 11,
            ErrorKind::Locked => 1,
            ErrorKind::Damaged => 1,
        }
    }
}

/// What the person could do next, as a fact rather than a sentence: storage and the
/// domain say which, the terminal words it with its commands and flags
/// (`ui::hints::say`), and an API client gets this code, which names no flag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "do", rename_all = "snake_case")]
pub enum Next {
    SignIn,
    /// The login or password was wrong, or the account is not activated yet.
    CheckCredentials,
    /// Wait for the lock to end; the audit shows the attempts.
    WaitForLock,
    ListSessions,
    ListPortfolios,
    ListSubscribers {
        portfolio: i64,
    },
    SearchClients,
    MoveClient {
        id: String,
    },
    /// A collaborator needs an account (a subscription) before anything else.
    SubscribeFirst,
    /// Name another administrator before this one goes (R3).
    AddAdminFirst,
    ListAdmins,
    /// Who has an account: the subscribers and the administrators.
    ListPeople,
    /// The change asked for is the state already: nothing to do.
    AlreadyDone,
    /// A page cursor that is not one: list again from the first page.
    StartOver,
    /// An import run's name that cannot be used: another, or one chosen for you.
    NewRun,
    /// A new collaborator needs an email address (and a name).
    GiveEmail,
    /// A modification needs something to modify.
    SayWhatToModify,
    /// An account keeps its email: leave it out, or change it on purpose.
    KeepEmail,
    /// No space there: create one, or point at an existing one.
    CreateSpace,
    /// A space exists there already: sign in to it, or choose another file.
    UseOtherFile,
    /// The database is damaged: check it, restore the last backup.
    CheckDatabase,
    /// The company register cannot give the client's name: type it.
    GiveName,
    /// The register says the company ceased trading: add it only on purpose.
    AllowCeased,
    /// The register says this SIREN is a duplicate: use the one it keeps.
    UseSiren {
        siren: String,
    },
    /// The company register did not answer: later, or without it where it can.
    RegisterLater,
    /// Only an administrator can undo this (a disabled account).
    AskAdmin,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    /// Advice already in words, naming no command or flag of any interface.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<Next>,
    /// Seconds to wait before trying again (locked logins).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            next: None,
            retry_after: None,
        }
    }

    /// What to do next, worded where the error is shown.
    pub fn next(mut self, next: Next) -> Self {
        self.next = Some(next);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn retry_after(mut self, seconds: u64) -> Self {
        self.retry_after = Some(seconds);
        self
    }

    pub fn other(m: impl Into<String>) -> Self {
        Self::new(ErrorKind::Other, m)
    }
    pub fn usage(m: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, m)
    }
    pub fn auth(m: impl Into<String>) -> Self {
        Self::new(ErrorKind::Auth, m)
    }
    pub fn permission(m: impl Into<String>) -> Self {
        Self::new(ErrorKind::Permission, m)
    }
    pub fn not_found(m: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, m)
    }
    pub fn conflict(m: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, m)
    }
    pub fn invalid(m: impl Into<String>) -> Self {
        Self::new(ErrorKind::Invalid, m)
    }

    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                Error::other(msg::db_busy()).hint(msg::hint_retry())
            }
            Some(ErrorCode::ReadOnly) => {
                Error::other(msg::db_read_only()).hint(msg::hint_db_read_only())
            }
            Some(ErrorCode::NotADatabase) => {
                Error::invalid(msg::db_not_a_database()).hint(msg::hint_check_db_path())
            }
            Some(ErrorCode::DatabaseCorrupt) => {
                Error::new(ErrorKind::Damaged, msg::db_malformed()).next(Next::CheckDatabase)
            }
            Some(ErrorCode::DiskFull) => {
                Error::other(msg::db_disk_full()).hint(msg::hint_disk_full())
            }
            Some(ErrorCode::CannotOpen) => {
                Error::other(msg::db_cannot_open()).hint(msg::hint_check_db_path())
            }
            _ => Error::other(msg::db_error(&e.to_string())),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::other(crate::messages::reason(&e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Disk full, a damaged file, a read-only one: each says what to do, like every error.
    #[test]
    fn storage_failures_come_with_a_hint() {
        use rusqlite::ffi;
        for code in [
            ffi::SQLITE_FULL,
            ffi::SQLITE_CORRUPT,
            ffi::SQLITE_READONLY,
            ffi::SQLITE_BUSY,
            ffi::SQLITE_NOTADB,
            ffi::SQLITE_CANTOPEN,
        ] {
            let e: Error = rusqlite::Error::SqliteFailure(ffi::Error::new(code), None).into();
            assert!(e.hint.is_some() || e.next.is_some(), "{code}: {e:?}");
        }
        let damaged: Error =
            rusqlite::Error::SqliteFailure(ffi::Error::new(ffi::SQLITE_CORRUPT), None).into();
        assert_eq!(damaged.kind, ErrorKind::Damaged);
    }

    #[test]
    fn every_exit_code_is_documented_in_help() {
        for kind in ErrorKind::ALL {
            let code = kind.exit_code().to_string();
            assert!(
                crate::cli::EXIT_CODES
                    .lines()
                    .any(|l| l.split_whitespace().next() == Some(code.as_str())),
                "exit code {code} ({kind:?}) is not in the help text"
            );
        }
    }
}
