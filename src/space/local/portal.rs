//! The portal's files: a portfolio's establishments file (`portfolio export`), and a
//! portfolio's content declared by a file (`portfolio sync`), planned then applied in
//! one transaction through the same verbs as `clients add|move|remove`.

use std::collections::{BTreeMap, HashSet};

use super::*;
use crate::domain::portal::{
    PlanItem, PortalFile, PortalLine, PortalProblem, RowProblem, Step, SyncPlan, SyncRequest,
};
use access::{Visible, existing_portfolio};

/// R7: whoever sees the portfolio. A client kept by SIREN alone goes out as its head
/// office, when the company register told the space which it is; otherwise it is a
/// problem, never left out in silence. `removed_since` adds the clients that left the
/// portfolio since then (the audit knows), as `0` lines.
pub(super) fn export(tx: &Tx, number: i64, removed_since: Option<&str>) -> Result<PortalFile> {
    domain::validate_portfolio_number(number)?;
    Visible::to(&tx.actor).check(tx, number)?;
    let mut lines = BTreeMap::new();
    let mut problems = Vec::new();
    let mut stmt = tx.prepare_cached(
        "SELECT c.siren, c.siret, c.name, r.head_office_siret FROM clients c
           LEFT JOIN register_entries r ON r.siren = c.siren
          WHERE c.portfolio = ?1 ORDER BY c.siren",
    )?;
    type Row4 = (String, Option<String>, String, Option<String>);
    let held: Vec<Row4> = stmt
        .query_map([number], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (siren, siret, name, head_office) in held {
        match siret.or(head_office) {
            Some(siret) => {
                lines.insert(siret, true);
            }
            None => problems.push(PortalProblem {
                id: siren,
                name,
                add: true,
            }),
        }
    }
    if let Some(since) = removed_since {
        let since: Timestamp = since
            .parse()
            .map_err(|_| Error::invalid(msg::audit_time_invalid(since)))?;
        let mut stmt = tx.prepare_cached(
            "SELECT a.target, a.detail, r.head_office_siret FROM audit a
               LEFT JOIN register_entries r ON r.siren = substr(a.target, 8, 9)
              WHERE a.at >= ?1
                AND ((a.action = 'client.remove' AND substr(a.detail, 1, length(?2)) = ?2)
                  OR (a.action = 'client.move' AND substr(a.detail, 1, length(?3)) = ?3))
                AND NOT EXISTS (SELECT 1 FROM clients c
                                 WHERE c.siren = substr(a.target, 8, 9) AND c.portfolio = ?4)
              ORDER BY a.id",
        )?;
        let left: Vec<(String, String, Option<String>)> = stmt
            .query_map(
                params![
                    stamp(since),
                    format!("portfolio {number}: "),
                    format!("portfolio {number} -> "),
                    number
                ],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?
            .collect::<rusqlite::Result<_>>()?;
        for (target, detail, head_office) in left {
            let digits = target
                .strip_prefix("client ")
                .unwrap_or(&target)
                .to_string();
            let siret = if digits.len() == 14 {
                Some(digits.clone())
            } else {
                head_office
            };
            match siret {
                Some(siret) => {
                    lines.entry(siret).or_insert(false);
                }
                None => problems.push(PortalProblem {
                    name: detail
                        .split_once(": ")
                        .map_or_else(String::new, |(_, n)| n.to_string()),
                    id: digits,
                    add: false,
                }),
            }
        }
    }
    // Additions first, then removals, each in SIRET order: the same space, the same file.
    let mut lines: Vec<PortalLine> = lines
        .into_iter()
        .map(|(siret, add)| PortalLine { siret, add })
        .collect();
    lines.sort_by_key(|l| !l.add);
    Ok(PortalFile {
        portfolio: number,
        lines,
        problems,
    })
}

/// The plan for a portfolio's declared content, applied in this transaction when the
/// file has no bad row (a dry run then throws it away). A new client the file names
/// without a name is planned, but applied only with one (the caller asks the register).
pub(super) fn sync(tx: &AdminTx, number: i64, req: &SyncRequest) -> Result<SyncPlan> {
    existing_portfolio(tx, number)?;
    let mut problems = Vec::new();
    let mut changes = Vec::new();
    let mut unchanged = 0u64;
    let mut seen: HashSet<String> = HashSet::new();
    let mut named: HashSet<String> = HashSet::new();
    let mut held_stmt =
        tx.prepare_cached("SELECT portfolio, siret FROM clients WHERE siren = ?1")?;
    for row in &req.rows {
        let problem = |message: String| RowProblem {
            line: row.line,
            id: msg::shown(&row.id),
            message,
        };
        let id = match CompanyId::parse(&row.id) {
            Ok(id) => id,
            Err(e) => {
                problems.push(problem(e.message));
                continue;
            }
        };
        if !seen.insert(id.siren().to_string()) {
            problems.push(problem(msg::import_duplicate_earlier()));
            continue;
        }
        let name = match row.name.trim() {
            "" => String::new(),
            n => match domain::validate_name("name", n) {
                Ok(n) => n,
                Err(e) => {
                    problems.push(problem(e.message));
                    continue;
                }
            },
        };
        let held: Option<(i64, Option<String>)> = held_stmt
            .query_row([id.siren()], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let item = |step, from| PlanItem {
            step,
            id: id.digits().to_string(),
            name: name.clone(),
            from,
            line: Some(row.line),
        };
        if !row.keep {
            match held {
                Some((p, _)) if p == number => changes.push(item(Step::Remove, None)),
                _ => unchanged += 1,
            }
            continue;
        }
        named.insert(id.siren().to_string());
        match held {
            None => changes.push(item(Step::Add, None)),
            Some((p, Some(siret))) if p == number && id.siret().is_some_and(|s| s != siret) => {
                problems.push(problem(msg::import_other_siret(&domain::ident::group(
                    &siret,
                ))));
            }
            Some((p, _)) if p == number => unchanged += 1,
            Some((p, _)) => changes.push(item(Step::MoveIn, Some(p))),
        }
    }
    drop(held_stmt);
    if req.prune {
        let mut stmt = tx.prepare_cached(
            "SELECT siren, name FROM clients WHERE portfolio = ?1 ORDER BY name_key, siren",
        )?;
        let held: Vec<(String, String)> = stmt
            .query_map([number], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let removing: HashSet<String> = changes
            .iter()
            .filter(|c| c.step == Step::Remove)
            .map(|c| c.id[..9].to_string())
            .collect();
        for (siren, name) in held {
            if !named.contains(&siren) && !removing.contains(&siren) {
                changes.push(PlanItem {
                    step: Step::Remove,
                    id: siren,
                    name,
                    from: None,
                    line: None,
                });
            }
        }
    }
    // The file has no mandate column: a new client waits for `clients add` or an import.
    if super::mandates::required(tx)? {
        for c in changes.iter().filter(|c| c.step == Step::Add) {
            problems.push(RowProblem {
                line: c.line.unwrap_or(0),
                id: c.id.clone(),
                message: msg::mandate_required(&domain::ident::group(&c.id)),
            });
        }
    }
    if !tx.dry_run {
        for c in changes
            .iter()
            .filter(|c| c.step == Step::Add && c.name.is_empty())
        {
            problems.push(RowProblem {
                line: c.line.unwrap_or(0),
                id: c.id.clone(),
                message: msg::sync_name_needed(),
            });
        }
    }
    let mut plan = SyncPlan {
        portfolio: number,
        changes,
        unchanged,
        problems,
        applied: false,
    };
    if !plan.problems.is_empty() {
        return Ok(plan);
    }
    for c in &mut plan.changes {
        // Moved and removed by the company: the establishment on record may be another.
        let company = CompanyId::parse(&c.id[..9])?;
        match c.step {
            Step::Add if c.name.is_empty() => {}
            Step::Add => {
                clients::add(tx, &CompanyId::parse(&c.id)?, &c.name, number, None)?;
            }
            Step::MoveIn => {
                c.name = clients::move_client(tx, &company, number)?.client.name;
            }
            Step::Remove => {
                c.name = clients::remove(tx, &company)?.name;
            }
        }
    }
    plan.applied = !tx.dry_run;
    Ok(plan)
}
