//! user disable | enable: the other half of a collaborator's life (R2, R3).

use clap::{Args, Subcommand};

use super::{Confirm, DryRun, confirmed};
use crate::cli::context::Context;
use crate::error::Result;
use crate::messages as msg;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    Disable(DisableArgs),
    Enable {
        #[arg(add = crate::cli::complete::subscriber_logins())]
        login: String,
        #[command(flatten)]
        dry_run: DryRun,
    },
}

#[derive(Debug, Args)]
pub struct DisableArgs {
    #[arg(add = crate::cli::complete::subscriber_logins())]
    pub login: String,
    #[command(flatten)]
    pub confirm: Confirm,
    #[command(flatten)]
    pub dry_run: DryRun,
}

pub fn run(ctx: &Context, cmd: &UserCommand) -> Result<()> {
    let (space, token) = ctx.signed_in()?;
    match cmd {
        UserCommand::Disable(a) => confirmed(
            ctx,
            (&a.confirm, &a.dry_run),
            |dry| space.user_disable(&token, &a.login, dry),
            |u| msg::confirm_user_disable(&u.login),
            |_| msg::dry_run_nothing_changed(),
            |u| msg::user_disabled(&u.login),
            |_| None,
        ),
        UserCommand::Enable { login, dry_run } => {
            let u = space.user_enable(&token, login, dry_run.dry_run)?;
            let text = if dry_run.dry_run {
                super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &u)
            } else {
                msg::user_enabled(&u.login)
            };
            ctx.ui.outcome(&text, &u)
        }
    }
}
