//! The command tree in the reader's language. Every about, help, value name and possible
//! value's help comes from the catalogues (`locales/LANG/cli.ftl`); in French this module
//! also writes what clap would write in English: the headings, `[default: …]`, `[env: …]`,
//! the possible values, the help and version flags, and the errors of the command line.
//! Command and flag names never change: they are what people type.
//!
//! Ids: `cmd-PATH` for a command (PATH: its words joined by `-`, `cmd-root` for the
//! program), with the attributes `.long`, `.after` and `.after-long`; `arg-PATH-ID` for an
//! argument, else `arg-ID` for one that several commands share, `arg-global-ID` for a
//! global one, with `.long` and `.value-NAME` (a possible value's help); `value-name-NAME`
//! for `<NAME>`; `clap-…` for clap's own words; `value-…` for why a value is refused
//! (the value parsers of src/cli, such as `limit`).

use std::any::TypeId;
use std::ffi::OsString;
use std::fmt::Write as _;
use std::marker::PhantomData;

use clap::builder::{
    EnumValueParser, PossibleValue, StyledStr, Styles, TypedValueParser, ValueParser,
};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches, ValueEnum};
use fluent_bundle::{FluentArgs, FluentValue};

use super::Cli;
use crate::i18n::{self, Lang};

/// Who writes `[default: …]`, `[env: …]` and the possible values after an argument's help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Specs {
    /// clap, in English: the English help, the man pages (`generate` translates them
    /// afterwards) and the shell's completion (which shows none of them).
    Clap,
    /// This module, in the words of the catalogue, laid out as clap does.
    Own,
}

mod errors;
pub use errors::Localized;

/// The command tree, built, as `lang` shows it in `--help`.
pub fn command(lang: Lang) -> Command {
    tree(
        lang,
        match lang {
            Lang::En => Specs::Clap,
            Lang::Fr => Specs::Own,
        },
    )
}

pub fn tree(lang: Lang, specs: Specs) -> Command {
    let localizer = Localizer { lang, specs };
    let mut cmd = localizer.texts(positionals_first(Cli::command()), &[]);
    cmd.build();
    localizer.layout(cmd)
}

/// clap orders its sections of help by their first argument; in French they all have
/// a heading, so the arguments go first, before any option. Only before `build`, which
/// indexes the arguments where they are.
fn positionals_first(cmd: Command) -> Command {
    let mut args: Vec<Arg> = cmd.get_arguments().cloned().collect();
    args.sort_by_key(|a| !a.is_positional());
    let mut args = args.into_iter();
    cmd.mut_args(|a| args.next().unwrap_or(a))
        .mut_subcommands(positionals_first)
}

/// Parses the command line with the tree of the current language. On `--help`,
/// `--version` or a mistake, prints what clap has to say (in that language) and returns
/// the exit code: 0 for help and version, 2 for a usage error.
pub fn parse(args: Vec<OsString>) -> Result<Cli, u8> {
    // A command line that parses needs none of the catalogue's words, which only help
    // and errors show: the bare tree, built along the path typed, reads it in a fraction
    // of the time. Anything else is read again by the tree in the reader's language.
    let mut bare = Cli::command();
    match bare.try_get_matches_from_mut(args.iter()) {
        Ok(mut matches) if meaningless(&matches).is_none() => {
            if let Ok(cli) = Cli::from_arg_matches_mut(&mut matches) {
                return Ok(cli);
            }
        }
        // The version reads the same in every language.
        Err(e) if e.kind() == ErrorKind::DisplayVersion => {
            let _ = e.print();
            return Err(0);
        }
        _ => {}
    }
    let lang = i18n::current();
    let mut cmd = command(lang);
    let mut matches = cmd
        .try_get_matches_from_mut(args)
        .map_err(|e| print_error(lang, e, &mut cmd))?;
    refuse_meaningless(&mut cmd, &matches)?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| print_error(lang, e, &mut cmd))
}

