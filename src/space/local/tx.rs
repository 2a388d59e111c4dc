//! The transactions a command runs in. Who is acting is established once (R1), an
//! administrator-only change is a kind of transaction rather than a check to remember
//! (R2), and the audit (R11) and notifications (R10) are written through it.

use std::cell::Cell;

use super::*;
use crate::domain::audit::{Action, Target};
use crate::error::Next;

/// A transaction as an authenticated user.
pub(crate) struct Tx<'c> {
    conn: &'c Connection,
    pub actor: Actor,
    pub dry_run: bool,
    notes: &'c Notes,
}

/// What a transaction leaves for after it: whether it queued mail (delivered after the
/// commit), and whom it told (what a dry run says it would notify).
#[derive(Default)]
pub(crate) struct Notes {
    queued: Cell<bool>,
    notified: std::cell::RefCell<Vec<i64>>,
    /// Clients gained (or lost) by portfolio, written to `portfolios.client_count` once
    /// per transaction: an import of 100,000 rows updates 50 rows, not 100,000.
    counts: std::cell::RefCell<std::collections::BTreeMap<i64, i64>>,
}

impl Notes {
    pub fn queued(&self) -> bool {
        self.queued.get()
    }

    pub fn notified(&self) -> Vec<i64> {
        let mut ids = self.notified.borrow().clone();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// Writes the clients counted in this transaction into `portfolios.client_count`.
pub(super) fn write_counts(conn: &Connection, notes: &Notes) -> Result<()> {
    let counts = std::mem::take(&mut *notes.counts.borrow_mut());
    if counts.values().any(|by| *by != 0) {
        let mut stmt = conn.prepare_cached(
            "UPDATE portfolios SET client_count = client_count + ?2 WHERE number = ?1",
        )?;
        for (portfolio, by) in counts.into_iter().filter(|(_, by)| *by != 0) {
            stmt.execute([portfolio, by])?;
        }
    }
    Ok(())
}

/// R2: a transaction whose actor is an administrator. [`AdminTx::of`] is the only way to
/// make one, so a function that takes one cannot be reached by anyone else.
pub(crate) struct AdminTx<'c>(Tx<'c>);

impl<'c> Tx<'c> {
    pub(super) fn new(
        conn: &'c Connection,
        actor: Actor,
        dry_run: bool,
        notes: &'c Notes,
    ) -> Tx<'c> {
        Tx {
            conn,
            actor,
            dry_run,
            notes,
        }
    }

    /// A client left `from` and went to `to` (either absent for an add or a removal).
    pub fn count_clients(&self, from: Option<i64>, to: Option<i64>) {
        let mut counts = self.notes.counts.borrow_mut();
        for (portfolio, by) in [(from, -1), (to, 1)] {
            if let Some(p) = portfolio {
                *counts.entry(p).or_default() += by;
            }
        }
    }

    /// Before reading `client_count` in a transaction that may have changed clients.
    pub fn counts_written(&self) -> Result<()> {
        write_counts(self.conn, self.notes)
    }

    /// R11: one entry, now, by the actor.
    pub fn audit(&self, action: Action, target: Target, detail: &str) -> Result<()> {
        audit_at(
            self,
            &stamp(now()),
            &self.actor.login,
            action,
            &target,
            detail,
        )
    }

