//! Accounts and administrators (R3).

use super::*;
use crate::error::Next;

const USER_COLUMNS: &str =
    "id, login, name, email, admin, password_hash IS NOT NULL, disabled_at IS NOT NULL";

fn user_from_row(r: &Row) -> rusqlite::Result<(i64, User)> {
    let active: bool = r.get(5)?;
    let disabled: bool = r.get(6)?;
    Ok((
        r.get(0)?,
        User {
            login: r.get(1)?,
            name: r.get(2)?,
            email: r.get(3)?,
            admin: r.get(4)?,
            status: if disabled {
                UserStatus::Disabled
            } else if active {
                UserStatus::Active
            } else {
                UserStatus::Pending
            },
        },
    ))
}

pub(super) fn find_user(conn: &Connection, login: &str) -> Result<Option<(i64, User)>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {USER_COLUMNS} FROM users WHERE login = ?1"
        ))?
        .query_row([login], user_from_row)
        .optional()?)
}

pub(super) fn user(conn: &Connection, login: &str) -> Result<(i64, User)> {
    find_user(conn, login)?
        .ok_or_else(|| Error::not_found(msg::user_not_found(login)).next(Next::ListPeople))
}

pub(super) fn admin_list(tx: &AdminTx) -> Result<Vec<User>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE admin = 1 ORDER BY login"
    ))?;
    let rows = stmt
        .query_map([], user_from_row)?
        .map(|r| r.map(|(_, u)| u))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub(super) fn admin_add(tx: &AdminTx, login: &str) -> Result<User> {
    domain::validate_login(login)?;
    let (id, u) = find_user(tx, login)?
        .ok_or_else(|| Error::not_found(msg::user_not_found(login)).next(Next::SubscribeFirst))?;
    if u.admin {
        return Err(Error::conflict(msg::already_admin(login)).next(Next::ListAdmins));
    }
    tx.execute("UPDATE users SET admin = 1 WHERE id = ?1", [id])?;
    tx.audit(Action::AdminAdd, Target::User(login.to_string()), "")?;
    let mut concerned = admin_ids(tx)?;
    concerned.push(id);
    tx.notify(concerned, || {
        msg::notice_admin(&tx.actor.login, login, true)
    })?;
    Ok(User { admin: true, ..u })
}

pub(super) fn admin_remove(tx: &AdminTx, login: &str) -> Result<User> {
    let (id, u) = user(tx, login)?;
    if !u.admin {
        return Err(Error::not_found(msg::not_an_admin(login)).next(Next::ListAdmins));
    }
    last_admin_check(tx, id, login)?;
    let concerned = admin_ids(tx)?;
    tx.execute("UPDATE users SET admin = 0 WHERE id = ?1", [id])?;
    tx.audit(Action::AdminRemove, Target::User(login.to_string()), "")?;
    tx.notify(concerned, || {
        msg::notice_admin(&tx.actor.login, login, false)
    })?;
    Ok(User { admin: false, ..u })
}

/// R3, the one place: the space keeps at least one administrator who can sign in (one
/// still waiting to activate, or disabled, does not count) besides the account `id`.
pub(super) fn last_admin_check(tx: &AdminTx, id: i64, login: &str) -> Result<()> {
    let others: i64 = tx.query_row(
        "SELECT count(*) FROM users
         WHERE admin = 1 AND password_hash IS NOT NULL AND disabled_at IS NULL AND id <> ?1",
        [id],
        |r| r.get(0),
    )?;
    if others == 0 {
        // `admin list` shows those still waiting to activate: say why they do not count.
        let waiting: i64 = tx.query_row(
            "SELECT count(*) FROM users
             WHERE admin = 1 AND password_hash IS NULL AND id <> ?1",
            [id],
            |r| r.get(0),
        )?;
        return Err(
            Error::conflict(msg::last_admin(login, waiting.unsigned_abs()))
                .next(Next::AddAdminFirst),
        );
    }
    Ok(())
}

/// Offboarding: the person is signed out at once and can no longer sign in, their
/// subscriptions are suspended; nothing is deleted. R3 for an administrator.
pub(super) fn disable(tx: &AdminTx, login: &str) -> Result<User> {
    let (id, u) = user(tx, login)?;
    if u.status == UserStatus::Disabled {
        return Err(Error::conflict(msg::user_already_disabled(login)).next(Next::AlreadyDone));
    }
    if u.admin {
        last_admin_check(tx, id, login)?;
    }
    let at = stamp(now());
    tx.execute(
        "UPDATE users SET disabled_at = ?1 WHERE id = ?2",
        params![at, id],
    )?;
    let ended = tx.execute("DELETE FROM sessions WHERE user_id = ?1", [id])?;
    let suspended = tx.execute(
        "UPDATE subscriptions SET suspended = 1, suspended_by_disable = 1
          WHERE user_id = ?1 AND suspended = 0",
        [id],
    )?;
    tx.audit(
        Action::UserDisable,
        Target::User(login.to_string()),
        &format!("{ended} sessions ended, {suspended} subscriptions suspended"),
    )?;
    tx.notify(concerned_by(tx, id)?, || {
        msg::notice_user_disabled(&tx.actor.login, login, true)
    })?;
    Ok(User {
        status: UserStatus::Disabled,
        ..u
    })
}

pub(super) fn enable(tx: &AdminTx, login: &str) -> Result<User> {
    let (id, u) = user(tx, login)?;
    if u.status != UserStatus::Disabled {
        return Err(Error::conflict(msg::user_not_disabled(login)).next(Next::AlreadyDone));
    }
    tx.execute("UPDATE users SET disabled_at = NULL WHERE id = ?1", [id])?;
    let resumed = tx.execute(
        "UPDATE subscriptions SET suspended = 0, suspended_by_disable = 0
          WHERE user_id = ?1 AND suspended_by_disable = 1",
        [id],
    )?;
    tx.audit(
        Action::UserEnable,
        Target::User(login.to_string()),
        &format!("{resumed} subscriptions resumed"),
    )?;
    tx.notify(concerned_by(tx, id)?, || {
        msg::notice_user_disabled(&tx.actor.login, login, false)
    })?;
    Ok(find_user(tx, login)?.map(|(_, u)| u).unwrap_or(u))
}

/// The administrators, and the person, when an account is disabled or enabled (R10
/// leaves the actor out).
fn concerned_by(tx: &AdminTx, id: i64) -> Result<Vec<i64>> {
    let mut ids = admin_ids(tx)?;
    ids.push(id);
    Ok(ids)
}

/// The logins of these accounts, in order.
pub(super) fn logins(conn: &Connection, ids: &[i64]) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT login FROM users WHERE id = ?1")?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(login) = stmt.query_row([id], |r| r.get(0)).optional()? {
            out.push(login);
        }
    }
    out.sort();
    Ok(out)
}