/// The command's path and the global option it has no use for, if one was typed.
fn meaningless(matches: &clap::ArgMatches) -> Option<(Vec<String>, &'static str)> {
    let mut path = Vec::new();
    let mut leaf = matches;
    while let Some((name, sub)) = leaf.subcommand() {
        path.push(name.to_string());
        leaf = sub;
    }
    let (_, refused) = super::GLOBALS_NOT_FOR
        .iter()
        .find(|(command, _)| path.first().is_some_and(|p| p == command))?;
    let id = refused
        .iter()
        .find(|id| leaf.value_source(id) == Some(clap::parser::ValueSource::CommandLine))?;
    Some((path, id))
}

/// A global option typed for a command that has no use for it (`serve --api-url`) is a
/// mistake to say, not to ignore: the error, with the command's usage, and exit 2.
fn refuse_meaningless(cmd: &mut Command, matches: &clap::ArgMatches) -> Result<(), u8> {
    let Some((path, id)) = meaningless(matches) else {
        return Ok(());
    };
    let mut sub = &mut *cmd;
    for name in &path {
        sub = sub
            .find_subcommand_mut(name)
            .expect("the command was just parsed");
    }
    let styles = sub.get_styles().clone();
    let (invalid, literal) = (styles.get_invalid(), styles.get_literal());
    let body = crate::t!(
        "clap-error-not-for",
        arg = format!("{invalid}--{}{invalid:#}", id.replace('_', "-")),
        command = format!(
            "{literal}{} {}{literal:#}",
            crate::cli::generate::BIN,
            path.join(" ")
        )
    );
    let mut e = clap::error::Error::<Localized>::new(ErrorKind::ArgumentConflict).with_cmd(sub);
    e.insert(
        ContextKind::Custom,
        ContextValue::StyledStr(StyledStr::from(body)),
    );
    e.insert(
        ContextKind::Usage,
        ContextValue::StyledStr(sub.render_usage()),
    );
    let _ = e.print();
    Err(2)
}

/// Prints a clap error (help and version included) and returns its exit code. `cmd`
/// gives the usage when clap wrote the error as a sentence of its own.
pub fn print_error(lang: Lang, e: clap::Error, cmd: &mut Command) -> u8 {
    let code = u8::try_from(e.exit_code()).unwrap_or(2);
    let _ = if lang == Lang::En {
        e.print()
    } else {
        i18n::with(lang, || localized(e, cmd).print())
    };
    code
}

/// The error in the words of the catalogue. Most of clap's errors are their kind and
/// their context, which [`Localized`] words; the help and the version are already in
/// the reader's language. A few come written in English (I/O, `FromArgMatches`): those
/// become the general error, with the usage.
fn localized(e: clap::Error, cmd: &mut Command) -> clap::error::Error<Localized> {
    let kind = e.kind();
    let e = e.apply::<Probe>();
    let worded_here = e.render().to_string() == Probe::MARK;
    if worded_here
        || matches!(
            kind,
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        return e.apply();
    }
    let mut own = clap::error::Error::<Localized>::new(kind).with_cmd(cmd);
    own.insert(
        ContextKind::Usage,
        ContextValue::StyledStr(cmd.render_usage()),
    );
    own
}

/// Tells whether clap leaves an error's wording to its formatter.
struct Probe;

impl Probe {
    const MARK: &'static str = "urssaf-admin: the formatter is asked";
}

impl ErrorFormatter for Probe {
    fn format_error(_: &clap::error::Error<Self>) -> StyledStr {
        StyledStr::from(Self::MARK)
    }
}

// ---- the catalogue -------------------------------------------------------------------

/// The message `id` (or `id.attribute`) of `lang`, if the catalogue has it.
fn get(lang: Lang, id: &str) -> Option<String> {
    let text = i18n::text_in(lang, id, None);
    (text != id).then_some(text)
}

fn text(lang: Lang, id: &str, args: &[(&str, FluentValue)]) -> String {
    let mut fa = FluentArgs::new();
    for (name, value) in args {
        fa.set(*name, value.clone());
    }
    i18n::text_in(lang, id, Some(&fa))
}

fn s(v: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(v.into())
}

/// clap keeps value names as `&'static str`: each translated one is kept once.
fn interned(text: String) -> &'static str {
    use std::collections::HashSet;
    use std::sync::{LazyLock, Mutex};
    static TEXTS: LazyLock<Mutex<HashSet<&'static str>>> = LazyLock::new(Default::default);
    let mut texts = TEXTS.lock().unwrap_or_else(|e| e.into_inner());
    match texts.get(text.as_str()) {
        Some(kept) => kept,
        None => {
            let kept: &'static str = Box::leak(text.into_boxed_str());
            texts.insert(kept);
            kept
        }
    }
}

