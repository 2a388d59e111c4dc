//! user disable | enable | export | erase: the other half of a collaborator's life (R2,
//! R3), and their personal data (RGPD).

use clap::{Args, Subcommand};

use super::{Confirm, DryRun, confirmed};
use crate::cli::context::Context;
use crate::error::{Error, Result};
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
    Export {
        #[arg(add = crate::cli::complete::subscriber_logins())]
        login: String,
        /// A new file, readable by you alone; else standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
    Erase(DisableArgs),
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
        UserCommand::Export { login, out } => {
            let Some(path) = out else {
                return ctx.ui.document(&space.user_export(&token, login)?);
            };
            // The file first: an export is audited and told, so it must not be made for
            // nothing.
            let file = crate::private::options()
                .create_new(true)
                .open(path)
                .map_err(|e| Error::other(msg::cannot_create(path, &msg::reason(&e))))?;
            let written = space.user_export(&token, login).and_then(|data| {
                let mut w = std::io::BufWriter::new(file);
                crate::ui::write_json(&mut w, &data)?;
                crate::ui::flush(w)?;
                Ok(data)
            });
            match written {
                Ok(data) => {
                    ctx.ui.note(&msg::user_exported(&data.account.login, path));
                    Ok(())
                }
                Err(e) => {
                    let _ = std::fs::remove_file(path);
                    Err(e)
                }
            }
        }
        UserCommand::Erase(a) => confirmed(
            ctx,
            (&a.confirm, &a.dry_run),
            |dry| space.user_erase(&token, &a.login, dry),
            |e| msg::confirm_user_erase(&a.login, &e.pseudonym),
            |e| {
                msg::user_would_erase(
                    &a.login,
                    &e.pseudonym,
                    e.audit_entries,
                    e.messages,
                    e.subscriptions,
                )
            },
            |e| {
                msg::user_erased(
                    &a.login,
                    &e.pseudonym,
                    e.audit_entries,
                    e.messages,
                    e.subscriptions,
                )
            },
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
