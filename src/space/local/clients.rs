//! Client companies (R8): `clients add`, `move` and `remove`, and the rows of a client
//! import, all placing companies through [`place`].

use super::*;
use crate::error::Next;
use crate::space::local::access::{Visible, existing_portfolio, portfolio_subscriber_ids};
use crate::space::search::Search;

const CLIENT_SELECT: &str = "SELECT siren, siret, name, portfolio, created_at FROM clients";

fn client_from_row(r: &Row) -> rusqlite::Result<Client> {
    let siren: String = r.get(0)?;
    Ok(Client {
        vat_number: vat_number(&siren),
        siren,
        siret: r.get(1)?,
        name: r.get(2)?,
        portfolio: r.get(3)?,
        created_at: r.get(4)?,
    })
}

/// A client by what the user typed: a SIREN names the company, a SIRET must be the
/// establishment on record.
pub(super) fn find_client(conn: &Connection, id: &CompanyId) -> Result<Option<Client>> {
    let (sql, key) = match id {
        CompanyId::Siren(s) => (format!("{CLIENT_SELECT} WHERE siren = ?1"), s),
        CompanyId::Siret(s) => (format!("{CLIENT_SELECT} WHERE siret = ?1"), s),
    };
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([key], client_from_row)
        .optional()?)
}

/// Whether the company is in the space.
pub(super) fn exists(conn: &Connection, siren: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM clients WHERE siren = ?1)")?
        .query_row([siren], |r| r.get(0))?)
}

/// A client for a change (the actor is an administrator, who sees them all).
pub(super) fn client(tx: &AdminTx, id: &CompanyId) -> Result<Client> {
    find_client(tx, id)?.ok_or_else(|| {
        Error::not_found(msg::client_not_found(&id.to_string())).next(Next::SearchClients)
    })
}

/// What placing a company in a portfolio did.
pub(super) enum Placed {
    Added,
    AlreadyThere,
    /// In another portfolio, and moving was not asked for.
    Elsewhere(i64),
    /// The company is on record with another establishment.
    OtherSiret {
        held: String,
        portfolio: i64,
    },
    Moved {
        from: i64,
    },
}

/// The two statements a client added runs, prepared once: an import runs them for
/// every row (preparing each again, even from the cache, was a twentieth of its work).
pub(super) struct Placing<'c> {
    insert: rusqlite::CachedStatement<'c>,
    audit: rusqlite::CachedStatement<'c>,
}

