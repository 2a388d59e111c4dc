//! subscriber add | list | modify | reinvite | import | remove | transfer | copy (R6, R7).

use clap::{Args, Subcommand};

use super::{Confirm, DryRun, confirmed, import, portfolio_number};
use crate::cli::context::{Context, Target};
use crate::domain::{Handover, NewSubscriber, SubscriberChange};
use crate::error::Result;
use crate::messages as msg;

#[derive(Debug, Subcommand)]
pub enum SubscriberCommand {
    Add(AddArgs),
    List {
        #[arg(long, short = 'p', value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
        portfolio: Option<i64>,
    },
    Modify(ModifyArgs),
    Reinvite {
        #[arg(add = crate::cli::complete::subscriber_logins())]
        login: String,
        #[command(flatten)]
        dry_run: DryRun,
    },
    Import(import::ImportArgs),
    Remove(RemoveArgs),
    Transfer(TransferArgs),
    Copy {
        #[arg(long, value_name = "LOGIN", add = crate::cli::complete::subscriber_logins())]
        from: String,
        #[arg(long, value_name = "LOGIN", add = crate::cli::complete::subscriber_logins())]
        to: String,
        #[command(flatten)]
        dry_run: DryRun,
    },
}

#[derive(Debug, Args)]
pub struct TransferArgs {
    #[arg(long, value_name = "LOGIN", add = crate::cli::complete::subscriber_logins())]
    pub from: String,
    #[arg(long, value_name = "LOGIN", add = crate::cli::complete::subscriber_logins())]
    pub to: String,
    #[arg(long, short = 'p', value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
    pub portfolio: Vec<i64>,
    #[arg(long)]
    pub keep: bool,
    #[command(flatten)]
    pub confirm: Confirm,
    #[command(flatten)]
    pub dry_run: DryRun,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[arg(long, short = 'p', value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
    pub portfolio: i64,
    pub login: String,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub dry_run: DryRun,
}

#[derive(Debug, Args)]
pub struct ModifyArgs {
    #[arg(long, short = 'p', value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
    pub portfolio: i64,
    #[arg(add = crate::cli::complete::subscriber_logins())]
    pub login: String,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long, conflicts_with = "resume")]
    pub suspend: bool,
    #[arg(long)]
    pub resume: bool,
    #[command(flatten)]
    pub dry_run: DryRun,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    #[arg(long, short = 'p', value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
    pub portfolio: i64,
    #[arg(add = crate::cli::complete::subscriber_logins())]
    pub login: String,
    #[command(flatten)]
    pub confirm: Confirm,
    #[command(flatten)]
    pub dry_run: DryRun,
}

