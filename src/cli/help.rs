//! `help [COMMAND...]` and `help TOPIC`: the help of a command, or a topic, as gh has
//! them (exit-codes, environment, formatting).

use clap::Args;

use crate::error::{Error, Result};
use crate::i18n;
use crate::messages as msg;

#[derive(Debug, Args)]
pub struct HelpArgs {
    #[arg(value_name = "TOPIC|COMMAND", add = topic_names())]
    pub words: Vec<String>,
}

/// The topics (their names are typed, so they stay English) and the ids of their texts
/// in the catalogues, as `help TOPIC` prints them.
pub const TOPICS: [(&str, &str); 3] = [
    ("exit-codes", "topic-exit-codes"),
    ("environment", "topic-environment"),
    ("formatting", "topic-formatting"),
];

fn topic_names() -> clap_complete::engine::ArgValueCandidates {
    clap_complete::engine::ArgValueCandidates::new(|| {
        TOPICS
            .iter()
            .map(|(name, _)| clap_complete::engine::CompletionCandidate::new(*name))
            .collect()
    })
}

/// `urssaf-admin portfolio help create` means `urssaf-admin help portfolio create`, as
/// clap's own help subcommand had it: the words before `help` move after it.
pub fn help_first(mut args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let Some(at) = args.iter().skip(1).position(|a| a == "help").map(|i| i + 1) else {
        return args;
    };
    let before = &args[1..at];
    if at > 1 && before.iter().all(|a| !a.to_string_lossy().starts_with('-')) {
        let help = args.remove(at);
        args.insert(1, help);
    }
    args
}

pub fn run(a: &HelpArgs) -> Result<()> {
    if let [word] = a.words.as_slice()
        && let Some((_, id)) = TOPICS.iter().find(|(name, _)| name == word)
    {
        println!("{}", i18n::text(id, None));
        return Ok(());
    }
    let mut cmd = super::localize::command(i18n::current());
    let mut current = &mut cmd;
    for word in &a.words {
        current = current.find_subcommand_mut(word).ok_or_else(|| {
            Error::usage(msg::no_help_for(&a.words.join(" "))).hint(msg::hint_help_topics())
        })?;
    }
    current.print_long_help()?;
    Ok(())
}
