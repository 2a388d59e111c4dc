//! Personal data (RGPD): one person's data exported (`user export`), a person who left
//! forgotten (`user erase`), and the space's retention applied (`audit purge`, `serve`).

use std::borrow::Cow;

use super::*;
use crate::domain::personal::{
    self, Account, Controller, Erased, HeldSubscription, Message, PersonalData, Purged,
    SignInFailures, redact,
};

/// Article 15: what the space holds about `login`. Their own, or anyone's for an
/// administrator; asked before the login is looked up, so nobody learns who exists.
pub(super) fn export(tx: &Tx, login: &str) -> Result<PersonalData> {
    if tx.actor.login != login && !tx.actor.admin {
        return Err(Error::permission(msg::export_not_yours(login)).hint(msg::hint_export_own()));
    }
    let (id, user) = users::user(tx, login)?;
    let (created_at, last_sign_in_at, disabled_at, erased_at) = tx.query_row(
        "SELECT created_at, last_sign_in_at, disabled_at, erased_at FROM users WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let space = settings::space_info(tx)?;
    let needles = needles(tx, id, &user)?;
    let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
    let data = PersonalData {
        exported_at: stamp(now()),
        controller: Controller {
            name: space.name,
            siren: space.siren,
        },
        account: Account {
            login: user.login.clone(),
            name: user.name.clone(),
            email: user.email.clone(),
            admin: user.admin,
            status: user.status,
            created_at,
            last_sign_in_at,
            disabled_at,
            erased_at,
        },
        subscriptions: collect(
            tx,
            "SELECT portfolio, suspended, created_at FROM subscriptions
              WHERE user_id = ?1 ORDER BY portfolio",
            [id],
            |r| {
                Ok(HeldSubscription {
                    portfolio: r.get(0)?,
                    suspended: r.get(1)?,
                    since: r.get(2)?,
                })
            },
        )?,
        sessions: collect(
            tx,
            "SELECT id, created_at, last_used_at, expires_at, source, user_id = ?2
               FROM sessions WHERE user_id = ?1 ORDER BY id",
            params![id, tx.actor.id],
            |r| {
                Ok(SessionInfo {
                    id: r.get(0)?,
                    created_at: r.get(1)?,
                    last_used_at: r.get(2)?,
                    expires_at: r.get(3)?,
                    source: r.get(4)?,
                    current: false,
                })
            },
        )?,
        sign_in_failures: collect(
            tx,
            "SELECT kind, source, failures, locked_until, updated_at FROM throttle
              WHERE login = ?1 ORDER BY updated_at",
            [&user.login],
            |r| {
                Ok(SignInFailures {
                    kind: r.get(0)?,
                    source: r.get(1)?,
                    failures: r.get::<_, i64>(2)?.try_into().unwrap_or(0),
                    locked_until: r.get(3)?,
                    last_at: r.get(4)?,
                })
            },
        )?,
        audit: mentioning(tx, &user.login, &needles)?
            .into_iter()
            .map(|(entry, _)| entry)
            .collect(),
        messages: collect(
            tx,
            "SELECT id, created_at, email, subject, body, status, sent_at FROM outbox
              WHERE recipient_id = ?1 ORDER BY id",
            [id],
            |r| {
                Ok(Message {
                    id: r.get(0)?,
                    created_at: r.get(1)?,
                    email: r.get(2)?,
                    subject: r.get(3)?,
                    // The code is only ever in the email itself.
                    body: r.get::<_, String>(4)?.replace(CODE_SLOT_TEXT, ""),
                    status: r.get(5)?,
                    sent_at: r.get(6)?,
                })
            },
        )?,
    };
    tx.audit(Action::UserExport, Target::User(user.login.clone()), "")?;
    tx.notify(vec![id], || {
        msg::notice_user_exported(&tx.actor.login, &user.login)
    })?;
    Ok(data)
}

/// Article 17, for a disabled account: its login becomes a pseudonym in the account, the
/// audit, the runs and the outbox; its name and email go wherever they were written;
/// messages to it lose their bodies. The audit keeps one entry saying it happened, under
/// the pseudonym. What the rows held before is overwritten (`secure_delete`), and the
/// caller rebuilds the file afterwards for what earlier versions left in free space.
pub(super) fn erase(tx: &AdminTx, login: &str) -> Result<Erased> {
    let (id, user) = users::user(tx, login)?;
    let erased: bool = tx.query_row(
        "SELECT erased_at IS NOT NULL FROM users WHERE id = ?1",
        [id],
        |r| r.get(0),
    )?;
    if erased {
        return Err(Error::conflict(msg::erase_erased(login)).next(Next::AlreadyDone));
    }
    if user.status != UserStatus::Disabled {
        let pending = user.status == UserStatus::Pending;
        return Err(
            Error::conflict(msg::erase_active(login, pending)).hint(msg::hint_disable_first())
        );
    }
    if user.admin {
        users::last_admin_check(tx, id, login)?;
    }
    let pseudonym = personal::pseudonym(id);
    let needles = needles(tx, id, &user)?;
    let needles: Vec<&str> = needles.iter().map(String::as_str).collect();

    let mut audit_entries = 0u64;
    {
        let mut update = tx.prepare_cached(
            "UPDATE audit SET actor = ?1, target = ?2, detail = ?3 WHERE id = ?4",
        )?;
        for (entry, detail) in mentioning(tx, &user.login, &needles)? {
            let actor = if entry.actor == user.login {
                pseudonym.clone()
            } else {
                entry.actor
            };
            let target = match entry.target {
                Target::User(l) if l == user.login => Target::User(pseudonym.clone()),
                other => other,
            };
            let detail = redact(&detail, &needles, &pseudonym).into_owned();
            update.execute(params![actor, target.to_string(), detail, entry.id])?;
            audit_entries += 1;
        }
    }
    tx.execute(
        "UPDATE import_runs SET actor = ?1 WHERE actor = ?2",
        params![pseudonym, user.login],
    )?;

    // Messages to them: waiting ones are not sent any more, the others keep their record.
    let mut messages = tx.execute(
        "DELETE FROM outbox WHERE recipient_id = ?1 AND status IN ('pending', 'sending')",
        [id],
    )? as u64;
    let mine: Vec<(i64, String)> = collect(
        tx,
        "SELECT id, subject FROM outbox WHERE recipient_id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    for (message, subject) in mine {
        tx.execute(
            "UPDATE outbox SET email = '', subject = ?1, body = '', items = NULL, digest = NULL,
                               last_error = NULL
              WHERE id = ?2",
            params![redact(&subject, &needles, &pseudonym), message],
        )?;
        messages += 1;
    }
    // Messages to others that name them.
    type Text = (i64, String, String, Option<String>, Option<String>);
    let others: Vec<Text> = collect(
        tx,
        "SELECT id, subject, body, items, digest FROM outbox WHERE recipient_id <> ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )?;
    for (message, subject, body, items, digest) in others {
        let fields = [Some(subject), Some(body), items, digest];
        let redacted: Vec<Option<String>> = fields
            .iter()
            .map(|f| {
                f.as_deref()
                    .map(|t| redact(t, &needles, &pseudonym).into_owned())
            })
            .collect();
        if redacted[..] == fields[..] {
            continue;
        }
        tx.execute(
            "UPDATE outbox SET subject = ?1, body = ?2, items = ?3, digest = ?4 WHERE id = ?5",
            params![redacted[0], redacted[1], redacted[2], redacted[3], message],
        )?;
        messages += 1;
    }

    let subscriptions = tx.execute("DELETE FROM subscriptions WHERE user_id = ?1", [id])? as u64;
    tx.execute("DELETE FROM activation_codes WHERE user_id = ?1", [id])?;
    tx.execute("DELETE FROM sessions WHERE user_id = ?1", [id])?;
    tx.execute("DELETE FROM throttle WHERE login = ?1", [&user.login])?;
    tx.execute(
        "UPDATE users SET login = ?1, name = NULL, email = '', admin = 0, password_hash = NULL,
                          last_sign_in_at = NULL, erased_at = ?2
          WHERE id = ?3",
        params![pseudonym, stamp(now()), id],
    )?;
    let erased = Erased {
        pseudonym,
        audit_entries,
        messages,
        subscriptions,
    };
    tx.audit(
        Action::UserErase,
        Target::User(erased.pseudonym.clone()),
        &format!(
            "{} audit entries, {} messages, {} subscriptions",
            erased.audit_entries, erased.messages, erased.subscriptions
        ),
    )?;
    tx.notify(admin_ids(tx)?, || {
        msg::notice_user_erased(&tx.actor.login, &erased.pseudonym)
    })?;
    Ok(erased)
}

/// `audit purge`: the retention applied now, by an administrator (R2), audited.
pub(super) fn purge(tx: &AdminTx) -> Result<Purged> {
    let purged = apply_retention(tx, now())?;
    tx.audit(
        Action::AuditPurge,
        Target::Setting("audit".into()),
        &detail(&purged),
    )?;
    Ok(purged)
}

/// What `serve` does once a day: the same, audited under its own name when it removed
/// something.
pub(super) fn purge_scheduled(conn: &Connection) -> Result<Purged> {
    let purged = apply_retention(conn, now())?;
    if purged.audit_entries + purged.message_bodies > 0 {
        audit_at(
            conn,
            &stamp(now()),
            personal::SCHEDULED_ACTOR,
            Action::AuditPurge,
            &Target::Setting("audit".into()),
            &detail(&purged),
        )?;
    }
    Ok(purged)
}

fn detail(p: &Purged) -> String {
    format!(
        "{} entries before {}, {} message bodies before {}",
        p.audit_entries, p.audit_before, p.message_bodies, p.bodies_before
    )
}

/// Audit entries older than `audit-retention` go, with the runs they record; then the
/// outbox's retention.
pub(super) fn apply_retention(conn: &Connection, at: Timestamp) -> Result<Purged> {
    let audit_before = audit_horizon(conn, at)?;
    conn.execute(
        "DELETE FROM import_runs
          WHERE audit_id IN (SELECT id FROM audit WHERE at < ?1)
             OR (audit_id IS NULL AND started_at < ?1)",
        [&audit_before],
    )?;
    let audit_entries = conn.execute("DELETE FROM audit WHERE at < ?1", [&audit_before])? as u64;
    let (bodies_before, message_bodies) = outbox_retention(conn, at)?;
    Ok(Purged {
        audit_before,
        audit_entries,
        bodies_before,
        message_bodies,
    })
}

/// The records of messages sent (or given up) go with the audit of their time; their
/// bodies go after `notification-retention` days. Also done whenever mail goes out.
pub(super) fn outbox_retention(conn: &Connection, at: Timestamp) -> Result<(String, u64)> {
    let days: i64 = conn.query_row(
        "SELECT notification_retention_days FROM space WHERE id = 1",
        [],
        |r| r.get(0),
    )?;
    conn.prepare_cached(
        "DELETE FROM outbox INDEXED BY outbox_done
          WHERE status IN ('sent', 'failed') AND coalesce(sent_at, created_at) < ?1",
    )?
    .execute([audit_horizon(conn, at)?])?;
    let bodies_before = stamp(at - SignedDuration::from_hours(24 * days));
    let emptied = conn
        .prepare_cached(
            "UPDATE outbox INDEXED BY outbox_done
                SET body = '', items = NULL, digest = NULL
              WHERE status IN ('sent', 'failed') AND coalesce(sent_at, created_at) < ?1
                AND (body <> '' OR items IS NOT NULL OR digest IS NOT NULL)",
        )?
        .execute([&bodies_before])? as u64;
    Ok((bodies_before, emptied))
}

/// Entries older than this are past the space's `audit-retention`.
fn audit_horizon(conn: &Connection, at: Timestamp) -> Result<String> {
    let months: i64 = conn
        .prepare_cached("SELECT audit_retention_months FROM space WHERE id = 1")?
        .query_row([], |r| r.get(0))?;
    at.to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .checked_sub(jiff::Span::new().months(months))
        .map(|z| stamp(z.timestamp()))
        .map_err(|e| Error::other(e.to_string()))
}

/// What names a person in free text: their login, and every email and name the space
/// recorded for them, current or former (the account, their creation, subscription
/// changes, the addresses messages went to).
fn needles(conn: &Connection, id: i64, user: &User) -> Result<Vec<String>> {
    let mut out = vec![user.login.clone(), user.email.clone()];
    out.extend(user.name.clone());
    let target = Target::User(user.login.clone()).to_string();
    let recorded: Vec<(String, String)> = collect(
        conn,
        "SELECT action, detail FROM audit
          WHERE (action = 'user.create' AND target = ?1)
             OR (action = 'subscription.modify' AND substr(detail, 1, length(?2) + 2) = ?2 || ': ')",
        params![target, user.login],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    for (action, detail) in &recorded {
        if action == "user.create" {
            out.push(detail.clone());
        } else {
            out.extend(
                personal::recorded_values(detail, &user.login)
                    .into_iter()
                    .map(str::to_string),
            );
        }
    }
    out.extend(collect(
        conn,
        "SELECT DISTINCT email FROM outbox WHERE recipient_id = ?1",
        [id],
        |r| r.get::<_, String>(0),
    )?);
    out.retain(|n| !n.is_empty());
    out.sort();
    out.dedup();
    Ok(out)
}

/// The audit entries where `login` acts, is the target, or is named in the detail, with
/// each one's detail as stored.
fn mentioning(
    conn: &Connection,
    login: &str,
    needles: &[&str],
) -> Result<Vec<(AuditEntry, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, at, actor, action, target, detail FROM audit
          WHERE actor = ?1 OR target = 'user ' || ?1
             OR EXISTS (SELECT 1 FROM json_each(?2) WHERE instr(detail, value))
          ORDER BY id",
    )?;
    let list = serde_json::to_string(needles).map_err(|e| Error::other(e.to_string()))?;
    let rows = stmt.query_map(params![login, list], |r| {
        let detail: String = r.get(5)?;
        Ok((
            AuditEntry {
                id: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                action: r.get(3)?,
                target: Target::parse(&r.get::<_, String>(4)?),
                detail: detail.clone(),
            },
            detail,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (entry, detail) = row?;
        // `instr` found the text; only a whole word names the person.
        let named = matches!(redact(&detail, needles, ""), Cow::Owned(o) if o != detail);
        if entry.actor == login || entry.target == Target::User(login.to_string()) || named {
            out.push((entry, detail));
        }
    }
    Ok(out)
}

fn collect<T>(
    conn: &Connection,
    sql: &str,
    p: impl rusqlite::Params,
    f: impl FnMut(&Row) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(p, f)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
