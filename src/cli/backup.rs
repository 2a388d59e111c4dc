//! backup: a consistent copy of the space's database, taken while commands and `serve`
//! keep running (SQLite's online backup), checked before it is kept.

use std::path::PathBuf;

use clap::Args;

use crate::cli::context::Context;
use crate::error::Result;
use crate::messages as msg;
use crate::space::local::maintenance;

#[derive(Debug, Args)]
pub struct BackupArgs {
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

pub fn run(ctx: &Context, a: &BackupArgs) -> Result<()> {
    let path = super::check::local_db(ctx)?;
    let health = maintenance::backup(&path, &a.file)?;
    let size = std::fs::metadata(&a.file).map(|m| m.len()).unwrap_or(0);
    ctx.ui
        .outcome(&msg::backup_written(&a.file, &msg::bytes(size)), &health)
}