    /// R10: queues a message to each person concerned, never to the actor, written in
    /// the space's language whatever the actor's. A message still waiting for the same
    /// person takes the change instead, so that each person has one waiting message at
    /// most, listing `MESSAGE_ITEMS` changes and counting the others.
    pub fn notify(&self, concerned: Vec<i64>, notice: impl FnOnce() -> Notice) -> Result<()> {
        let recipients = domain::recipients(&self.actor, concerned);
        if recipients.is_empty() {
            return Ok(());
        }
        self.notes.queued.set(true);
        self.notes.notified.borrow_mut().extend(&recipients);
        let lang = settings::space_language(self)?;
        let notice = i18n::with(lang, notice);
        let at = stamp(now());
        let mut waiting = self.prepare_cached(
            "SELECT id, subject, body, items, more FROM outbox
              WHERE recipient_id = ?1 AND status = 'pending' AND run IS NULL AND attempts = 0
              ORDER BY id DESC LIMIT 1",
        )?;
        let mut insert = self.prepare_cached(
            "INSERT INTO outbox (created_at, recipient_id, email, subject, body)
             SELECT ?1, id, email, ?2, ?3 FROM users WHERE id = ?4",
        )?;
        let mut merge = self.prepare_cached(
            "UPDATE outbox SET subject = ?1, body = ?2, items = ?3, more = ?4 WHERE id = ?5",
        )?;
        for id in recipients {
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

    /// For messages written another way (an import's digests): delivered all the same.
    pub(super) fn queued(&self) {
        self.notes.queued.set(true);
    }
}

impl<'c> AdminTx<'c> {
    /// R2: only an administrator may change the space (and read its settings and audit).
    pub fn of(tx: Tx<'c>) -> Result<AdminTx<'c>> {
        if tx.actor.admin {
            Ok(AdminTx(tx))
        } else {
            Err(Error::permission(msg::admin_only(&tx.actor.login)).hint(msg::hint_ask_admin()))
        }
    }
}

impl<'c> std::ops::Deref for Tx<'c> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl<'c> std::ops::Deref for AdminTx<'c> {
    type Target = Tx<'c>;
    fn deref(&self) -> &Tx<'c> {
        &self.0
    }
}

/// R11 for entries with no session behind them (the space's creation, a sign-in, a
/// lock) and for an import, whose entries all carry the run's start.
pub(super) fn audit_at(
    conn: &Connection,
    at: &str,
    actor: &str,
    action: Action,
    target: &Target,
    detail: &str,
) -> Result<()> {
    let mut statement = audit_statement(conn)?;
    audit_with(&mut statement, at, actor, action, target, detail)
}

/// The statement [`audit_at`] runs, for a caller that runs it many times.
pub(super) fn audit_statement(conn: &Connection) -> Result<rusqlite::CachedStatement<'_>> {
    Ok(conn.prepare_cached(
        "INSERT INTO audit (at, actor, action, target, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?)
}

/// [`audit_at`] with its statement already prepared.
pub(super) fn audit_with(
    statement: &mut rusqlite::Statement<'_>,
    at: &str,
    actor: &str,
    action: Action,
    target: &Target,
    detail: &str,
) -> Result<()> {
    statement.execute(params![
        at,
        actor,
        action.code(),
        target_text(target),
        detail
    ])?;
    Ok(())
}

/// The target as the audit keeps it, written once into a string of its size (an
/// import writes one per row).
fn target_text(target: &Target) -> String {
    use std::fmt::Write as _;
    let mut text = String::with_capacity(32);
    let _ = write!(text, "{target}");
    text
}

/// R1: who holds this token, if the session is still open.
pub(super) fn authenticate(conn: &Connection, token: &Secret) -> Result<Actor> {
    let hash = sha256_hex(token.expose_secret());
    let found = conn
        .prepare_cached(
            "SELECT u.id, u.login, u.admin, s.expires_at FROM sessions s
             JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = ?1 AND u.disabled_at IS NULL",
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
        None => Err(Error::auth(msg::not_signed_in()).next(Next::SignIn)),
        Some((_, expires)) if expires <= stamp(now()) => {
            Err(Error::auth(msg::session_expired()).next(Next::SignIn))
        }
        Some((actor, _)) => Ok(actor),
    }
}

pub(super) fn ids(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(p, |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(super) fn admin_ids(conn: &Connection) -> Result<Vec<i64>> {
    ids(conn, "SELECT id FROM users WHERE admin = 1", [])
}
