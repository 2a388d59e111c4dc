//! The command tree. Each noun has its module: its arguments, and one function per verb
//! that checks, confirms, calls the space and reports.
//!
//! What the help says of each command and argument, in English as in French, is in
//! locales/*/cli.ftl (`cmd-PATH`, `arg-PATH-ID`: see `localize`), not in doc comments.

pub mod access;
pub mod admin;
pub mod audit;
pub mod auth;
pub mod backup;
pub mod check;
pub mod clients;
pub mod complete;
pub mod completions;
pub mod context;
pub mod generate;
pub mod help;
pub mod import;
pub mod localize;
pub mod mandate;
pub mod notifications;
pub mod portfolio;
pub mod register;
pub mod serve;
pub mod settings;
pub mod subscriber;
pub mod user;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::cli::context::Context;
use crate::error::Result;
use crate::messages as msg;
use crate::ui::OutputFormat;

/// The exit codes, in English (the topic `help exit-codes`; every code the tool uses is
/// there, a test in error.rs checks it).
pub static EXIT_CODES: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    crate::i18n::text_in(crate::i18n::Lang::En, "topic-exit-codes", None)
});

// The command line: its names and its parsing. Its words, in English as in French, are
// in the catalogues (locales/*/cli.ftl), which `localize::command` puts on the tree,
// with the exit codes and the environment at the end of the long help.
#[derive(Debug, Parser)]
#[command(name = "urssaf-admin", version, disable_help_subcommand = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    #[arg(
        long,
        global = true,
        env = "URSSAF_ADMIN_PROFILE",
        default_value = "default",
        add = crate::cli::complete::profile_names()
    )]
    pub profile: String,
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    #[arg(long, global = true, value_name = "URL", conflicts_with = "db")]
    pub api_url: Option<String>,
    #[arg(long, global = true, env = "URSSAF_ADMIN_CA_CERT", value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    #[arg(short = 'o', long, global = true, value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,
    #[arg(long, global = true)]
    pub no_input: bool,
    #[arg(long, global = true)]
    pub no_color: bool,
    #[arg(short, long, global = true)]
    pub quiet: bool,
    #[arg(long, global = true, value_parser = lang(), value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

/// `en` or `fr`, for `--lang` and `settings set language`, as clap reads them.
pub fn lang() -> impl clap::builder::TypedValueParser<Value = crate::i18n::Lang> {
    use clap::builder::{PossibleValuesParser, TypedValueParser};

    use crate::i18n::Lang;
    PossibleValuesParser::new(Lang::ALL.map(Lang::code))
        .map(|code| Lang::parse(&code).expect("one of the possible values"))
}

/// The global options that mean nothing for a command, which refuses them when typed:
/// `help` and `completions` open no space; `serve` serves a database of this machine.
pub const GLOBALS_NOT_FOR: [(&str, &[&str]); 3] = [
    ("help", &["profile", "db", "api_url", "ca_cert", "output"]),
    (
        "completions",
        &["profile", "db", "api_url", "ca_cert", "output"],
    ),
    ("serve", &["api_url", "ca_cert"]),
];

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(auth::InitArgs),
    Login(auth::LoginArgs),
    Logout(auth::LogoutArgs),
    #[command(subcommand)]
    Auth(auth::AuthCommand),
    Activate(auth::ActivateArgs),
    #[command(subcommand)]
    Portfolio(portfolio::PortfolioCommand),
    #[command(subcommand)]
    Subscriber(subscriber::SubscriberCommand),
    #[command(subcommand)]
    Admin(admin::AdminCommand),
    #[command(subcommand)]
    User(user::UserCommand),
    #[command(subcommand)]
    Access(access::AccessCommand),
    #[command(subcommand)]
    Clients(clients::ClientsCommand),
    #[command(subcommand)]
    Settings(settings::SettingsCommand),
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    #[command(subcommand)]
    Notifications(notifications::NotificationsCommand),
    Serve(serve::ServeArgs),
    Check,
    Backup(backup::BackupArgs),
    Completions(completions::CompletionsArgs),
    Help(help::HelpArgs),
}

pub fn run(ctx: &Context, command: &Command) -> Result<()> {
    match command {
        Command::Init(a) => auth::init(ctx, a),
        Command::Login(a) => auth::login(ctx, a),
        Command::Logout(a) => auth::logout(ctx, a),
        Command::Check => check::run(ctx),
        Command::Backup(a) => backup::run(ctx, a),
        Command::Auth(c) => auth::run(ctx, c),
        Command::Activate(a) => auth::activate(ctx, a),
        Command::Portfolio(c) => portfolio::run(ctx, c),
        Command::Subscriber(c) => subscriber::run(ctx, c),
        Command::Admin(c) => admin::run(ctx, c),
        Command::User(c) => user::run(ctx, c),
        Command::Access(c) => access::run(ctx, c),
        Command::Clients(c) => clients::run(ctx, c),
        Command::Settings(c) => settings::run(ctx, c),
        Command::Audit(c) => audit::run(ctx, c),
        Command::Notifications(c) => notifications::run(ctx, c),
        Command::Serve(a) => serve::run(ctx, a),
        Command::Completions(a) => completions::run(a),
        Command::Help(a) => help::run(a),
    }
}

