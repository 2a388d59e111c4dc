//! Subscriptions (R6): a collaborator's access to a portfolio, and their account.

use super::*;
use crate::error::Next;
use crate::space::local::access::{Visible, existing_portfolio, portfolio_subscriber_ids};
use crate::space::local::auth::{Channel, Issued, issue_code};
use crate::space::local::users::{find_user, user};

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
    conn.prepare_cached(&format!(
        "{SUBSCRIBER_SELECT} WHERE s.portfolio = ?1 AND u.login = ?2"
    ))?
    .query_row(params![portfolio, login], subscriber_from_row)
    .optional()?
    .ok_or_else(|| {
        Error::not_found(msg::subscription_not_found(login, portfolio))
            .next(Next::ListSubscribers { portfolio })
    })
}

/// An account keeps its email: a subscription naming another address is refused, for
/// `subscriber add` as for an import row (a typo would send their mail elsewhere).
pub(super) fn same_email(user: &User, login: &str, email: Option<&str>) -> Result<()> {
    match email {
        Some(e) if !e.eq_ignore_ascii_case(&user.email) => Err(Error::conflict(
            msg::import_email_differs(login, &user.email),
        )
        .next(Next::KeepEmail)),
        _ => Ok(()),
    }
}

/// A subscription made: what `subscriber add` and an import row share.
pub(super) struct Subscribed {
    pub user_id: i64,
    pub subscriber: Subscriber,
    /// A code was issued: the account is new, or its expired code was renewed.
    pub code: Option<Issued>,
}

/// Subscribes a collaborator to a portfolio, creating their account if needed (R6).
pub(super) fn subscribe(
    tx: &AdminTx,
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
    existing_portfolio(tx, new.portfolio)?;
    let found = find_user(tx, &new.login)?;
    if let Some((_, u)) = &found {
        same_email(u, &new.login, new.email.as_deref())?;
    }
    let (user_id, code) = match found {
        Some((id, u)) if u.status == UserStatus::Pending => {
            // Still not activated: a code that expired is renewed.
            let live: bool = tx
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM activation_codes
                      WHERE user_id = ?1 AND expires_at > ?2)",
                )?
                .query_row(params![id, stamp(now())], |r| r.get(0))?;
            if live {
                (id, None)
            } else {
                (id, Some(issue_code(tx, id, Channel::Handed)?))
            }
        }
        Some((id, _)) => (id, None),
        None => {
            let email = new.email.as_deref().ok_or_else(|| {
                Error::usage(msg::email_needed_for_new(&new.login)).next(Next::GiveEmail)
            })?;
            tx.prepare_cached(
                "INSERT INTO users (login, name, email, admin, created_at)
                 VALUES (?1, ?2, ?3, 0, ?4)",
            )?
            .execute(params![new.login, name, email, at])?;
            let id = tx.last_insert_rowid();
            let code = issue_code(tx, id, Channel::Handed)?;
            audit_at(
                tx,
                at,
                &tx.actor.login,
                Action::UserCreate,
                &Target::User(new.login.clone()),
                &format!("{email}{audit_note}"),
            )?;
            (id, Some(code))
        }
    };
    let inserted = tx
        .prepare_cached(
            "INSERT INTO subscriptions (portfolio, user_id, created_at) VALUES (?1, ?2, ?3)
             ON CONFLICT DO NOTHING",
        )?
        .execute(params![new.portfolio, user_id, at])?;
    if inserted == 0 {
        return Err(
            Error::conflict(msg::already_subscribed(&new.login, new.portfolio)).next(
                Next::ListSubscribers {
                    portfolio: new.portfolio,
                },
            ),
        );
    }
    audit_at(
        tx,
        at,
        &tx.actor.login,
        Action::SubscriptionAdd,
        &Target::Portfolio(new.portfolio),
        &format!("{}{audit_note}", new.login),
    )?;
    Ok(Subscribed {
        user_id,
        subscriber: subscription(tx, new.portfolio, &new.login)?,
        code,
    })
}

