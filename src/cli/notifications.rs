//! notifications list: the outbox of R10.

use clap::Subcommand;

use crate::context::Context;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum NotificationsCommand {
    /// Queued notifications, newest first: all for administrators, yours for others.
    List {
        /// At most this many notifications.
        #[arg(long, short = 'n', default_value_t = 50, value_parser = clap::value_parser!(u64).range(1..))]
        limit: u64,
    },
}

pub fn run(ctx: &Context, cmd: &NotificationsCommand) -> Result<()> {
    let (space, token) = ctx.signed_in()?;
    match cmd {
        NotificationsCommand::List { limit } => {
            ctx.ui.list(&space.notification_list(&token, *limit)?)
        }
    }
}
