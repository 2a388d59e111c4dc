//! portfolio create | list | show (R4, R5, R7).

use clap::{Args, Subcommand};

use super::{Confirm, DryRun, confirmed, portfolio_number};
use crate::cli::context::Context;
use crate::error::Result;
use crate::messages as msg;

#[derive(Debug, Subcommand)]
pub enum PortfolioCommand {
    Create(CreateArgs),
    List {
        #[arg(long)]
        offline: bool,
    },
    Show {
        #[arg(value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
        number: i64,
    },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[command(flatten)]
    pub confirm: Confirm,
    #[command(flatten)]
    pub dry_run: DryRun,
}

pub fn run(ctx: &Context, cmd: &PortfolioCommand) -> Result<()> {
    if let PortfolioCommand::List { offline: true } = cmd {
        let (list, fetched) = ctx.cache()?.portfolios()?;
        super::offline_note(ctx, fetched.as_deref());
        return ctx.ui.list(&list);
    }
    let (space, token) = ctx.signed_in()?;
    match cmd {
        PortfolioCommand::Create(a) => confirmed(
            ctx,
            (&a.confirm, &a.dry_run),
            |dry| space.portfolio_create(&token, dry),
            |p| msg::confirm_portfolio_create(&p.tiers_declarant),
            |p| msg::portfolio_would_create(p.number, &p.tiers_declarant),
            |p| msg::portfolio_created(p.number, &p.tiers_declarant),
            |p| Some(p.number.to_string()),
        ),
        PortfolioCommand::List { .. } => {
            super::listed_or_cached(ctx, space.portfolio_list(&token), |c| c.portfolios())
        }
        PortfolioCommand::Show { number } => ctx.ui.show(&space.portfolio_show(&token, *number)?),
    }
}
