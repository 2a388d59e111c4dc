//! urssaf-admin: an accounting firm's Urssaf space from a terminal and from scripts.

pub mod alloc;
pub mod cli;
pub mod config;
pub mod contract;
pub mod credentials;
pub mod domain;
pub mod error;
pub mod i18n;
#[cfg(test)]
mod layers;
pub mod messages;
pub mod private;
#[cfg(test)]
mod proptests;
pub mod secret;
pub mod server;
pub mod space;
pub mod spool;
pub mod tls;
pub mod ui;

use std::process::ExitCode;

pub use cli::generate::command;

/// Parses the command line, runs the command and turns the outcome into an exit code.
pub fn main() -> ExitCode {
    let code = run();
    credentials::settle();
    code
}

fn run() -> ExitCode {
    // Printing into a closed pipe (`| head`) ends the program quietly, as for any tool.
    #[cfg(unix)]
    // SAFETY: restoring the default action of a signal, before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // A shell asking for completions gets them, and nothing else happens.
    cli::complete::answer_if_asked();
    std::panic::set_hook(Box::new(|info| {
        eprintln!(
            "{}",
            messages::labelled(&messages::error_prefix(), &messages::internal_bug(info))
        );
        eprintln!(
            "{}",
            messages::labelled(&messages::hint_prefix(), &messages::hint_bug())
        );
    }));

    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    credentials::read_token_early(&args);
    i18n::set(i18n::detect(&args));
    // A language the tool does not speak is said, as `--lang` says it, not ignored.
    if let Some(v) = std::env::var("URSSAF_ADMIN_LANG")
        .ok()
        .filter(|v| !v.trim().is_empty() && !i18n::Lang::speaks(v))
    {
        eprintln!(
            "{}",
            messages::labelled(&messages::warning_prefix(), &messages::lang_env_unknown(&v))
        );
    }
    // The tree in the chosen language: its help, and clap's errors (exit 2) and help or
    // version (exit 0) printed in that language.
    let cli = match cli::localize::parse(cli::help::help_first(args)) {
        Ok(cli) => cli,
        Err(code) => return ExitCode::from(code),
    };
    // Help and completion scripts need no profile, space or sign-in.
    match &cli.command {
        cli::Command::Help(a) => return finish(cli::help::run(a), &cli.global),
        cli::Command::Completions(a) => return finish(cli::completions::run(a), &cli.global),
        _ => {}
    }
    let ctx = match cli::context::Context::new(cli.global.clone()) {
        Ok(ctx) => ctx,
        Err(e) => {
            ui::Ui::new(cli.global.output, false, cli.global.no_color).error(&e);
            return ExitCode::from(e.exit_code());
        }
    };
    let result = cli::run(&ctx, &cli.command);
    // Whatever the command, what its committed changes queued is mailed now (a bulk run
    // that ends with exit 9 wrote its valid rows: their messages go too).
    cli::notifications::deliver_queued(&ctx);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let e = ctx.explained(e);
            ctx.ui.error(&e);
            ExitCode::from(e.exit_code())
        }
    }
}

fn finish(result: error::Result<()>, global: &cli::GlobalArgs) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            ui::Ui::new(global.output, false, global.no_color).error(&e);
            ExitCode::from(e.exit_code())
        }
    }
}