// `--dry-run` and `--yes`, shared by the commands that change something.
#[derive(Debug, Clone, Args)]
pub struct DryRun {
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Args)]
pub struct Confirm {
    #[arg(short, long)]
    pub yes: bool,
}

/// A portfolio number, from 1.
pub fn portfolio_number(s: &str) -> std::result::Result<i64, String> {
    match s.trim().parse::<i64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(msg::portfolio_numbered_from_1()),
    }
}

/// A number that counts from 1 (a session's).
pub fn number_from_1(s: &str) -> std::result::Result<i64, String> {
    match s.trim().parse::<i64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(crate::t!("value-whole-number-from-1")),
    }
}

/// How many rows to show at most (`--limit`), from 1.
pub fn limit(s: &str) -> std::result::Result<u64, String> {
    match s.trim().parse::<u64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(crate::t!("value-whole-number-from-1")),
    }
}

/// R4: a change that needs a yes. A dry run first checks it (so that a refused change
/// is refused before anyone is asked), then the question, then the change itself.
pub fn confirmed<T: serde::Serialize>(
    ctx: &Context,
    flags: (&Confirm, &DryRun),
    change: impl Fn(bool) -> Result<T>,
    question: impl FnOnce(&T) -> String,
    dry_sentence: impl FnOnce(&T) -> String,
    done_sentence: impl FnOnce(&T) -> String,
    created_key: impl FnOnce(&T) -> Option<String>,
) -> Result<()> {
    let preview = change(true)?;
    if flags.1.dry_run {
        return ctx.ui.outcome(
            &dry_run_text(ctx, dry_sentence(&preview), &preview),
            &preview,
        );
    }
    ctx.prompt.confirm(&question(&preview), flags.0.yes)?;
    let done = change(false)?;
    ctx.ui
        .outcome_keyed(&done_sentence(&done), &done, created_key(&done).as_deref())
}

/// What a dry run shows people: its sentence, the record as the change would leave it,
/// and whom the change would notify (R10). JSON and CSV keep the record alone.
pub fn dry_run_text<T: serde::Serialize>(ctx: &Context, headline: String, record: &T) -> String {
    let mut text = headline;
    if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(record) {
        for (field, value) in fields {
            let value = match value {
                serde_json::Value::Null => continue,
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            text.push_str(&format!("\n  {field}: {}", msg::shown(&value)));
        }
    }
    let told = ctx
        .opened_space()
        .map(|s| s.would_notify())
        .unwrap_or_default();
    text.push('\n');
    text.push_str(&if told.is_empty() {
        msg::would_notify_nobody()
    } else {
        msg::would_notify(&told.join(", "))
    });
    text
}

/// Says on stderr how old an offline answer is.
/// A listing from the server, or, when it is out of reach, what it last said (from the
/// offline cache, with why and how old), or the error when the cache has nothing.
pub fn listed_or_cached<T: crate::ui::Tabular>(
    ctx: &Context,
    listed: Result<Vec<T>>,
    cached: impl FnOnce(&crate::space::cache::Cache) -> Result<(Vec<T>, Option<String>)>,
) -> Result<()> {
    let e = match listed {
        Ok(items) => return ctx.ui.list(&items),
        Err(e) if e.kind == crate::error::ErrorKind::Unreachable => e,
        Err(e) => return Err(e),
    };
    let cache = ctx.cache().map_err(|_| e.clone())?;
    match cached(&cache)? {
        (items, Some(fetched)) => {
            ctx.ui
                .warn(&msg::labelled(&msg::error_prefix(), &e.message));
            ctx.ui.note(&msg::offline_fallback());
            offline_note(ctx, Some(&fetched));
            ctx.ui.list(&items)
        }
        (_, None) => Err(e),
    }
}

pub fn offline_note(ctx: &Context, fetched_at: Option<&str>) {
    let text = match fetched_at.and_then(|f| f.parse::<jiff::Timestamp>().ok()) {
        Some(at) => {
            let minutes = jiff::Timestamp::now().duration_since(at).as_mins();
            msg::offline_age(&crate::ui::tables::local_time(&at.to_string()), minutes)
        }
        None => msg::offline_empty(),
    };
    ctx.ui.note(&text);
}