pub(super) fn add(tx: &AdminTx, new: &NewSubscriber) -> Result<SubscriberAdded> {
    let Subscribed {
        user_id,
        subscriber,
        code,
    } = subscribe(tx, new, &stamp(now()), "")?;
    let login = &tx.actor.login;
    // The newcomer hears of it (with their code); the others of the portfolio too.
    tx.notify(vec![user_id], || {
        msg::notice_subscribed(login, &subscriber, code.is_some())
    })?;
    let others: Vec<i64> = portfolio_subscriber_ids(tx, new.portfolio)?
        .into_iter()
        .filter(|id| *id != user_id)
        .collect();
    tx.notify(others, || {
        msg::notice_subscription_changed(login, &subscriber, &msg::SubscriptionChange::Added)
    })?;
    let account_created = code.is_some();
    let (activation_code, activation_expires_at) = code
        .and_then(|c| c.code.map(|shown| (shown, c.expires)))
        .unzip();
    Ok(SubscriberAdded {
        subscriber,
        account_created,
        activation_code,
        activation_expires_at,
    })
}

pub(super) fn list(tx: &Tx, portfolio: Option<i64>) -> Result<Vec<Subscriber>> {
    let visible = Visible::to(&tx.actor);
    if let Some(n) = portfolio {
        domain::validate_portfolio_number(n)?;
        visible.check(tx, n)?;
    }
    let (only, user) = visible.subscriptions().unzip();
    let mut stmt = tx.prepare(&format!(
        "{SUBSCRIBER_SELECT} WHERE (?2 IS NULL OR s.portfolio = ?2) AND {}
         ORDER BY s.portfolio, u.login",
        only.as_deref().unwrap_or("?1 IS NULL")
    ))?;
    let rows = stmt
        .query_map(params![user, portfolio], subscriber_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub(super) fn modify(tx: &AdminTx, change: &SubscriberChange) -> Result<Subscriber> {
    existing_portfolio(tx, change.portfolio)?;
    let before = subscription(tx, change.portfolio, &change.login)?;
    let (user_id, _) = user(tx, &change.login)?;
    let mut what = Vec::new();
    if let Some(name) = &change.name {
        let name = domain::validate_name("name", name)?;
        tx.execute(
            "UPDATE users SET name = ?1 WHERE id = ?2",
            params![name, user_id],
        )?;
        what.push(format!("name={name}"));
    }
    if let Some(email) = &change.email {
        domain::validate_email(email)?;
        tx.execute(
            "UPDATE users SET email = ?1 WHERE id = ?2",
            params![email, user_id],
        )?;
        what.push(format!("email={email}"));
    }
    if let Some(suspended) = change.suspended {
        tx.execute(
            "UPDATE subscriptions SET suspended = ?1 WHERE portfolio = ?2 AND user_id = ?3",
            params![suspended, change.portfolio, user_id],
        )?;
        what.push(if suspended { "suspended" } else { "resumed" }.to_string());
    }
    if what.is_empty() {
        return Err(Error::usage(msg::nothing_to_modify()).next(Next::SayWhatToModify));
    }
    let after = subscription(tx, change.portfolio, &change.login)?;
    if after == before {
        return Ok(after);
    }
    let change_notice = msg::SubscriptionChange::Modified {
        name: change.name.clone(),
        email: change.email.clone(),
        suspended: change.suspended,
    };
    tx.audit(
        Action::SubscriptionModify,
        Target::Portfolio(change.portfolio),
        &format!("{}: {}", change.login, what.join(", ")),
    )?;
    let mut concerned = portfolio_subscriber_ids(tx, change.portfolio)?;
    concerned.push(user_id);
    tx.notify(concerned, || {
        msg::notice_subscription_changed(&tx.actor.login, &after, &change_notice)
    })?;
    Ok(after)
}

pub(super) fn remove(tx: &AdminTx, portfolio: i64, login: &str) -> Result<Subscriber> {
    existing_portfolio(tx, portfolio)?;
    let removed = subscription(tx, portfolio, login)?;
    let (user_id, _) = user(tx, login)?;
    withdraw(tx, removed, user_id, &stamp(now()), login)
}

/// One subscription withdrawn: deleted, audited with `detail`, told to the portfolio's
/// subscribers and the person (R10, R11).
fn withdraw(
    tx: &AdminTx,
    removed: Subscriber,
    user_id: i64,
    at: &str,
    detail: &str,
) -> Result<Subscriber> {
    let portfolio = removed.portfolio;
    let mut concerned = portfolio_subscriber_ids(tx, portfolio)?;
    concerned.push(user_id);
    tx.execute(
        "DELETE FROM subscriptions WHERE portfolio = ?1 AND user_id = ?2",
        params![portfolio, user_id],
    )?;
    audit_at(
        tx,
        at,
        &tx.actor.login,
        Action::SubscriptionRemove,
        &Target::Portfolio(portfolio),
        detail,
    )?;
    tx.notify(concerned, || {
        msg::notice_subscription_changed(
            &tx.actor.login,
            &removed,
            &msg::SubscriptionChange::Withdrawn,
        )
    })?;
    Ok(removed)
}

/// R6: a new handed code for an account still waiting for activation. Every earlier
/// code (handed or mailed) is void at once; a welcome email still waiting gets a fresh
/// code of its own when it is sent.
pub(super) fn reinvite(tx: &AdminTx, login: &str) -> Result<Reinvited> {
    domain::validate_login(login)?;
    let (id, user) = user(tx, login)?;
    if user.status == UserStatus::Active {
        return Err(Error::conflict(msg::already_active(login)).next(Next::SignIn));
    }
    tx.execute("DELETE FROM activation_codes WHERE user_id = ?1", [id])?;
    let issued = issue_code(tx, id, Channel::Handed)?;
    tx.audit(Action::UserReinvite, Target::User(login.to_string()), "")?;
    Ok(Reinvited {
        login: user.login,
        email: user.email,
        activation_code: issued.code,
        activation_expires_at: issued.expires,
    })
}

/// `subscriber transfer` / `copy`, in one transaction: every subscription of `from` (or
/// the portfolios named, each of which must be one) given to `to`, and withdrawn from
/// `from` unless `keep`. Audited and told as the additions and withdrawals they are.
pub(super) fn hand_over(tx: &AdminTx, h: &Handover) -> Result<Vec<Handed>> {
    domain::validate_login(&h.from)?;
    domain::validate_login(&h.to)?;
    if h.from == h.to {
        return Err(Error::usage(msg::handover_same(&h.from)));
    }
    let (from_id, _) = user(tx, &h.from)?;
    let (to_id, to_user) = user(tx, &h.to)?;
    if to_user.status == UserStatus::Disabled {
        return Err(Error::conflict(msg::handover_to_disabled(&h.to)).next(Next::ListPeople));
    }
    let held = ids(
        tx,
        "SELECT portfolio FROM subscriptions WHERE user_id = ?1 ORDER BY portfolio",
        [from_id],
    )?;
    let portfolios = if h.portfolios.is_empty() {
        held
    } else {
        for n in &h.portfolios {
            domain::validate_portfolio_number(*n)?;
            existing_portfolio(tx, *n)?;
            if !held.contains(n) {
                return Err(Error::not_found(msg::subscription_not_found(&h.from, *n))
                    .next(Next::ListSubscribers { portfolio: *n }));
            }
        }
        let mut named = h.portfolios.clone();
        named.sort_unstable();
        named.dedup();
        named
    };
    if portfolios.is_empty() {
        return Err(Error::not_found(msg::handover_nothing(&h.from)).next(Next::ListPeople));
    }
    let at = stamp(now());
    let note = format!(" (from {})", h.from);
    let mut done = Vec::with_capacity(portfolios.len());
    for portfolio in portfolios {
        let given = tx
            .prepare_cached(
                "INSERT INTO subscriptions (portfolio, user_id, created_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT DO NOTHING",
            )?
            .execute(params![portfolio, to_id, at])?
            == 1;
        if given {
            audit_at(
                tx,
                &at,
                &tx.actor.login,
                Action::SubscriptionAdd,
                &Target::Portfolio(portfolio),
                &format!("{}{note}", h.to),
            )?;
            let added = subscription(tx, portfolio, &h.to)?;
            let mut concerned = portfolio_subscriber_ids(tx, portfolio)?;
            concerned.push(to_id);
            tx.notify(concerned, || {
                msg::notice_subscription_changed(
                    &tx.actor.login,
                    &added,
                    &msg::SubscriptionChange::Added,
                )
            })?;
        }
        if !h.keep {
            let detail = format!("{} (to {})", h.from, h.to);
            let removed = subscription(tx, portfolio, &h.from)?;
            withdraw(tx, removed, from_id, &at, &detail)?;
        }
        done.push(Handed {
            portfolio,
            from: h.from.clone(),
            to: h.to.clone(),
            given,
            withdrawn: !h.keep,
        });
    }
    Ok(done)
}
