//! audit list (R11), filtered by time, actor and target, for an auditor; audit purge,
//! the space's retention applied.

use clap::Subcommand;

use crate::cli::context::Context;
use crate::domain::{AuditQuery, CompanyId};
use crate::error::Result;
use crate::messages as msg;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    List {
        #[arg(long, short = 'n', default_value_t = 50, value_parser = super::limit)]
        limit: u64,
        #[arg(long, value_name = "DATE", value_parser = since)]
        since: Option<String>,
        #[arg(long, value_name = "DATE", value_parser = until)]
        until: Option<String>,
        #[arg(long, value_name = "LOGIN")]
        actor: Option<String>,
        #[arg(long, value_name = "WHAT", value_parser = target)]
        target: Option<String>,
    },
    Purge {
        #[command(flatten)]
        confirm: super::Confirm,
        #[command(flatten)]
        dry_run: super::DryRun,
    },
}

pub fn run(ctx: &Context, cmd: &AuditCommand) -> Result<()> {
    let (space, token) = ctx.signed_in()?;
    match cmd {
        AuditCommand::List {
            limit,
            since,
            until,
            actor,
            target,
        } => {
            let query = AuditQuery {
                limit: *limit,
                since: since.clone(),
                until: until.clone(),
                actor: actor.clone(),
                target: target.clone(),
            };
            ctx.ui.list(&space.audit_list(&token, &query)?)
        }
        AuditCommand::Purge { confirm, dry_run } => super::confirmed(
            ctx,
            (confirm, dry_run),
            |dry| space.audit_purge(&token, dry),
            |p| msg::confirm_audit_purge(p.audit_entries, &p.audit_before, p.message_bodies),
            |p| msg::audit_would_purge(p.audit_entries, &p.audit_before, p.message_bodies),
            |p| msg::audit_purged(p.audit_entries, &p.audit_before, p.message_bodies),
            |_| None,
        ),
    }
}

/// A day as people type it (`15/01/2026` or `2026-01-15`), or a full RFC 3339 time.
fn day(s: &str) -> Option<jiff::civil::Date> {
    let s = s.trim();
    s.parse::<jiff::civil::Date>()
        .ok()
        .or_else(|| jiff::civil::Date::strptime("%d/%m/%Y", s).ok())
}

fn midnight(d: jiff::civil::Date) -> Option<String> {
    d.to_zoned_datetime(jiff::tz::TimeZone::system())
        .ok()
        .map(|z| z.timestamp().to_string())
}

/// From the start of that day (local time) on.
pub fn since(s: &str) -> std::result::Result<String, String> {
    if let Ok(t) = s.trim().parse::<jiff::Timestamp>() {
        return Ok(t.to_string());
    }
    day(s)
        .and_then(midnight)
        .ok_or_else(|| crate::t!("value-audit-date"))
}

/// Up to the end of that day (local time).
fn until(s: &str) -> std::result::Result<String, String> {
    if let Ok(t) = s.trim().parse::<jiff::Timestamp>() {
        return Ok(t.to_string());
    }
    day(s)
        .and_then(|d| d.tomorrow().ok())
        .and_then(midnight)
        .ok_or_else(|| crate::t!("value-audit-date"))
}

/// A client (SIREN or SIRET), a portfolio (`portfolio 2`) or a person (their login), as
/// the audit writes targets.
fn target(s: &str) -> std::result::Result<String, String> {
    let s = s.trim();
    if let Ok(id) = CompanyId::parse(s) {
        return Ok(format!("client {}", id.digits()));
    }
    if let Some(n) = s
        .strip_prefix("portfolio ")
        .and_then(|n| n.trim().parse::<i64>().ok())
    {
        return Ok(format!("portfolio {n}"));
    }
    let login = s.strip_prefix("user ").unwrap_or(s);
    crate::domain::validate_login(login)
        .map(|_| format!("user {login}"))
        .map_err(|_| crate::t!("value-audit-target"))
}
