//! completions SHELL: the scripts kept in completions/.

use clap::Args;
use clap_complete::Shell;

use crate::error::Result;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(a: &CompletionsArgs) -> Result<()> {
    print!("{}", crate::cli::generate::completion(a.shell));
    Ok(())
}
