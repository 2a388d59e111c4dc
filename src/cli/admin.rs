//! admin list | add | remove (R2, R3).

use clap::{Args, Subcommand};

use super::{Confirm, DryRun, confirmed};
use crate::cli::context::Context;
use crate::error::Result;
use crate::messages as msg;

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    List,
    Add {
        #[arg(add = crate::cli::complete::future_admin_logins())]
        login: String,
        #[command(flatten)]
        dry_run: DryRun,
    },
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    #[arg(add = crate::cli::complete::admin_logins())]
    pub login: String,
    #[command(flatten)]
    pub confirm: Confirm,
    #[command(flatten)]
    pub dry_run: DryRun,
}

pub fn run(ctx: &Context, cmd: &AdminCommand) -> Result<()> {
    let (space, token) = ctx.signed_in()?;
    match cmd {
        AdminCommand::List => ctx.ui.list(&space.admin_list(&token)?),
        AdminCommand::Add { login, dry_run } => {
            let u = space.admin_add(&token, login, dry_run.dry_run)?;
            let text = if dry_run.dry_run {
                super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &u)
            } else {
                msg::admin_added(&u.login)
            };
            ctx.ui.outcome(&text, &u)
        }
        AdminCommand::Remove(a) => confirmed(
            ctx,
            (&a.confirm, &a.dry_run),
            |dry| space.admin_remove(&token, &a.login, dry),
            |u| msg::confirm_admin_remove(&u.login),
            |_| msg::dry_run_nothing_changed(),
            |u| msg::admin_removed(&u.login),
            |_| None,
        ),
    }
}
