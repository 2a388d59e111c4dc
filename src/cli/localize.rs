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
//! for `<NAME>`; `clap-…` for clap's own words.

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
    let mut cmd = Cli::command();
    cmd.build();
    Localizer { lang, specs }.command(cmd, &[])
}

/// Parses the command line with the tree of the current language. On `--help`,
/// `--version` or a mistake, prints what clap has to say (in that language) and returns
/// the exit code: 0 for help and version, 2 for a usage error.
pub fn parse(args: Vec<OsString>) -> Result<Cli, u8> {
    let lang = i18n::current();
    let mut matches = command(lang)
        .try_get_matches_from(args)
        .map_err(|e| print_error(lang, e))?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| print_error(lang, e))
}

/// Prints a clap error (help and version included) and returns its exit code.
pub fn print_error(lang: Lang, e: clap::Error) -> u8 {
    let code = u8::try_from(e.exit_code()).unwrap_or(2);
    let _ = if lang != Lang::En && translated_kind(e.kind()) {
        i18n::with(lang, || e.apply::<Localized>().print())
    } else {
        e.print()
    };
    code
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
    fn command(&self, mut cmd: Command, path: &[String]) -> Command {
        let lang = self.lang;
        let key = command_key(path);
        if let Some(about) = get(lang, &key) {
            cmd = cmd.about(about);
        }
        if cmd.get_long_about().is_some()
            && let Some(long) = get(lang, &format!("{key}.long"))
        {
            cmd = cmd.long_about(long);
        }
        if cmd.get_after_help().is_some()
            && let Some(after) = get(lang, &format!("{key}.after"))
        {
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
        } else if cmd.get_after_long_help().is_some()
            && let Some(after) = get(lang, &format!("{key}.after-long"))
        {
            cmd = cmd.after_long_help(after);
        }
        let styles = cmd.get_styles().clone();
        cmd = cmd.mut_args(|a| self.arg(a, path, &styles));
        if lang != Lang::En && cmd.has_subcommands() {
            // <COMMANDE> in the usage, <commande> in a man page's synopsis.
            cmd = cmd.subcommand_value_name(interned(i18n::text_in(
                lang,
                "clap-command-value",
                None,
            )));
        }
        if self.specs == Specs::Own {
            let template = self.template(&cmd);
            cmd = cmd.help_template(template);
        }
        cmd.mut_subcommands(|sub| {
            let mut path = path.to_vec();
            path.push(sub.get_name().to_string());
            self.command(sub, &path)
        })
    }

    fn arg(&self, mut a: Arg, path: &[String], styles: &Styles) -> Arg {
        let lang = self.lang;
        match a.get_action() {
            ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => {
                a = if a.get_long_help().is_some() {
                    a.help(i18n::text_in(lang, "clap-help-short", None))
                        .long_help(i18n::text_in(lang, "clap-help-long", None))
                } else {
                    a.help(i18n::text_in(lang, "clap-help", None))
                };
                return a;
            }
            ArgAction::Version => return a.help(i18n::text_in(lang, "clap-version", None)),
            _ => {}
        }
        let key = arg_key(lang, path, &a);
        if let Some(key) = &key {
            if let Some(help) = get(lang, key) {
                a = a.help(help);
            }
            if a.get_long_help().is_some()
                && let Some(long) = get(lang, &format!("{key}.long"))
            {
                a = a.long_help(long);
            }
        }
        if takes_values(&a)
            && let Some(names) = a.get_value_names()
        {
            let names: Vec<&'static str> = names
                .iter()
                .map(|n| interned(get(lang, &value_name_key(n)).unwrap_or_else(|| n.to_string())))
                .collect();
            a = a.value_names(names);
        }
        if let Some(key) = &key
            && a.get_possible_values()
                .iter()
                .any(|pv| pv.get_help().is_some())
        {
            let values: Vec<PossibleValue> = a
                .get_possible_values()
                .into_iter()
                .map(|pv| {
                    let help = pv
                        .get_help()
                        .and_then(|_| get(lang, &format!("{key}.value-{}", pv.get_name())));
                    match help {
                        Some(help) => pv.help(help),
                        None => pv,
                    }
                })
                .collect();
            if let Some(parser) = translated_parser(&a, values) {
                a = a.value_parser(parser);
            }
        }
        if self.specs == Specs::Own {
            a = self.own_specs(a, styles);
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

    /// clap's default template, with the headings in the catalogue's words.
    fn template(&self, cmd: &Command) -> StyledStr {
        let lang = self.lang;
        let styles = cmd.get_styles();
        let usage = styles.get_usage();
        let header = styles.get_header();
        let heading = |id: &str| format!("{header}{}{header:#}\n", i18n::text_in(lang, id, None));
        let mut sections = Vec::new();
        if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
            sections.push(format!("{}{{subcommands}}", heading("clap-commands")));
        }
        if cmd.get_positionals().any(|a| !a.is_hide_set()) {
            sections.push(format!("{}{{positionals}}", heading("clap-arguments")));
        }
        if cmd
            .get_arguments()
            .any(|a| !a.is_positional() && !a.is_hide_set())
        {
            sections.push(format!("{}{{options}}", heading("clap-options")));
        }
        let mut template = format!(
            "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}",
            i18n::text_in(lang, "clap-usage", None)
        );
        if !sections.is_empty() {
            template.push_str("\n\n");
            template.push_str(&sections.join("\n\n"));
        }
        template.push_str("{after-help}");
        StyledStr::from(template)
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

fn translated_kind(kind: ErrorKind) -> bool {
    matches!(
        kind,
        ErrorKind::UnknownArgument
            | ErrorKind::InvalidValue
            | ErrorKind::InvalidSubcommand
            | ErrorKind::MissingRequiredArgument
            | ErrorKind::MissingSubcommand
            | ErrorKind::ArgumentConflict
            | ErrorKind::ValueValidation
            | ErrorKind::NoEquals
            | ErrorKind::TooManyValues
            | ErrorKind::TooFewValues
            | ErrorKind::WrongNumberOfValues
    )
}

/// clap's errors in the words of the catalogue of the current language, laid out as
/// clap lays them out: `error: …`, tips, the usage, and where to learn more.
pub struct Localized;

impl ErrorFormatter for Localized {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let lang = i18n::current();
        let styles = Styles::default();
        let (valid, invalid, literal, error_style) = (
            styles.get_valid(),
            styles.get_invalid(),
            styles.get_literal(),
            styles.get_error(),
        );
        let string = |kind| match error.get(kind) {
            Some(ContextValue::String(v)) => Some(v.clone()),
            _ => None,
        };
        let number = |kind| match error.get(kind) {
            Some(ContextValue::Number(n)) => Some(*n),
            _ => None,
        };
        let bad = |v: &str| s(format!("{invalid}{v}{invalid:#}"));
        let lit = |v: &str| s(format!("{literal}{v}{literal:#}"));
        let good = |v: &str| s(format!("{valid}{v}{valid:#}"));
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

        let mut body = match error.kind() {
            ErrorKind::UnknownArgument => text(
                lang,
                "clap-error-unknown-argument",
                &[("arg", bad(&arg.unwrap_or_default()))],
            ),
            ErrorKind::InvalidValue => {
                let arg = arg.unwrap_or_default();
                let value = value.unwrap_or_default();
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
                let (value, arg) = (
                    bad(&value.unwrap_or_default()),
                    lit(&arg.unwrap_or_default()),
                );
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
                &[(
                    "name",
                    bad(&string(ContextKind::InvalidSubcommand).unwrap_or_default()),
                )],
            ),
            ErrorKind::MissingRequiredArgument => {
                let mut t = i18n::text_in(lang, "clap-error-missing-required", None);
                if let Some(ContextValue::Strings(args)) = error.get(ContextKind::InvalidArg) {
                    for a in args {
                        let _ = write!(t, "\n  {valid}{a}{valid:#}");
                    }
                }
                t
            }
            ErrorKind::MissingSubcommand => {
                let mut t = text(
                    lang,
                    "clap-error-missing-subcommand",
                    &[(
                        "name",
                        bad(&string(ContextKind::InvalidSubcommand).unwrap_or_default()),
                    )],
                );
                t.push_str(&list("clap-list-subcommands", ContextKind::ValidSubcommand));
                t
            }
            ErrorKind::ArgumentConflict => {
                let (what, name) = match (&arg, string(ContextKind::InvalidSubcommand)) {
                    (Some(arg), _) => ("argument", arg.clone()),
                    (None, sub) => ("subcommand", sub.unwrap_or_default()),
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
            ErrorKind::NoEquals => text(
                lang,
                "clap-error-no-equals",
                &[("arg", bad(&arg.unwrap_or_default()))],
            ),
            ErrorKind::TooManyValues => text(
                lang,
                "clap-error-too-many-values",
                &[
                    ("value", bad(&value.unwrap_or_default())),
                    ("arg", lit(&arg.unwrap_or_default())),
                ],
            ),
            ErrorKind::TooFewValues => text(
                lang,
                "clap-error-too-few-values",
                &[
                    (
                        "min",
                        FluentValue::from(number(ContextKind::MinValues).unwrap_or(0)),
                    ),
                    (
                        "actual",
                        FluentValue::from(number(ContextKind::ActualNumValues).unwrap_or(0)),
                    ),
                    ("arg", lit(&arg.unwrap_or_default())),
                ],
            ),
            ErrorKind::WrongNumberOfValues => text(
                lang,
                "clap-error-wrong-number-of-values",
                &[
                    (
                        "expected",
                        FluentValue::from(number(ContextKind::ExpectedNumValues).unwrap_or(0)),
                    ),
                    (
                        "actual",
                        FluentValue::from(number(ContextKind::ActualNumValues).unwrap_or(0)),
                    ),
                    ("arg", lit(&arg.unwrap_or_default())),
                ],
            ),
            other => other.as_str().unwrap_or_default().to_string(),
        };

        // Tips: a similar name, or clap's own suggestions.
        let tip = |t: String| {
            let label = format!("{valid}{}{valid:#}", i18n::text_in(lang, "clap-tip", None));
            format!("\n  {}", crate::t!("labelled", label = label, text = t))
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
                tips.push_str(&tip(suggestion_text(lang, &suggestion.to_string())));
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
        let mut out = crate::t!("labelled", label = label, text = body);
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

/// clap's suggestions come as English sentences: the three it makes, in the catalogue's
/// words.
fn suggestion_text(lang: Lang, english: &str) -> String {
    let quoted = |s: &str| -> Vec<String> {
        s.split('\'')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let q = quoted(english);
    if english.starts_with("to pass '") && q.len() == 2 {
        text(
            lang,
            "clap-tip-pass-as-value",
            &[("arg", s(q[0].clone())), ("use", s(q[1].clone()))],
        )
    } else if english.starts_with("subcommand '") && english.contains("remove the") && !q.is_empty()
    {
        text(lang, "clap-tip-remove-dashes", &[("name", s(q[0].clone()))])
    } else if english.starts_with('\'') && english.ends_with("' exists") && q.len() == 1 {
        text(lang, "clap-tip-exists", &[("name", s(q[0].clone()))])
    } else {
        english.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The tree as the doc comments of src/cli/ write it, built.
    fn doc_comments() -> Command {
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

    fn plain(s: Option<&StyledStr>) -> Option<String> {
        s.map(ToString::to_string)
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
            for (path, cmd) in all(&doc_comments()) {
                let key = command_key(&path);
                need(key.clone());
                if cmd.get_long_about().is_some() {
                    need(format!("{key}.long"));
                }
                if cmd.get_after_help().is_some() {
                    need(format!("{key}.after"));
                }
                if cmd.get_after_long_help().is_some() {
                    need(format!("{key}.after-long"));
                }
                for arg in cmd.get_arguments().filter(|a| !is_help_flag(a)) {
                    let Some(key) = arg_key(lang, &path, arg) else {
                        need(format!("arg-{}-{}", path.join("-"), arg.get_id()));
                        continue;
                    };
                    if arg.get_long_help().is_some() {
                        need(format!("{key}.long"));
                    }
                    let values = arg.get_possible_values();
                    for pv in values.iter().filter(|pv| pv.get_help().is_some()) {
                        need(format!("{key}.value-{}", pv.get_name()));
                    }
                    if values.iter().any(|pv| pv.get_help().is_some()) {
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

    /// The English catalogue says what the doc comments say (where they say something):
    /// change one, change the other.
    #[test]
    fn english_is_what_the_doc_comments_say() {
        let english = command(Lang::En);
        for (path, doc) in all(&doc_comments()) {
            let en = find(&english, &path);
            let at = command_key(&path);
            assert_eq!(plain(en.get_about()), plain(doc.get_about()), "{at}");
            assert_eq!(
                plain(en.get_long_about()),
                plain(doc.get_long_about()),
                "{at}.long"
            );
            assert_eq!(
                plain(en.get_after_help()),
                plain(doc.get_after_help()),
                "{at}.after"
            );
            if !path.is_empty() {
                assert_eq!(
                    plain(en.get_after_long_help()),
                    plain(doc.get_after_long_help()),
                    "{at}.after-long"
                );
            }
            for d in doc.get_arguments() {
                let a = en
                    .get_arguments()
                    .find(|a| a.get_id() == d.get_id())
                    .unwrap();
                let at = format!("{at} {}", d.get_id());
                if d.get_help().is_some() {
                    assert_eq!(plain(a.get_help()), plain(d.get_help()), "{at}");
                }
                assert_eq!(
                    plain(a.get_long_help()),
                    plain(d.get_long_help()),
                    "{at}.long"
                );
                assert_eq!(a.get_value_names(), d.get_value_names(), "{at} value names");
                let helps = |a: &Arg| {
                    a.get_possible_values()
                        .iter()
                        .map(|pv| (pv.get_name().to_string(), plain(pv.get_help())))
                        .collect::<Vec<_>>()
                };
                assert_eq!(helps(a), helps(d), "{at} possible values");
            }
        }
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
    ];

    fn mistake(lang: Lang, words: &[&str]) -> clap::Error {
        let args = std::iter::once("urssaf-admin").chain(words.iter().copied());
        let e = command(lang).try_get_matches_from(args).unwrap_err();
        assert!(translated_kind(e.kind()), "{words:?}: {:?}", e.kind());
        e
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
            let text = i18n::with(Lang::Fr, || {
                mistake(Lang::Fr, words)
                    .apply::<Localized>()
                    .render()
                    .to_string()
            });
            assert!(text.starts_with("erreur : "), "{text}");
            assert!(
                text.ends_with("Pour plus d'informations, essayez « --help ».\n"),
                "{text}"
            );
            for english in [
                "error",
                "Usage",
                "tip",
                "possible values",
                "required",
                "found",
            ] {
                assert!(!text.contains(english), "{english} in {text}");
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
            "Utilisation : urssaf-admin [OPTIONS] <COMMANDE>",
            "Commandes :",
            "Options :",
            "Codes de retour :",
            "portfolio",
            "--output <FORMAT>",
            "[par défaut : table]",
            "Valeurs possibles :",
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
        assert!(help.contains("Arguments :\n  <IDENTIFIANT>"), "{help}");
        assert!(
            !help.contains("Usage") && !help.contains("Print help"),
            "{help}"
        );
    }
}