/// `cmd-portfolio-create`; `cmd-root` for the program itself.
pub fn command_key(path: &[String]) -> String {
    if path.is_empty() {
        "cmd-root".to_string()
    } else {
        format!("cmd-{}", path.join("-"))
    }
}

/// The id of an argument's help: its own, else the one it shares with other commands.
pub fn arg_key(lang: Lang, path: &[String], arg: &Arg) -> Option<String> {
    let id = arg.get_id().as_str().replace('_', "-");
    if arg.is_global_set() {
        let key = format!("arg-global-{id}");
        return i18n::has(lang, &key).then_some(key);
    }
    let own = format!(
        "arg-{}-{id}",
        if path.is_empty() {
            "root".to_string()
        } else {
            path.join("-")
        }
    );
    let shared = format!("arg-{id}");
    [own, shared].into_iter().find(|k| i18n::has(lang, k))
}

/// `value-name-path` for `<PATH>`.
pub fn value_name_key(name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("value-name-{name}")
}

pub fn is_help_flag(arg: &Arg) -> bool {
    matches!(
        arg.get_action(),
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong | ArgAction::Version
    )
}

fn takes_values(arg: &Arg) -> bool {
    arg.get_num_args().is_some_and(|r| r.takes_values())
}

// ---- the tree ------------------------------------------------------------------------

struct Localizer {
    lang: Lang,
    specs: Specs,
}

impl Localizer {
    /// The words of the catalogue, before `build`: clap decides from them whether a
    /// command has a long help, and copies the global options into every command.
    fn texts(&self, mut cmd: Command, path: &[String]) -> Command {
        let lang = self.lang;
        let key = command_key(path);
        if let Some(about) = get(lang, &key) {
            cmd = cmd.about(about);
        }
        if let Some(long) = get(lang, &format!("{key}.long")) {
            cmd = cmd.long_about(long);
        }
        if let Some(after) = get(lang, &format!("{key}.after")) {
            cmd = cmd.after_help(after);
        }
        if path.is_empty() {
            // The program's long help ends with the exit codes and the environment.
            let after = get(lang, &format!("{key}.after")).unwrap_or_default();
            cmd = cmd.after_long_help(format!(
                "{after}\n\n{}\n\n{}",
                i18n::text_in(lang, "topic-exit-codes", None),
                i18n::text_in(lang, "topic-environment", None)
            ));
        } else if let Some(after) = get(lang, &format!("{key}.after-long")) {
            cmd = cmd.after_long_help(after);
        }
        cmd = cmd.mut_args(|a| self.arg_texts(a, path));
        if lang != Lang::En && cmd.has_subcommands() {
            // <COMMANDE> in the usage, <commande> in a man page's synopsis.
            cmd = cmd.subcommand_value_name(interned(i18n::text_in(
                lang,
                "clap-command-value",
                None,
            )));
        }
        cmd.mut_subcommands(|sub| {
            let mut path = path.to_vec();
            path.push(sub.get_name().to_string());
            self.texts(sub, &path)
        })
    }

    /// After `build`: the headings, the help and version flags clap has added, and in
    /// French what clap would write in English.
    fn layout(&self, mut cmd: Command) -> Command {
        let styles = cmd.get_styles().clone();
        cmd = cmd.mut_args(|a| self.arg_layout(a, &styles));
        if self.specs == Specs::Own {
            let template = self.template(&cmd);
            cmd = cmd
                .help_template(template)
                .subcommand_help_heading(self.heading("clap-commands"));
        }
        cmd.mut_subcommands(|sub| self.layout(sub))
    }

