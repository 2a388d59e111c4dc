//! subscriber add | list | modify | remove (R6, R7).

use clap::{Args, Subcommand};

use super::{Confirm, DryRun, confirmed, import, portfolio_number};
use crate::cli::context::Context;
use crate::domain::{NewSubscriber, SubscriberChange};
use crate::error::Result;
use crate::messages as msg;

#[derive(Debug, Subcommand)]
pub enum SubscriberCommand {
    /// Grant a collaborator access to a portfolio, creating their account if needed.
    Add(AddArgs),
    /// Subscriptions: all for administrators, your own for subscribers.
    List {
        /// Only this portfolio's subscribers.
        #[arg(long, short = 'p', value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
        portfolio: Option<i64>,
    },
    /// Change a subscriber's name or email, or suspend or resume a subscription.
    Modify(ModifyArgs),
    /// Subscribe collaborators in bulk from a CSV file with the columns
    /// login,email,name,portfolio.
    #[command(after_long_help = IMPORT_HELP)]
    Import(import::ImportArgs),
    /// Withdraw a collaborator's access to a portfolio (asks first).
    Remove(RemoveArgs),
}

const IMPORT_HELP: &str = "\
The file: a header line naming the columns (any order; other columns are ignored), then
one subscription per line. A collaborator without an account gets one, with an
activation code (the email column is then needed); the codes are in the --report file,
created with mode 0600. Delimiter `,` or `;` (detected), UTF-8 with or without BOM (or
--encoding windows-1252), CRLF line ends and quoted fields are fine.

Every row is checked before anything is written: one bad row and nothing is written
(exit 8), unless --skip-invalid writes the valid ones (exit 9 when any failed). A
subscription that already holds is skipped, so running a file twice is safe.

Examples:
  urssaf-admin subscriber import team.csv --dry-run
  urssaf-admin subscriber import team.csv --report codes.csv";

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The portfolio to grant access to.
    #[arg(long, short = 'p', value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
    pub portfolio: i64,
    /// The collaborator's login.
    pub login: String,
    /// Email address (needed when the collaborator has no account yet).
    #[arg(long)]
    pub email: Option<String>,
    /// Full name (for a new account).
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub dry_run: DryRun,
}

#[derive(Debug, Args)]
pub struct ModifyArgs {
    /// The portfolio of the subscription.
    #[arg(long, short = 'p', value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
    pub portfolio: i64,
    /// The subscriber's login.
    #[arg(add = crate::cli::complete::subscriber_logins())]
    pub login: String,
    /// New full name.
    #[arg(long)]
    pub name: Option<String>,
    /// New email address.
    #[arg(long)]
    pub email: Option<String>,
    /// Withhold access to the portfolio without withdrawing the subscription.
    #[arg(long, conflicts_with = "resume")]
    pub suspend: bool,
    /// Restore a suspended subscription.
    #[arg(long)]
    pub resume: bool,
    #[command(flatten)]
    pub dry_run: DryRun,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The portfolio to withdraw access to.
    #[arg(long, short = 'p', value_parser = portfolio_number, add = crate::cli::complete::portfolio_numbers())]
    pub portfolio: i64,
    /// The subscriber's login.
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
                msg::subscriber_would_add(&a.login, a.portfolio, added.account_created)
            } else if let (Some(code), Some(expires)) =
                (&added.activation_code, &added.activation_expires_at)
            {
                format!(
                    "{}\n{}",
                    msg::subscriber_added(&a.login, a.portfolio),
                    msg::account_created_code(&a.login, code, expires)
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
            ctx.ui.outcome(&text, &added)
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
                msg::dry_run_nothing_changed()
            } else {
                msg::subscriber_modified(&a.login, a.portfolio)
            };
            ctx.ui.outcome(&text, &s)
        }
        SubscriberCommand::Import(a) => import::subscribers(ctx, a, |rows, options, out| {
            space.subscriber_import(&token, rows, options, out)
        }),
        SubscriberCommand::Remove(a) => confirmed(
            ctx,
            (&a.confirm, &a.dry_run),
            |dry| space.subscriber_remove(&token, a.portfolio, &a.login, dry),
            |s| msg::confirm_subscriber_remove(&s.login, s.portfolio),
            |_| msg::dry_run_nothing_changed(),
            |s| msg::subscriber_removed(&s.login, s.portfolio),
        ),
    }
}