impl<'c> Placing<'c> {
    pub(super) fn new(conn: &'c Connection) -> Result<Placing<'c>> {
        Ok(Placing {
            // The one place a client's name is written: its search key goes with it.
            insert: conn.prepare_cached(
                "INSERT INTO clients (siren, siret, name, name_key, portfolio, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
            )?,
            audit: audit_statement(conn)?,
        })
    }
}

/// R8: a company is in one portfolio at most. Adds it, or finds where it already is and
/// moves it there when `move_allowed`; audited with `note` (an import's run).
#[allow(clippy::too_many_arguments)]
pub(super) fn place(
    tx: &AdminTx,
    placing: &mut Placing<'_>,
    id: &CompanyId,
    name: &str,
    portfolio: i64,
    move_allowed: bool,
    at: &str,
    note: &str,
) -> Result<Placed> {
    let inserted = placing.insert.execute(params![
        id.siren(),
        id.siret(),
        name,
        domain::name_key(name),
        portfolio,
        at
    ])?;
    if inserted == 1 {
        tx.count_clients(None, Some(portfolio));
        audit_with(
            &mut placing.audit,
            at,
            &tx.actor.login,
            Action::ClientAdd,
            &Target::Client(id.digits().to_string()),
            &added_detail(portfolio, name, note),
        )?;
        return Ok(Placed::Added);
    }
    let (current, siret): (i64, Option<String>) = tx
        .prepare_cached("SELECT portfolio, siret FROM clients WHERE siren = ?1")?
        .query_row([id.siren()], |r| Ok((r.get(0)?, r.get(1)?)))?;
    if let (Some(wanted), Some(held)) = (id.siret(), siret)
        && wanted != held
    {
        return Ok(Placed::OtherSiret {
            held,
            portfolio: current,
        });
    }
    if current == portfolio {
        return Ok(Placed::AlreadyThere);
    }
    if !move_allowed {
        return Ok(Placed::Elsewhere(current));
    }
    move_to(tx, id, current, portfolio, at, note)?;
    Ok(Placed::Moved { from: current })
}

/// What the audit says of a client added, written into a string of its size.
fn added_detail(portfolio: i64, name: &str, note: &str) -> String {
    use std::fmt::Write as _;
    let mut detail = String::with_capacity(32 + name.len() + note.len());
    let _ = write!(detail, "portfolio {portfolio}: {name}{note}");
    detail
}

/// The schema version that brought `name_key` (migration 0007).
pub(super) const NAME_KEY_VERSION: usize = 7;

/// The search keys of the clients already there when `name_key` came: SQLite cannot
/// fold accents itself, so they are computed here, in the migration's transaction.
pub(super) fn fill_name_keys(conn: &Connection) -> Result<()> {
    let names = conn
        .prepare("SELECT siren, name FROM clients")?
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut update = conn.prepare("UPDATE clients SET name_key = ?1 WHERE siren = ?2")?;
    for (siren, name) in names {
        update.execute(params![domain::name_key(&name), siren])?;
    }
    Ok(())
}

fn move_to(tx: &AdminTx, id: &CompanyId, from: i64, to: i64, at: &str, note: &str) -> Result<()> {
    tx.prepare_cached("UPDATE clients SET portfolio = ?1 WHERE siren = ?2")?
        .execute(params![to, id.siren()])?;
    tx.count_clients(Some(from), Some(to));
    audit_at(
        tx,
        at,
        &tx.actor.login,
        Action::ClientMove,
        &Target::Client(id.digits().to_string()),
        &format!("portfolio {from} -> {to}{note}"),
    )
}

pub(super) fn list(tx: &Tx, query: &ClientQuery) -> Result<ClientPage> {
    let visible = Visible::to(&tx.actor);
    if let Some(n) = query.portfolio {
        domain::validate_portfolio_number(n)?;
        visible.check(tx, n)?;
    }
    // One more than asked tells whether another page follows.
    let limit = query.limit.map_or(-1, |l| {
        i64::try_from(l).unwrap_or(i64::MAX).saturating_add(1)
    });
    // Only the conditions that apply, so that SQLite can walk the (portfolio, name_key)
    // index instead of sorting the whole table.
    let mut conditions: Vec<String> = Vec::new();
    let mut values: Vec<rusqlite::types::Value> = Vec::new();
    if let Some(n) = query.portfolio {
        conditions.push("portfolio = ?".into());
        values.push(n.into());
    }
    if let Some((condition, id)) = visible.condition("portfolio") {
        conditions.push(condition);
        values.push(id.into());
    }
    if let Some(search) = Search::parse(query.search.as_deref()) {
        let (condition, bound) = search.indexed_condition(tx)?;
        conditions.push(condition);
        values.extend(bound);
    }
    if let Some(cursor) = &query.cursor {
        // The key follows from the name: the cursor need not carry it.
        let (portfolio, name, siren) = domain::decode_cursor(cursor)?;
        conditions.push("(portfolio, name_key, name, siren) > (?, ?, ?, ?)".into());
        values.push(portfolio.into());
        values.push(domain::name_key(&name).into());
        values.push(name.into());
        values.push(siren.into());
    }
    let filter = if conditions.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conditions.join(" AND "))
    };
    values.push(limit.into());
    let mut stmt = tx.prepare_cached(&format!(
        "{CLIENT_SELECT} {filter} ORDER BY portfolio, name_key, name, siren LIMIT ?"
    ))?;
    let mut items = stmt
        .query_map(rusqlite::params_from_iter(values), client_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let more = query.limit.is_some_and(|l| items.len() as u64 > l);
    if more {
        items.pop();
    }
    let next_cursor = if more {
        items.last().map(domain::encode_cursor)
    } else {
        None
    };
    Ok(ClientPage { items, next_cursor })
}

