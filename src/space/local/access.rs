//! R7, the one place: what a user may see. Administrators see every portfolio; anyone
//! else the portfolios they are subscribed to and not suspended from, their clients and
//! who else is subscribed to them. Listing, search, completion and showing one record all
//! filter through [`Visible`]; the offline cache only ever holds what these answered.

use super::*;
use crate::domain::{ClientAccess, ReviewRow, UserAccess};
use crate::error::Next;

/// The portfolios a non-administrator may see, for `IN (...)` with their user id bound.
const SUBSCRIBED: &str = "SELECT portfolio FROM subscriptions WHERE user_id = ? AND suspended = 0";

/// The condition that keeps a query to what the actor may see.
pub(super) struct Visible {
    user: Option<i64>,
}

impl Visible {
    pub fn to(actor: &Actor) -> Visible {
        Visible {
            user: (!actor.admin).then_some(actor.id),
        }
    }

    /// `column IN (...)` and the value to bind, or nothing for an administrator (so
    /// that SQLite walks the listing index instead of probing every portfolio).
    pub fn condition(&self, column: &str) -> Option<(String, i64)> {
        self.user
            .map(|id| (format!("{column} IN ({SUBSCRIBED})"), id))
    }

    /// Subscriptions shown to the actor: those of the portfolios they see, and their own
    /// (even suspended ones, which they may ask about).
    pub fn subscriptions(&self) -> Option<(String, i64)> {
        self.user.map(|id| {
            (
                format!(
                    "(s.user_id = ?1 OR s.portfolio IN ({}))",
                    SUBSCRIBED.replace('?', "?1")
                ),
                id,
            )
        })
    }

    /// May the actor see this portfolio? Non-admins get the same answer whether it exists
    /// or not, so that they learn nothing of the others.
    pub fn check(&self, conn: &Connection, number: i64) -> Result<()> {
        let exists: bool = conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM portfolios WHERE number = ?1)")?
            .query_row([number], |r| r.get(0))?;
        let seen = match self.user {
            None => true,
            Some(id) => conn
                .prepare_cached(&format!("SELECT ?2 IN ({})", SUBSCRIBED.replace('?', "?1")))?
                .query_row(params![id, number], |r| r.get(0))?,
        };
        match (exists, seen) {
            (true, true) => Ok(()),
            (false, _) if self.user.is_none() => {
                Err(Error::not_found(msg::portfolio_not_found(number)).next(Next::ListPortfolios))
            }
            _ => {
                Err(Error::permission(msg::portfolio_not_yours(number)).hint(msg::hint_ask_admin()))
            }
        }
    }
}

/// The portfolio with its counts, for whoever may see it.
pub(super) fn portfolio(tx: &Tx, number: i64) -> Result<Portfolio> {
    domain::validate_portfolio_number(number)?;
    Visible::to(&tx.actor).check(tx, number)?;
    tx.counts_written()?;
    Ok(tx.query_row(
        &format!("{PORTFOLIO_SELECT} WHERE p.number = ?1"),
        [number],
        portfolio_from_row,
    )?)
}

/// For changes: the portfolio must exist.
pub(super) fn existing_portfolio(tx: &AdminTx, number: i64) -> Result<()> {
    domain::validate_portfolio_number(number)?;
    Visible::to(&tx.actor).check(tx, number)
}

pub(super) const PORTFOLIO_SELECT: &str = "SELECT p.number, p.tiers_declarant, p.created_at,
        p.client_count,
        (SELECT count(*) FROM subscriptions s WHERE s.portfolio = p.number)
     FROM portfolios p";

pub(super) fn portfolio_from_row(r: &Row) -> rusqlite::Result<Portfolio> {
    Ok(Portfolio {
        number: r.get(0)?,
        tiers_declarant: r.get(1)?,
        created_at: r.get(2)?,
        clients: r.get::<_, i64>(3)?.unsigned_abs(),
        // R7: whoever sees a portfolio may know who is subscribed to it.
        subscribers: Some(r.get::<_, i64>(4)?.unsigned_abs()),
    })
}