    /// A heading of the help, as clap writes it (it adds the colon).
    fn heading(&self, id: &str) -> &'static str {
        let text = i18n::text_in(self.lang, id, None);
        let text = text.trim_end_matches(':');
        // A man page's section title has no colon after it, so no space before it.
        interned(match self.specs {
            Specs::Own => text.to_string(),
            Specs::Clap => text.trim_end().to_string(),
        })
    }

    fn arg_layout(&self, mut a: Arg, styles: &Styles) -> Arg {
        let lang = self.lang;
        // The options of every command come after the command's own, under their
        // heading, as do the help and the version (they are every command's too).
        if a.is_global_set() || is_help_flag(&a) {
            a = a.help_heading(self.heading("clap-global-options"));
        } else if self.specs == Specs::Own {
            // clap's own headings are English: here each section has the catalogue's.
            let id = if a.is_positional() {
                "clap-arguments"
            } else {
                "clap-options"
            };
            a = a.help_heading(self.heading(id));
            // Under a heading clap orders by display order, then by name; arguments
            // keep their positions, as in clap's own section.
            if let Some(index) = a.get_index() {
                a = a.display_order(index);
            }
        }
        match a.get_action() {
            ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => {
                if a.get_long_help().is_some() {
                    a.help(i18n::text_in(lang, "clap-help-short", None))
                        .long_help(i18n::text_in(lang, "clap-help-long", None))
                } else {
                    a.help(i18n::text_in(lang, "clap-help", None))
                }
            }
            ArgAction::Version => a.help(i18n::text_in(lang, "clap-version", None)),
            _ if self.specs == Specs::Own => self.own_specs(a, styles),
            _ => a,
        }
    }

    fn arg_texts(&self, mut a: Arg, path: &[String]) -> Arg {
        let lang = self.lang;
        let key = arg_key(lang, path, &a);
        if let Some(key) = &key {
            if let Some(help) = get(lang, key) {
                a = a.help(help);
            }
            if let Some(long) = get(lang, &format!("{key}.long")) {
                a = a.long_help(long);
            }
        }
        if a.get_action().takes_values()
            && let Some(names) = a.get_value_names()
        {
            let names: Vec<&'static str> = names
                .iter()
                .map(|n| interned(get(lang, &value_name_key(n)).unwrap_or_else(|| n.to_string())))
                .collect();
            a = a.value_names(names);
        }
        // `get_possible_values` knows them only once built.
        let values: Vec<PossibleValue> = a
            .get_value_parser()
            .possible_values()
            .map(Iterator::collect)
            .unwrap_or_default();
        let help = |pv: &PossibleValue| {
            let key = key.as_ref()?;
            get(lang, &format!("{key}.value-{}", pv.get_name()))
        };
        if values.iter().any(|pv| help(pv).is_some()) {
            let values: Vec<PossibleValue> = values
                .into_iter()
                .map(|pv| match help(&pv) {
                    Some(help) => pv.help(help),
                    None => pv,
                })
                .collect();
            if let Some(parser) = translated_parser(&a, values) {
                a = a.value_parser(parser);
            }
        }
        a
    }

    /// `[env: …]`, `[default: …]` and the possible values, written into the help itself
    /// (and hidden from clap), as clap lays them out: after the help on the same line in
    /// `-h`, below it in `--help`, with a list of the values when they have a help.
    fn own_specs(&self, mut a: Arg, styles: &Styles) -> Arg {
        let lang = self.lang;
        let ctx = styles.get_context();
        let ctx_val = styles.get_context_value();
        let literal = styles.get_literal();
        let mut short: Vec<String> = Vec::new();
        let mut long: Vec<String> = Vec::new();
        let mut list: Option<String> = None;
        if let Some(env) = a.get_env()
            && !a.is_hide_env_set()
        {
            let name = env.to_string_lossy().into_owned();
            let var = if a.is_hide_env_values_set() {
                name
            } else {
                let value = std::env::var_os(&name).unwrap_or_default();
                format!("{name}={}", value.to_string_lossy())
            };
            let spec = text(
                lang,
                "clap-env",
                &[("var", s(format!("{ctx:#}{ctx_val}{var}{ctx_val:#}{ctx}")))],
            );
            short.push(format!("{ctx}{spec}{ctx:#}"));
            long.push(format!("{ctx}{spec}{ctx:#}"));
            a = a.hide_env(true);
        }
        if takes_values(&a) && !a.is_hide_default_value_set() && !a.get_default_values().is_empty()
        {
            let values: Vec<String> = a
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            let value = format!("{ctx:#}{ctx_val}{}{ctx_val:#}{ctx}", values.join(" "));
            let spec = text(lang, "clap-default", &[("value", s(value))]);
            short.push(format!("{ctx}{spec}{ctx:#}"));
            long.push(format!("{ctx}{spec}{ctx:#}"));
            a = a.hide_default_value(true);
        }
        let values: Vec<PossibleValue> = a
            .get_possible_values()
            .into_iter()
            .filter(|pv| !pv.is_hide_set())
            .collect();
        if !a.is_hide_possible_values_set() && !values.is_empty() {
            let names: Vec<String> = values
                .iter()
                .map(|pv| format!("{ctx_val}{}{ctx_val:#}", pv.get_name()))
                .collect();
            let spec = text(
                lang,
                "clap-possible-values",
                &[(
                    "values",
                    s(format!(
                        "{ctx:#}{}{ctx}",
                        names.join(&format!("{ctx}, {ctx:#}"))
                    )),
                )],
            );
            short.push(format!("{ctx}{spec}{ctx:#}"));
            if values.iter().any(|pv| pv.get_help().is_some()) {
                let width = values
                    .iter()
                    .map(|pv| pv.get_name().chars().count())
                    .max()
                    .unwrap_or(0);
                let mut block = i18n::text_in(lang, "clap-possible-values-heading", None);
                for pv in &values {
                    let name = pv.get_name();
                    let item = match pv.get_help() {
                        Some(help) => text(
                            lang,
                            "clap-possible-value",
                            &[
                                ("name", s(format!("{literal}{name}{literal:#}"))),
                                ("pad", s(" ".repeat(width - name.chars().count()))),
                                ("help", s(help.ansi().to_string())),
                            ],
                        ),
                        None => format!("{literal}{name}{literal:#}"),
                    };
                    let _ = write!(block, "\n- {item}");
                }
                list = Some(block);
            } else {
                long.push(format!("{ctx}{spec}{ctx:#}"));
            }
            a = a.hide_possible_values(true);
        }
        if short.is_empty() {
            return a;
        }
        let help = a
            .get_help()
            .map(|h| h.ansi().to_string())
            .unwrap_or_default();
        let long_help = a
            .get_long_help()
            .map(|h| h.ansi().to_string())
            .unwrap_or_else(|| help.clone());
        let mut short_text = help;
        if !short_text.is_empty() {
            short_text.push(' ');
        }
        short_text.push_str(&short.join(" "));
        let mut long_text = long_help;
        for part in list
            .into_iter()
            .chain((!long.is_empty()).then(|| long.join("\n")))
        {
            if !long_text.is_empty() {
                long_text.push_str("\n\n");
            }
            long_text.push_str(&part);
        }
        a.help(StyledStr::from(short_text))
            .long_help(StyledStr::from(long_text))
    }

    /// clap's default template, with the usage in the catalogue's words (the args
    /// have theirs).
    fn template(&self, cmd: &Command) -> StyledStr {
        let usage = cmd.get_styles().get_usage();
        StyledStr::from(format!(
            "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}\n\n\
             {{all-args}}{{after-help}}",
            i18n::text_in(self.lang, "clap-usage", None)
        ))
    }
}

// ---- possible values -----------------------------------------------------------------

/// A value enum's parser whose possible values carry translated helps (for the help,
/// the man pages and the shell's completion); parsing stays the enum's own.
#[derive(Clone)]
struct Translated<E> {
    values: Vec<PossibleValue>,
    kind: PhantomData<E>,
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Translated<E> {
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &Command,
        arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<E, clap::Error> {
        EnumValueParser::<E>::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.values.iter().cloned()))
    }
}

fn typed<E: ValueEnum + Clone + Send + Sync + 'static>(
    arg: &Arg,
    values: &[PossibleValue],
) -> Option<ValueParser> {
    (arg.get_value_parser().type_id() == TypeId::of::<E>()).then(|| {
        ValueParser::new(Translated::<E> {
            values: values.to_vec(),
            kind: PhantomData,
        })
    })
}

/// The value enums whose values have a help: their parser, with `values`.
fn translated_parser(arg: &Arg, values: Vec<PossibleValue>) -> Option<ValueParser> {
    typed::<crate::ui::OutputFormat>(arg, &values)
        .or_else(|| typed::<super::import::Encoding>(arg, &values))
}

#[cfg(test)]
mod tests;