pub fn run(ctx: &Context, cmd: &SubscriberCommand) -> Result<()> {
    let (space, token) = ctx.signed_in()?;
    match cmd {
        SubscriberCommand::Add(a) => {
            let new = NewSubscriber {
                portfolio: a.portfolio,
                login: a.login.clone(),
                email: a.email.clone(),
                name: a.name.clone(),
            };
            let added = space.subscriber_add(&token, &new, a.dry_run.dry_run)?;
            let text = if a.dry_run.dry_run {
                super::dry_run_text(
                    ctx,
                    msg::subscriber_would_add(&a.login, a.portfolio, added.account_created),
                    &added.subscriber,
                )
            } else if let (Some(code), Some(expires)) =
                (&added.activation_code, &added.activation_expires_at)
            {
                // The newcomer's own command, as it works on their machine.
                let mailed = space
                    .settings_show(&token)
                    .is_ok_and(|info| info.smtp.is_some());
                format!(
                    "{}\n{}",
                    msg::subscriber_added(&a.login, a.portfolio),
                    msg::account_created_code(
                        &a.login,
                        code,
                        expires,
                        &activate_command(ctx, &a.login),
                        mailed
                    )
                )
            } else {
                msg::subscriber_added(&a.login, a.portfolio)
            };
            // A dry run's code was never stored: do not show it.
            let added = if a.dry_run.dry_run {
                crate::domain::SubscriberAdded {
                    activation_code: None,
                    activation_expires_at: None,
                    ..added
                }
            } else {
                added
            };
            let key = added.activation_code.clone();
            ctx.ui.outcome_keyed(&text, &added, key.as_deref())
        }
        SubscriberCommand::List { portfolio } => {
            ctx.ui.list(&space.subscriber_list(&token, *portfolio)?)
        }
        SubscriberCommand::Modify(a) => {
            let change = SubscriberChange {
                portfolio: a.portfolio,
                login: a.login.clone(),
                name: a.name.clone(),
                email: a.email.clone(),
                suspended: match (a.suspend, a.resume) {
                    (true, _) => Some(true),
                    (_, true) => Some(false),
                    _ => None,
                },
            };
            let s = space.subscriber_modify(&token, &change, a.dry_run.dry_run)?;
            let text = if a.dry_run.dry_run {
                super::dry_run_text(ctx, msg::dry_run_nothing_changed(), &s)
            } else {
                msg::subscriber_modified(&a.login, a.portfolio)
            };
            ctx.ui.outcome(&text, &s)
        }
        SubscriberCommand::Reinvite { login, dry_run } => {
            let r = space.subscriber_reinvite(&token, login, dry_run.dry_run)?;
            let text = match &r.activation_code {
                Some(code) => msg::reinvited(
                    login,
                    code,
                    &r.activation_expires_at,
                    &activate_command(ctx, login),
                ),
                None => super::dry_run_text(ctx, msg::reinvite_would(login), &r),
            };
            let key = r.activation_code.clone();
            ctx.ui.outcome_keyed(&text, &r, key.as_deref())
        }
        SubscriberCommand::Import(a) => import::subscribers(ctx, a, |rows, options, out| {
            space.subscriber_import(&token, rows, options, out)
        }),
        SubscriberCommand::Transfer(a) => {
            let h = Handover {
                from: a.from.clone(),
                to: a.to.clone(),
                portfolios: a.portfolio.clone(),
                keep: a.keep,
            };
            hand_over(ctx, space, &token, &h, a.dry_run.dry_run, a.confirm.yes)
        }
        SubscriberCommand::Copy { from, to, dry_run } => {
            let h = Handover {
                from: from.clone(),
                to: to.clone(),
                portfolios: Vec::new(),
                keep: true,
            };
            hand_over(ctx, space, &token, &h, dry_run.dry_run, true)
        }
        SubscriberCommand::Remove(a) => confirmed(
            ctx,
            (&a.confirm, &a.dry_run),
            |dry| space.subscriber_remove(&token, a.portfolio, &a.login, dry),
            |s| msg::confirm_subscriber_remove(&s.login, s.portfolio),
            |_| msg::dry_run_nothing_changed(),
            |s| msg::subscriber_removed(&s.login, s.portfolio),
            |_| None,
        ),
    }
}

/// The plan first (a dry run); a transfer that withdraws access asks before it goes.
fn hand_over(
    ctx: &Context,
    space: &dyn crate::space::Space,
    token: &crate::secret::Secret,
    h: &Handover,
    dry_run: bool,
    yes: bool,
) -> Result<()> {
    let plan = space.subscriber_hand_over(token, h, true)?;
    let given = |done: &[crate::domain::Handed]| done.iter().filter(|d| d.given).count() as u64;
    let withdrawn =
        |done: &[crate::domain::Handed]| done.iter().filter(|d| d.withdrawn).count() as u64;
    if dry_run {
        ctx.ui.list(&plan)?;
        ctx.ui.note(&msg::dry_run_nothing_changed());
        return Ok(());
    }
    if !h.keep {
        ctx.prompt.confirm(
            &msg::confirm_transfer(plan.len() as u64, &h.from, &h.to),
            yes,
        )?;
    }
    let done = space.subscriber_hand_over(token, h, false)?;
    ctx.ui.list(&done)?;
    ctx.ui.note(&msg::transferred(
        given(&done),
        done.len() as u64,
        withdrawn(&done),
        &h.from,
        &h.to,
    ));
    Ok(())
}

/// `urssaf-admin activate --user LOGIN`, with the space named when the newcomer's
/// machine would not find it by default: the server's address, or a database that is not
/// the default one.
fn activate_command(ctx: &Context, login: &str) -> String {
    let space = match ctx.target() {
        Ok(Target::Remote { url, .. }) => format!(" --api-url {url}"),
        Ok(Target::Local(db)) if db != ctx.dirs.default_db() => {
            format!(" --db '{}'", db.display())
        }
        _ => String::new(),
    };
    format!("urssaf-admin activate{space} --user {login}")
}
