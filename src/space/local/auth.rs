//! Signing in (R1) and activating an account (R6): passwords and activation codes are
//! kept only as hashes, and wrong attempts are throttled.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};

use super::*;
use crate::error::Next;
use crate::space::local::users::find_user;

impl LocalSpace {
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
        self.write_anonymous(|conn, _| {
            let at = now();
            if let Some(wait) = throttle::wait(conn, throttle::Kind::Login, key, &source, at)? {
                return Ok(Err(locked(wait)));
            }
            let found: Option<(i64, Option<String>, bool)> = if key == login && !huge {
                conn.prepare_cached(
                    "SELECT id, password_hash, disabled_at IS NOT NULL FROM users WHERE login = ?1",
                )?
                .query_row([login], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()?
            } else {
                None
            };
            let id = match found {
                Some((id, Some(hash), disabled)) if password_matches(&hash, password) => {
                    // Said only to whoever knows the password: a guess learns nothing.
                    if disabled {
                        throttle::success(conn, throttle::Kind::Login, login, &source)?;
                        return Ok(Err(
                            Error::auth(msg::account_disabled(login)).next(Next::AskAdmin)
                        ));
                    }
                    id
                }
                other => {
                    // As long as a real comparison, so that timing tells nothing either.
                    if !huge && !matches!(other, Some((_, Some(_), _))) {
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
            conn.prepare_cached("UPDATE users SET last_sign_in_at = ?1 WHERE id = ?2")?
                .execute(params![stamp(at), id])?;
            audit_at(
                conn,
                &stamp(now()),
                login,
                Action::SessionLogin,
                &Target::User(login.to_string()),
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
        self.write_anonymous(|conn, notes| {
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
            let tx = Tx::new(conn, actor, false, notes);
            tx.audit(Action::UserActivate, Target::User(login.to_string()), "")?;
            tx.notify(admin_ids(conn)?, || msg::notice_activated(&user))?;
            Ok(Ok(User {
                status: UserStatus::Active,
                ..user
            }))
        })?
    }
}

pub(super) fn random_bytes<const N: usize>() -> Result<[u8; N]> {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf).map_err(|e| Error::other(e.to_string()))?;
    Ok(buf)
}

pub(super) fn hash_password(password: &Secret) -> Result<String> {
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

/// Who a code goes to: the administrator who made the account (shown once, on their
/// screen) or the newcomer's email (made when the message is sent). Only hashes are kept.
#[derive(Clone, Copy)]
pub(super) enum Channel {
    Handed,
    Mail,
}

/// A code issued: the code itself is `None` on a dry run, which never hands one out.
pub(super) struct Issued {
    pub code: Option<String>,
    pub expires: String,
}

/// A new one-time activation code for a pending account (R6), replacing the other one of
/// its channel.
pub(super) fn issue_code(tx: &Tx, user_id: i64, channel: Channel) -> Result<Issued> {
    let (code, expires) = issue(tx, user_id, channel)?;
    Ok(Issued {
        code: (!tx.dry_run).then_some(code),
        expires,
    })
}

/// The code a welcome email carries, made as it is sent.
pub(super) fn mail_code(conn: &Connection, user_id: i64) -> Result<(String, String)> {
    issue(conn, user_id, Channel::Mail)
}

fn issue(conn: &Connection, user_id: i64, channel: Channel) -> Result<(String, String)> {
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

pub(super) fn locked(seconds: u64) -> Error {
    Error::new(ErrorKind::Locked, msg::login_locked(seconds))
        .next(Next::WaitForLock)
        .retry_after(seconds)
}

fn wrong_credentials() -> Error {
    Error::auth(msg::wrong_credentials()).next(Next::CheckCredentials)
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
