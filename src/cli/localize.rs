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
    let lang = i18n::current();
    let mut cmd = command(lang);
    let mut matches = cmd
        .try_get_matches_from_mut(args)
        .map_err(|e| print_error(lang, e, &mut cmd))?;
    refuse_meaningless(&mut cmd, &matches)?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| print_error(lang, e, &mut cmd))
}

/// A global option typed for a command that has no use for it (`serve --api-url`) is a
/// mistake to say, not to ignore: the error, with the command's usage, and exit 2.
fn refuse_meaningless(cmd: &mut Command, matches: &clap::ArgMatches) -> Result<(), u8> {
    let mut path = Vec::new();
    let mut leaf = matches;
    while let Some((name, sub)) = leaf.subcommand() {
        path.push(name.to_string());
        leaf = sub;
    }
    let Some((_, refused)) = super::GLOBALS_NOT_FOR
        .iter()
        .find(|(command, _)| path.first().is_some_and(|p| p == command))
    else {
        return Ok(());
    };
    let Some(id) = refused
        .iter()
        .find(|id| leaf.value_source(id) == Some(clap::parser::ValueSource::CommandLine))
    else {
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

// ---- errors --------------------------------------------------------------------------

/// clap's errors in the words of the catalogue of the current language, laid out as
/// clap lays them out: `error: …`, tips, the usage, and where to learn more. Every kind
/// of error is worded: by its context, else (a kind without its context, or one that a
/// newer clap adds) by the general `clap-error-other`.
pub struct Localized;

impl ErrorFormatter for Localized {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let lang = i18n::current();
        let styles = Styles::default();
        let (valid, literal, error_style) =
            (styles.get_valid(), styles.get_literal(), styles.get_error());
        let good = |v: &str| s(format!("{valid}{v}{valid:#}"));
        let mut body = error_body(lang, error, &styles)
            .unwrap_or_else(|| i18n::text_in(lang, "clap-error-other", None));

        // Tips: a similar name, or clap's own suggestions.
        let tip = |t: String| {
            let label = format!("{valid}{}{valid:#}", i18n::text_in(lang, "clap-tip", None));
            format!(
                "\n  {}",
                text(lang, "labelled", &[("label", s(label)), ("text", s(t))])
            )
        };
        let mut tips = String::new();
        for (kind, what) in [
            (ContextKind::SuggestedSubcommand, "subcommand"),
            (ContextKind::SuggestedArg, "argument"),
            (ContextKind::SuggestedValue, "value"),
        ] {
            let names: Vec<String> = match error.get(kind) {
                Some(ContextValue::String(v)) => vec![v.clone()],
                Some(ContextValue::Strings(v)) => v.clone(),
                _ => continue,
            };
            if names.is_empty() {
                continue;
            }
            let quoted: Vec<String> = names
                .iter()
                .map(|n| text(lang, "clap-tip-quoted", &[("name", good(n))]))
                .collect();
            tips.push_str(&tip(text(
                lang,
                "clap-tip-similar",
                &[
                    ("count", FluentValue::from(names.len())),
                    ("what", s(what)),
                    ("names", s(quoted.join(", "))),
                ],
            )));
        }
        if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
            for suggestion in suggestions {
                // A tip this module does not know stays in clap's words rather than
                // disappear (a test makes sure that every tip of this clap is known).
                let english = suggestion.to_string();
                tips.push_str(&tip(
                    suggestion_text(lang, &english).unwrap_or(suggestion.ansi().to_string())
                ));
            }
        }
        if !tips.is_empty() {
            body.push('\n');
            body.push_str(&tips);
        }

        let label = format!(
            "{error_style}{}{error_style:#}",
            crate::messages::error_prefix()
        );
        let mut out = text(lang, "labelled", &[("label", s(label)), ("text", s(body))]);
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let usage = usage.ansi().to_string();
            let heading = i18n::text_in(lang, "clap-usage", None);
            out.push_str("\n\n");
            out.push_str(&usage.replacen("Usage:", &heading, 1));
        }
        let flag = format!("{literal}--help{literal:#}");
        let _ = write!(
            out,
            "\n\n{}\n",
            text(lang, "clap-more-info", &[("flag", s(flag))])
        );
        StyledStr::from(out)
    }
}

