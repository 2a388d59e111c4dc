//! Sessions (R1): opened by `login`, listed by `auth status`, ended by `logout` one, all
//! of a person's, or (administrators) all of someone else's. A token is kept only as its
//! hash; an ended session's token fails on its next call, here and on a server.

use super::*;
use crate::error::Next;
use crate::space::local::auth::random_bytes;

/// How stale `last_used_at` may get before a call writes it again: reads stay reads.
const TOUCH_EVERY_SECS: i64 = 60;

pub(super) fn open(conn: &Connection, user_id: i64, source: &str, at: Timestamp) -> Result<String> {
    let token = format!(
        "uat_{}",
        data_encoding::BASE32_NOPAD
            .encode(&random_bytes::<32>()?)
            .to_ascii_lowercase()
    );
    let expires = at + SignedDuration::from_hours(SESSION_HOURS);
    conn.execute("DELETE FROM sessions WHERE expires_at <= ?1", [stamp(at)])?;
    conn.execute(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_used_at, source)
         VALUES (?1, ?2, ?3, ?4, ?3, ?5)",
        params![
            sha256_hex(&token),
            user_id,
            stamp(at),
            stamp(expires),
            source
        ],
    )?;
    Ok(token)
}

/// The session of a token, and whether its `last_used_at` is due to be written.
pub(super) fn touch_due(conn: &Connection, token: &Secret) -> Result<Option<i64>> {
    let due = stamp(now() - SignedDuration::from_secs(TOUCH_EVERY_SECS));
    Ok(conn
        .prepare_cached("SELECT id FROM sessions WHERE token_hash = ?1 AND last_used_at < ?2")?
        .query_row(params![sha256_hex(token.expose_secret()), due], |r| {
            r.get(0)
        })
        .optional()?)
}

pub(super) fn ends(conn: &Connection, token: &Secret) -> Result<Option<Timestamp>> {
    let ends: Option<String> = conn
        .prepare_cached("SELECT expires_at FROM sessions WHERE token_hash = ?1")?
        .query_row([sha256_hex(token.expose_secret())], |r| r.get(0))
        .optional()?;
    Ok(ends.and_then(|e| e.parse().ok()))
}

pub(super) fn touch(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("UPDATE sessions SET last_used_at = ?1 WHERE id = ?2")?
        .execute(params![stamp(now()), id])?;
    Ok(())
}

pub(super) fn list(conn: &Connection, actor: &Actor, token: &Secret) -> Result<Vec<SessionInfo>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, created_at, last_used_at, expires_at, source, token_hash = ?3
           FROM sessions WHERE user_id = ?1 AND expires_at > ?2 ORDER BY id",
    )?;
    let rows = stmt
        .query_map(
            params![actor.id, stamp(now()), sha256_hex(token.expose_secret())],
            |r| {
                Ok(SessionInfo {
                    id: r.get(0)?,
                    created_at: r.get(1)?,
                    last_used_at: r.get(2)?,
                    expires_at: r.get(3)?,
                    source: r.get(4)?,
                    current: r.get(5)?,
                })
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Ends the caller's own sessions; how many ended.
pub(super) fn end_own(tx: &Tx, token: &Secret, which: &SessionEnd) -> Result<u64> {
    let actor = &tx.actor;
    let ended = match which {
        SessionEnd::Current => tx.execute(
            "DELETE FROM sessions WHERE token_hash = ?1",
            [sha256_hex(token.expose_secret())],
        )?,
        SessionEnd::All => tx.execute("DELETE FROM sessions WHERE user_id = ?1", [actor.id])?,
        SessionEnd::One(id) => {
            let n = tx.execute(
                "DELETE FROM sessions WHERE id = ?1 AND user_id = ?2",
                params![id, actor.id],
            )?;
            if n == 0 {
                return Err(Error::not_found(msg::session_not_found(*id)).next(Next::ListSessions));
            }
            n
        }
        // Someone else's sessions are ended by `end_user`, for administrators only.
        SessionEnd::User(_) => {
            return Err(
                Error::permission(msg::admin_only(&actor.login)).hint(msg::hint_ask_admin())
            );
        }
    };
    let detail = match which {
        SessionEnd::Current => String::new(),
        SessionEnd::All | SessionEnd::User(_) => format!("{ended} sessions"),
        SessionEnd::One(id) => format!("session {id}"),
    };
    tx.audit(
        Action::SessionLogout,
        Target::User(actor.login.clone()),
        &detail,
    )?;
    Ok(u64::try_from(ended).unwrap_or(0))
}

/// Ends every session of someone else (an administrator's doing).
pub(super) fn end_user(tx: &AdminTx, login: &str) -> Result<u64> {
    let (id, _) = users::user(tx, login)?;
    let ended = tx.execute("DELETE FROM sessions WHERE user_id = ?1", [id])?;
    tx.audit(
        Action::SessionLogout,
        Target::User(login.to_string()),
        &format!("{ended} sessions"),
    )?;
    Ok(u64::try_from(ended).unwrap_or(0))
}