pub(super) fn portfolio_list(tx: &Tx) -> Result<Vec<Portfolio>> {
    let (filter, values) = match Visible::to(&tx.actor).condition("p.number") {
        Some((c, id)) => (format!("WHERE {c}"), vec![id]),
        None => (String::new(), vec![]),
    };
    tx.counts_written()?;
    let mut stmt = tx.prepare_cached(&format!("{PORTFOLIO_SELECT} {filter} ORDER BY p.number"))?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(values), portfolio_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// R5: a new portfolio has the firm's raison sociale, as registered for the space, as its
/// tiers déclarant; numbers come from the table's AUTOINCREMENT, never reused.
pub(super) fn portfolio_create(tx: &AdminTx) -> Result<Portfolio> {
    let firm = settings::space_info(tx)?.name;
    let at = stamp(now());
    tx.execute(
        "INSERT INTO portfolios (tiers_declarant, created_at) VALUES (?1, ?2)",
        params![firm, at],
    )?;
    let number = tx.last_insert_rowid();
    tx.audit(Action::PortfolioCreate, Target::Portfolio(number), &firm)?;
    tx.notify(admin_ids(tx)?, || {
        msg::notice_portfolio_created(&tx.actor.login, number, &firm, &at)
    })?;
    Ok(Portfolio {
        number,
        tiers_declarant: firm,
        created_at: at,
        clients: 0,
        subscribers: Some(0),
    })
}

/// The subscribers a change to a portfolio concerns: those whose access is in force.
pub(super) fn portfolio_subscriber_ids(conn: &Connection, number: i64) -> Result<Vec<i64>> {
    ids(
        conn,
        "SELECT user_id FROM subscriptions WHERE portfolio = ?1 AND suspended = 0",
        [number],
    )
}

fn account_status(password_set: bool, disabled: bool) -> UserStatus {
    match (disabled, password_set) {
        (true, _) => UserStatus::Disabled,
        (false, true) => UserStatus::Active,
        (false, false) => UserStatus::Pending,
    }
}

fn subscription_status(suspended: bool, password_set: bool) -> SubscriptionStatus {
    match (suspended, password_set) {
        (true, _) => SubscriptionStatus::Suspended,
        (false, false) => SubscriptionStatus::Pending,
        (false, true) => SubscriptionStatus::Active,
    }
}

/// `access client`: the administrators, then the subscribers of the client's portfolio,
/// each with whether they see it today.
pub(super) fn client_access(tx: &AdminTx, id: &CompanyId) -> Result<Vec<ClientAccess>> {
    let column = match id {
        CompanyId::Siren(_) => "siren",
        CompanyId::Siret(_) => "siret",
    };
    let portfolio: i64 = tx
        .prepare_cached(&format!(
            "SELECT portfolio FROM clients WHERE {column} = ?1"
        ))?
        .query_row([id.digits()], |r| r.get(0))
        .optional()?
        .ok_or_else(|| {
            Error::not_found(msg::client_not_found(&id.to_string())).next(Next::SearchClients)
        })?;
    let mut out = Vec::new();
    let mut stmt = tx.prepare_cached(
        "SELECT login, name, password_hash IS NOT NULL, disabled_at IS NOT NULL
           FROM users WHERE admin = 1 ORDER BY login",
    )?;
    let admins = stmt.query_map([], |r| {
        let account = account_status(r.get(2)?, r.get(3)?);
        Ok(ClientAccess {
            login: r.get(0)?,
            name: r.get(1)?,
            role: domain::Role::Administrator,
            portfolio: None,
            account,
            subscription: None,
            sees: account == UserStatus::Active,
        })
    })?;
    for a in admins {
        out.push(a?);
    }
    let mut stmt = tx.prepare_cached(
        "SELECT u.login, u.name, u.password_hash IS NOT NULL, u.disabled_at IS NOT NULL,
                s.suspended
           FROM subscriptions s JOIN users u ON u.id = s.user_id
          WHERE s.portfolio = ?1 AND u.admin = 0 ORDER BY u.login",
    )?;
    let subscribers = stmt.query_map([portfolio], |r| {
        let password_set: bool = r.get(2)?;
        let account = account_status(password_set, r.get(3)?);
        let subscription = subscription_status(r.get(4)?, password_set);
        Ok(ClientAccess {
            login: r.get(0)?,
            name: r.get(1)?,
            role: domain::Role::Subscriber,
            portfolio: Some(portfolio),
            account,
            subscription: Some(subscription),
            sees: account == UserStatus::Active && subscription == SubscriptionStatus::Active,
        })
    })?;
    for s in subscribers {
        out.push(s?);
    }
    Ok(out)
}

/// `access user`: every portfolio the person may see (all, for an administrator), with
/// its client count, their role and last sign-in.
pub(super) fn user_access(tx: &AdminTx, login: &str) -> Result<Vec<UserAccess>> {
    let (id, admin, password_set, disabled, last): (i64, bool, bool, bool, Option<String>) = tx
        .prepare_cached(
            "SELECT id, admin, password_hash IS NOT NULL, disabled_at IS NOT NULL,
                    last_sign_in_at FROM users WHERE login = ?1",
        )?
        .query_row([login], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .optional()?
        .ok_or_else(|| Error::not_found(msg::user_not_found(login)).next(Next::ListPeople))?;
    let account = account_status(password_set, disabled);
    tx.counts_written()?;
    let sql = if admin {
        "SELECT p.number, p.client_count,
                (SELECT suspended FROM subscriptions s
                  WHERE s.portfolio = p.number AND s.user_id = ?1)
           FROM portfolios p ORDER BY p.number"
    } else {
        "SELECT s.portfolio, (SELECT client_count FROM portfolios p WHERE p.number = s.portfolio),
                s.suspended
           FROM subscriptions s WHERE s.user_id = ?1 ORDER BY s.portfolio"
    };
    let mut stmt = tx.prepare_cached(sql)?;
    let rows = stmt.query_map([id], |r| {
        let suspended: Option<bool> = r.get(2)?;
        let subscription = suspended.map(|s| subscription_status(s, password_set));
        let in_force = admin || subscription == Some(SubscriptionStatus::Active);
        Ok(UserAccess {
            login: login.to_string(),
            role: if admin {
                domain::Role::Administrator
            } else {
                domain::Role::Subscriber
            },
            account,
            last_sign_in_at: last.clone(),
            portfolio: r.get(0)?,
            clients: r.get::<_, i64>(1)?.unsigned_abs(),
            subscription,
            sees: account == UserStatus::Active && in_force,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// `access review`: every person, their role, portfolios and last sign-in, and what an
/// auditor asks about: never signed in, idle for more than `idle_days`, an invitation
/// that expired, disabled but still subscribed, administrator.
pub(super) fn review(tx: &AdminTx, idle_days: u32) -> Result<Vec<ReviewRow>> {
    let now = now();
    let idle_since = stamp(now - SignedDuration::from_hours(24 * i64::from(idle_days)));
    let at = stamp(now);
    let all: Vec<String> = tx
        .prepare_cached("SELECT number FROM portfolios ORDER BY number")?
        .query_map([], |r| r.get::<_, i64>(0))?
        .map(|n| n.map(|n| n.to_string()))
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = tx.prepare_cached(
        "SELECT u.login, u.name, u.email, u.admin, u.password_hash IS NOT NULL,
                u.disabled_at IS NOT NULL, u.last_sign_in_at,
                (SELECT group_concat(portfolio, ' ') FROM
                   (SELECT portfolio FROM subscriptions
                     WHERE user_id = u.id AND suspended = 0 ORDER BY portfolio)),
                (SELECT group_concat(portfolio, ' ') FROM
                   (SELECT portfolio FROM subscriptions
                     WHERE user_id = u.id AND suspended = 1 ORDER BY portfolio)),
                EXISTS (SELECT 1 FROM activation_codes a
                         WHERE a.user_id = u.id AND a.expires_at > ?1),
                EXISTS (SELECT 1 FROM subscriptions s WHERE s.user_id = u.id)
           FROM users u ORDER BY u.login",
    )?;
    let rows = stmt.query_map([&at], |r| {
        let admin: bool = r.get(3)?;
        let password_set: bool = r.get(4)?;
        let disabled: bool = r.get(5)?;
        let last: Option<String> = r.get(6)?;
        let live_code: bool = r.get(9)?;
        let subscribed: bool = r.get(10)?;
        let account = account_status(password_set, disabled);
        let mut findings = Vec::new();
        if account == UserStatus::Active && last.is_none() {
            findings.push("never-signed-in");
        }
        if account == UserStatus::Active && last.as_deref().is_some_and(|l| *l < *idle_since) {
            findings.push("idle");
        }
        if account == UserStatus::Pending && !live_code {
            findings.push("invitation-expired");
        }
        if disabled && subscribed {
            findings.push("disabled-but-subscribed");
        }
        if admin {
            findings.push("administrator");
        }
        Ok(ReviewRow {
            login: r.get(0)?,
            name: r.get(1)?,
            email: r.get(2)?,
            role: if admin {
                domain::Role::Administrator
            } else {
                domain::Role::Subscriber
            },
            account,
            portfolios: if admin {
                all.join(" ")
            } else {
                r.get::<_, Option<String>>(7)?.unwrap_or_default()
            },
            suspended: r.get::<_, Option<String>>(8)?.unwrap_or_default(),
            last_sign_in_at: last,
            findings: findings.join(" "),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
