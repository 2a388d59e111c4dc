//! check: is the space's database file sound (SQLite's integrity and foreign-key checks).
//! Read-only, and needs no sign-in: whoever can read the file can check it.

use crate::cli::context::{Context, Target};
use crate::error::{Error, ErrorKind, Result};
use crate::messages as msg;
use crate::space::local::maintenance;

pub fn run(ctx: &Context) -> Result<()> {
    let path = local_db(ctx)?;
    let health = maintenance::check(&path)?;
    if health.ok {
        return ctx.ui.outcome(&msg::check_ok(&path), &health);
    }
    let text = std::iter::once(msg::check_damaged(&path))
        .chain(
            health
                .problems
                .iter()
                .map(|p| format!("  {}", msg::shown_at_most(p, 200))),
        )
        .collect::<Vec<_>>()
        .join("\n");
    ctx.ui.outcome(&text, &health)?;
    Err(Error::new(ErrorKind::Damaged, msg::db_damaged(&path)).hint(msg::hint_damaged(&path)))
}

/// The file these maintenance commands work on: a server's is checked on its machine.
pub fn local_db(ctx: &Context) -> Result<std::path::PathBuf> {
    match ctx.target()? {
        Target::Local(path) => Ok(path),
        Target::Remote { .. } => {
            Err(Error::usage(msg::maintenance_is_local()).hint(msg::hint_maintenance_on_server()))
        }
    }
}
