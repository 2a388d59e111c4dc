//! Each client's lettre de mission: administrators record and clear it (R2), the
//! subscribers of its portfolio read it (R7); audited and told like any change.

use super::*;
use crate::domain::mandate::{
    self, DEFAULT_EXPIRING_DAYS, Mandate, MandateQuery, MandateState, MandateTerms, Renewal,
};
use access::{Visible, portfolio_subscriber_ids};

/// The machine's day: a mandate ends at the end of a day where the firm is.
pub(super) fn today() -> jiff::civil::Date {
    jiff::ZonedDateTime::now().date()
}

const MANDATE_SELECT: &str = "SELECT c.siren, c.name, c.portfolio, m.signed_on, m.reference,
        m.until, m.renews
   FROM clients c LEFT JOIN mandates m ON m.siren = c.siren";

fn mandate_from_row(r: &Row, today: jiff::civil::Date, days: u32) -> rusqlite::Result<Mandate> {
    let signed_on: Option<String> = r.get(3)?;
    let renews: Option<String> = r.get(6)?;
    let terms = signed_on.map(|signed_on| MandateTerms {
        signed_on,
        reference: r.get(4).ok().flatten(),
        until: r.get(5).ok().flatten(),
        renews: renews.as_deref().map(|_| Renewal::Yearly),
    });
    Ok(Mandate {
        siren: r.get(0)?,
        name: r.get(1)?,
        portfolio: r.get(2)?,
        state: mandate::state(terms.as_ref(), today, days),
        next_date: terms
            .as_ref()
            .and_then(|t| mandate::next_date(t, today))
            .map(|d| d.to_string()),
        signed_on: terms.as_ref().map(|t| t.signed_on.clone()),
        reference: terms.as_ref().and_then(|t| t.reference.clone()),
        until: terms.as_ref().and_then(|t| t.until.clone()),
        renews: terms.and_then(|t| t.renews),
    })
}

/// The terms as the audit and the notices say them.
pub(super) fn summary(t: &MandateTerms) -> String {
    let mut out = format!("signed {}", t.signed_on);
    if let Some(r) = &t.reference {
        out.push_str(&format!(", ref {r}"));
    }
    if let Some(u) = &t.until {
        out.push_str(&format!(", until {u}"));
    }
    if t.renews.is_some() {
        out.push_str(", renews yearly");
    }
    out
}

/// Recorded for a client already in the space, in the transaction that adds it too.
pub(super) fn write(conn: &Connection, siren: &str, t: &MandateTerms, at: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO mandates (siren, signed_on, reference, until, renews, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (siren) DO UPDATE SET signed_on = ?2, reference = ?3, until = ?4,
                                           renews = ?5, updated_at = ?6",
    )?
    .execute(params![
        siren,
        t.signed_on,
        t.reference,
        t.until,
        t.renews.map(|_| "yearly"),
        at
    ])?;
    Ok(())
}

/// Whether the space refuses a client without a signed mandate.
pub(super) fn required(conn: &Connection) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT require_mandate FROM space WHERE id = 1")?
        .query_row([], |r| r.get(0))?)
}

pub(super) fn set(tx: &AdminTx, id: &CompanyId, terms: &MandateTerms) -> Result<Mandate> {
    let terms = mandate::validate_terms(terms, today())?;
    let client = clients::client(tx, id)?;
    write(tx, &client.siren, &terms, &stamp(now()))?;
    let said = summary(&terms);
    tx.audit(
        Action::MandateSet,
        Target::Client(client.siren.clone()),
        &said,
    )?;
    tx.notify(portfolio_subscriber_ids(tx, client.portfolio)?, || {
        msg::notice_client(
            &tx.actor.login,
            &client,
            msg::ClientChange::MandateSet(said.clone()),
        )
    })?;
    one(tx, &client.siren, DEFAULT_EXPIRING_DAYS)
}

pub(super) fn clear(tx: &AdminTx, id: &CompanyId) -> Result<Mandate> {
    let client = clients::client(tx, id)?;
    let gone = tx.execute("DELETE FROM mandates WHERE siren = ?1", [&client.siren])?;
    if gone == 0 {
        return Err(Error::not_found(msg::mandate_not_found(&id.to_string())));
    }
    tx.audit(
        Action::MandateClear,
        Target::Client(client.siren.clone()),
        "",
    )?;
    tx.notify(portfolio_subscriber_ids(tx, client.portfolio)?, || {
        msg::notice_client(&tx.actor.login, &client, msg::ClientChange::MandateCleared)
    })?;
    one(tx, &client.siren, DEFAULT_EXPIRING_DAYS)
}

/// R7: one client's mandate, for whoever sees the client.
pub(super) fn show(tx: &Tx, id: &CompanyId) -> Result<Mandate> {
    let found = clients::find_client(tx, id)?;
    let client = found.ok_or_else(|| {
        Error::not_found(msg::client_not_found(&id.to_string())).next(Next::SearchClients)
    })?;
    Visible::to(&tx.actor).check(tx, client.portfolio)?;
    one(tx, &client.siren, DEFAULT_EXPIRING_DAYS)
}

fn one(conn: &Connection, siren: &str, days: u32) -> Result<Mandate> {
    let today = today();
    Ok(conn
        .prepare_cached(&format!("{MANDATE_SELECT} WHERE c.siren = ?1"))?
        .query_row([siren], |r| mandate_from_row(r, today, days))?)
}

/// R7: the mandates of the clients the actor sees, in the listing's order.
pub(super) fn list(tx: &Tx, q: &MandateQuery) -> Result<Vec<Mandate>> {
    let visible = Visible::to(&tx.actor);
    let mut conditions = Vec::new();
    let mut values: Vec<rusqlite::types::Value> = Vec::new();
    if let Some(n) = q.portfolio {
        domain::validate_portfolio_number(n)?;
        visible.check(tx, n)?;
        conditions.push("c.portfolio = ?".to_string());
        values.push(n.into());
    }
    if let Some((condition, id)) = visible.condition("c.portfolio") {
        conditions.push(condition);
        values.push(id.into());
    }
    if q.missing {
        conditions.push("m.siren IS NULL".to_string());
    }
    let filter = if conditions.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conditions.join(" AND "))
    };
    let days = match q.expiring {
        Some(d) => mandate::validate_expiring_days(d)?,
        None => DEFAULT_EXPIRING_DAYS,
    };
    let today = today();
    let mut stmt = tx.prepare(&format!(
        "{MANDATE_SELECT} {filter} ORDER BY c.portfolio, c.name_key, c.name, c.siren"
    ))?;
    let rows = stmt.query_map(rusqlite::params_from_iter(values), |r| {
        mandate_from_row(r, today, days)
    })?;
    let mut out = Vec::new();
    for row in rows {
        let m = row?;
        if q.expiring.is_some()
            && !matches!(m.state, MandateState::Expiring | MandateState::Expired)
        {
            continue;
        }
        out.push(m);
    }
    Ok(out)
}
