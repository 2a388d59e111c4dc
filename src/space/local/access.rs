//! R7, the one place: what a user may see. Administrators see every portfolio; anyone
//! else the portfolios they are subscribed to and not suspended from, their clients and
//! who else is subscribed to them. Listing, search, completion and showing one record all
//! filter through [`Visible`]; the offline cache only ever holds what these answered.

use super::*;
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
        (SELECT count(*) FROM clients c WHERE c.portfolio = p.number),
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
