//! audit list (R11).

use clap::Subcommand;

use crate::cli::context::Context;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    List {
        #[arg(long, short = 'n', default_value_t = 50, value_parser = super::limit)]
        limit: u64,
    },
}

pub fn run(ctx: &Context, cmd: &AuditCommand) -> Result<()> {
    let (space, token) = ctx.signed_in()?;
    match cmd {
        AuditCommand::List { limit } => ctx.ui.list(&space.audit_list(&token, *limit)?),
    }
}
