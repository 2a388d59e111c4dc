//! clients mandate set | show | clear | list: each client's lettre de mission (R2, R7).

use clap::{Args, Subcommand, ValueEnum};

use super::{Confirm, DryRun, confirmed, portfolio_number};
use crate::cli::context::Context;
use crate::domain::CompanyId;
use crate::domain::mandate::{self, MandateQuery, MandateTerms, Renewal};
use crate::error::Result;
use crate::messages as msg;

#[derive(Debug, Subcommand)]
pub enum MandateCommand {
    Set(SetArgs),
    Show {
        id: String,
    },
    Clear {
        id: String,
        #[command(flatten)]
        confirm: Confirm,
        #[command(flatten)]
        dry_run: DryRun,
    },
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct SetArgs {
    pub id: String,
    #[arg(long, value_name = "DATE", value_parser = day)]
    pub signed: String,
    #[arg(long = "ref", value_name = "TEXT")]
    pub reference: Option<String>,
    #[arg(long, value_name = "DATE", value_parser = day, conflicts_with = "renews")]
    pub until: Option<String>,
    #[arg(long, value_enum)]
    pub renews: Option<Renews>,
    #[command(flatten)]
    pub dry_run: DryRun,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Renews {
    #[value(alias = "annuelle", alias = "annual")]
    Yearly,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long)]
    pub missing: bool,
    #[arg(long, value_name = "DAYS", value_parser = expiring_days, conflicts_with = "missing")]
    pub expiring: Option<u32>,
    #[arg(long, short = 'p', value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
    pub portfolio: Option<i64>,
}

/// A day as people type it, kept in ISO form.
pub fn day(s: &str) -> std::result::Result<String, String> {
    mandate::parse_day(s)
        .map(|d| d.to_string())
        .ok_or_else(|| crate::t!("value-mandate-date"))
}

fn expiring_days(s: &str) -> std::result::Result<u32, String> {
    s.trim()
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=mandate::MAX_EXPIRING_DAYS).contains(d))
        .ok_or_else(|| crate::t!("value-expiring-days"))
}

pub fn run(ctx: &Context, cmd: &MandateCommand) -> Result<()> {
    let (space, token) = ctx.signed_in()?;
    match cmd {
        MandateCommand::Set(a) => {
            let id = CompanyId::parse(&a.id)?;
            let terms = MandateTerms {
                signed_on: a.signed.clone(),
                reference: a.reference.clone(),
                until: a.until.clone(),
                renews: a.renews.map(|Renews::Yearly| Renewal::Yearly),
            };
            let m = space.mandate_set(&token, &id, &terms, a.dry_run.dry_run)?;
            let text = if a.dry_run.dry_run {
                super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &m)
            } else {
                msg::mandate_set_done(&id.to_string(), &msg::mandate_state(m.state.code()))
            };
            ctx.ui.outcome(&text, &m)
        }
        MandateCommand::Show { id } => {
            let id = CompanyId::parse(id)?;
            ctx.ui.show(&space.mandate_show(&token, &id)?)
        }
        MandateCommand::Clear {
            id,
            confirm,
            dry_run,
        } => {
            let id = CompanyId::parse(id)?;
            let shown = id.to_string();
            confirmed(
                ctx,
                (confirm, dry_run),
                |dry| space.mandate_clear(&token, &id, dry),
                |_| msg::confirm_mandate_clear(&shown),
                |_| msg::dry_run_nothing_changed(),
                |_| msg::mandate_cleared(&shown),
                |_| None,
            )
        }
        MandateCommand::List(a) => {
            let query = MandateQuery {
                portfolio: a.portfolio,
                missing: a.missing,
                expiring: a.expiring,
            };
            ctx.ui.list(&space.mandate_list(&token, &query)?)
        }
    }
}