pub(super) fn add(
    tx: &AdminTx,
    id: &CompanyId,
    name: &str,
    portfolio: i64,
    mandate: Option<&MandateTerms>,
) -> Result<Client> {
    let name = domain::validate_name("firm", name)?;
    existing_portfolio(tx, portfolio)?;
    let mandate = mandate
        .map(|t| domain::mandate::validate_terms(t, mandates::today()))
        .transpose()?;
    if mandate.is_none() && mandates::required(tx)? {
        return Err(
            Error::invalid(msg::mandate_required(&id.to_string())).hint(msg::hint_mandate_signed())
        );
    }
    let shown = id.to_string();
    let exists = |p| {
        Error::conflict(msg::client_exists(&shown, p)).next(Next::MoveClient { id: shown.clone() })
    };
    let placing = &mut Placing::new(tx)?;
    match place(tx, placing, id, &name, portfolio, false, &stamp(now()), "")? {
        Placed::Added => {}
        Placed::AlreadyThere => return Err(exists(portfolio)),
        Placed::Elsewhere(p)
        | Placed::OtherSiret { portfolio: p, .. }
        | Placed::Moved { from: p } => {
            return Err(exists(p));
        }
    }
    let client = find_client(tx, id)?.ok_or_else(|| Error::other(msg::internal_error()))?;
    if let Some(terms) = &mandate {
        mandates::write(tx, &client.siren, terms, &stamp(now()))?;
        tx.audit(
            Action::MandateSet,
            Target::Client(client.siren.clone()),
            &mandates::summary(terms),
        )?;
    }
    tx.notify(portfolio_subscriber_ids(tx, portfolio)?, || {
        msg::notice_client(&tx.actor.login, &client, msg::ClientChange::Added)
    })?;
    Ok(client)
}

pub(super) fn move_client(tx: &AdminTx, id: &CompanyId, to: i64) -> Result<ClientMoved> {
    let before = client(tx, id)?;
    existing_portfolio(tx, to)?;
    if before.portfolio == to {
        return Err(
            Error::conflict(msg::client_already_in(&id.to_string(), to)).next(Next::AlreadyDone)
        );
    }
    move_to(tx, id, before.portfolio, to, &stamp(now()), "")?;
    let client = Client {
        portfolio: to,
        ..before.clone()
    };
    let login = &tx.actor.login;
    tx.notify(portfolio_subscriber_ids(tx, before.portfolio)?, || {
        msg::notice_client(
            login,
            &client,
            msg::ClientChange::MovedOut(before.portfolio),
        )
    })?;
    tx.notify(portfolio_subscriber_ids(tx, to)?, || {
        msg::notice_client(login, &client, msg::ClientChange::MovedIn)
    })?;
    Ok(ClientMoved {
        client,
        from: before.portfolio,
    })
}

pub(super) fn remove(tx: &AdminTx, id: &CompanyId) -> Result<Client> {
    let removed = client(tx, id)?;
    tx.execute("DELETE FROM clients WHERE siren = ?1", [&removed.siren])?;
    tx.count_clients(Some(removed.portfolio), None);
    tx.audit(
        Action::ClientRemove,
        Target::Client(id.digits().to_string()),
        &format!("portfolio {}: {}", removed.portfolio, removed.name),
    )?;
    tx.notify(portfolio_subscriber_ids(tx, removed.portfolio)?, || {
        msg::notice_client(&tx.actor.login, &removed, msg::ClientChange::Removed)
    })?;
    Ok(removed)
}
