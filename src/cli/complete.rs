//! Shell completion that knows the space (clap_complete's `COMPLETE=$SHELL urssaf-admin`):
//! subcommands and flags come from the command tree, values from the space: portfolio
//! numbers, logins, profile names. Whatever goes wrong (nobody signed in, a server
//! down, no database), completion offers nothing and says nothing.

use std::ffi::OsString;

use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::CompleteEnv;

use crate::cli::GlobalArgs;
use crate::cli::context::{Context, Target};
use crate::config::{Config, Dirs};
use crate::ui::OutputFormat;

/// The program the registration scripts call back, found on the PATH: the scripts in
/// completions/ are the same on every machine.
const COMPLETER: &str = "urssaf-admin";

/// The longest completion waits for the keyring: a second, since a Secret Service
/// session on a busy machine takes more than a few hundred milliseconds to open.
const KEYRING_WAIT: std::time::Duration = std::time::Duration::from_secs(1);

/// The command tree in the user's language: the shell shows its helps next to the
/// candidates (without `[default: …]` and the like, as in English).
fn command() -> clap::Command {
    use crate::cli::localize;
    localize::tree(crate::i18n::current(), localize::Specs::Clap)
}

fn env() -> CompleteEnv<'static, fn() -> clap::Command> {
    CompleteEnv::with_factory(command as fn() -> clap::Command)
        .bin(crate::cli::generate::BIN)
        .completer(COMPLETER)
}

/// Answers a completion request and exits, when the shell made one.
pub fn answer_if_asked() {
    if std::env::var_os("COMPLETE").is_some_and(|v| !v.is_empty() && v != "0") {
        // Completion says nothing on the terminal, whatever happens, and does not keep
        // the shell waiting on a keyring.
        std::panic::set_hook(Box::new(|_| {}));
        crate::credentials::keyring_timeout_for_completion(KEYRING_WAIT);
    }
    env().complete();
}

/// The registration script for `shell` (bash, zsh, fish, powershell, elvish): what
/// `completions SHELL` prints, what completions/ keeps, and what `COMPLETE=SHELL
/// urssaf-admin` prints.
pub fn registration(shell: &str) -> String {
    let bin = crate::cli::generate::BIN;
    let mut buf = Vec::new();
    if let Some(completer) = clap_complete::env::Shells::builtins().completer(shell) {
        // Writing to memory cannot fail.
        let _ = completer.write_registration("COMPLETE", bin, bin, COMPLETER, &mut buf);
    }
    String::from_utf8_lossy(&buf).into_owned()
}

/// The words being completed, after `--` on the completer's command line.
fn words() -> Vec<OsString> {
    let args: Vec<OsString> = std::env::args_os().collect();
    match args.iter().position(|a| a == "--") {
        Some(i) => args[i + 1..].to_vec(),
        None => Vec::new(),
    }
}

/// The value of a flag typed on the line so far (`--db x`, `--db=x`, `-p 2`); the last
/// one counts, as for clap.
fn flag(words: &[OsString], name: &str) -> Option<String> {
    let long = if name.len() == 1 {
        format!("-{name}")
    } else {
        format!("--{name}")
    };
    let mut found = None;
    let mut it = words.iter().map(|w| w.to_string_lossy().into_owned());
    while let Some(w) = it.next() {
        if w == long {
            found = it.next();
        } else if let Some(v) = w.strip_prefix(&format!("{long}=")) {
            found = Some(v.to_string());
        }
    }
    found
}

/// The context the command being typed would run with, never prompting.
fn context() -> Option<Context> {
    let words = words();
    let profile = flag(&words, "profile")
        .or_else(|| std::env::var("URSSAF_ADMIN_PROFILE").ok())
        .unwrap_or_else(|| "default".into());
    let global = GlobalArgs {
        lang: None,
        profile,
        db: flag(&words, "db").map(Into::into),
        api_url: flag(&words, "api-url"),
        ca_cert: flag(&words, "ca-cert").map(Into::into),
        output: OutputFormat::Json,
        no_input: true,
        no_color: true,
        quiet: true,
    };
    Context::new(global).ok()
}

fn numbers(list: impl IntoIterator<Item = i64>) -> Vec<CompletionCandidate> {
    list.into_iter()
        .map(|n| CompletionCandidate::new(n.to_string()))
        .collect()
}

/// Portfolio numbers the signed-in user may see (R7). A server is not asked: its
/// profile's offline cache answers, at once, and only with what that user may see.
fn portfolios() -> Vec<CompletionCandidate> {
    let Some(ctx) = context() else {
        return Vec::new();
    };
    match ctx.target() {
        Ok(Target::Local(_)) => ctx
            .signed_in()
            .and_then(|(space, token)| space.portfolio_list(&token))
            .map(|list| numbers(list.iter().map(|p| p.number)))
            .unwrap_or_default(),
        Ok(Target::Remote { .. }) => ctx
            .token()
            .and_then(|token| {
                crate::space::cache::Cache::existing_for(
                    &ctx.dirs.cache_file(ctx.profile_name()),
                    &token,
                )
            })
            .ok()
            .flatten()
            .and_then(|cache| cache.portfolios().ok())
            .map(|(list, _)| numbers(list.iter().map(|p| p.number)))
            .unwrap_or_default(),
        Err(_) => Vec::new(),
    }
}

/// Logins from the local database, as the signed-in user may see them: subscribers
/// (of the portfolio given with -p, if any), and administrators. A server is not asked
/// on each <TAB>, and its cache keeps no logins: over HTTP, nothing is offered.
fn logins(which: Logins) -> Vec<CompletionCandidate> {
    let Some(ctx) = context() else {
        return Vec::new();
    };
    if !matches!(ctx.target(), Ok(Target::Local(_))) {
        return Vec::new();
    }
    let Ok((space, token)) = ctx.signed_in() else {
        return Vec::new();
    };
    let words = words();
    let portfolio = flag(&words, "portfolio")
        .or_else(|| flag(&words, "p"))
        .and_then(|p| p.parse::<i64>().ok());
    let admins: Vec<String> = space
        .admin_list(&token)
        .map(|list| list.into_iter().map(|u| u.login).collect())
        .unwrap_or_default();
    let mut logins: Vec<String> = match which {
        Logins::Admins => admins,
        Logins::Subscribers | Logins::NotAdmins => space
            .subscriber_list(&token, portfolio)
            .map(|list| list.into_iter().map(|s| s.login).collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
            .filter(|l| which != Logins::NotAdmins || !admins.contains(l))
            .collect(),
    };
    logins.sort();
    logins.dedup();
    logins.into_iter().map(CompletionCandidate::new).collect()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Logins {
    Subscribers,
    NotAdmins,
    Admins,
}

pub fn portfolio_numbers() -> ArgValueCandidates {
    ArgValueCandidates::new(portfolios)
}

pub fn subscriber_logins() -> ArgValueCandidates {
    ArgValueCandidates::new(|| logins(Logins::Subscribers))
}

pub fn future_admin_logins() -> ArgValueCandidates {
    ArgValueCandidates::new(|| logins(Logins::NotAdmins))
}

pub fn admin_logins() -> ArgValueCandidates {
    ArgValueCandidates::new(|| logins(Logins::Admins))
}

pub fn profile_names() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        Config::load(&Dirs::from_env().config_file())
            .map(|c| {
                c.profiles
                    .keys()
                    .map(|p| CompletionCandidate::new(p.clone()))
                    .collect()
            })
            .unwrap_or_default()
    })
}