/// What went wrong, from the error's kind and context; `None` when the context that the
/// kind needs is not there, as clap then writes its general words.
fn error_body(
    lang: Lang,
    error: &clap::error::Error<Localized>,
    styles: &Styles,
) -> Option<String> {
    if let Some(ContextValue::StyledStr(said)) = error.get(ContextKind::Custom) {
        return Some(said.ansi().to_string());
    }
    let (valid, invalid, literal) = (
        styles.get_valid(),
        styles.get_invalid(),
        styles.get_literal(),
    );
    let string = |kind| match error.get(kind) {
        Some(ContextValue::String(v)) => Some(v.clone()),
        _ => None,
    };
    let number = |kind| match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(FluentValue::from(*n)),
        _ => None,
    };
    let bad = |v: &str| s(format!("{invalid}{v}{invalid:#}"));
    let lit = |v: &str| s(format!("{literal}{v}{literal:#}"));
    let list = |id: &str, kind| match error.get(kind) {
        Some(ContextValue::Strings(values)) if !values.is_empty() => {
            let values: Vec<String> = values
                .iter()
                .map(|v| format!("{valid}{v}{valid:#}"))
                .collect();
            format!(
                "\n  {}",
                text(lang, id, &[("values", s(values.join(", ")))])
            )
        }
        _ => String::new(),
    };
    let arg = string(ContextKind::InvalidArg);
    let value = string(ContextKind::InvalidValue);

    Some(match error.kind() {
        ErrorKind::UnknownArgument => {
            text(lang, "clap-error-unknown-argument", &[("arg", bad(&arg?))])
        }
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg?, value?);
            let mut t = if value.is_empty() {
                text(lang, "clap-error-empty-value", &[("arg", bad(&arg))])
            } else {
                text(
                    lang,
                    "clap-error-invalid-value",
                    &[("value", bad(&value)), ("arg", lit(&arg))],
                )
            };
            t.push_str(&list("clap-list-possible-values", ContextKind::ValidValue));
            t
        }
        ErrorKind::ValueValidation => {
            let (value, arg) = (bad(&value?), lit(&arg?));
            match std::error::Error::source(error) {
                Some(reason) => text(
                    lang,
                    "clap-error-value-validation",
                    &[
                        ("value", value),
                        ("arg", arg),
                        ("reason", s(reason.to_string())),
                    ],
                ),
                None => text(
                    lang,
                    "clap-error-invalid-value",
                    &[("value", value), ("arg", arg)],
                ),
            }
        }
        ErrorKind::InvalidSubcommand => text(
            lang,
            "clap-error-invalid-subcommand",
            &[("name", bad(&string(ContextKind::InvalidSubcommand)?))],
        ),
        ErrorKind::MissingRequiredArgument => {
            let Some(ContextValue::Strings(args)) = error.get(ContextKind::InvalidArg) else {
                return None;
            };
            let mut t = i18n::text_in(lang, "clap-error-missing-required", None);
            for a in args {
                let _ = write!(t, "\n  {valid}{a}{valid:#}");
            }
            t
        }
        ErrorKind::MissingSubcommand => {
            let mut t = text(
                lang,
                "clap-error-missing-subcommand",
                &[("name", bad(&string(ContextKind::InvalidSubcommand)?))],
            );
            t.push_str(&list("clap-list-subcommands", ContextKind::ValidSubcommand));
            t
        }
        ErrorKind::ArgumentConflict => {
            let (what, name) = match (&arg, string(ContextKind::InvalidSubcommand)) {
                (Some(arg), _) => ("argument", arg.clone()),
                (None, Some(sub)) => ("subcommand", sub),
                (None, None) => return None,
            };
            let args = |extra: Option<(&'static str, FluentValue<'static>)>| {
                let mut v: Vec<(&'static str, FluentValue<'static>)> =
                    vec![("what", s(what)), ("arg", bad(&name))];
                v.extend(extra);
                v
            };
            match error.get(ContextKind::PriorArg) {
                Some(ContextValue::String(other)) if *other == name && what == "argument" => {
                    text(lang, "clap-error-conflict-repeated", &args(None))
                }
                Some(ContextValue::String(other)) => text(
                    lang,
                    "clap-error-conflict",
                    &args(Some(("other", bad(other)))),
                ),
                Some(ContextValue::Strings(others)) => {
                    let mut t = text(lang, "clap-error-conflict-many", &args(None));
                    for o in others {
                        let _ = write!(t, "\n  {invalid}{o}{invalid:#}");
                    }
                    t
                }
                _ => text(lang, "clap-error-conflict-others", &args(None)),
            }
        }
        ErrorKind::NoEquals => text(lang, "clap-error-no-equals", &[("arg", bad(&arg?))]),
        ErrorKind::TooManyValues => text(
            lang,
            "clap-error-too-many-values",
            &[("value", bad(&value?)), ("arg", lit(&arg?))],
        ),
        ErrorKind::TooFewValues => text(
            lang,
            "clap-error-too-few-values",
            &[
                ("min", number(ContextKind::MinValues)?),
                ("actual", number(ContextKind::ActualNumValues)?),
                ("arg", lit(&arg?)),
            ],
        ),
        ErrorKind::WrongNumberOfValues => text(
            lang,
            "clap-error-wrong-number-of-values",
            &[
                ("expected", number(ContextKind::ExpectedNumValues)?),
                ("actual", number(ContextKind::ActualNumValues)?),
                ("arg", lit(&arg?)),
            ],
        ),
        ErrorKind::InvalidUtf8 => i18n::text_in(lang, "clap-error-invalid-utf8", None),
        // The help and the version are written by clap before any formatter (and are in
        // the reader's language already); I/O and format errors come as English
        // sentences, which `localized` replaces. Here they, and any kind a newer clap
        // adds, get the general words.
        _ => return None,
    })
}

