//! Wrong passwords and activation codes, counted per login *and per source*: five in a row
//! lock that login from that source only, so that an attacker locks out themself and not
//! the owner signing in from elsewhere; many from one source, whatever the logins, lock
//! the source. What is kept is bounded: a login is stored only when it has the shape of
//! one, and the table never holds more than `THROTTLE_ROWS` rows.

use super::*;

/// Stands for every login of a source (its count across logins), and for a login that
/// cannot exist (too long, or characters no login has): such input is never stored.
const ANY: &str = "*";

#[derive(Clone, Copy)]
pub(super) enum Kind {
    Login,
    Activate,
}

impl Kind {
    fn code(self) -> &'static str {
        match self {
            Kind::Login => "login",
            Kind::Activate => "activate",
        }
    }
}

/// The login as the throttle keeps it: itself when it could be a login, else `ANY`.
pub(super) fn key(login: &str) -> &str {
    if domain::validate_login(login).is_ok() {
        login
    } else {
        ANY
    }
}

/// A source as stored and shown: printable, and short.
pub(super) fn source(s: &str) -> String {
    let s: String = s.chars().filter(|c| !c.is_control()).take(64).collect();
    if s.is_empty() { "local".to_string() } else { s }
}

/// Seconds to wait, when this login or this whole source is locked.
pub(super) fn wait(
    conn: &Connection,
    kind: Kind,
    login: &str,
    source: &str,
    at: Timestamp,
) -> Result<Option<u64>> {
    let until: Option<String> = conn
        .prepare_cached(
            "SELECT max(locked_until) FROM throttle
              WHERE kind = ?1 AND source = ?3 AND login IN (?2, '*')",
        )?
        .query_row(params![kind.code(), login, source], |r| r.get(0))?;
    Ok(until
        .and_then(|u| u.parse::<Timestamp>().ok())
        .filter(|u| *u > at)
        .map(|u| u.duration_since(at).as_secs().unsigned_abs().max(1)))
}

/// Counts a failure; the error to answer with (locked once the count is reached).
pub(super) fn failure(
    conn: &Connection,
    kind: Kind,
    login: &str,
    source: &str,
    at: Timestamp,
    wrong: Error,
) -> Result<Error> {
    let now_s = stamp(at);
    // A count older than the lockout window starts again.
    let window = stamp(at - SignedDuration::from_mins(domain::LOCKOUT_MINUTES));
    let mut bump = conn.prepare_cached(
        "INSERT INTO throttle (kind, login, source, failures, updated_at)
         VALUES (?1, ?2, ?3, 1, ?4)
         ON CONFLICT (kind, login, source) DO UPDATE SET
           failures = CASE WHEN updated_at < ?5 AND login = '*' THEN 1 ELSE failures + 1 END,
           updated_at = excluded.updated_at
         RETURNING failures",
    )?;
    let mut lock = conn.prepare_cached(
        "UPDATE throttle SET failures = 0, locked_until = ?4
          WHERE kind = ?1 AND login = ?2 AND source = ?3",
    )?;
    let until = stamp(at + SignedDuration::from_mins(domain::LOCKOUT_MINUTES));
    let mut locked_now = false;
    if login != ANY {
        let n: i64 = bump.query_row(params![kind.code(), login, source, now_s, window], |r| {
            r.get(0)
        })?;
        if n >= i64::from(domain::LOCKOUT_FAILURES) {
            lock.execute(params![kind.code(), login, source, until])?;
            audit_at(
                conn,
                &now_s,
                login,
                Action::SessionLocked,
                &Target::User(login.to_string()),
                source,
            )?;
            locked_now = true;
        }
    }
    let n: i64 = bump.query_row(params![kind.code(), ANY, source, now_s, window], |r| {
        r.get(0)
    })?;
    if n >= i64::from(domain::SOURCE_FAILURES) {
        lock.execute(params![kind.code(), ANY, source, until])?;
        locked_now = true;
    }
    prune(conn, at)?;
    if locked_now {
        return Ok(super::auth::locked(
            u64::try_from(domain::LOCKOUT_MINUTES * 60).unwrap_or(u64::MAX),
        ));
    }
    Ok(wrong)
}

/// A success clears the count of this login from this source.
pub(super) fn success(conn: &Connection, kind: Kind, login: &str, source: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM throttle WHERE kind = ?1 AND login = ?2 AND source = ?3")?
        .execute(params![kind.code(), login, source])?;
    Ok(())
}

/// Bounded in total: what is a day old and not locked goes, then the oldest past the cap.
fn prune(conn: &Connection, at: Timestamp) -> Result<()> {
    let rows: i64 = conn
        .prepare_cached("SELECT count(*) FROM throttle")?
        .query_row([], |r| r.get(0))?;
    if rows <= domain::THROTTLE_ROWS {
        return Ok(());
    }
    let now_s = stamp(at);
    conn.prepare_cached(
        "DELETE FROM throttle WHERE updated_at < ?1
           AND (locked_until IS NULL OR locked_until < ?2)",
    )?
    .execute(params![stamp(at - SignedDuration::from_hours(24)), now_s])?;
    conn.prepare_cached(
        "DELETE FROM throttle WHERE (kind, login, source) IN
           (SELECT kind, login, source FROM throttle ORDER BY updated_at
             LIMIT max(0, (SELECT count(*) FROM throttle) - ?1))",
    )?
    .execute([domain::THROTTLE_ROWS])?;
    Ok(())
}
