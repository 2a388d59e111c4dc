//! The register's answers kept in the space (one cache for every user, and for a whole
//! firm behind a server), the clients with their last answer (R7), and `--fix-names`.

use super::*;
use crate::domain::register::{
    ClientRegister, CompanyState, Finding, RegisterEntry, RegisterStatus, Renamed, finding,
};
use crate::space::local::access::{Visible, portfolio_subscriber_ids};

const ENTRY_SELECT: &str = "SELECT siren, status, name, state, closed_on, head_office_siret,
        head_office_address, duplicate_of, public, fetched_at FROM register_entries";

fn entry_from_row(r: &Row, at: usize) -> rusqlite::Result<Option<RegisterEntry>> {
    let Some(siren) = r.get::<_, Option<String>>(at)? else {
        return Ok(None);
    };
    let status: String = r.get(at + 1)?;
    let state: Option<String> = r.get(at + 3)?;
    Ok(Some(RegisterEntry {
        siren,
        status: if status == "found" {
            RegisterStatus::Found
        } else {
            RegisterStatus::NotFound
        },
        name: r.get(at + 2)?,
        state: state.map(|s| {
            if s == "ceased" {
                CompanyState::Ceased
            } else {
                CompanyState::Active
            }
        }),
        closed_on: r.get(at + 4)?,
        head_office_siret: r.get(at + 5)?,
        head_office_address: r.get(at + 6)?,
        duplicate_of: r.get(at + 7)?,
        public: r.get(at + 8)?,
        fetched_at: r.get(at + 9)?,
    }))
}

pub(super) fn cached(conn: &Connection, siren: &str) -> Result<Option<RegisterEntry>> {
    Ok(conn
        .prepare_cached(&format!("{ENTRY_SELECT} WHERE siren = ?1"))?
        .query_row([siren], |r| entry_from_row(r, 0))
        .optional()?
        .flatten())
}

pub(super) fn store(conn: &Connection, e: &RegisterEntry) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO register_entries (siren, status, name, state, closed_on,
             head_office_siret, head_office_address, duplicate_of, public, fetched_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        e.siren,
        match e.status {
            RegisterStatus::Found => "found",
            RegisterStatus::NotFound => "not-found",
        },
        e.name,
        e.state.map(|s| match s {
            CompanyState::Active => "active",
            CompanyState::Ceased => "ceased",
        }),
        e.closed_on,
        e.head_office_siret,
        e.head_office_address,
        e.duplicate_of,
        e.public,
        e.fetched_at,
    ])?;
    Ok(())
}

/// Answers younger than this many days are not asked again.
pub(super) fn max_age_days(conn: &Connection) -> Result<u32> {
    Ok(conn
        .prepare_cached("SELECT register_max_age_days FROM space WHERE id = 1")?
        .query_row([], |r| r.get(0))?)
}

pub(super) fn is_fresh(e: &RegisterEntry, max_age_days: u32, now: Timestamp) -> bool {
    let Ok(at) = e.fetched_at.parse::<Timestamp>() else {
        return false;
    };
    let age = now.duration_since(at);
    age >= SignedDuration::ZERO && age < SignedDuration::from_hours(24 * i64::from(max_age_days))
}

/// Every client the actor may see (R7), with the register's last answer about it.
pub(super) fn clients(tx: &Tx, portfolio: Option<i64>) -> Result<Vec<ClientRegister>> {
    let visible = Visible::to(&tx.actor);
    if let Some(n) = portfolio {
        domain::validate_portfolio_number(n)?;
        visible.check(tx, n)?;
    }
    let mut conditions = Vec::new();
    let mut values: Vec<rusqlite::types::Value> = Vec::new();
    if let Some(n) = portfolio {
        conditions.push("c.portfolio = ?".to_string());
        values.push(n.into());
    }
    if let Some((condition, id)) = visible.condition("c.portfolio") {
        conditions.push(condition);
        values.push(id.into());
    }
    let filter = if conditions.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conditions.join(" AND "))
    };
    let max_age = max_age_days(tx)?;
    let now = now();
    let mut stmt = tx.prepare(&format!(
        "SELECT c.siren, c.siret, c.name, c.portfolio, c.created_at,
                r.siren, r.status, r.name, r.state, r.closed_on, r.head_office_siret,
                r.head_office_address, r.duplicate_of, r.public, r.fetched_at
           FROM clients c LEFT JOIN register_entries r ON r.siren = c.siren
           {filter} ORDER BY c.portfolio, c.name_key, c.name, c.siren"
    ))?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(values), |r| {
            let siren: String = r.get(0)?;
            let client = Client {
                vat_number: vat_number(&siren),
                siren,
                siret: r.get(1)?,
                name: r.get(2)?,
                portfolio: r.get(3)?,
                created_at: r.get(4)?,
            };
            let entry = entry_from_row(r, 5)?;
            let fresh = entry.as_ref().is_some_and(|e| is_fresh(e, max_age, now));
            Ok(ClientRegister {
                client,
                entry,
                fresh,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// `--fix-names`: the register's name for every client it calls by another one. One
/// change, audited per client (R11) and told to each portfolio's subscribers (R10).
pub(super) fn fix_names(tx: &AdminTx, portfolio: Option<i64>) -> Result<Vec<Renamed>> {
    if let Some(n) = portfolio {
        access::existing_portfolio(tx, n)?;
    }
    let mut renamed = Vec::new();
    for c in clients(tx, portfolio)? {
        let Some(entry) = &c.entry else { continue };
        let (Finding::Renamed, Some(to)) = (finding(&c.client.name, entry), &entry.name) else {
            continue;
        };
        let Ok(to) = domain::validate_name("name", to) else {
            continue;
        };
        tx.prepare_cached("UPDATE clients SET name = ?1, name_key = ?2 WHERE siren = ?3")?
            .execute(params![to, domain::name_key(&to), c.client.siren])?;
        tx.audit(
            Action::ClientRename,
            Target::Client(c.client.siren.clone()),
            &format!(
                "portfolio {}: {} -> {to}",
                c.client.portfolio, c.client.name
            ),
        )?;
        let after = Client {
            name: to.clone(),
            ..c.client.clone()
        };
        let from = c.client.name.clone();
        tx.notify(portfolio_subscriber_ids(tx, after.portfolio)?, || {
            msg::notice_client(
                &tx.actor.login,
                &after,
                msg::ClientChange::Renamed(from.clone()),
            )
        })?;
        renamed.push(Renamed {
            siren: c.client.siren,
            portfolio: c.client.portfolio,
            from,
            to,
        });
    }
    Ok(renamed)
}