/// clap's suggestions come as English sentences: the three it makes, in the catalogue's
/// words; `None` for a sentence this module does not know (a test checks that it knows
/// every one that this clap writes).
fn suggestion_text(lang: Lang, english: &str) -> Option<String> {
    let q: Vec<String> = english
        .split('\'')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    if english.starts_with("to pass '")
        && english.contains("' as a value, use '")
        && english.ends_with('\'')
        && q.len() == 2
    {
        Some(text(
            lang,
            "clap-tip-pass-as-value",
            &[("arg", s(q[0].clone())), ("use", s(q[1].clone()))],
        ))
    } else if english.starts_with("subcommand '")
        && english.ends_with("' exists; to use it, remove the '--' before it")
        && q.len() == 2
    {
        Some(text(
            lang,
            "clap-tip-remove-dashes",
            &[("name", s(q[0].clone()))],
        ))
    } else if english.starts_with('\'') && english.ends_with("' exists") && q.len() == 1 {
        Some(text(lang, "clap-tip-exists", &[("name", s(q[0].clone()))]))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The tree as src/cli/ writes it (no words: they are in the catalogues), built.
    fn bare() -> Command {
        let mut cmd = Cli::command();
        cmd.build();
        cmd
    }

    /// Every command of `cmd`, with its path.
    fn all(cmd: &Command) -> Vec<(Vec<String>, Command)> {
        fn walk(cmd: &Command, path: Vec<String>, out: &mut Vec<(Vec<String>, Command)>) {
            out.push((path.clone(), cmd.clone()));
            for sub in cmd.get_subcommands() {
                let mut path = path.clone();
                path.push(sub.get_name().to_string());
                walk(sub, path, out);
            }
        }
        let mut out = Vec::new();
        walk(cmd, Vec::new(), &mut out);
        out
    }

    fn find(cmd: &Command, path: &[String]) -> Command {
        path.iter().fold(cmd.clone(), |c, name| {
            c.find_subcommand(name)
                .unwrap_or_else(|| panic!("no {name}"))
                .clone()
        })
    }

    /// A command or an argument without its words in one language would be shown in
    /// the other one, or not explained at all.
    #[test]
    fn every_command_and_argument_has_its_words_in_both_languages() {
        let mut missing = Vec::new();
        for lang in LANGS {
            let mut need = |id: String| {
                if get(lang, &id).is_none() {
                    missing.push(format!("{lang:?}: {id}"));
                }
            };
            need("topic-exit-codes".into());
            need("topic-environment".into());
            for (path, cmd) in all(&bare()) {
                need(command_key(&path));
                for arg in cmd.get_arguments().filter(|a| !is_help_flag(a)) {
                    let Some(key) = arg_key(lang, &path, arg) else {
                        let id = arg.get_id().as_str().replace('_', "-");
                        need(format!("arg-{}-{id}", path.join("-")));
                        continue;
                    };
                    let values = arg.get_possible_values();
                    if values
                        .iter()
                        .any(|pv| get(lang, &format!("{key}.value-{}", pv.get_name())).is_some())
                    {
                        for pv in &values {
                            need(format!("{key}.value-{}", pv.get_name()));
                        }
                        assert!(
                            translated_parser(arg, values.clone()).is_some(),
                            "{}: add its value enum to translated_parser",
                            arg.get_id()
                        );
                    }
                    if takes_values(arg) {
                        for name in arg.get_value_names().unwrap_or_default() {
                            need(value_name_key(name));
                        }
                    }
                }
            }
        }
        missing.dedup();
        assert!(missing.is_empty(), "not in locales/*/cli.ftl: {missing:#?}");
    }

    /// The French help is laid out by this module: in English, that layout must be
    /// clap's own, letter for letter (but for the spaces that end blank lines, which
    /// clap does not put before a list of possible values, and the indentation of a
    /// possible value's help when it wraps: here nothing wraps).
    #[test]
    fn the_own_layout_is_claps() {
        let clap = command(Lang::En);
        let own = tree(Lang::En, Specs::Own);
        let text = |s: StyledStr| {
            s.to_string()
                .lines()
                .map(str::trim_end)
                .collect::<Vec<_>>()
                .join("\n")
        };
        for (path, _) in all(&clap) {
            let (mut c, mut o) = (
                find(&clap, &path).term_width(1000),
                find(&own, &path).term_width(1000),
            );
            assert_eq!(
                text(o.render_help()),
                text(c.render_help()),
                "-h of {path:?}"
            );
            assert_eq!(
                text(o.render_long_help()),
                text(c.render_long_help()),
                "--help of {path:?}"
            );
        }
    }

    const MISTAKES: &[&[&str]] = &[
        &["portfolio", "create", "--frobnicate"],
        &["portfolio", "create", "--dry-ru"],
        &["portfoli"],
        &["-o", "jsn", "portfolio", "list"],
        &["--output"],
        &["portfolio", "show", "0"],
        &["portfolio", "show"],
        &["clients", "add"],
        &["--db", "x", "--api-url", "y", "portfolio", "list"],
        &["portfolio", "create", "--yes", "--yes"],
        &["--", "portfolio"],
        &["completions", "zsh", "bash"],
        &["settings", "set", "language", "de"],
        &["admin", "add", "--frobnicate"],
        &["admin", "add", "-z"],
        &["portfolio", "--dry-run", "create"],
        &["clients", "list", "--limit", "0"],
        &["clients", "list", "-n", "x"],
        &["audit", "list", "-n", "-1"],
        &["audit", "list", "--limit", "99999999999999999999"],
        &["notifications", "list", "-n", "0"],
        &["notifications", "list", "--limit", "ten"],
        &["serve", "--listen", "nope"],
        &["serve", "--listen", "127.0.0.1"],
        &["portfolio"],
    ];

    /// The error of `words`, parsed (and its values checked) in `lang`.
    fn mistake_of(lang: Lang, words: &[OsString]) -> clap::Error {
        let args = std::iter::once(OsString::from("urssaf-admin")).chain(words.iter().cloned());
        i18n::with(lang, || command(lang).try_get_matches_from(args)).unwrap_err()
    }

    fn mistake(lang: Lang, words: &[&str]) -> clap::Error {
        let words: Vec<OsString> = words.iter().map(OsString::from).collect();
        mistake_of(lang, &words)
    }

    /// An error as `print_error` prints it in `lang`.
    fn shown(lang: Lang, e: clap::Error) -> String {
        let mut cmd = command(lang);
        i18n::with(lang, || localized(e, &mut cmd).render().to_string())
    }

    /// English words that clap writes in its errors and tips (and the reasons of its
    /// own value parsers).
    const ENGLISH: &[&str] = &[
        "error",
        "Usage",
        "tip",
        "possible values",
        "required",
        "found",
        "invalid value",
        "similar",
        "exists",
        "to pass",
        "as a value",
        "use '",
        "subcommand",
        "remove the",
        "before it",
        "is not in",
        "digit",
        "whole number",
        "address and port",
        "syntax",
        "provided",
        "For more",
        "detected",
        "could not",
        "'",
    ];

    /// French as typography has it: no breakable space before « : » nor inside « ».
    fn assert_french(text: &str) {
        assert!(text.starts_with("erreur\u{a0}: "), "{text}");
        assert!(
            text.ends_with("Pour plus d'informations, essayez «\u{a0}--help\u{a0}».\n"),
            "{text}"
        );
        for english in ENGLISH {
            // The apostrophes of French words are not clap's quotes.
            if *english == "'" {
                assert!(!text.contains(" '") && !text.contains("' "), "' in {text}");
            } else {
                assert!(!text.contains(english), "{english} in {text}");
            }
        }
        for bad in [" :", " ;", " ?", " !", "« ", " »"] {
            assert!(!text.contains(bad), "{bad:?} in {text}");
        }
    }

    /// The errors are laid out as clap lays them out: in English, letter for letter.
    #[test]
    fn errors_are_laid_out_as_claps() {
        for words in MISTAKES {
            let clap = mistake(Lang::En, words).render().to_string();
            let own = i18n::with(Lang::En, || {
                mistake(Lang::En, words)
                    .apply::<Localized>()
                    .render()
                    .to_string()
            });
            assert_eq!(own, clap, "{words:?}");
        }
    }

    #[test]
    fn errors_speak_french() {
        for words in MISTAKES {
            let e = mistake(Lang::Fr, words);
            if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                // The help itself, in French.
                let text = shown(Lang::Fr, e);
                assert!(text.contains("Utilisation\u{a0}: "), "{text}");
                continue;
            }
            assert_french(&shown(Lang::Fr, e));
        }
    }

    /// The reasons of the values that the tool checks itself come from the catalogue.
    #[test]
    fn refused_values_say_why_in_french() {
        for (words, why) in [
            (
                &["clients", "list", "--limit", "0"][..],
                "donnez un nombre entier à partir de 1",
            ),
            (&["audit", "list", "-n", "x"], "donnez un nombre entier"),
            (
                &["notifications", "list", "-n", "0"],
                "donnez un nombre entier",
            ),
            (
                &["serve", "--listen", "nope"],
                "donnez une adresse et un port, comme 127.0.0.1:8080",
            ),
            (&["portfolio", "show", "0"], "numérotés à partir de 1"),
        ] {
            let text = shown(Lang::Fr, mistake(Lang::Fr, words));
            assert!(text.contains(why), "{words:?}: {text}");
            assert_french(&text);
        }
        // In English, the catalogue's English.
        let text = mistake(Lang::En, &["clients", "list", "--limit", "0"]).to_string();
        assert!(
            text.contains("invalid value '0' for '--limit <LIMIT>': give a whole number from 1"),
            "{text}"
        );
    }

    /// Every value parser of the tree says why it refuses a value in the reader's
    /// language: an argument that takes a value and checks it (not a text, a path, or
    /// one of a list) must be in the list above.
    #[test]
    fn every_checked_value_is_known() {
        let known = [
            "portfolio",
            "to",
            "number",
            "limit",
            "listen",
            "session",
            "minutes",
            "trusted_proxy",
        ];
        for (path, cmd) in all(&bare()) {
            for arg in cmd.get_arguments().filter(|a| takes_values(a)) {
                let parser = arg.get_value_parser();
                let id = parser.type_id();
                let free = [
                    TypeId::of::<String>(),
                    TypeId::of::<std::path::PathBuf>(),
                    TypeId::of::<OsString>(),
                ]
                .iter()
                .any(|t| id == *t)
                    || parser.possible_values().is_some();
                assert!(
                    free || known.contains(&arg.get_id().as_str()),
                    "{path:?} {}: say in the catalogue why a value is refused \
                     (a value parser like cli::limit), then add it here",
                    arg.get_id()
                );
            }
        }
    }

    /// Every kind of error clap has is worded in French: by its context, else by the
    /// general words, with the usage and where to learn more.
    #[test]
    fn every_kind_of_error_speaks_french() {
        let kinds = [
            ErrorKind::InvalidValue,
            ErrorKind::UnknownArgument,
            ErrorKind::InvalidSubcommand,
            ErrorKind::NoEquals,
            ErrorKind::ValueValidation,
            ErrorKind::TooManyValues,
            ErrorKind::TooFewValues,
            ErrorKind::WrongNumberOfValues,
            ErrorKind::ArgumentConflict,
            ErrorKind::MissingRequiredArgument,
            ErrorKind::MissingSubcommand,
            ErrorKind::InvalidUtf8,
            ErrorKind::DisplayHelp,
            ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand,
            ErrorKind::DisplayVersion,
            ErrorKind::Io,
            ErrorKind::Format,
        ];
        let mut cmd = command(Lang::Fr);
        let usage = cmd.render_usage();
        for kind in kinds {
            // Without its context: the general words.
            let mut e = clap::error::Error::<Localized>::new(kind).with_cmd(&cmd);
            e.insert(ContextKind::Usage, ContextValue::StyledStr(usage.clone()));
            let text = i18n::with(Lang::Fr, || e.render().to_string());
            assert_french(&text);
            assert!(text.contains("Utilisation\u{a0}: urssaf-admin"), "{text}");
            // Written by clap as an English sentence (I/O, FromArgMatches).
            let text = shown(Lang::Fr, clap::Error::raw(kind, "something went wrong"));
            if matches!(
                kind,
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                // Help and version: what clap was given to show, as clap shows it.
                let clap = clap::Error::raw(kind, "something went wrong").render();
                assert_eq!(text, clap.to_string(), "{kind:?}");
            } else {
                assert_french(&text);
                if kind != ErrorKind::InvalidUtf8 {
                    assert!(text.contains("n'a pas pu être comprise"), "{text}");
                }
            }
        }
        // A byte that is not UTF-8.
        use std::os::unix::ffi::OsStringExt;
        let words = [
            OsString::from("clients"),
            OsString::from("add"),
            OsString::from_vec(vec![0xff]),
            OsString::from("-p"),
            OsString::from("1"),
            OsString::from("--name"),
            OsString::from("x"),
        ];
        let e = mistake_of(Lang::Fr, &words);
        assert_eq!(e.kind(), ErrorKind::InvalidUtf8);
        let text = shown(Lang::Fr, e);
        assert_french(&text);
        assert!(
            text.contains("UTF-8 valide")
                && text.contains("Utilisation\u{a0}: urssaf-admin clients add"),
            "{text}"
        );
        let e = mistake_of(Lang::En, &words);
        let clap = e.render().to_string();
        let own = i18n::with(Lang::En, || {
            mistake_of(Lang::En, &words)
                .apply::<Localized>()
                .render()
                .to_string()
        });
        assert_eq!(own, clap);
    }

    /// clap's tips come as English sentences, which `suggestion_text` recognises: each
    /// tip this clap gives is recognised (a newer clap that words one otherwise fails
    /// here rather than print English), and said in French. (clap also gives "to pass
    /// 'X' as a value, use 'prog -- X'" for a flag-like word close to a subcommand where
    /// a positional could take it: no command here has both, and the sentence is the
    /// one of `admin add --frobnicate`.)
    #[test]
    fn every_tip_of_clap_is_translated() {
        let cases: Vec<(clap::Error, Lang, Option<ContextKind>, &str)> = vec![
            // A flag close to one of the command's.
            (
                mistake(Lang::Fr, &["portfolio", "create", "--dry-ru"]),
                Lang::Fr,
                Some(ContextKind::SuggestedArg),
                "un argument proche existe\u{a0}: «\u{a0}--dry-run\u{a0}»",
            ),
            // A subcommand with a typo.
            (
                mistake(Lang::Fr, &["portfoli"]),
                Lang::Fr,
                Some(ContextKind::SuggestedSubcommand),
                "une sous-commande proche existe\u{a0}: «\u{a0}portfolio\u{a0}»",
            ),
            // A value close to a possible one.
            (
                mistake(Lang::Fr, &["-o", "jsn", "portfolio", "list"]),
                Lang::Fr,
                Some(ContextKind::SuggestedValue),
                "une valeur proche existe\u{a0}: «\u{a0}json\u{a0}»",
            ),
            // A value that looks like a flag.
            (
                mistake(Lang::Fr, &["admin", "add", "--frobnicate"]),
                Lang::Fr,
                None,
                "pour passer «\u{a0}--frobnicate\u{a0}» comme valeur, écrivez «\u{a0}-- --frobnicate\u{a0}»",
            ),
            (
                mistake(Lang::Fr, &["admin", "add", "-z"]),
                Lang::Fr,
                None,
                "pour passer «\u{a0}-z\u{a0}» comme valeur, écrivez «\u{a0}-- -z\u{a0}»",
            ),
            // A flag of a subcommand given before it.
            (
                mistake(Lang::Fr, &["portfolio", "--dry-run", "create"]),
                Lang::Fr,
                None,
                "«\u{a0}create --dry-run\u{a0}» existe",
            ),
            // A subcommand after `--`.
            (
                mistake(Lang::Fr, &["--", "portfolio"]),
                Lang::Fr,
                None,
                "la sous-commande «\u{a0}portfolio\u{a0}» existe\u{202f}; pour l'utiliser, \
                 retirez le «\u{a0}--\u{a0}» qui la précède",
            ),
        ];
        for (e, lang, similar, french) in cases {
            let suggestions: Vec<String> = match e.get(ContextKind::Suggested) {
                Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
                _ => Vec::new(),
            };
            match similar {
                Some(kind) => assert!(e.get(kind).is_some(), "{french}: no {kind:?}"),
                None => assert!(!suggestions.is_empty(), "{french}: clap gives no tip"),
            }
            for english in &suggestions {
                assert!(
                    suggestion_text(lang, english).is_some(),
                    "clap's tip {english:?} is not in suggestion_text"
                );
            }
            let text = i18n::with(lang, || e.apply::<Localized>().render().to_string());
            assert_french(&text);
            assert!(
                text.contains(&format!("  astuce\u{a0}: {french}\n")),
                "{french:?} not in {text}"
            );
        }
    }

    /// What breaks French typography in the text of a Fluent catalogue: an ASCII space
    /// (or the wrong no-break one) before « : » (U+00A0) or before ; ? ! (U+202F), an
    /// ASCII space inside « ». Only the text counts: not the Fluent syntax (`[one]`,
    /// `->`, `.long =`), nor the placeables, nor code in backticks (a command, a URL).
    fn french_typography_faults(source: &str) -> Vec<String> {
        use fluent_syntax::ast;
        /// The texts of a pattern: its own (a placeable stands for a word), then those
        /// of the variants of its selections.
        fn texts(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
            let mut own = String::new();
            for e in &p.elements {
                match e {
                    ast::PatternElement::TextElement { value } => own.push_str(value),
                    ast::PatternElement::Placeable { expression } => {
                        own.push('\u{fffc}');
                        if let ast::Expression::Select { variants, .. } = expression {
                            for v in variants {
                                texts(&v.value, out);
                            }
                        }
                    }
                }
            }
            out.push(own);
        }
        let res = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, e)| panic!("{e:?}"));
        let mut faults = Vec::new();
        for entry in res.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let mut all = Vec::new();
            if let Some(v) = &m.value {
                texts(v, &mut all);
            }
            for a in &m.attributes {
                texts(&a.value, &mut all);
            }
            for text in all {
                // Code in backticks stays as it is typed.
                let prose: Vec<&str> = text.split('`').step_by(2).collect();
                let chars: Vec<char> = prose.join("\u{fffc}").chars().collect();
                for (i, &c) in chars.iter().enumerate() {
                    let before = i.checked_sub(1).map(|j| chars[j]);
                    let after = chars.get(i + 1).copied();
                    let fault = match c {
                        ':' => matches!(before, Some(' ' | '\u{202f}')),
                        ';' | '?' | '!' => matches!(before, Some(' ' | '\u{a0}')),
                        '«' => after == Some(' '),
                        '»' => before == Some(' '),
                        _ => false,
                    };
                    if fault {
                        let at: String = chars[i.saturating_sub(20)..(i + 10).min(chars.len())]
                            .iter()
                            .collect();
                        faults.push(format!("{}: {c:?} in {at:?}", m.id.name));
                    }
                }
            }
        }
        faults
    }

    /// The French catalogue of the help keeps its punctuation on the line: clap wraps at
    /// ASCII spaces only.
    #[test]
    fn french_help_has_no_breakable_space_before_punctuation() {
        // Messages too: a terminal or a mail reader wraps them as well.
        let files = i18n::CATALOGUES
            .iter()
            .find(|(lang, _)| *lang == Lang::Fr)
            .unwrap()
            .1;
        for (name, text) in files {
            let faults = french_typography_faults(text);
            assert!(
                faults.is_empty(),
                "locales/{name} wants U+00A0 before « : » and inside « », U+202F before \
                 ; ? and !, here:\n{faults:#?}"
            );
        }
        // The check itself: syntax, placeables and code are not text.
        let sample = "a = x : y ; z\n    .long = «\u{a0}b »\nc = { $n ->\n        [one] un ?\n       *[other] `d : e` https://f{ $n }\n    } !\n";
        assert_eq!(
            french_typography_faults(sample),
            [
                "a: ':' in \"x : y ; z\"",
                "a: ';' in \"x : y ; z\"",
                "a: '»' in \"«\\u{a0}b »\"",
                "c: '?' in \"un ?\"",
                "c: '!' in \"\u{fffc} !\"",
            ]
        );
    }

    /// Wrapped narrow, no line of the French help starts with a colon, a semicolon or a
    /// closing guillemet, and none ends with an opening one.
    #[test]
    fn wrapped_french_help_keeps_punctuation_on_its_line() {
        let fr = command(Lang::Fr);
        for width in [40, 60] {
            for (path, _) in all(&fr) {
                let mut cmd = find(&fr, &path).term_width(width);
                for help in [cmd.render_help(), cmd.render_long_help()] {
                    for line in help.to_string().lines() {
                        let start = line.trim_start_matches(' ');
                        assert!(
                            !start.starts_with([':', ';', '?', '!', '»']) && !line.ends_with('«'),
                            "{path:?} at {width} columns: {line:?}"
                        );
                    }
                }
            }
        }
    }

    /// `help exit-codes` and the man pages read the topics by their columns.
    #[test]
    fn topics_keep_their_columns() {
        for lang in LANGS {
            for (id, column) in [
                ("topic-exit-codes", 6),
                ("topic-environment", 24),
                ("topic-formatting", 13),
            ] {
                let text = i18n::text_in(lang, id, None);
                let mut lines = text.lines();
                let title = lines.next().unwrap();
                assert!(
                    title.ends_with(':') && !title.starts_with(' '),
                    "{lang:?} {id}: {title}"
                );
                for line in lines {
                    let indent = line.len() - line.trim_start().len();
                    let ok = match indent {
                        2 => match line[2..].find("  ") {
                            // A term and its text.
                            Some(gap) => {
                                let at = 2 + gap + line[2 + gap..].len()
                                    - line[2 + gap..].trim_start().len();
                                at == column
                            }
                            // A long term (its text below), or the free text of formatting.
                            None => true,
                        },
                        _ => indent == column,
                    };
                    assert!(ok, "{lang:?} {id}: {line:?}");
                }
            }
        }
    }

    #[test]
    fn french_help_is_french_and_names_stay() {
        let mut fr = command(Lang::Fr);
        let help = fr.render_long_help().to_string();
        for word in [
            "Utilisation\u{a0}: urssaf-admin [OPTIONS] <COMMANDE>",
            "Commandes\u{a0}:",
            "Options globales\u{a0}:",
            "Codes de retour\u{a0}:",
            "portfolio",
            "--output <FORMAT>",
            "[par défaut\u{a0}: table]",
            "Valeurs possibles\u{a0}:",
            "Afficher l'aide",
        ] {
            assert!(help.contains(word), "{word} not in {help}");
        }
        let mut create = find(&fr, &["portfolio".into(), "create".into()]);
        let help = create.render_help().to_string();
        assert!(help.starts_with("Créer un nouveau portefeuille"), "{help}");
        assert!(
            help.contains("--dry-run") && help.contains("-y, --yes"),
            "{help}"
        );
        let mut add = find(&fr, &["subscriber".into(), "add".into()]);
        let help = add.render_help().to_string();
        assert!(help.contains("Arguments\u{a0}:\n  <IDENTIFIANT>"), "{help}");
        assert!(
            !help.contains("Usage") && !help.contains("Print help"),
            "{help}"
        );
    }
}
